/** The store layer. */
export * from './appStore';
export * from './selectors';
export * from './storySelectors';
export { hasNode, unknownFocusNotice } from './datasetSlice';
export type { HeldView } from './datasetSlice';
export type { AssumptionChoice } from './scenarioSlice';
export type { Filters, Notice, TableSort, TableTab, Theme, View } from './uiSlice';
export { NO_FILTERS } from './uiSlice';
export { afterPaint } from './afterPaint';
export { StoreProvider, useAppStore, useAppStoreApi, useDeferredAppStore, useStaleDataset } from './provider';
