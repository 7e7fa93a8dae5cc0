/** Dates in datasets: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the source gives no day. */

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of a (Gregorian) year; month is 1-based. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// A date as a person or a US spreadsheet writes it, with the time some exports add (`4/23/2019 0:00:00`, `4/23/2019 12:00 PM`).
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
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
function readSlashedDate(text: string): { value: string } | { message: string } | null {
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

const MONTH_WORD =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
// A weekday before the date, as a spreadsheet's long date writes it ("Tuesday, May 20, 2025").
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// "May 20, 2025", "Sept. 3 2019"; "20 May 2025", "20th of May, 2025"; "May 2025".
const MONTH_FIRST = new RegExp(`^${WEEKDAY}(${MONTH_WORD})\\.?\\s+${DAY},?\\s+(\\d{4})$`, 'i');
const DAY_FIRST = new RegExp(`^${WEEKDAY}${DAY}\\s+(?:of\\s+)?(${MONTH_WORD})\\.?,?\\s+(\\d{4})$`, 'i');
const MONTH_YEAR = new RegExp(`^(${MONTH_WORD})\\.?,?\\s+(\\d{4})$`, 'i');

/**
 * A date written with its month's name, in English ("May 20, 2025", "20 May 2025", "Tuesday, May
 * 20, 2025", "May 2025"), as the dataset writes it (`2025-05-20`, `2025-05`); a message when there
 * is no such day; null when the text is not one.
 */
export function readNamedDate(text: string): { value: string } | { message: string } | null {
  const v = text.trim();
  const first = MONTH_FIRST.exec(v);
  const dayFirst = first ? null : DAY_FIRST.exec(v);
  const monthYear = first || dayFirst ? null : MONTH_YEAR.exec(v);
  const [word, day, year] = first
    ? [first[1], first[2], first[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : monthYear
        ? [monthYear[1], undefined, monthYear[2]]
        : [];
  if (!word || !year) return null;
  const month = MONTHS.findIndex((m) => m.toLowerCase() === word.slice(0, 3).toLowerCase()) + 1;
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return { value: ym };
  const d = Number(day);
  if (d < 1 || d > daysInMonth(Number(year), month)) return { message: `"${clip(v)}" is not a day of the calendar` };
  return { value: `${ym}-${String(d).padStart(2, '0')}` };
}

/**
 * A date as a person or a spreadsheet writes it, read as the dataset writes it: with slashes,
 * month/day/year (`us`: read as in the US), or with its month's name; a message saying what to
 * write when it cannot be a date; null when the text is neither (a dataset's own date among them).
 */
export function readWrittenDate(text: string): { value: string; us: boolean } | { message: string } | null {
  const slashed = readSlashedDate(text);
  if (slashed) return 'value' in slashed ? { value: slashed.value, us: true } : slashed;
  const named = readNamedDate(text);
  return named && 'value' in named ? { value: named.value, us: false } : named;
}

/** Why a string is not a valid dataset date, or null when it is one. */
export function dateProblem(value: string): string | null {
  const m = DATE_RE.exec(value);
  // Not as a dataset writes dates (YYYY-MM-DD): one written otherwise is named with the form to
  // write instead. (Read after the dataset's own form, which a session's every date is.)
  if (!m) {
    if (value.trim() === '') return 'a date is needed here (YYYY-MM-DD, YYYY-MM or YYYY)';
    const written = readWrittenDate(value);
    if (written && 'message' in written) return written.message;
    if (written)
      return written.us ? `"${clip(value)}" is month/day/year: write ${written.value}` : `write "${clip(value)}" as ${written.value}`;
    return `"${clip(value)}" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)`;
  }
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
