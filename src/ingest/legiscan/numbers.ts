/** LegiScan bill numbers ("HB4001", "SB0002", "HJRE", "HR0012") as Tiebar ids, labels and kinds. */
import type { Bill } from '../../model/schema';

/** A bill number read into its parts. */
export interface MeasureNumber {
  /** Tiebar id: "hb4001", "sb2", "hjre". */
  id: string;
  /** Label as people write it: "HB 4001", "SJR B". */
  label: string;
  /** What the measure is. */
  kind: NonNullable<Bill['kind']>;
  /** The letters of the type: "HB", "SJR", "HCR". */
  prefix: string;
}

// Chamber letter(s), then the type, then digits or (Michigan joint resolutions) letters.
const NUMBER_RE = /^\s*([A-Z]{1,4}?)\s*(B|JR|R|CR|CA|JRCA|CB|M)?\s*(\d{1,6}|[A-Z]{1,3})\s*$/i;

/**
 * Reads a bill number. `constitutionalJr` says a joint resolution proposes a constitutional
 * amendment (Michigan's do: they go to the voters); otherwise a joint resolution is a resolution.
 */
export function parseBillNumber(raw: string, constitutionalJr = false): MeasureNumber | null {
  const m = NUMBER_RE.exec(raw);
  if (!m) return null;
  const prefix = `${m[1]}${m[2] ?? ''}`.toUpperCase();
  const rest = m[3].toUpperCase();
  const digits = /^\d+$/.test(rest);
  if (!digits && !/JR$/.test(prefix)) return null;
  const number = digits ? String(Number(rest)) : rest;
  const id = `${prefix}${number}`.toLowerCase();
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(id)) return null;
  return { id, label: `${prefix} ${number}`, kind: kindOf(prefix, constitutionalJr), prefix };
}

function kindOf(prefix: string, constitutionalJr: boolean): MeasureNumber['kind'] {
  if (/CA$/.test(prefix)) return 'constitutional-amendment';
  if (/JR$/.test(prefix)) return constitutionalJr ? 'constitutional-amendment' : 'resolution';
  if (/(^|[^J])C?R$/.test(prefix)) return 'resolution';
  return 'bill';
}
