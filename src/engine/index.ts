/** The engine layer: pure functions over datasets and scenarios. */
export * from './scenario';
export { evaluate, evaluateRecord } from './evaluate';
export type { Evaluation } from './evaluate';
export { explain } from './explain';
export type { Explanation, Reason } from './explain';
export * from './timeline';
export { compileRecord } from './compile';
export { diffFromRecord, summarizeScenario } from './impact';
export type { OutcomeChange } from './impact';
export { evaluateProvisions } from './provisions';
export type { ProvisionOutcome, ProvisionResult } from './provisions';
export { stakeholderImpact } from './stakeholders';
export type { Effect, StakeItem, StakeholderImpact } from './stakeholders';
export { generateDataset } from './generate';
export { captionsAt, timelineStops } from './story';
export type { Caption, StopCaptions, TimelineStop } from './story';
export { searchNodes } from './search';
export type { SearchHit } from './search';
