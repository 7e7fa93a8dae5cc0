/** Dates in datasets: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the source gives no day. */

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of a (Gregorian) year; month is 1-based. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// A date as a person or a US spreadsheet writes it, with the time some exports add (`4/23/2019 0:00:00`, `4/23/2019 12:00 PM`).
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date written with slashes, read month/day/year as in the US (`4/23/2019` is `2019-04-23`);
 * a message saying what to write when it cannot be one (day/month/year, a two-digit year, no such
 * day); null when the text has no slashed date at all.
 */
export function readSlashedDate(text: string): { value: string } | { message: string } | null {
  const v = text.trim();
  const m = SLASHED.exec(v);
  if (!m) return null;
  const [first, second] = [Number(m[1]), Number(m[2])];
  const year = m[3].length === 2 ? `20${m[3]}` : m[3];
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = (month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
  const isDate = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(year), month);
  if (m[3].length === 2) {
    const guess = isDate(first, second) ? ` (${iso(first, second)}, if it is ${year})` : '';
    return { message: `"${v}" has a two-digit year: write the date as YYYY-MM-DD${guess}` };
  }
  if (isDate(first, second)) return { value: iso(first, second) };
  return {
    message:
      first > 12 && isDate(second, first)
        ? `"${v}" reads as day/month/year; a date with slashes is read month/day/year (US): write ${iso(second, first)} for ${first} ${MONTH_NAMES[second - 1]} ${year}`
        : `"${v}" is not a date: write YYYY-MM-DD (or month/day/year)`,
  };
}

/** Why a string is not a valid dataset date, or null when it is one. */
export function dateProblem(value: string): string | null {
  if (value.trim() === '') return 'a date is needed here (YYYY-MM-DD, YYYY-MM or YYYY)';
  // A dataset writes dates YYYY-MM-DD; a slashed one is named with the form to write instead.
  const slashed = readSlashedDate(value);
  if (slashed) return 'value' in slashed ? `"${clip(value)}" is month/day/year: write ${slashed.value}` : slashed.message;
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

/** The day `now` falls on where this runs (its local calendar), as YYYY-MM-DD. */
export function todayIso(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
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

/**
 * When a view looks from: "As of 24 Apr 2019", or "Latest record" (no date set); given the record's
 * last date (an image, read away from the timeline), "Latest record, 5 Jan 2021".
 */
export function asOfLabel(asOf: string | undefined, latest?: string): string {
  if (asOf !== undefined) return `As of ${formatDate(asOf)}`;
  return latest ? `Latest record, ${formatDate(latest)}` : 'Latest record';
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
