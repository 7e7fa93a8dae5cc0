/** Bills with no final action die when the session ends: a `died` event, once the record reaches that end. */
import type { MappedBill } from './bills';
import type { LsRecords } from './records';

/** Adds the `died` events; says how many, and why none when the record stops short. */
export function addSessionEnd(
  mapped: MappedBill[],
  records: LsRecords,
  yearEnd: number | undefined,
  session: string,
): { count: number; reason: string } {
  if (!yearEnd) return { count: 0, reason: "The session's end is not in the data, so no bill is marked as died." };
  let last = '';
  for (const r of records.bills) for (const h of r.history) if (h.date > last) last = h.date;
  const end = `${yearEnd}-12-31`;
  if (!records.session.sineDie && last < `${yearEnd}-12-01`)
    return { count: 0, reason: `The record ends on ${last || 'no date'}, before the session ends (${end}), so no bill is marked as died.` };
  let count = 0;
  for (const m of mapped) {
    if (m.settled) continue;
    const events = (m.bill.events ??= []);
    events.push({
      date: end,
      type: 'died',
      description: `Died when the ${session} session ended`,
      ...(m.bill.sources?.length ? { sources: [m.bill.sources[0]] } : {}),
    });
    count++;
  }
  return {
    count,
    reason: `${count} bills and resolutions with no final action (not enacted, vetoed, sent to the Governor or, for joint resolutions, filed with the Secretary of State for the ballot) are marked as died on ${end}, when the session ended; that event is Tiebar's, not LegiScan's.`,
  };
}
