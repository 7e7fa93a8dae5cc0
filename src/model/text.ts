/** Small text helpers shared by every reader of dataset files: the BOM, and input quoted in messages. */
import { groupDigits } from './numbers';

/** Text without a leading UTF-8 byte order mark (the CLI and the app read files with and without one alike). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The most characters of someone's input a message quotes. */
export const MAX_QUOTED = 60;

/** Input shown in a message: JSON-quoted and cut to a few dozen characters ("\"abc…\" (1,048,576 characters)"). */
export function quote(value: string, max = MAX_QUOTED): string {
  if (value.length <= max) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, max))}… (${groupDigits(value.length)} characters)`;
}

/** A path segment or word cut to a few dozen characters, for paths in messages. */
export function clipKey(value: string, max = MAX_QUOTED): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`;
}

/** The longest a bill's title runs (the schema's limit); an importer cuts a longer one to this, ending it with "…". */
export const TITLE_MAX = 500;

/**
 * A bill's whole title: its summary where the title is that summary cut short at TITLE_MAX
 * characters and ended with "…" (an importer keeps the whole there: a LegiScan title with a long
 * "TIE BAR WITH" list), else its title.
 */
export function wholeTitle(bill: { title: string; summary?: string }): string {
  const { title, summary } = bill;
  return title.length >= TITLE_MAX && title.endsWith('…') && summary && summary.startsWith(title.slice(0, -1)) ? summary : title;
}
