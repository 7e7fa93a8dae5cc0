/** Grammar for newspaper English: lists joined with "and", counts, "both", and dates in one style. */
import { formatDate } from '../../model/dates';
import { groupDigits } from '../../model/numbers';

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  return joinWith(items, 'and');
}

/** "A", "A or B", "A, B or C". */
export function joinOr(items: readonly string[]): string {
  return joinWith(items, 'or');
}

const NUMERIC = new Intl.Collator('en', { numeric: true });

/** Bill labels in number order ("HB 4007" before "HB 4016", "SB 897" before "SB 1138"), as a reader looks one up. */
export function byNumber(labels: Iterable<string>): string[] {
  return [...labels].sort(NUMERIC.compare);
}

function joinWith(items: readonly string[], word: 'and' | 'or'): string {
  if (items.length <= 2) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

const SMALL = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count as a reader says it: "two", "ten", "1,204". */
export function spell(n: number): string {
  return n >= 0 && n < SMALL.length && n > 0 ? SMALL[n] : groupDigits(n);
}

/** "both" for two, "all three" ... "all 12" for more, "it" for one. */
export function allOf(n: number): string {
  if (n <= 1) return 'it';
  return n === 2 ? 'both' : `all ${spell(n)}`;
}

/** "1 more link", "9,998 more links": a number (in figures) and a noun that agrees with it. */
export function countOf(n: number, noun: string, nouns = `${noun}s`): string {
  return `${groupDigits(n)} ${n === 1 ? noun : nouns}`;
}

/** "23 Apr 2019", "May 2019", "2006": every date the engine writes is in this one style. */
export function day(date: string): string {
  return formatDate(date);
}

/** "on 23 Apr 2019", "in May 2019", "in 2006". */
export function when(date: string): string {
  return `${date.length === 10 ? 'on' : 'in'} ${formatDate(date)}`;
}

/** "Passed the House" -> "passed the House" (for text placed mid-sentence). */
export function lowerFirst(s: string): string {
  const [first = '', second = ''] = s.split(/\s+/, 2);
  // An acronym or name first ("AB 392 signed", "POST training"), or words in title case as a
  // record may keep them ("Roll Call Roll Call # 366", "House Substitute (H-6) Concurred In"):
  // lowering one letter would read as a typo, so the text stays as written.
  if (/\p{Lu}/u.test(first.slice(1)) || /^\p{Lu}/u.test(second)) return s;
  // Only a record's verb is lowered ("Passed the House", "Introduced"): a first word that is no
  // verb may be a name ("Weber and McCarty launch AB 931").
  if (!/ed$/i.test(first.replace(/\W+$/, ''))) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** "is" or "are", "takes" or "take", by how many subjects share a verb. */
export function agree(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** Small words cut words never end on: "… use of" is "… use", "… under the" is "… under". */
const SMALL_END = /(\s+(of|the|to|and|or|a|an|in|for|on|by|with|at|from|as|is|under|into|over|than|that|which))+$/i;

/** Words cut short, without the small words they would end on. */
export function withoutSmallEnd(words: string): string {
  return words.replace(SMALL_END, '');
}
