/** evaluate(dataset, scenario): which bills take effect, as a fixed point of three-valued logic. */
import type { Dataset } from '../model/schema';
import type { CompiledRecord } from './compile';
import { compileRecord, deadlineMissed } from './compile';
import { startProcedural } from './procedural';
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
  /** Outcome of the bill at an index (no record built). */
  outcomeAt: (index: number) => Outcome;
  /** Own status per bill index, after assumptions. */
  own: OwnStatus[];
  /** True per bill index when its own status comes from an assumption. */
  assumed: boolean[];
  /** Per bill index: the procedural link that deemed it enacted, or -1. */
  deemedBy: Int32Array;
  /** Per bill index: the condition edge that decided a worse-than-own outcome, or -1. */
  blocker: Int32Array;
  /** Per condition edge: true when a deadline can no longer be met. */
  missedDeadline: Uint8Array;
}

/**
 * Whether bill i is there as of the scenario's date: it records an event by then, the scenario
 * sets its fate, or it records no events at all (nothing says when it began). Before that a bill
 * is drawn faint, and no story is told of it. The rule of timeline's billThereBy, read from the
 * record's already compiled latest event (no pass over the events: it runs for every bill).
 */
export function billThere(ev: Evaluation, i: number): boolean {
  return ev.record.recorded[i].latest !== undefined || ev.assumed[i] || !ev.record.dataset.bills[i].events?.length;
}

/** Evaluates a scenario against a dataset. Pure and total; linear in bills + link targets. */
export function evaluate(ds: Dataset, scenario: Scenario): Evaluation {
  return evaluateRecord(compileRecord(ds, scenario.asOf), scenario);
}

/** Evaluates a scenario against an already compiled record (re-evaluation after a toggle). */
export function evaluateRecord(record: CompiledRecord, scenario: Scenario): Evaluation {
  const { dataset, recorded, recordedValue, condFrom, condTo, condLink, condEnactment, dependentsStart, dependents, deadlineEdges } =
    record;
  const n = recorded.length;
  const value = recordedValue.slice();
  const assumed: boolean[] = new Array(n).fill(false);
  for (const id of Object.keys(scenario.assumptions)) {
    const i = record.index.get(id);
    if (i === undefined) continue;
    assumed[i] = true;
    value[i] = scenario.assumptions[id] === 'enacted' ? T : F;
  }
  const ownValue = value.slice();
  const procedural = startProcedural(record, value, assumed);
  // Own fate during the fixed point (deemed measures included), read by conditions that ask only for enactment.
  const ownNow = value.slice();
  const own: OwnStatus[] = new Array(n);
  for (let i = 0; i < n; i++) own[i] = value[i] === T ? 'enacted' : value[i] === F ? 'failed' : 'pending';
  const links = dataset.links ?? [];
  const m = condFrom.length;
  const cap = new Uint8Array(m).fill(T);
  const missedDeadline = new Uint8Array(m);
  for (const e of deadlineEdges) {
    const b = condTo[e];
    if (deadlineMissed(links[condLink[e]].deadline, own[b], assumed[b], record.enactedOn[b], record.asOf)) {
      cap[e] = F;
      missedDeadline[e] = 1;
    }
  }
  // Greatest fixed point: values only fall (T -> U -> F), and a deemed measure's own fate falls
  // at most once (T -> U), so each bill is queued at most four times.
  const blocker = new Int32Array(n).fill(-1);
  const queue = new Int32Array(4 * n + 1);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) queue[tail++] = i;
  while (head < tail) {
    const b = queue[head++];
    if (value[b] < T && procedural.undeem(b, value)) {
      // Every un-deemed measure (its value fallen or not): its own fate is pending again.
      for (const a of procedural.undeemed) {
        ownNow[a] = U;
        queue[tail++] = a;
      }
    }
    for (let k = dependentsStart[b]; k < dependentsStart[b + 1]; k++) {
      const e = dependents[k];
      const a = condFrom[e];
      // "Enacted" asks for the target's own fate; "takes effect" for its outcome, so conditions chain.
      const reads = condEnactment[e] ? ownNow[b] : value[b];
      const v = reads < cap[e] ? reads : cap[e];
      if (v < value[a]) {
        value[a] = v;
        blocker[a] = e;
        queue[tail++] = a;
      }
    }
  }
  const deemedBy = procedural.deemedBy(value);
  for (let i = 0; i < n; i++) {
    const v = deemedBy[i] >= 0 ? T : ownValue[i];
    own[i] = v === T ? 'enacted' : v === F ? 'failed' : 'pending';
  }
  let outcomes: Record<string, Outcome> | undefined;
  return {
    record,
    scenario,
    // Built on first read: a re-evaluation whose reader needs a few bills does not pay for all of them.
    get outcomes() {
      if (!outcomes) {
        outcomes = {};
        for (let i = 0; i < n; i++) outcomes[dataset.bills[i].id] = toOutcome(own[i], value[i]);
      }
      return outcomes;
    },
    outcomeAt: (i: number) => toOutcome(own[i], value[i]),
    own,
    assumed,
    deemedBy,
    blocker,
    missedDeadline,
  };
}

function toOutcome(own: OwnStatus, value: number): Outcome {
  if (own === 'failed') return 'failed';
  if (value === F) return 'inoperative';
  if (own === 'pending') return 'pending';
  return value === U ? 'contingent' : 'enacted';
}
