/** The model layer: dataset types, schema, dates and validation. */
export * from './schema';
export * from './dates';
export * from './problems';
export * from './limits';
export { ID_PATTERN, SOURCE_ID_PATTERN, RESERVED_NAMES, IdMaker, labelId, safeId, slugify } from './ids';
export { stripBom, quote, wholeTitle } from './text';
export { countWords, MAX_LISTED } from './findings';
export { parseDatasetText, validateDataset } from './parse';
export { sourcesCitedFor } from './cited';
export { findBill, noBill } from './billRef';
export type { ParseResult } from './parse';
