/** One CSV file -> a checked table: its sheet kind, columns matched to the template, rows of raw cells. */
import { csvParseRows } from 'd3-dsv';
import { suggest } from '../../model/problems';
import type { ColumnSpec, SheetKind, SheetSpec } from './columns';
import { SHEETS, foldHeader } from './columns';
import type { SheetProblem } from './problems';
import { clip } from './cells';

/** The longest cell read (a bill's text may be this long). */
export const MAX_CELL_CHARS = 1_000_000;
/** The largest CSV file read. */
export const MAX_SHEET_CHARS = 50 * 1024 * 1024;

/** A sheet read and matched to the template. */
export interface Table {
  /** Its kind. */
  kind: SheetKind;
  /** The name used in messages (`links.csv`). */
  sheet: string;
  /** Template column -> the header as written in the file. */
  headers: Map<ColumnSpec, string>;
  /** The header row as written (trimmed), for listing problems left to right. */
  columns: string[];
  /** Data rows (spreadsheet row number, header = row 1) with their cells by template column. */
  rows: Array<{ row: number; cells: Map<ColumnSpec, string> }>;
  /** Rows refused (more cells than columns): their cells by column, as far as the header reaches, for the ids they hold. */
  refused: Array<Map<ColumnSpec, string>>;
}

const baseName = (name: string) =>
  (name.split(/[\\/]/).pop() ?? name)
    .replace(/\.(csv|txt)$/i, '')
    .split(' - ')
    .pop()!
    .trim()
    .toLowerCase();

function matchColumn(spec: SheetSpec, header: string): ColumnSpec | undefined {
  const folded = foldHeader(header);
  return spec.columns.find((c) => foldHeader(c.header) === folded || c.aliases?.some((a) => foldHeader(a) === folded));
}

/** Which sheet a file is: by its name (`links.csv`, `Story - links.csv`), else by its header row. */
function identify(name: string, header: string[]): SheetSpec | undefined {
  const byName = SHEETS.find((s) => s.kind === baseName(name));
  if (byName) return byName;
  let best: SheetSpec | undefined;
  let bestScore = 0;
  for (const spec of SHEETS) {
    if (!spec.columns.every((c) => !c.required || header.some((h) => matchColumn(spec, h) === c))) continue;
    const score = header.filter((h) => matchColumn(spec, h)).length - header.length;
    if (!best || score > bestScore) [best, bestScore] = [spec, score];
  }
  return best;
}

/**
 * Where a quoted cell that is never closed opens (1-based line), or 0. It follows the parser's
 * rules (a quote opens a cell only at its start; `""` is a quote inside one), only to say where.
 */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let quoted = false;
  let openedAt = 0;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"' && fieldStart) [quoted, openedAt] = [true, line];
    fieldStart = c === ',' || c === '\n' || c === '\r';
  }
  return quoted ? openedAt : 0;
}

/**
 * Reads one CSV file; errors and warnings name the sheet, row and column. The kind of sheet it is,
 * once known, goes into `seen` even when the sheet has errors (so it is not also called missing).
 */
export function readTable(
  name: string,
  raw: string,
  errors: SheetProblem[],
  warnings: SheetProblem[],
  seen: Set<SheetKind> = new Set(),
): Table | null {
  const fail = (message: string, row?: number, column?: string) => (errors.push({ sheet: name, row, column, message }), null);
  // A sheet named for its kind is that sheet even when it cannot be read: it is not also missing.
  const named = SHEETS.find((s) => s.kind === baseName(name));
  if (named) seen.add(named.kind);
  if (raw.length > MAX_SHEET_CHARS) return fail(`the file is ${(raw.length / 1048576).toFixed(1)} MB; a sheet may be at most 50 MB`);
  const text = raw.replace(/^\uFEFF/, '');
  const quoteLine = unclosedQuoteLine(text);
  if (quoteLine) return fail(`a quote (") opened on line ${quoteLine} is never closed; check the quotes in that cell`);
  const all = csvParseRows(text);
  const header = (all[0] ?? []).map((h) => h.trim());
  if (header.every((h) => h === '')) return fail('the sheet is empty: its first row must name the columns');
  const spec = identify(name, header);
  if (!spec)
    return fail(`not a Tiebar sheet: name it after one of ${SHEETS.map((s) => `${s.kind}.csv`).join(', ')}, or give it their columns`);
  seen.add(spec.kind);
  const sheet = SHEETS.some((s) => s.kind === baseName(name)) ? name : `${spec.kind}.csv (${clip(name)})`;
  const headers = new Map<ColumnSpec, string>();
  const byIndex: Array<ColumnSpec | undefined> = [];
  const before = errors.length;
  const columns = spec.columns.map((c) => c.header).join(', ');
  header.forEach((h, i) => {
    if (h === '') return;
    const col = matchColumn(spec, h);
    const at = { sheet, row: 1, column: h };
    if (!col) {
      const hint = suggest(
        h.toLowerCase(),
        spec.columns.map((c) => c.header),
      );
      errors.push({
        ...at,
        message: `not a column of the ${spec.kind} sheet${hint ? ` (did you mean "${hint}"?)` : ''}; its columns: ${columns}`,
      });
    } else if (headers.has(col)) errors.push({ ...at, message: `the column "${col.header}" appears twice` });
    else headers.set(col, h);
    byIndex[i] = col;
  });
  for (const col of spec.columns)
    if (col.required && !headers.has(col)) errors.push({ sheet, row: 1, message: `the column "${col.header}" is missing` });
  if (errors.length > before) return null;

  const rows: Table['rows'] = [];
  const refused: Table['refused'] = [];
  all.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const extra = cells.slice(header.length).findIndex((c) => c.trim() !== '');
    if (extra >= 0) {
      errors.push({
        sheet,
        row,
        message: `has ${cells.length} cells but the header names ${header.length} columns; cell ${header.length + extra + 1} has no column`,
      });
      refused.push(new Map(cells.flatMap((cell, c) => (byIndex[c] ? [[byIndex[c], cell] as const] : []))));
      return;
    }
    if (cells.length < header.length)
      warnings.push({ sheet, row, message: `has ${cells.length} cells, the header ${header.length}; the missing ones were read as empty` });
    const map = new Map<ColumnSpec, string>();
    cells.forEach((cell, c) => {
      const col = byIndex[c];
      if (!col || cell === '') return;
      if (cell.length > MAX_CELL_CHARS)
        errors.push({
          sheet,
          row,
          column: headers.get(col),
          message: `the cell holds ${cell.length.toLocaleString('en-US')} characters; at most ${MAX_CELL_CHARS.toLocaleString('en-US')}`,
        });
      else map.set(col, cell);
    });
    rows.push({ row, cells: map });
  });
  return { kind: spec.kind, sheet, headers, columns: header, rows, refused };
}
