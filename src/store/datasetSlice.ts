/** Dataset slice: the open dataset and what loading it reported. */
import type { StateCreator } from 'zustand/vanilla';
import type { Dataset, Problem } from '../model';
import type { AppState } from './appStore';

/** The open dataset and its validation findings. */
export interface DatasetSlice {
  /** The open dataset, or null while none is loaded. */
  dataset: Dataset | null;
  /** Where it came from: a built-in id or a URL. */
  datasetRef: string | null;
  /** Non-fatal findings about the open dataset. */
  datasetWarnings: Problem[];
  /** Replaces the open dataset (and clears assumptions about bills it lacks). */
  openDataset: (dataset: Dataset, ref: string, warnings?: Problem[]) => void;
}

/** True when `id` names a node of the dataset: a bill, a provision, a stakeholder or a link. */
export function hasNode(dataset: Dataset, id: string): boolean {
  return (
    dataset.bills.some((b) => b.id === id || b.provisions?.some((p) => p.id === id)) ||
    (dataset.stakeholders?.some((s) => s.id === id) ?? false) ||
    (dataset.links?.some((l) => l.id === id) ?? false)
  );
}

/**
 * What opening `dataset` changes in `state`: the dataset, its ref and warnings, the assumptions
 * about bills it has (the very same object when it has them all, so whatever was computed for
 * them is still good) and the focus, when it names one of its nodes.
 */
export function openedState(state: AppState, dataset: Dataset, ref: string, warnings: Problem[] = []): Partial<AppState> {
  const ids = new Set(dataset.bills.map((b) => b.id));
  const kept = Object.entries(state.assumptions).filter(([id]) => ids.has(id));
  const assumptions = kept.length === Object.keys(state.assumptions).length ? state.assumptions : Object.fromEntries(kept);
  const focus = state.focus && hasNode(dataset, state.focus) ? state.focus : null;
  // The first dataset's focus came from the URL: say when it names nothing there.
  const notices =
    state.datasetRef === null && state.focus && !focus
      ? [
          ...state.notices.filter((n) => n.id !== 'url-focus'),
          {
            id: 'url-focus',
            level: 'warning' as const,
            message: `focus "${state.focus}" is not a node of ${dataset.title}; nothing was focused`,
          },
        ]
      : state.notices;
  return { dataset, datasetRef: ref, datasetWarnings: warnings, assumptions, focus, notices };
}

/** Creates the dataset slice. */
export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  dataset: null,
  datasetRef: null,
  datasetWarnings: [],
  openDataset: (dataset, ref, warnings = []) => set((state) => openedState(state, dataset, ref, warnings)),
});
