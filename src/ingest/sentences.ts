/**
 * Sentence boundaries of a text, found in one linear pass, and the bounded sentence around a span.
 * A clause never reaches further than MAX_BACK before its trigger or MAX_AHEAD after it, so text
 * with no sentence end cannot make detection quadratic.
 */
import type { Work } from './readingView';

/** How far a clause may reach back from its trigger. */
export const MAX_BACK = 1500;
/** How far a clause may reach forward from its trigger. */
export const MAX_AHEAD = 2500;
const MAX_ITEMS = 26;

const ABBREVIATIONS = /(?:\bNo|\bSec|\bSecs|\bCh|\bStat|\bU\.S|\bGov|\bPen|\bCode|\bArt|\bVol|\b[A-Z]|\bH\.B|\bS\.B|\bA\.B)$/;
const LIST_INTRO = /all\s+of\s+the\s+following/i;
const ITEM = /\s{0,3}\((?:[a-z]|\d{1,2})\)\s/y;

/** Where sentences start and end in a text. */
export interface SentenceIndex {
  /** Positions where a sentence starts (after ". ", "; " or a blank line), ascending. */
  starts: number[];
  /** Positions just after a sentence-ending ".", ascending. */
  ends: number[];
  /** Positions just after a ":" that opens an "all of the following: (a) ... (b) ..." list, ascending. */
  lists: number[];
}

const [NEWLINE, PERIOD, SEMICOLON, COLON] = [10, 46, 59, 58];
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** Indexes the sentence boundaries of `text`. */
export function indexSentences(text: string, work?: Work): SentenceIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const lists: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE && text.charCodeAt(i - 1) === NEWLINE) starts.push(i + 1);
    else if ((c === PERIOD || c === SEMICOLON) && (i + 1 === text.length || isSpace(text.charCodeAt(i + 1)))) {
      if (ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i))) continue;
      starts.push(i + 2 <= text.length ? i + 2 : i + 1);
      if (c === PERIOD) ends.push(i + 1);
    } else if (c === COLON && LIST_INTRO.test(text.slice(Math.max(0, i - 80), i))) lists.push(i + 1);
  }
  if (work) work.chars += text.length;
  return { starts, ends, lists };
}

/** Index of the first element >= x in an ascending array (its length when none). */
export function lowerBound(a: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the sentence holding `at`, no further back than MAX_BACK. */
export function sentenceStart(index: SentenceIndex, at: number): number {
  const k = lowerBound(index.starts, at + 1) - 1;
  return Math.max(k >= 0 ? index.starts[k] : 0, at - MAX_BACK, 0);
}

/** First sentence end at or after `at` (bounded by MAX_AHEAD), extended over a following "(a) ... (b) ..." list. */
export function sentenceEnd(text: string, index: SentenceIndex, at: number, work?: Work): number {
  const limit = Math.min(text.length, at + MAX_AHEAD);
  const e = index.ends[lowerBound(index.ends, at)] ?? Infinity;
  const l = index.lists[lowerBound(index.lists, at)] ?? Infinity;
  if (l < e && l <= limit) {
    // An enumerated list: each item runs to the next sentence end; at most MAX_ITEMS items.
    let end = l;
    for (let n = 0; n < MAX_ITEMS; n++) {
      ITEM.lastIndex = end;
      const item = ITEM.exec(text);
      if (!item) break;
      const next = index.ends[lowerBound(index.ends, ITEM.lastIndex)] ?? text.length;
      end = Math.min(next, ITEM.lastIndex + MAX_AHEAD, text.length);
      if (work) work.chars += item[0].length;
    }
    return end;
  }
  return Math.min(e, limit);
}
