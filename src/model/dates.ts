/** Dates in datasets: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the source gives no day. */

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of a (Gregorian) year; month is 1-based. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a string is not a valid dataset date, or null when it is one. */
export function dateProblem(value: string): string | null {
  if (value.trim() === '') return 'a date is needed here (YYYY-MM-DD, YYYY-MM or YYYY)';
  const m = DATE_RE.exec(value);
  if (!m) return `"${clip(value)}" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)`;
  const year = Number(m[1]);
  if (year < 1700 || year > 2200) return `year ${year} is out of range (1700-2200)`;
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${value}" has no month ${m[2]}`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `"${value}" is not a day of the calendar`;
  return null;
}

/** True when a string is a complete `YYYY-MM-DD` calendar date. */
export function isFullDate(value: string): boolean {
  return value.length === 10 && dateProblem(value) === null;
}

/** The last day a (possibly partial) date can mean: "2019-05" -> "2019-05-31". */
export function dateEnd(value: string): string {
  if (value.length === 10) return value; // a full day already (the common case; no split)
  const [y, m, d] = value.split('-');
  if (d !== undefined) return value;
  if (m !== undefined) return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/** The first day a (possibly partial) date can mean: "2019-05" -> "2019-05-01". */
export function dateStart(value: string): string {
  const [y, m, d] = value.split('-');
  if (d !== undefined) return value;
  return `${y}-${m ?? '01'}-01`;
}

/** True when something dated `date` has happened by the end of day `asOf`. */
export function happenedBy(date: string, asOf: string | undefined): boolean {
  return asOf === undefined || dateEnd(date) <= asOf;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date for people: "23 Apr 2019", "May 2019", "2019". */
export function formatDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (m === undefined) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
