/**
 * A date to look from that no record of a dataset reaches yet: after today and after the dataset's
 * last moment. A date after today may still be one of the dataset's own moments (a law that takes
 * effect next year, a month given without its day, read as its last day): the record reaches those.
 * The clock is the caller's: `today` comes in, so the app, the embed and the CLI share one rule.
 */
import type { Dataset } from '../model/schema';
import { formatDate } from '../model/dates';
import { timelineStops } from './story';

/** A date no record of a dataset reaches yet, and what it was checked against. */
export interface LateAsOf {
  /** The date asked for (YYYY-MM-DD). */
  asOf: string;
  /** Today where the check ran (YYYY-MM-DD). */
  today: string;
  /** The dataset's last moment (YYYY-MM-DD, a partial date read as its last day); absent when it has no dated moment. */
  last?: string;
}

/** `asOf` when it is after `today` (YYYY-MM-DD) and after the dataset's last moment; null when a record reaches it or there is none. */
export function lateAsOf(asOf: string | undefined, dataset: Dataset, today: string): LateAsOf | null {
  // Most dates are in the past: the dataset's moments are read only for one after today.
  if (asOf === undefined || asOf <= today) return null;
  const last = timelineStops(dataset).at(-1)?.asOf;
  if (last !== undefined && asOf <= last) return null;
  return last === undefined ? { asOf, today } : { asOf, today, last };
}

/**
 * Why no record reaches the date, with the date named as where it came from says (`asOf`,
 * `--as-of`): `asOf "2199-01-01" is after today (29 Nov 2026) and after the dataset's last moment
 * (1 Jan 2020): no record reaches it yet`. Each caller adds what it did about it.
 */
export function lateAsOfReason(late: LateAsOf, name = 'asOf'): string {
  const lastWords = late.last === undefined ? '' : ` and after the dataset's last moment (${formatDate(late.last)})`;
  return `${name} "${late.asOf}" is after today (${formatDate(late.today)})${lastWords}: no record reaches it yet`;
}
