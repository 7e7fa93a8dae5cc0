/** The model layer: dataset types, schema, dates and validation. */
export * from './schema';
export * from './dates';
export * from './problems';
export { parseDatasetText, validateDataset } from './parse';
export type { ParseResult } from './parse';
