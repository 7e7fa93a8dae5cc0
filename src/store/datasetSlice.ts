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

/** Creates the dataset slice. */
export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  dataset: null,
  datasetRef: null,
  datasetWarnings: [],
  openDataset: (dataset, ref, warnings = []) =>
    set((state) => {
      const ids = new Set(dataset.bills.map((b) => b.id));
      const assumptions = Object.fromEntries(Object.entries(state.assumptions).filter(([id]) => ids.has(id)));
      const known = (id: string) =>
        dataset.bills.some((b) => b.id === id || b.provisions?.some((p) => p.id === id)) ||
        dataset.stakeholders?.some((s) => s.id === id) ||
        dataset.links?.some((l) => l.id === id);
      const focus = state.focus && known(state.focus) ? state.focus : null;
      return { dataset, datasetRef: ref, datasetWarnings: warnings, assumptions, focus };
    }),
});
