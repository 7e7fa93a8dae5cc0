/** Impact: per stakeholder, which of the bills they back or fight take effect, and what a scenario changed. */
import type { Stance } from '../model/schema';
import type { Evaluation } from './evaluate';
import type { Outcome } from './scenario';
import { positionsAsOf } from './timeline';

/** Whether a bill takes effect: yes, no, or still open. */
export type Effect = 'yes' | 'no' | 'open';

/** One position of a stakeholder and how it fares. */
export interface StakeItem {
  /** Bill (or provision's bill) id. */
  bill: string;
  /** The stance in force. */
  stance: Stance;
  /** Takes effect in the scenario? */
  scenario: Effect;
  /** Takes effect on the record (same date)? */
  record: Effect;
}

/** How a stakeholder fares in a scenario against the record. */
export interface StakeholderImpact {
  /** Stakeholder id. */
  id: string;
  /** Name. */
  name: string;
  /** Their backed or fought bills and the effects. */
  items: StakeItem[];
  /** wins: better off than on the record; loses: worse off; mixed; unchanged. */
  verdict: 'wins' | 'loses' | 'mixed' | 'unchanged';
}

const EFFECT: Record<Outcome, Effect> = { enacted: 'yes', contingent: 'open', pending: 'open', inoperative: 'no', failed: 'no' };
const SCORE: Record<Effect, number> = { yes: 1, open: 0, no: -1 };

/** Per stakeholder with a backing or opposing position: scenario vs record, and a verdict. */
export function stakeholderImpact(ev: Evaluation, record: Evaluation): StakeholderImpact[] {
  const ds = ev.record.dataset;
  const billOf = new Map<string, string>();
  for (const b of ds.bills) {
    billOf.set(b.id, b.id);
    for (const p of b.provisions ?? []) billOf.set(p.id, b.id);
  }
  const byStakeholder = new Map<string, StakeItem[]>();
  for (const pos of positionsAsOf(ds, ev.scenario.asOf)) {
    if (pos.stance === 'neutral' || pos.stance === 'withdrawn') continue;
    const bill = billOf.get(pos.target);
    if (!bill) continue;
    const item: StakeItem = { bill, stance: pos.stance, scenario: EFFECT[ev.outcomes[bill]], record: EFFECT[record.outcomes[bill]] };
    byStakeholder.set(pos.stakeholder, [...(byStakeholder.get(pos.stakeholder) ?? []), item]);
  }
  const out: StakeholderImpact[] = [];
  for (const s of ds.stakeholders ?? []) {
    const items = byStakeholder.get(s.id);
    if (!items) continue;
    let better = 0;
    let worse = 0;
    for (const it of items) {
      const sign = it.stance === 'oppose' ? -1 : 1;
      const delta = sign * (SCORE[it.scenario] - SCORE[it.record]);
      if (delta > 0) better++;
      if (delta < 0) worse++;
    }
    const verdict = better && worse ? 'mixed' : better ? 'wins' : worse ? 'loses' : 'unchanged';
    out.push({ id: s.id, name: s.name, items, verdict });
  }
  return out;
}
