/** Memoised selectors: same inputs, same object, so React and the graph skip needless work. */
import type { Dataset } from '../model';
import type { Evaluation } from '../engine/evaluate';
import { evaluate } from '../engine/evaluate';
import type { Explanation } from '../engine/explain';
import { explain } from '../engine/explain';
import type { Scenario } from '../engine/scenario';
import { scenarioKey } from '../engine/scenario';
import { summarizeScenario } from '../engine/impact';
import type { GraphStructure } from '../engine/graphSpec';
import { buildGraphStructure } from '../engine/graphSpec';
import type { AppState } from './appStore';

/**
 * Remembers the results of the last few argument tuples (compared by identity; only the first
 * `compared` of them when a later one is derived from those). More than one: the graph reads the
 * newest state while deferred panels still read the one before, and a single slot would make each
 * recompute (and hand React a new object) on every read.
 */
export function memoRecent<A extends unknown[], R>(fn: (...args: A) => R, size = 4, compared = Infinity): (...args: A) => R {
  const recent: Array<{ args: A; result: R }> = [];
  return (...args: A) => {
    const at = recent.findIndex((r) => r.args.length === args.length && r.args.every((a, i) => i >= compared || a === args[i]));
    if (at >= 0) {
      // The one read goes to the front: the least recently read is the one dropped.
      const [hit] = recent.splice(at, 1);
      recent.unshift(hit);
      return hit.result;
    }
    const result = fn(...args);
    recent.unshift({ args, result });
    if (recent.length > size) recent.pop();
    return result;
  };
}

/** memoRecent per store: each store keeps its own recent results (dropped with the store), never another's. */
export function memoPerStore<A extends unknown[], R>(fn: (...args: A) => R, size = 4, compared = Infinity): (s: AppState, ...args: A) => R {
  const byStore = new WeakMap<object, (...args: A) => R>();
  return (s, ...args) => {
    let memo = byStore.get(s.memos);
    if (!memo) byStore.set(s.memos, (memo = memoRecent(fn, size, compared)));
    return memo(...args);
  };
}

// Keyed by the scenario's content, not its object: a reader toggling a bill and back gets the
// evaluation (and with it the graph's state) already made, the same object as before.
const evaluateMemo = memoPerStore(
  (ds: Dataset, _scenario: string, asOf: string | undefined, assumptions: Scenario['assumptions']) => evaluate(ds, { assumptions, asOf }),
  // The scenario shown, the one before, and the three the questions offer (evaluated ahead).
  6,
  3,
);
const recordMemo = memoPerStore((ds: Dataset, asOf: string | undefined) => evaluate(ds, { assumptions: {}, asOf }));
const explainMemo = memoPerStore((ev: Evaluation): Record<string, Explanation> => {
  const out: Record<string, Explanation> = {};
  for (const bill of ev.record.dataset.bills) out[bill.id] = explain(ev, bill.id);
  return out;
});
const structureMemo = memoPerStore((ds: Dataset) => buildGraphStructure(ds));

// Each assumptions object's key, made once: selectEvaluation is read by every panel on every change.
const keys = new WeakMap<Scenario['assumptions'], string>();
function keyOf(assumptions: Scenario['assumptions']): string {
  let key = keys.get(assumptions);
  if (key === undefined) keys.set(assumptions, (key = scenarioKey(assumptions)));
  return key;
}

/** The evaluation of the current scenario, or null with no dataset. */
export const selectEvaluation = (s: AppState): Evaluation | null =>
  s.dataset ? evaluateMemo(s, s.dataset, keyOf(s.assumptions), s.asOf, s.assumptions) : null;

/** The evaluation of the record (no assumptions) at the current date. */
export const selectRecordEvaluation = (s: AppState): Evaluation | null => (s.dataset ? recordMemo(s, s.dataset, s.asOf) : null);

/** Explanations of every bill in the current scenario. */
export const selectExplanations = (s: AppState): Record<string, Explanation> | null => {
  const ev = selectEvaluation(s);
  return ev ? explainMemo(s, ev) : null;
};

/** The graph structure of the open dataset. */
export const selectGraphStructure = (s: AppState): GraphStructure | null => (s.dataset ? structureMemo(s, s.dataset) : null);

/** The bills (and other measures) of the open dataset. */
export const selectBills = (s: AppState) => s.dataset?.bills ?? EMPTY;
const EMPTY: never[] = [];
Object.freeze(EMPTY);

const summaryMemo = memoPerStore((ev: Evaluation, record: Evaluation) => summarizeScenario(ev, record));

/** One line on what the scenario changes against the record, or null when nothing is assumed. */
export const selectScenarioSummary = (s: AppState): string | null => {
  const ev = selectEvaluation(s);
  const record = selectRecordEvaluation(s);
  return ev && record ? summaryMemo(s, ev, record) : null;
};

const explanationCache = new WeakMap<Evaluation, Map<string, Explanation>>();

/** One bill's explanation in an evaluation, computed once and kept with the evaluation. */
function explanationOf(ev: Evaluation, billId: string): Explanation {
  let cache = explanationCache.get(ev);
  if (!cache) explanationCache.set(ev, (cache = new Map()));
  let ex = cache.get(billId);
  if (!ex) cache.set(billId, (ex = explain(ev, billId)));
  return ex;
}

/** One bill's explanation in the current scenario, computed on demand and kept per evaluation. */
export const selectExplanationOf =
  (billId: string) =>
  (s: AppState): Explanation | null => {
    const ev = selectEvaluation(s);
    return ev && ev.record.index.has(billId) ? explanationOf(ev, billId) : null;
  };

const explainerMemo = memoPerStore((ev: Evaluation) => (billId: string) => explanationOf(ev, billId));

/**
 * Explains bills of the current scenario on demand (a stable function per evaluation), for views
 * that show a few rows of a large session and must not explain all of its bills at once.
 */
export const selectExplainer = (s: AppState): ((billId: string) => Explanation) | null => {
  const ev = selectEvaluation(s);
  return ev ? explainerMemo(s, ev) : null;
};
