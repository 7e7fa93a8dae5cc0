/**
 * Opening a session-sized dataset in steps: each heavy view of it (graph structure, evaluations,
 * the finder's lists, questions, timeline) is computed in a task of its own first, into the same
 * memos the app reads, so the commit that shows the dataset does not compute them all in one task.
 */
import type { Dataset, Problem } from '../model';
import type { AppState, AppStore } from './appStore';
import { openedState } from './datasetSlice';
import { selectEvaluation, selectGraphStructure, selectRecordEvaluation } from './selectors';
import { selectStuckLaws, selectTiedPackages, selectTimeline } from './appSelectors';
import { selectQuestions, selectStory } from './storySelectors';

/** Datasets with at least this many bills open in steps; smaller ones open at once. */
export const STEPS_FROM = 2000;

/** The views computed ahead, one task each, in the order the app needs them. */
const AHEAD: ReadonlyArray<(s: AppState) => unknown> = [
  selectGraphStructure,
  selectEvaluation,
  selectRecordEvaluation,
  selectStuckLaws,
  selectTiedPackages,
  selectTimeline,
  selectQuestions,
  selectStory,
];

/** Waits for a task of its own (after anything the page has queued, input and frames included). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How to step: what to wait for between steps, and when a newer choice makes this opening moot. */
export interface StepOptions {
  /** Waits between steps (a task of its own unless a test says otherwise). */
  wait?: () => Promise<void>;
  /** True once something newer was chosen: the dataset is then not opened. */
  stale?: () => boolean;
  /**
   * Store changes that belong with the dataset (its notices), made in the same moment it opens, so
   * the first frame that shows the graph already has them (one added after would move the graph).
   */
  alongside?: () => void;
}

/**
 * Opens `dataset` as `openDataset` does; past STEPS_FROM bills, first computes each heavy view of
 * the state it will open into, a task each. What is computed is only ever a memo: should the state
 * change meanwhile, the app computes what it needs again, and the outcome is the same. Resolves
 * false when `stale` said something newer was chosen meanwhile (nothing opened).
 */
export async function openInSteps(
  store: AppStore,
  dataset: Dataset,
  ref: string,
  warnings: Problem[] = [],
  { wait = nextTask, stale = () => false, alongside }: StepOptions = {},
): Promise<boolean> {
  if (dataset.bills.length >= STEPS_FROM) {
    for (const select of AHEAD) {
      await wait();
      if (stale()) return false;
      const now = store.getState();
      select({ ...now, ...openedState(now, dataset, ref, warnings) });
    }
    await wait();
    if (stale()) return false;
  }
  alongside?.();
  store.getState().openDataset(dataset, ref, warnings);
  return true;
}
