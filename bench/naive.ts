/**
 * The naive baseline the engine is measured against: repeat whole sweeps over every link, with
 * object lookups and date checks each time, until nothing changes (what a first version would do).
 */
import type { Dataset } from '../src/model';
import type { Outcome, Scenario } from '../src/engine';
import { linkInForce, recordedStatus } from '../src/engine';

export function naiveEvaluate(ds: Dataset, scenario: Scenario): Record<string, Outcome> {
  const own: Record<string, number> = {};
  for (const b of ds.bills) {
    const s = scenario.assumptions[b.id] ?? recordedStatus(b, scenario.asOf).status;
    own[b.id] = s === 'enacted' ? 2 : s === 'failed' ? 0 : 1;
  }
  const value: Record<string, number> = { ...own };
  for (let changed = true; changed;) {
    changed = false;
    for (const link of ds.links ?? []) {
      if ((link.kind !== 'contingent-enactment' && link.kind !== 'tie-bar') || !linkInForce(link, scenario.asOf)) continue;
      for (const t of link.to) {
        if (value[t] < value[link.from]) {
          value[link.from] = value[t];
          changed = true;
        }
      }
    }
  }
  const out: Record<string, Outcome> = {};
  for (const b of ds.bills) {
    const o = own[b.id];
    const v = value[b.id];
    out[b.id] = o === 0 ? 'failed' : v === 0 ? 'inoperative' : o === 1 ? 'pending' : v === 1 ? 'contingent' : 'enacted';
  }
  return out;
}
