/** A session read as an analyst does: packages of tied bills with their fate, and laws that cannot (or may not) take effect. */
import type { Evaluation } from './evaluate';
import { explain, tieChecked } from './explain';
import { passedBothChambers } from './passage';
import type { Outcome } from './scenario';

/** Bills tied together (a connected group over the deciding links in force). */
export interface TiedPackage {
  /** Bill ids, in dataset order. */
  bills: string[];
  /** How many bills have each outcome (said in words by `packageFate`). */
  outcomes: Partial<Record<Outcome, number>>;
}

/** A law on the books that cannot take effect, or is not yet sure to; or a bill passed by both chambers, not signed, that cannot take effect. */
export interface StuckLaw {
  /** Bill id. */
  id: string;
  /** Its label. */
  label: string;
  /** `inoperative` (enacted or passed, but a condition failed) or `contingent` (enacted, a condition still open). */
  outcome: 'inoperative' | 'contingent';
  /** `enacted` (signed, or so in the scenario), or `passed`: through both chambers, its own fate still open (not signed). */
  stage: 'enacted' | 'passed';
  /** The engine's explanation sentence (worked out when first read: a session's list shows a few rows). */
  readonly sentence: string;
  /** Source ids cited by the explanation (worked out when first read). */
  readonly sources: string[];
  /** True when the tie that holds it back is as the record lists it, not yet checked against the law's text. */
  unchecked: boolean;
}

/** The connected groups of bills tied by deciding links in force, largest first (ties: dataset order). */
export function tiedPackages(ev: Evaluation): TiedPackage[] {
  const { condFrom, condTo } = ev.record;
  const n = ev.own.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (let e = 0; e < condFrom.length; e++) {
    const a = find(condFrom[e]);
    const b = find(condTo[e]);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const groups = new Map<number, number[]>();
  const tied = new Uint8Array(n);
  for (let e = 0; e < condFrom.length; e++) tied[condFrom[e]] = tied[condTo[e]] = 1;
  for (let i = 0; i < n; i++) {
    if (!tied[i]) continue;
    const root = find(i);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(i);
  }
  const bills = ev.record.dataset.bills;
  const out: TiedPackage[] = [];
  for (const members of groups.values()) {
    const outcomes: TiedPackage['outcomes'] = {};
    for (const i of members) {
      const o = ev.outcomeAt(i);
      outcomes[o] = (outcomes[o] ?? 0) + 1;
    }
    out.push({ bills: members.map((i) => bills[i].id), outcomes });
  }
  return out.sort((a, b) => b.bills.length - a.bills.length);
}

/**
 * Bills enacted on their own record whose outcome is `inoperative` or `contingent`, and bills passed
 * by both chambers but not signed that are `inoperative` (a tie to a dead bill: signing them would
 * change nothing), each with the engine's explanation, worked out the first time a row's sentence or
 * sources are read (a 20,000-bill session has thousands of rows; the finder shows a few).
 */
export function stuckLaws(ev: Evaluation): StuckLaw[] {
  const out: StuckLaw[] = [];
  const bills = ev.record.dataset.bills;
  for (let i = 0; i < bills.length; i++) {
    if (ev.own[i] === 'failed') continue;
    const outcome = ev.outcomeAt(i);
    if (outcome !== 'inoperative' && outcome !== 'contingent') continue;
    const stage = ev.own[i] === 'enacted' ? 'enacted' : 'passed';
    if (stage === 'passed' && passedBothChambers(bills[i], ev.record.asOf) === undefined) continue;
    const id = bills[i].id;
    let x: ReturnType<typeof explain> | undefined;
    out.push({
      id,
      label: bills[i].label,
      outcome,
      stage,
      unchecked: !tieChecked(ev, i),
      get sentence() {
        return (x ??= explain(ev, id)).sentence;
      },
      get sources() {
        return (x ??= explain(ev, id)).sources;
      },
    });
  }
  return out;
}
