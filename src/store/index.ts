/** The store layer. */
export * from './appStore';
export * from './selectors';
export type { AssumptionChoice } from './scenarioSlice';
export type { Notice, View } from './uiSlice';
export { StoreProvider, useAppStore, useAppStoreApi } from './provider';
