/** The editor's own store (zustand/vanilla): the draft's history, its problems, where it is kept, what is selected. */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Dataset } from '../model';
import type { Draft, PathKey } from '../model/edit';
import { setIn } from '../model/edit';
import type { History } from './history';
import { record, redo, undo } from './history';
import type { EditorTab, FieldProblem } from './fieldProblems';
import type { EditorPlace } from './resume';

/** Whether the latest change is kept in the browser. */
export type KeptState = { status: 'saved' | 'saving' } | { status: 'unavailable'; reason: string };

/** The editor's state and actions. */
export interface EditorState {
  /** The draft's storage key. */
  key: string;
  /** Every version of the draft, for undo and redo. */
  history: History<Draft>;
  /** Errors and warnings of the latest validated version. */
  problems: FieldProblem[];
  /** Whether the present draft has been validated since its last change. */
  checked: boolean;
  /** Whether the draft is kept in the browser. */
  kept: KeptState;
  /** The open tab. */
  tab: EditorTab;
  /** The selected item on each list tab, by id. */
  selected: Partial<Record<EditorTab, string>>;
  /** Whether the id is fixed: the draft was opened in Tiebar or published at it, so the title no longer moves it. */
  idFixed: boolean;
  /**
   * The draft's last version that checked out (null before one has): the graph shows it while the
   * draft has errors, and it is kept with the draft then, so a reload shows it too.
   */
  lastGood: Dataset | null;
  /** Applies a change; `field` groups typing in one field into one undo step. */
  change: (edit: (draft: Draft) => Draft, field?: string) => void;
  /** Sets one field's value (`undefined` clears an optional field). */
  setField: (path: readonly PathKey[], value: unknown) => void;
  /** Takes back the last change. */
  undo: () => void;
  /** Puts back the last change undone. */
  redo: () => void;
  /** Opens a tab, optionally selecting an item on it. */
  select: (tab: EditorTab, id?: string) => void;
  /** Fixes the id where it is (the draft was just opened in Tiebar or published). */
  fixId: () => void;
}

/** The editor store's API. */
export type EditorStore = StoreApi<EditorState>;

/** What was kept with a draft besides its history. */
export interface KeptWithDraft {
  /** Whether its id is fixed. */
  idFixed?: boolean;
  /** Its last version that checked out, kept while it had errors (checked again before it is shown). */
  lastGood?: Dataset | null;
  /** Where the editor was in it (a reload of this browser tab opens there). */
  place?: EditorPlace | null;
}

/**
 * Creates an editor session over a draft's history: a new one (startHistory) or the one kept with
 * it (restoreHistory), with what else was kept with it.
 */
export function createEditorStore(key: string, history: History<Draft>, kept: KeptWithDraft = {}): EditorStore {
  return createStore<EditorState>()((set) => ({
    key,
    history,
    problems: [],
    checked: false,
    kept: { status: 'saving' },
    tab: kept.place?.tab ?? 'dataset',
    selected: kept.place?.selected ?? {},
    idFixed: kept.idFixed ?? false,
    lastGood: kept.lastGood ?? null,
    change: (edit, field) =>
      set((s) => {
        const history = record(s.history, edit(s.history.present), field ?? null);
        return history === s.history ? {} : { history, checked: false };
      }),
    setField: (path, value) =>
      set((s) => {
        const history = record(s.history, setIn(s.history.present, path, value), path.join('.'));
        return history === s.history ? {} : { history, checked: false };
      }),
    undo: () => set((s) => ({ history: undo(s.history), checked: false })),
    redo: () => set((s) => ({ history: redo(s.history), checked: false })),
    select: (tab, id) => set((s) => ({ tab, selected: id === undefined ? s.selected : { ...s.selected, [tab]: id } })),
    fixId: () => set({ idFixed: true }),
  }));
}
