/** Text that wraps on a phone without splitting a bill's number from its name, or a date. */

const NBSP = '\u00a0';
const LABEL = /\b([A-Z]{1,4}) (\d+)\b/g;
const DATE = /\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})\b/g;

/** "AB 392" and "23 Apr 2019" joined by no-break spaces, so a line never ends between "AB" and "392". */
export function unbroken(text: string): string {
  return text.replace(LABEL, `$1${NBSP}$2`).replace(DATE, `$1${NBSP}$2${NBSP}$3`);
}
