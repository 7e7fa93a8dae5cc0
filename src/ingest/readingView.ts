/**
 * A reading view of printed bill text, built in one linear pass: whitespace runs become one space
 * (or a paragraph break), words hyphenated across a line end are joined ("legisla-\n tive"), and New
 * York's running page headers ("A. 8483  4") are dropped, with a map from every view character back
 * to the original, so spans found in the view point into the text as printed.
 */

/** Counts the characters detection examines, so tests can check that its cost is linear. */
export interface Work {
  /** Characters examined so far. */
  chars: number;
}

/** The view and its map back to the original text. */
export interface ReadingView {
  /** The text as read. */
  text: string;
  /** at[i] is the original index of view character i; at[text.length] is the original length. */
  at: Int32Array;
}

const MAX_HEADER = 40;
const UTF16 = new TextDecoder('utf-16le');
// "A. 8483  4", "S. 4003--D  A. 3003--D": a page's running header in New York's printed bills.
const PAGE_HEADER =
  /^[ \t]*(?:[AS]\.[ \t]\d{1,5}(?:--[A-Z])?[ \t]+\d{1,4}|S\.[ \t]\d{1,5}(?:--[A-Z])?[ \t]+A\.[ \t]\d{1,5}(?:--[A-Z])?)[ \t]*\r?$/;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 160;
const isLower = (c: number) => c >= 97 && c <= 122;

/** The end of the page-header line starting at `from` (exclusive, at its newline), or -1. */
function headerEnd(text: string, from: number): number {
  let e = from;
  while (e < text.length && e - from <= MAX_HEADER && text.charCodeAt(e) !== 10) e++;
  if (e - from > MAX_HEADER) return -1;
  return PAGE_HEADER.test(text.slice(from, e)) ? e : -1;
}

/** Builds the reading view of `text`. */
export function readingView(text: string, work?: Work): ReadingView {
  const n = text.length;
  const out = new Uint16Array(n + 1);
  const at = new Int32Array(n + 1);
  let k = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) {
      out[k] = c;
      at[k++] = i++;
      continue;
    }
    // A gap: whitespace, and any page headers on the lines inside it.
    const gapStart = i;
    let newlines = 0;
    let header = false;
    while (i < n) {
      const g = text.charCodeAt(i);
      if (!isSpace(g)) break;
      i++;
      if (g === 10) {
        newlines++;
        const e = headerEnd(text, i);
        if (e >= 0) {
          header = true;
          i = e;
        }
      }
    }
    const next = i < n ? text.charCodeAt(i) : 0;
    if (newlines > 0 && k >= 2 && out[k - 1] === 45 && isLower(out[k - 2]) && isLower(next)) {
      k--; // "relat-\n ing" reads "relating"
    } else if (newlines >= 2 && !header) {
      out[k] = 10;
      at[k++] = gapStart;
      out[k] = 10;
      at[k++] = gapStart;
    } else if (k > 0 && i < n) {
      out[k] = 32;
      at[k++] = gapStart;
    }
  }
  at[k] = n;
  if (work) work.chars += n;
  return { text: UTF16.decode(out.subarray(0, k)), at: at.subarray(0, k + 1) };
}

/** The original span [start, end) of the view span [from, to). */
export function originalSpan(view: ReadingView, from: number, to: number): [number, number] {
  return [view.at[from], to > from ? view.at[to - 1] + 1 : view.at[from]];
}
