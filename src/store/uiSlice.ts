/** UI slice: which view is shown, what is focused, and notices for the reader. */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appStore';

/** The main views. */
export type View = 'graph' | 'table';

/** A message shown above the app: a fallback taken, a file refused. */
export interface Notice {
  /** Stable key, so the same notice is not shown twice. */
  id: string;
  /** How serious: info, warning or error. */
  level: 'info' | 'warning' | 'error';
  /** One plain sentence. */
  message: string;
  /** Optional details, one per line (e.g. validation errors with their paths). */
  details?: string[];
}

/** Colour theme: follow the system, or force one. */
export type Theme = 'auto' | 'light' | 'dark';

/** Filters shared by the graph (dimming) and the table (hiding). */
export interface Filters {
  /** Free text matched against labels, titles and names. */
  text: string;
  /** Only stakeholders of this kind. */
  stakeholderKind: string;
  /** Only positions with this stance. */
  stance: string;
  /** Only links of this kind. */
  linkKind: string;
  /** Only bills with this outcome. */
  outcome: string;
  /** Only bills whose outcome the scenario changes (against the record). */
  changed: boolean;
}

/** The tables of the table view. */
export type TableTab = 'bills' | 'stakeholders' | 'links';

/** A table's sort: a column, by its key (its header in lower case, spaces as "-": `recorded-outcome`), and its direction. */
export interface TableSort {
  /** The column's key. */
  column: string;
  /** 1: ascending; -1: descending. */
  dir: 1 | -1;
}

/** No filter. */
export const NO_FILTERS: Filters = Object.freeze({ text: '', stakeholderKind: '', stance: '', linkKind: '', outcome: '', changed: false });

/** UI state. */
export interface UiSlice {
  /** The main view shown. */
  view: View;
  /** The focused node id, if any. */
  focus: string | null;
  /** Notices shown to the reader. */
  notices: Notice[];
  /** Colour theme. */
  theme: Theme;
  /** Active filters. */
  filters: Filters;
  /** Which table the table view shows. */
  tableTab: TableTab;
  /** How the table is sorted (null: in its own order); kept where the table has no such column, and not applied. */
  tableSort: TableSort | null;
  /** Graph renderer: chosen by size, or forced. */
  renderer: 'auto' | 'svg' | 'canvas';
  /** How the graph shows stakeholders: grouped per bill and side, each one, or none. */
  stakeholders: 'grouped' | 'all' | 'none';
  /**
   * Errors in the draft being edited (0 when none, or when nothing is edited). While there are
   * some, the graph shows the last version that checked out, or the dataset open before: a link or
   * embed made then would not carry the draft.
   */
  draftErrors: number;
  /**
   * A draft is being edited that has not checked out yet in this editor (a new one, or one reopened
   * broken): the app's dataset is another, so the stage shows none of it (DraftWaiting).
   */
  draftUnshown: boolean;
  /**
   * A draft is being edited (the editor has one open, checked out or not): the header names the
   * draft, in its title and its Dataset menu, never the dataset it was begun over.
   */
  draftOpen: boolean;
  /**
   * The dataset whose link, embed code or publish bundle was last handed out (a new object each
   * time): a draft shared at its id keeps that id from then on, since readers' addresses name it.
   */
  shared: { id: string } | null;
  /** Says that the open dataset, `id`, was just shared. */
  markShared: (id: string) => void;
  /** Sets how the graph shows stakeholders. */
  setStakeholders: (mode: UiSlice['stakeholders']) => void;
  /** Sets the theme. */
  setTheme: (theme: Theme) => void;
  /** Changes some filters. */
  setFilters: (patch: Partial<Filters>) => void;
  /** Switches the table (another table starts unsorted). */
  setTableTab: (tab: TableTab) => void;
  /** Sorts the table (null: its own order). */
  setTableSort: (sort: TableSort | null) => void;
  /** Switches the main view. */
  setView: (view: View) => void;
  /** Opens the bills table filtered by `text` alone (the search's "Every match in the table"). */
  showInTable: (text: string) => void;
  /** Focuses a node (or clears the focus). */
  setFocus: (id: string | null) => void;
  /** Adds notices, replacing any with the same id. */
  addNotices: (notices: Notice[]) => void;
  /** Removes one notice. */
  dismissNotice: (id: string) => void;
}

/** Creates the UI slice. */
export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  view: 'graph',
  focus: null,
  draftErrors: 0,
  draftUnshown: false,
  draftOpen: false,
  shared: null,
  markShared: (id) => set({ shared: { id } }),
  notices: [],
  theme: 'auto',
  filters: NO_FILTERS,
  tableTab: 'bills',
  tableSort: null,
  renderer: 'auto',
  stakeholders: 'grouped',
  setStakeholders: (stakeholders) => set({ stakeholders }),
  setTheme: (theme) => set({ theme }),
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  setTableTab: (tableTab) => set((state) => (state.tableTab === tableTab ? state : { tableTab, tableSort: null })),
  setTableSort: (tableSort) => set({ tableSort }),
  setView: (view) => set({ view }),
  // Every match: no other filter left from before narrows what the search promised.
  showInTable: (text) =>
    set((state) => ({
      view: 'table',
      tableTab: 'bills',
      tableSort: state.tableTab === 'bills' ? state.tableSort : null,
      filters: { ...NO_FILTERS, text },
    })),
  setFocus: (focus) => set({ focus }),
  addNotices: (notices) =>
    set((state) => {
      const ids = new Set(notices.map((n) => n.id));
      return { notices: [...state.notices.filter((n) => !ids.has(n.id)), ...notices] };
    }),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
});
