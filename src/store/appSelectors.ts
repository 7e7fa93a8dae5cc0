/** Selectors the full app needs and the embed does not (kept apart so the embed's bundle stays small). */
import type { Dataset } from '../model';
import type {
  Evaluation,
  ProvisionResult,
  Scenario,
  StakeholderImpact,
  StopCaptions,
  StuckLaw,
  TiedPackage,
  TimelineStop,
} from '../engine';
import { captionsAt, evaluate, evaluateProvisions, stakeholderImpact, stuckLaws, tiedPackages, timelineStops } from '../engine';
import type { AppState } from './appStore';
import { memoPerStore, selectEvaluation, selectRecordEvaluation } from './selectors';

const NONE: never[] = [];

const storyMemo = memoPerStore((ds: Dataset) => timelineStops(ds));

/** The timeline's stops. */
export const selectTimeline = (s: AppState): TimelineStop[] => (s.dataset ? storyMemo(s, s.dataset) : NONE);

/** How many captions a stop shows (a session's first day can hold thousands of introductions). */
export const CAPTION_LIMIT = 10;
const captionsMemo = memoPerStore((ds: Dataset, asOf: string) => captionsAt(ds, asOf, CAPTION_LIMIT));

/** The captions of the stop at `asOf` (a stop's date), at most CAPTION_LIMIT of them, and the total. */
export const selectCaptions = (s: AppState, asOf: string): StopCaptions => (s.dataset ? captionsMemo(s, s.dataset, asOf) : NO_CAPTIONS);
const NO_CAPTIONS: StopCaptions = { captions: NONE, total: 0 };

const impactMemo = memoPerStore((ev: Evaluation, record: Evaluation) => stakeholderImpact(ev, record));

/** Who wins and who loses against the record, per stakeholder. */
export const selectImpact = (s: AppState): StakeholderImpact[] => {
  const ev = selectEvaluation(s);
  const record = selectRecordEvaluation(s);
  return ev && record ? impactMemo(s, ev, record) : NONE;
};

const pinnedMemo = memoPerStore((ds: Dataset, assumptions: Scenario['assumptions'], asOf: string | undefined) =>
  evaluate(ds, { assumptions, asOf }),
);

/** The evaluation of the pinned scenario (at the current date), or null. */
export const selectPinnedEvaluation = (s: AppState): Evaluation | null =>
  s.dataset && s.pinned ? pinnedMemo(s, s.dataset, s.pinned.assumptions, s.asOf) : null;

const provisionsMemo = memoPerStore((ev: Evaluation) => evaluateProvisions(ev));

/** Provision outcomes in the current scenario. */
export const selectProvisionOutcomes = (s: AppState): Record<string, ProvisionResult> | null => {
  const ev = selectEvaluation(s);
  return ev ? provisionsMemo(s, ev) : null;
};

const stuckMemo = memoPerStore((ev: Evaluation) => stuckLaws(ev));
const packagesMemo = memoPerStore((ev: Evaluation) => tiedPackages(ev));

/** Laws enacted on the record that cannot take effect or are still contingent, in the current scenario. */
export const selectStuckLaws = (s: AppState): StuckLaw[] => {
  const ev = selectEvaluation(s);
  return ev ? stuckMemo(s, ev) : NONE;
};

/** Packages of tied bills with their fate, in the current scenario. */
export const selectTiedPackages = (s: AppState): TiedPackage[] => {
  const ev = selectEvaluation(s);
  return ev ? packagesMemo(s, ev) : NONE;
};
