/** Dataset slice: the open dataset and what loading it reported. */
import type { StateCreator } from 'zustand/vanilla';
import type { Dataset, Problem } from '../model';
import type { Assumption } from '../engine/scenario';
import type { AppState } from './appStore';
import type { Notice } from './uiSlice';

/** The address's what-if and focus, held for a draft the editor reopens (see DatasetSlice.held). */
export interface HeldView {
  assumptions: Record<string, Assumption>;
  focus: string | null;
}

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
  /**
   * A reload of the editor opens a dataset first and its draft after: the address's what-if and
   * focus are the draft's, held here until the draft shows (never checked against the first one).
   */
  held: HeldView | null;
}

/** The notice for an address's focus that names no node of `dataset` (nothing is focused). */
export function unknownFocusNotice(focus: string, dataset: Dataset): Notice {
  return { id: 'url-focus', level: 'warning', message: `focus "${focus}" is not a node of ${dataset.title}; nothing was focused` };
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
 * them is still good) and the focus, when it names one of its nodes. Another dataset than the one
 * open (another ref) starts afresh: no what-if, focus, date or pinned scenario. Those were about
 * the other one's bills, and a bill of the same id in another session is another bill.
 */
export function openedState(state: AppState, dataset: Dataset, ref: string, warnings: Problem[] = []): Partial<AppState> {
  const base = { dataset, datasetRef: ref, datasetWarnings: warnings };
  if (state.datasetRef !== null && ref !== state.datasetRef) {
    const none = Object.keys(state.assumptions).length === 0 ? state.assumptions : {};
    return { ...base, assumptions: none, focus: null, asOf: undefined, pinned: null };
  }
  const ids = new Set(dataset.bills.map((b) => b.id));
  const kept = Object.entries(state.assumptions).filter(([id]) => ids.has(id));
  const assumptions = kept.length === Object.keys(state.assumptions).length ? state.assumptions : Object.fromEntries(kept);
  const focus = state.focus && hasNode(dataset, state.focus) ? state.focus : null;
  // The first dataset's focus came from the URL: say when it names nothing there.
  const notices =
    state.datasetRef === null && state.focus && !focus
      ? [...state.notices.filter((n) => n.id !== 'url-focus'), unknownFocusNotice(state.focus, dataset)]
      : state.notices;
  return { ...base, assumptions, focus, notices };
}

/** Creates the dataset slice. */
export const createDatasetSlice: StateCreator<AppState, [], [], DatasetSlice> = (set) => ({
  dataset: null,
  datasetRef: null,
  datasetWarnings: [],
  held: null,
  openDataset: (dataset, ref, warnings = []) => set((state) => openedState(state, dataset, ref, warnings)),
});
