/** The story the summary tells, the questions worth asking, and the one sentence about a focused node. */
import type { Dataset } from '../model';
import type { Evaluation, ProvisionResult, Question } from '../engine';
import { evaluateProvisions, positionsAsOf, stakeholderSentence, suggestQuestions, tellStoryTold } from '../engine';
import type { Told } from '../engine/words';
import type { AppState } from './appStore';
import { memoPerStore, selectEvaluation, selectExplanationOf, selectRecordEvaluation } from './selectors';

const NONE: never[] = [];
Object.freeze(NONE);

const storyMemo = memoPerStore((ev: Evaluation, record: Evaluation, about: string | null, among: ReadonlySet<string> | undefined) =>
  tellStoryTold(ev, record, about, among),
);

/**
 * One sentence: what the scenario changes and why, or as recorded what hangs on what and what
 * happened (`about` a bill: that bill's tie, as a session's embed focused on it tells).
 */
export const selectStory = (s: AppState, about: string | null = null, among?: ReadonlySet<string>): string | null => {
  const ev = selectEvaluation(s);
  const record = selectRecordEvaluation(s);
  return ev && record ? storyMemo(s, ev, record, about, among).text : null;
};

/** selectStory's sentence with the caveat it holds apart (a page sets the caveat in quieter type). */
export const selectStoryTold = (s: AppState, about: string | null = null, among?: ReadonlySet<string>): Told | null => {
  const ev = selectEvaluation(s);
  const record = selectRecordEvaluation(s);
  return ev && record ? storyMemo(s, ev, record, about, among) : null;
};

const questionsMemo = memoPerStore((record: Evaluation, about: string | null, among: ReadonlySet<string> | undefined) =>
  suggestQuestions(record, 3, about, among),
);

/**
 * Questions that change another bill's outcome: "What if HB 5438 had become law?" (first about the
 * story's bills, as `selectStory`; `among` a few bills, only about them).
 */
export const selectQuestions = (s: AppState, about: string | null = null, among?: ReadonlySet<string>): Question[] => {
  const record = selectRecordEvaluation(s);
  return record ? questionsMemo(s, record, about, among) : NONE;
};

/** The record of the whole dataset, whatever the date: what a session's embed picks its story from, so the story stays put. */
export const selectWholeRecord = (s: AppState): Evaluation | null =>
  selectRecordEvaluation(s.asOf === undefined ? s : { ...s, asOf: undefined });

/** Datasets with fewer bills than this have their questions evaluated ahead (past it, one evaluation is a long task). */
export const PREFETCH_BELOW = 10_000;

/**
 * Evaluates, ahead of a press, the scenario question `i` offers (at the current date), into the memo
 * the graph reads: a reader's first "What if ...?" then finds its outcomes made. Returns it (null
 * with a scenario on, past PREFETCH_BELOW bills, or past the last question).
 */
export function prefetchQuestion(s: AppState, i: number, about: string | null = null, among?: ReadonlySet<string>): Evaluation | null {
  if (Object.keys(s.assumptions).length > 0 || (s.dataset?.bills.length ?? 0) >= PREFETCH_BELOW) return null;
  const q = selectQuestions(s, about, among)[i];
  return q ? selectEvaluation({ ...s, assumptions: { [q.bill]: q.assumption } }) : null;
}

const provisionsMemo = memoPerStore((ev: Evaluation): Record<string, ProvisionResult> => evaluateProvisions(ev));

const stakeMemo = memoPerStore(
  (ds: Dataset, asOf: string | undefined, id: string, drawn: ReadonlySet<string> | undefined): string | null => {
    const who = ds.stakeholders?.find((x) => x.id === id);
    if (!who) return null;
    const label = new Map<string, string>();
    for (const b of ds.bills) {
      label.set(b.id, b.label);
      for (const p of b.provisions ?? []) label.set(p.id, p.label);
    }
    // The bills drawn first (a sponsor of 16 bills is tapped in one of their cards), then those tied to others.
    const tied = new Set((ds.links ?? []).flatMap((l) => [l.from, ...l.to]));
    const rank = (target: string) => (drawn?.has(target) ? 2 : tied.has(target) ? 1 : 0);
    const stakes = positionsAsOf(ds, asOf)
      .filter((p) => p.stakeholder === id && p.stance !== 'withdrawn')
      .sort((a, b) => rank(b.target) - rank(a.target))
      .map((p) => ({ stance: p.stance, bill: label.get(p.target) ?? p.target }));
    return stakeholderSentence(who.name, stakes);
  },
);

/** The one-sentence explanation of a node (bill, provision, stakeholder or link), or null; a stakeholder's names the `drawn` bills first. */
export const selectNodeSentence =
  (id: string | null, drawn?: ReadonlySet<string>) =>
  (s: AppState): string | null => {
    const ds = s.dataset;
    const ev = selectEvaluation(s);
    if (!ds || !ev || !id) return null;
    if (ev.record.index.has(id)) return selectExplanationOf(id)(s)?.sentence ?? null;
    const link = ds.links?.find((l) => l.id === id);
    if (link) return ev.record.index.has(link.from) ? (selectExplanationOf(link.from)(s)?.sentence ?? null) : null;
    const provision = provisionsMemo(s, ev)[id];
    if (provision) return provision.sentence;
    return stakeMemo(s, ds, s.asOf, id, drawn);
  };
