/** Spreadsheet sheets (CSV files) -> a validated dataset; every problem named by sheet, row and column. */
import type { Dataset } from '../../model/schema';
import { validateDataset } from '../../model/parse';
import { assembleDataset } from './assemble';
import { refusedRow } from './madeIds';
import type { SheetKind } from './columns';
import { SHEETS } from './columns';
import type { Row } from './rows';
import { convert } from './rows';
import type { SheetOrder, SheetProblem } from './problems';
import { inReadingOrder, sayOnce } from './problems';
import { readTable } from './table';
import { Unread } from './unread';
import type { SheetFile } from './write';
import { CITE_HINT } from '../../model/problems';

/** What a row whose fact cites nothing needs, in the sheets' terms. */
const SHEET_CITE_HINT = ' (fill its "sources" cell with ids from the sources sheet, e.g. S1)';

/** The dataset the sheets describe, or the problems that stopped it. */
export type SheetsResult =
  { ok: true; dataset: Dataset; warnings: SheetProblem[] } | { ok: false; errors: SheetProblem[]; warnings: SheetProblem[] };

/**
 * Reads the sheets and assembles and validates the dataset they describe. Every problem is said in
 * one run, in reading order: what could not be read is left out of what is put together and
 * validated, and nothing that follows only from it is said again in other words.
 */
export function readSheets(files: readonly SheetFile[]): SheetsResult {
  const errors: SheetProblem[] = [];
  const warnings: SheetProblem[] = [];
  const rows = new Map<SheetKind, Row[]>();
  const names = new Map<SheetKind, string>();
  const order = new Map<string, SheetOrder>();
  const unread = new Unread();
  // Sheets found, read or not: one with errors is not also missing.
  const seen = new Set<SheetKind>();
  files.forEach((file, index) => {
    if (!order.has(file.name)) order.set(file.name, { index, columns: [] });
    if (file.encoding)
      warnings.push({
        sheet: file.name,
        message: `is not UTF-8; it was read as Windows-1252, what Excel's "CSV (Comma delimited)" saves: check its accents and quotes, or save it as "CSV UTF-8"`,
      });
    const table = readTable(file.name, file.text, errors, warnings, seen);
    if (!table) return;
    if (names.has(table.kind)) {
      errors.push({
        sheet: table.sheet,
        message: `a second ${table.kind} sheet (the first is ${names.get(table.kind)}); give each sheet once`,
      });
      return;
    }
    order.set(table.sheet, { index, columns: table.columns });
    names.set(table.kind, table.sheet);
    rows.set(table.kind, convert(table, errors, warnings));
    for (const cells of table.refused) {
      const { id, label, name } = refusedRow(table.kind, cells);
      if (id) unread.ids.add(id);
      if (id && label) unread.bills.push({ id, label });
      if (id && name) unread.stakeholders.push({ id, name });
    }
  });
  for (const { kind } of SHEETS) if (seen.has(kind) && !rows.has(kind)) unread.kinds.add(kind);
  for (const kind of ['dataset', 'bills'] as const)
    if (!seen.has(kind)) {
      errors.push({ sheet: `${kind}.csv`, message: `the ${kind} sheet is missing` });
      unread.kinds.add(kind);
    }

  // Put together even without the dataset or bills sheet, for the other sheets' own problems.
  const assembled: SheetProblem[] = [];
  const { doc, places } = assembleDataset(rows, names, unread, assembled, warnings);
  const checked: SheetProblem[] = [];
  let dataset: Dataset | undefined;
  if (rows.has('dataset') && rows.has('bills')) {
    const result = validateDataset(doc);
    // In the sheets' terms: the row names the fact (no JSON path before it where the path is the
    // row's own item), and the fix is a cell to fill, not JSON to write.
    const locate = (p: { path: string; message: string }): SheetProblem => {
      const at = places.find(p.path) ?? { sheet: names.get('dataset')! };
      const message = unread.missingSource(p.message.replace(CITE_HINT, SHEET_CITE_HINT));
      return { ...at, message: at.column || !p.path || (at.row !== undefined && /\]$/.test(p.path)) ? message : `${p.path}: ${message}` };
    };
    warnings.push(...result.warnings.map(locate));
    if (result.ok) dataset = result.dataset;
    else checked.push(...result.errors.filter((p) => !unread.hidesProblem(p.message)).map(locate));
  }
  const said = inReadingOrder(sayOnce([errors, assembled, checked]), order);
  if (dataset && said.length === 0) return { ok: true, dataset, warnings: inReadingOrder(warnings, order) };
  return { ok: false, errors: said, warnings: inReadingOrder(warnings, order) };
}
