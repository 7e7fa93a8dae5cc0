/**
 * Michigan's tie-bars as its Legislature writes them at the end of a bill's long title
 * ("... TIE BAR WITH: HB 4002'19, SB 0002'19"), and the title phrases that change ties
 * ("Repeals enacting sec. 1 of 2008 PA 456"). Pure; never throws; every span points into the title.
 */
import type { MeasureNumber } from './numbers';
import { parseBillNumber } from './numbers';
import { TIE_BAR_MARKER } from '../../model/tieMarker';

/** One bill or joint resolution named in a tie-bar list. */
export interface TieTarget {
  /** The item as written: "SB 0002'19". */
  raw: string;
  /** The measure it names. */
  measure: MeasureNumber;
  /** Year written after the apostrophe, in full (2019). */
  year: number;
  /** Span [start, end) of the item in the title. */
  start: number;
  /** End of the span (exclusive). */
  end: number;
}

/** A title phrase that changes a tie of an earlier act. */
export interface TieChange {
  /** "repeals-enacting-section": the act's enacting section (where Michigan puts a tie-bar) is repealed. */
  kind: 'repeals-enacting-section';
  /** Enacting section numbers repealed. */
  sections: number[];
  /** The public act: year and number ("2008 PA 456"). */
  act: { year: number; number: number };
  /** The phrase as written. */
  text: string;
  /** Span [start, end) in the title. */
  start: number;
  /** End of the span (exclusive). */
  end: number;
}

/** Something in a title that looks like a tie (or a change to one) but cannot be read. */
export interface TitleUnreadable {
  /** The text in question. */
  text: string;
  /** Why it could not be read. */
  reason: string;
  /** Span [start, end) in the title. */
  start: number;
  /** End of the span (exclusive). */
  end: number;
}

/** What a title says about ties. */
export interface TitleTies {
  /** Span of the list after "TIE BAR WITH:", or null when the title has none. */
  list: { start: number; end: number } | null;
  /** Where the "TIE BAR WITH" marker starts (the title's length when there is none). */
  marker: number;
  /** The measures named, in order. */
  targets: TieTarget[];
  /** Changes to ties of earlier acts that could be read. */
  changes: TieChange[];
  /** Tie-like text that could not be read. */
  unreadable: TitleUnreadable[];
}

const ITEM_RE = /^([HS]\s*J?\s*[BR])\s*\.?\s*(\d{1,5}|[A-Z]{1,2})\s*['’‘`](\d{2})$/i;
const ENACTING_RE = /\brepeals?\s+enacting\s+secs?\.?\s+([\d\s,and&]+?)\s+of\s+(\d{4})\s+PA\s+(\d{1,4})\b/gi;
const SEE_BILL_RE = /\brepeals?\b[^.;]{0,120}?\(\s*see\s+bill\s*\)/gi;

/** Reads the tie-bar list and the tie-changing phrases of a long title. */
export function parseTitleTies(title: string, constitutionalJr = true): TitleTies {
  const out: TitleTies = { list: null, marker: title.length, targets: [], changes: [], unreadable: [] };
  const marker = TIE_BAR_MARKER.exec(title);
  if (marker) {
    const start = marker.index + marker[0].length;
    let end = title.length;
    while (end > start && /[\s.;]/.test(title[end - 1])) end--;
    out.list = { start, end };
    out.marker = marker.index;
    let at = start;
    for (const piece of title.slice(start, end).split(/,|;|\band\b/i)) {
      const lead = piece.length - piece.trimStart().length;
      const item = piece.trim();
      const itemStart = at + lead;
      at += piece.length + 1;
      if (!item) continue;
      const m = ITEM_RE.exec(item);
      const measure = m ? parseBillNumber(`${m[1].replace(/\s+/g, '')}${m[2]}`, constitutionalJr) : null;
      if (m && measure) {
        const yy = Number(m[3]);
        out.targets.push({ raw: item, measure, year: yy < 70 ? 2000 + yy : 1900 + yy, start: itemStart, end: itemStart + item.length });
      } else
        out.unreadable.push({
          text: item,
          reason: 'not a bill or joint resolution as Michigan writes them (e.g. "HB 4002\'19", "SJR B\'23")',
          start: itemStart,
          end: itemStart + item.length,
        });
    }
    if (out.targets.length === 0 && out.unreadable.length === 0)
      out.unreadable.push({ text: marker[0].trim(), reason: 'the tie-bar list is empty', start: marker.index, end: start });
  }
  for (const m of title.matchAll(ENACTING_RE)) {
    const sections = (m[1].match(/\d+/g) ?? []).map(Number);
    out.changes.push({
      kind: 'repeals-enacting-section',
      sections,
      act: { year: Number(m[2]), number: Number(m[3]) },
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of title.matchAll(SEE_BILL_RE))
    out.unreadable.push({
      text: m[0],
      reason: 'the title says what is repealed only in the bill ("See bill"); a repealed tie-bar cannot be read from it',
      start: m.index,
      end: m.index + m[0].length,
    });
  return out;
}
