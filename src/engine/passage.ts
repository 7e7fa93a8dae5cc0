/** Whether a bill not (yet) enacted has passed the Legislature: voted through both chambers. */
import type { Bill } from '../model/schema';
import { dateEnd, happenedBy } from '../model/dates';

/**
 * The day a bill had passed both chambers (its last passage or concurrence, once votes of two
 * bodies are on its record by `asOf`), or undefined: a bill passed by one chamber, or whose
 * record names no chamber, has not. What the Governor did next is the bill's own fate, not this.
 */
export function passedBothChambers(bill: Bill, asOf: string | undefined): string | undefined {
  let first: string | undefined;
  let last: string | undefined;
  let two = false;
  for (const e of bill.events ?? []) {
    if ((e.type !== 'passed' && e.type !== 'concurred') || !e.body || !happenedBy(e.date, asOf)) continue;
    first ??= e.body;
    if (e.body !== first) two = true;
    if (last === undefined || dateEnd(e.date) >= dateEnd(last)) last = e.date;
  }
  return two ? last : undefined;
}
