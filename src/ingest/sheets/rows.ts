/** A sheet's rows converted cell by cell: text, ids, dates, lists, yes/no, numbers and votes. */
import type { ColumnSpec } from './columns';
import { sheetSpec } from './columns';
import { clip, readBoolean, readDate, readNumber, readVotes, splitList, unescapeCell } from './cells';
import type { SheetProblem } from './problems';
import type { Table } from './table';

/** Dataset values by key. */
export type Values = Record<string, unknown>;
/** A converted row: its values by dataset key, and where it sits. */
export interface Row {
  values: Values;
  sheet: string;
  row: number;
  /** The header of a field's column as the file wrote it (or as the template names it). */
  header: (key: string) => string;
  /** Every field key of the sheet. */
  keys: string[];
}

/** A word of a fixed list as a reporter may type it ("Tie bar", "TIE_BAR") in the form the dataset uses ("tie-bar"). */
export function readChoice(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * Converts each cell of a table by its column's kind; bad cells are reported by sheet, row and
 * column. A bad cell is left out of the row, but a date that cannot be read keeps its text, so the
 * rest of the sheets are still checked in the same run (the checks after say nothing more about
 * that cell: its own error is the one said).
 */
export function convert(table: Table, errors: SheetProblem[], warnings: SheetProblem[]): Row[] {
  // Each column's first month/day/year date, and how many it had (one notice a column says how they were read).
  const usDates = new Map<ColumnSpec, { row: number; cell: string; value: string; count: number }>();
  const rows = table.rows.map(({ row, cells }) => {
    const values: Values = {};
    const where = (col: ColumnSpec) => ({ sheet: table.sheet, row, column: table.headers.get(col) ?? col.header });
    for (const [col, raw] of cells) {
      const { value, formula } = unescapeCell(raw);
      if (formula && col.kind !== 'number')
        warnings.push({
          ...where(col),
          message: `"${clip(value)}" looks like a spreadsheet formula: kept as plain text (Tiebar never runs it)`,
        });
      let read: unknown = value;
      if (col.kind === 'id') read = value.trim();
      else if (col.kind === 'date') {
        const date = readDate(value);
        if ('message' in date) {
          errors.push({ ...where(col), message: date.message });
          read = value.trim();
        } else {
          read = date.value;
          const first = date.us ? usDates.get(col) : undefined;
          if (first) first.count++;
          else if (date.us) usDates.set(col, { row, cell: value.trim(), value: date.value, count: 1 });
        }
      } else if (col.kind === 'choice') read = readChoice(value);
      else if (col.kind === 'list') read = splitList(value);
      else if (col.kind === 'bool') read = readBoolean(value);
      else if (col.kind === 'number') read = readNumber(value);
      else if (col.kind === 'votes') read = readVotes(value);
      if (typeof read === 'string' && col.kind !== 'text' && col.kind !== 'id' && col.kind !== 'choice' && col.kind !== 'date')
        errors.push({ ...where(col), message: read });
      else if (!(Array.isArray(read) && read.length === 0) && read !== '') values[col.key] = read;
    }
    const spec = sheetSpec(table.kind);
    const header = (key: string) => {
      const col = spec.columns.find((c) => c.key === key);
      return col ? (table.headers.get(col) ?? col.header) : key;
    };
    return { values, sheet: table.sheet, row, header, keys: spec.columns.map((c) => c.key) };
  });
  for (const [col, first] of usDates)
    warnings.push({
      sheet: table.sheet,
      row: first.row,
      column: table.headers.get(col) ?? col.header,
      message: `dates with slashes were read month/day/year (US): "${first.cell}" is ${first.value}${first.count > 1 ? ` (${first.count} dates in this column)` : ''}`,
    });
  return rows;
}
