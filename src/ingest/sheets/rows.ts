/** A sheet's rows converted cell by cell: text, ids, dates, lists, yes/no, numbers and votes. */
import type { ColumnSpec } from './columns';
import { sheetSpec } from './columns';
import { clip, readBoolean, readNumber, readVotes, splitList, unescapeCell } from './cells';
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

/** Converts each cell of a table by its column's kind; bad cells are reported by sheet, row and column. */
export function convert(table: Table, errors: SheetProblem[], warnings: SheetProblem[]): Row[] {
  return table.rows.map(({ row, cells }) => {
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
      if (col.kind === 'id' || col.kind === 'date') read = value.trim();
      else if (col.kind === 'choice') read = readChoice(value);
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
}
