/** evaluate(dataset, scenario): which bills take effect, as a fixed point of three-valued logic. */
import type { Dataset } from '../model/schema';
import type { CompiledRecord } from './compile';
import { compileRecord, deadlineMissed } from './compile';
import type { Outcome, OwnStatus, Scenario } from './scenario';

const F = 0;
const U = 1;
const T = 2;

/** The outcome of every bill in one scenario, with what decided it. */
export interface Evaluation {
  /** The compiled record the scenario was evaluated against. */
  record: CompiledRecord;
  /** The scenario evaluated. */
  scenario: Scenario;
  /** Bill id -> outcome. */
  outcomes: Readonly<Record<string, Outcome>>;
  /** Own status per bill index, after assumptions. */
  own: OwnStatus[];
  /** True per bill index when its own status comes from an assumption. */
  assumed: boolean[];
  /** Per bill index: the condition edge that decided a worse-than-own outcome, or -1. */
  blocker: Int32Array;
  /** Per condition edge: true when a deadline can no longer be met. */
  missedDeadline: Uint8Array;
}

/** Evaluates a scenario against a dataset. Pure and total; linear in bills + link targets. */
export function evaluate(ds: Dataset, scenario: Scenario): Evaluation {
  return evaluateRecord(compileRecord(ds, scenario.asOf), scenario);
}

/** Evaluates a scenario against an already compiled record (re-evaluation after a toggle). */
export function evaluateRecord(record: CompiledRecord, scenario: Scenario): Evaluation {
  const { dataset, recorded, condFrom, condTo, condLink, dependentsStart, dependents } = record;
  const n = recorded.length;
  const own: OwnStatus[] = new Array(n);
  const assumed: boolean[] = new Array(n);
  const value = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const assumption = Object.hasOwn(scenario.assumptions, dataset.bills[i].id) ? scenario.assumptions[dataset.bills[i].id] : undefined;
    assumed[i] = assumption !== undefined;
    own[i] = assumption ?? recorded[i].status;
    value[i] = own[i] === 'enacted' ? T : own[i] === 'failed' ? F : U;
  }
  const links = dataset.links ?? [];
  const m = condFrom.length;
  const cap = new Uint8Array(m).fill(T);
  const missedDeadline = new Uint8Array(m);
  for (let e = 0; e < m; e++) {
    const b = condTo[e];
    if (deadlineMissed(links[condLink[e]].deadline, own[b], assumed[b], record.enactedOn[b], record.asOf)) {
      cap[e] = F;
      missedDeadline[e] = 1;
    }
  }
  // Greatest fixed point: values only fall (T -> U -> F), so each bill is queued at most three times.
  const blocker = new Int32Array(n).fill(-1);
  const queue = new Int32Array(3 * n + 1);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) queue[tail++] = i;
  while (head < tail) {
    const b = queue[head++];
    for (let k = dependentsStart[b]; k < dependentsStart[b + 1]; k++) {
      const e = dependents[k];
      const a = condFrom[e];
      const v = value[b] < cap[e] ? value[b] : cap[e];
      if (v < value[a]) {
        value[a] = v;
        blocker[a] = e;
        queue[tail++] = a;
      }
    }
  }
  const outcomes: Record<string, Outcome> = {};
  for (let i = 0; i < n; i++) outcomes[dataset.bills[i].id] = toOutcome(own[i], value[i]);
  return { record, scenario, outcomes, own, assumed, blocker, missedDeadline };
}

function toOutcome(own: OwnStatus, value: number): Outcome {
  if (own === 'failed') return 'failed';
  if (value === F) return 'inoperative';
  if (own === 'pending') return 'pending';
  return value === U ? 'contingent' : 'enacted';
}
