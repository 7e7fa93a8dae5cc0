/** Bill references in legislative text: "Assembly Bill No. 392", "A.B. 392", "AB392", "House Bill 4773"... */

/** A reference to a measure found in text. */
export interface BillRef {
  /** Normalised id, e.g. "ab392", "hb4773", "aca5". */
  id: string;
  /** Label, e.g. "AB 392". */
  label: string;
  /** Kind of measure referred to. */
  kind: 'bill' | 'constitutional-amendment';
  /** Character span [start, end) in the text. */
  start: number;
  /** End of the span (exclusive). */
  end: number;
}

const CHAMBER: Record<string, string> = { assembly: 'A', senate: 'S', house: 'H', a: 'A', s: 'S', h: 'H' };

// Long forms ("Assembly Constitutional Amendment No. 5", "House Bill No. 4773") and short forms
// ("A.B. 392", "SB 230", "H.B. 4773", "ACA 5"), case-insensitive, with optional "No." and spaces.
const REF_RE =
  /\b(?:(Assembly|Senate|House)\s+(Constitutional\s+Amendment|Bill|Joint\s+Resolution)|([ASH])\.?\s?(C\.?\s?A|B|J\.?\s?R)\.?)\s*(?:No\.?\s*)?(\d{1,5})\b/gi;

/** Every measure reference in a text, in order. */
export function findBillRefs(text: string, offset = 0): BillRef[] {
  const out: BillRef[] = [];
  REF_RE.lastIndex = 0;
  for (let m = REF_RE.exec(text); m; m = REF_RE.exec(text)) {
    const chamber = CHAMBER[(m[1] ?? m[3]).toLowerCase()];
    const type = (m[2] ?? m[4]).replace(/[\s.]/g, '').toLowerCase();
    const code = type.startsWith('constitutional') || type === 'ca' ? 'CA' : type.startsWith('joint') || type === 'jr' ? 'JR' : 'B';
    const prefix = `${chamber}${code}`;
    const number = String(Number(m[5]));
    out.push({
      id: `${prefix.toLowerCase()}${number}`,
      label: `${prefix} ${number}`,
      kind: code === 'CA' ? 'constitutional-amendment' : 'bill',
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    });
  }
  return out;
}

/** The normalised id of a bill identifier as data sources write it ("AB 392", "HB4773"), or null. */
export function normaliseIdentifier(identifier: string): string | null {
  const refs = findBillRefs(identifier.trim());
  if (refs.length === 1 && refs[0].start === 0) return refs[0].id;
  const m = /^([A-Za-z]{1,4})\s*0*(\d{1,5})$/.exec(identifier.trim());
  return m ? `${m[1].toLowerCase()}${Number(m[2])}` : null;
}
