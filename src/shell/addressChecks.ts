/**
 * The address's what-if and date checked against the dataset it opened. A date to look from that
 * no record reaches yet is after today and after the dataset's last moment (a date after today may
 * still be one of its own moments: a law that takes effect next year, a month given without its day).
 */
import type { Dataset } from '../model';
import { formatDate } from '../model/dates';
import { timelineStops } from '../engine';
import { unknownScenarioNotice } from './urlState';

/** Today's date where this runs, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The notice for the address's `asOf` when no record of `dataset` reaches it yet (the latest record is shown instead), or null. */
export function lateAsOfNotice(
  asOf: string | undefined,
  dataset: Dataset,
  now = new Date(),
): { id: 'url-asOf-late'; level: 'warning'; message: string } | null {
  const today = todayIso(now);
  if (asOf === undefined || asOf <= today) return null;
  const last = timelineStops(dataset).at(-1)?.asOf;
  if (last !== undefined && asOf <= last) return null;
  const lastWords = last === undefined ? '' : ` and after the dataset's last moment (${formatDate(last)})`;
  return {
    id: 'url-asOf-late',
    level: 'warning',
    message: `asOf "${asOf}" is after today (${formatDate(today)})${lastWords}: no record reaches it yet; showing the latest record instead`,
  };
}

/** A page's notice about its address. */
type AddressNotice = NonNullable<ReturnType<typeof unknownScenarioNotice>> | NonNullable<ReturnType<typeof lateAsOfNotice>>;

/**
 * The address's what-if and date checked against the dataset it opened: the notices to show, and
 * whether its date gives way to the latest record. The app and the embed both use it.
 */
export function addressChecks(
  view: { assumptions: Readonly<Record<string, string>>; asOf?: string },
  dataset: Dataset,
): { notices: AddressNotice[]; dropAsOf: boolean } {
  const unknown = unknownScenarioNotice(view.assumptions, dataset);
  const late = lateAsOfNotice(view.asOf, dataset);
  return { notices: [...(unknown ? [unknown] : []), ...(late ? [late] : [])], dropAsOf: late !== null };
}
