/** Scenario slice: assumptions about bills' own fates and the date to look from. */
import type { StateCreator } from 'zustand/vanilla';
import type { Assumption } from '../engine/scenario';
import type { AppState } from './appStore';

/** A bill's setting in the scenario controls. */
export type AssumptionChoice = Assumption | 'recorded';

/** The "what if" the reader has set. */
export interface ScenarioSlice {
  /** Bill id -> assumed own fate. */
  assumptions: Record<string, Assumption>;
  /** Look at the record as of this day (YYYY-MM-DD), or undefined for after the last event. */
  asOf: string | undefined;
  /**
   * Sets one bill to "as recorded", "becomes law" or "fails"; `letGo`, in the same change, lets go of
   * a focused node (an embed's what-if shows its whole outcome, nothing of it left dimmed).
   */
  setAssumption: (billId: string, choice: AssumptionChoice, letGo?: boolean) => void;
  /** Replaces all assumptions at once. */
  setAssumptions: (assumptions: Record<string, Assumption>) => void;
  /** Sets the date to look from. */
  setAsOf: (asOf: string | undefined) => void;
  /** Back to the record: no assumptions, after the last event. */
  resetScenario: () => void;
  /** A scenario pinned for side-by-side comparison, or null. */
  pinned: { assumptions: Record<string, Assumption> } | null;
  /** Pins the current assumptions (or unpins with null). */
  pinScenario: (pin: boolean) => void;
}

/** Creates the scenario slice. */
export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set) => ({
  assumptions: {},
  asOf: undefined,
  setAssumption: (billId, choice, letGo = false) =>
    set((state) => {
      const next = { ...state.assumptions };
      if (choice === 'recorded') delete next[billId];
      else next[billId] = choice;
      return letGo && state.focus !== null ? { assumptions: next, focus: null } : { assumptions: next };
    }),
  setAssumptions: (assumptions) => set({ assumptions: { ...assumptions } }),
  setAsOf: (asOf) => set({ asOf }),
  resetScenario: () => set({ assumptions: {}, asOf: undefined }),
  pinned: null,
  pinScenario: (pin) => set((state) => ({ pinned: pin ? { assumptions: { ...state.assumptions } } : null })),
});
