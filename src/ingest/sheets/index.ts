/** Spreadsheets in and out: the CSV template, reading sheets into a dataset and writing a dataset as sheets. */
export { SHEETS, DATASET_FIELDS } from './columns';
export type { SheetSpec, ColumnSpec, SheetKind } from './columns';
export { readSheets } from './read';
export type { SheetsResult } from './read';
export { blankSheets, datasetToSheets } from './write';
export type { SheetFile } from './write';
export { formatSheetProblem } from './problems';
export type { SheetProblem } from './problems';
export { decodeSheet } from './decode';
