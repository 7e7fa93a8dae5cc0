/** The app store: one zustand vanilla store per app, made by a factory from initial state. */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { DatasetSlice } from './datasetSlice';
import { createDatasetSlice } from './datasetSlice';
import type { ScenarioSlice } from './scenarioSlice';
import { createScenarioSlice } from './scenarioSlice';
import type { UiSlice } from './uiSlice';
import { createUiSlice } from './uiSlice';

/** Everything the app holds: raw inputs only; derived data comes from selectors. */
export type AppState = DatasetSlice &
  ScenarioSlice &
  UiSlice & {
    /** A token, one per store, that selector caches are kept against (so stores never share or leak them). */
    memos: object;
  };

/** The store's API. */
export type AppStore = StoreApi<AppState>;

/** Initial values a caller may set (from the URL, or a test). */
export type AppInit = Partial<
  Pick<
    AppState,
    | 'dataset'
    | 'datasetRef'
    | 'assumptions'
    | 'asOf'
    | 'view'
    | 'focus'
    | 'notices'
    | 'theme'
    | 'renderer'
    | 'stakeholders'
    | 'held'
    | 'draftUnshown'
    | 'draftOpen'
    | 'tableTab'
    | 'tableSort'
    | 'filters'
  >
>;

/** Creates a fresh store; each app (and each test) makes its own. */
export function createAppStore(init: AppInit = {}): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createDatasetSlice(...args),
    ...createScenarioSlice(...args),
    ...createUiSlice(...args),
    ...init,
    memos: {},
  }));
}
