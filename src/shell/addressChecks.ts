/**
 * The address's what-if and date checked against the dataset it opened. A date to look from that
 * no record reaches yet (the engine's `lateAsOf`) gives way to the latest record, with a notice.
 */
import type { Dataset } from '../model';
import { todayIso } from '../model/dates';
import { lateAsOf, lateAsOfReason } from '../engine';
import { unknownScenarioNotice } from './urlState';

/** The notice for the address's `asOf` when no record of `dataset` reaches it yet (the latest record is shown instead), or null. */
export function lateAsOfNotice(
  asOf: string | undefined,
  dataset: Dataset,
  now = new Date(),
): { id: 'url-asOf-late'; level: 'warning'; message: string } | null {
  const late = lateAsOf(asOf, dataset, todayIso(now));
  if (!late) return null;
  return { id: 'url-asOf-late', level: 'warning', message: `${lateAsOfReason(late)}; showing the latest record instead` };
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
