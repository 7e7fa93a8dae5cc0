/**
 * CSV files people open in a spreadsheet: the table's download and the dataset's sheets. One
 * writer, with the formula escape both directions (spreadsheet formula injection) and a byte
 * order mark, without which Excel reads UTF-8 as another encoding ("children’s" comes out as
 * "childrenâ€™s").
 */
import { csvFormatRows } from 'd3-dsv';

/** A UTF-8 byte order mark. */
export const BOM = '\uFEFF';

/** A cell starting with one of these is a formula in Excel, Sheets and LibreOffice. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** The writer's escape: as many `'` as were there, plus one, before a formula-like start. */
const ESCAPED = /^'+[=+\-@\t\r]/;

/** Escapes a cell for a spreadsheet: a leading `=`, `+`, `-`, `@` (or one already escaped) gets a `'` in front. */
export function escapeCell(value: string): string {
  return FORMULA_START.test(value) || ESCAPED.test(value) ? `'${value}` : value;
}

/** Reverses exactly the writer's escape; says when an unescaped cell looks like a formula. */
export function unescapeCell(value: string): { value: string; formula: boolean } {
  if (ESCAPED.test(value)) return { value: value.slice(1), formula: false };
  return { value, formula: FORMULA_START.test(value) && !/^[+-]?\d/.test(value) };
}

/** Rows as a CSV file's text: the byte order mark, then every cell escaped and quoted where it must be (RFC 4180). */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return `${BOM}${csvFormatRows(rows.map((r) => r.map(escapeCell)))}\n`;
}
