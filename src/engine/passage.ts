/** Whether a bill not (yet) enacted has passed the Legislature: voted through both chambers, and sent on. */
import type { Bill } from '../model/schema';
import { dateEnd, happenedBy } from '../model/dates';

/** A step that sends a bill passed by both chambers on to the Governor ("Bill Ordered Enrolled", "Presented To Governor"). */
const SENT_ON = /\benrolled\b|presented to (the )?governor/i;
/** A step that takes it back ("Enrollment Vacated"): the chambers are not done with it. */
const TAKEN_BACK = /\bvacated\b/i;

/**
 * The day a bill had passed both chambers (its last passage or concurrence, once votes of two
 * bodies are on its record by `asOf`, and a later step sent it on to the Governor), or undefined: a
 * bill passed by one chamber, one the second chamber amended and the first has not yet agreed to
 * (no step sent it on), or one whose record names no chamber, has not. What the Governor did next
 * is the bill's own fate, not this.
 */
export function passedBothChambers(bill: Bill, asOf: string | undefined): string | undefined {
  let first: string | undefined;
  let last: string | undefined;
  let two = false;
  let sent = false;
  for (const e of bill.events ?? []) {
    if (!happenedBy(e.date, asOf)) continue;
    if (TAKEN_BACK.test(e.description)) sent = false;
    else if (SENT_ON.test(e.description)) sent = true;
    if ((e.type !== 'passed' && e.type !== 'concurred') || !e.body) continue;
    first ??= e.body;
    if (e.body !== first) two = true;
    if (last === undefined || dateEnd(e.date) >= dateEnd(last)) last = e.date;
  }
  return two && sent ? last : undefined;
}
