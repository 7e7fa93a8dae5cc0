/** A lighter dataset for the app: procedural steps and co-sponsorships left out, every bill and tie kept. */
import type { Dataset } from '../../model/schema';

/** The note a slimmed dataset carries. */
export const SLIM_NOTE =
  "Slimmed for the app: procedural steps (readings, referrals, committee reports: events of kind other) and co-sponsorships are left out; every bill, its deciding events (introduced, votes, passage, amendments, signature, public act, veto, death at the session's end), its first sponsor and every tie are kept. The full record is in LegiScan's dataset.";

/** Drops `other` events and every sponsor position but each bill's first; says so in the notes. */
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
    bills: ds.bills.map((b) => (b.events ? { ...b, events: b.events.filter((e) => e.type !== 'other') } : b)),
    ...(ds.stakeholders ? { stakeholders: ds.stakeholders.filter((s) => kept.has(s.id)) } : {}),
    ...(ds.positions ? { positions } : {}),
    notes: [...(ds.notes ?? []), SLIM_NOTE],
  };
}
