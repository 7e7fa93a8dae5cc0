/** A lighter dataset for the app: procedural steps and co-sponsorships left out, every bill and tie kept. */
import type { Bill, BillEvent, Dataset } from '../../model/schema';
import { ENROLLED_RE, FILED_RE, VACATED_RE } from './actions';

/** The note a slimmed dataset carries. */
export const SLIM_NOTE =
  "Slimmed for the app: procedural steps (readings, referrals, committee reports: events of kind other) and co-sponsorships are left out; every bill, its deciding events (introduced, votes, passage, amendments, signature, public act, veto, death at the session's end), its enrolment (ordered enrolled, enrollment vacated, presented to the Governor; a joint resolution's filing for the ballot), its first sponsor and every tie are kept. The full record is in LegiScan's dataset.";

/**
 * The steps of kind `other` a slimmed bill keeps: those between passage and the Governor (or, for a
 * joint resolution, the ballot), so a bill still open at the record's end shows its true last step
 * ("Bill Ordered Enrolled 12/23/2024", not the Senate's vote days before).
 */
function keptStep(bill: Bill, e: BillEvent): boolean {
  if (e.type !== 'other') return true;
  if (ENROLLED_RE.test(e.description) || VACATED_RE.test(e.description)) return true;
  return bill.kind === 'constitutional-amendment' && FILED_RE.test(e.description);
}

/** Drops `other` events but the enrolment's and every sponsor position but each bill's first; says so in the notes. */
export function slimDataset(ds: Dataset): Dataset {
  const firsts = new Set<string>();
  const positions = (ds.positions ?? []).filter((p) => {
    if (p.stance !== 'sponsor') return true;
    if (firsts.has(p.target)) return false;
    firsts.add(p.target);
    return true;
  });
  const kept = new Set(positions.map((p) => p.stakeholder));
  return {
    ...ds,
    bills: ds.bills.map((b) => (b.events ? { ...b, events: b.events.filter((e) => keptStep(b, e)) } : b)),
    ...(ds.stakeholders ? { stakeholders: ds.stakeholders.filter((s) => kept.has(s.id)) } : {}),
    ...(ds.positions ? { positions } : {}),
    notes: [...(ds.notes ?? []), SLIM_NOTE],
  };
}
