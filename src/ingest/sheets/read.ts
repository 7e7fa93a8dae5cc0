/** Spreadsheet sheets (CSV files) -> a validated dataset; every problem named by sheet, row and column. */
import { slugify } from '../../model/ids';
import type { Dataset } from '../../model/schema';
import { SCHEMA_VERSION } from '../../model/version';
import { validateDataset } from '../../model/parse';
import { suggest } from '../../model/problems';
import type { SheetKind } from './columns';
import { DATASET_FIELDS, foldHeader } from './columns';
import { clip, readNumber, splitList } from './cells';
import type { Row, Values } from './rows';
import { convert } from './rows';
import type { SheetProblem } from './problems';
import { PlaceMap } from './problems';
import { readTable } from './table';
import type { SheetFile } from './write';

/** The dataset the sheets describe, or the problems that stopped it. */
export type SheetsResult =
  { ok: true; dataset: Dataset; warnings: SheetProblem[] } | { ok: false; errors: SheetProblem[]; warnings: SheetProblem[] };

/** Records the row and each of its fields (present or not) under `path`. */
function place(places: PlaceMap, path: string, r: Row, keys: string[]) {
  places.set(path, { sheet: r.sheet, row: r.row });
  for (const key of keys) places.set(`${path}.${key}`, { sheet: r.sheet, row: r.row, column: r.header(key) });
}

const without = (v: Values, ...keys: string[]) => Object.fromEntries(Object.entries(v).filter(([k]) => !keys.includes(k)));

/** Reads the sheets and assembles and validates the dataset they describe. */
export function readSheets(files: readonly SheetFile[]): SheetsResult {
  const errors: SheetProblem[] = [];
  const warnings: SheetProblem[] = [];
  // Dates that cannot be read: said with every other problem of the run, each in place of what
  // the checks after would say about the same cell.
  const dateErrors: SheetProblem[] = [];
  const failed = (others: SheetProblem[]): SheetsResult => {
    const at = (p: SheetProblem) => `${p.sheet}\u0000${p.row}\u0000${p.column}`;
    const said = new Set(dateErrors.map(at));
    return { ok: false, errors: [...dateErrors, ...others.filter((p) => !said.has(at(p)))], warnings };
  };
  const rows = new Map<SheetKind, Row[]>();
  const names = new Map<SheetKind, string>();
  // Sheets found, read or not: one with errors is not also missing.
  const seen = new Set<SheetKind>();
  for (const file of files) {
    if (file.encoding)
      warnings.push({
        sheet: file.name,
        message: `is not UTF-8; it was read as Windows-1252, what Excel's "CSV (Comma delimited)" saves: check its accents and quotes, or save it as "CSV UTF-8"`,
      });
    const table = readTable(file.name, file.text, errors, warnings, seen);
    if (!table) continue;
    if (names.has(table.kind)) {
      errors.push({
        sheet: table.sheet,
        message: `a second ${table.kind} sheet (the first is ${names.get(table.kind)}); give each sheet once`,
      });
      continue;
    }
    names.set(table.kind, table.sheet);
    rows.set(table.kind, convert(table, errors, warnings, dateErrors));
  }
  for (const kind of ['dataset', 'bills'] as const)
    if (!seen.has(kind)) errors.push({ sheet: `${kind}.csv`, message: `the ${kind} sheet is missing` });
  if (errors.length > 0) return failed(errors);

  const places = new PlaceMap();
  const doc: Values = { schemaVersion: SCHEMA_VERSION };
  assembleMeta(doc, rows.get('dataset')!, names.get('dataset')!, places, errors);
  const bills = assembleRows(rows.get('bills')!, 'bills', places);
  doc.bills = bills;
  places.set('bills', { sheet: names.get('bills')! });
  doc.sources = keyed(rows.get('sources') ?? [], 'id', 'source', errors, (r, id) => {
    place(places, `sources.${id}`, r, r.keys);
    return without(r.values, 'id');
  });
  const billIndex = new Map(bills.map((b, i) => [String(b.id), i] as const));
  const parentOf = (r: Row): number | undefined => {
    const id = String(r.values.bill ?? '');
    const i = billIndex.get(id);
    if (i === undefined) {
      const hint = suggest(id, billIndex.keys());
      errors.push({
        sheet: r.sheet,
        row: r.row,
        column: r.header('bill'),
        message: `no bill with id "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
      });
    }
    return i;
  };
  for (const r of rows.get('provisions') ?? []) {
    const b = parentOf(r);
    if (b === undefined) continue;
    const list = ((bills[b].provisions as Values[] | undefined) ??= []);
    place(places, `bills[${b}].provisions[${list.length}]`, r, r.keys);
    list.push(without(r.values, 'bill'));
  }
  const context: Values[] = [];
  for (const r of rows.get('events') ?? []) {
    if (r.values.bill === undefined) {
      const extra = ['type', 'body', 'tallies', 'note'].filter((k) => r.values[k] !== undefined);
      if (extra.length > 0)
        errors.push({
          sheet: r.sheet,
          row: r.row,
          column: r.header(extra[0]),
          message: 'a story event (no bill) has only a date, description and sources; name the bill, or empty this cell',
        });
      place(places, `context[${context.length}]`, r, r.keys);
      context.push(without(r.values, 'bill'));
      continue;
    }
    const b = parentOf(r);
    if (b === undefined) continue;
    const list = ((bills[b].events as Values[] | undefined) ??= []);
    place(places, `bills[${b}].events[${list.length}]`, r, r.keys);
    list.push(without(r.values, 'bill'));
  }
  if (context.length > 0) doc.context = context;
  for (const kind of ['links', 'stakeholders', 'positions'] as const) {
    const list = assembleRows(rows.get(kind) ?? [], kind, places);
    if (list.length > 0) doc[kind] = list;
  }
  const layout = rows.get('layout');
  if (layout)
    doc.layout = keyed(layout, 'node', 'node', errors, (r, node) => {
      places.set(`layout.${node}`, { sheet: r.sheet, row: r.row, column: r.header('node') });
      return [r.values.x, r.values.y];
    });
  if (errors.length > 0) return failed(errors);

  const result = validateDataset(doc);
  const locate = (p: { path: string; message: string }): SheetProblem => {
    const at = places.find(p.path) ?? { sheet: names.get('dataset')! };
    return { ...at, message: at.column || !p.path ? p.message : `${p.path}: ${p.message}` };
  };
  warnings.push(...result.warnings.map(locate));
  if (!result.ok || dateErrors.length > 0) return failed(result.ok ? [] : result.errors.map(locate));
  return { ok: true, dataset: result.dataset, warnings };
}

/** Rows keyed by one column, as a plain object (built with fromEntries, so `__proto__` stays a key the validator refuses). */
function keyed(list: Row[], key: string, what: string, errors: SheetProblem[], value: (r: Row, id: string) => unknown) {
  const entries = new Map<string, unknown>();
  for (const r of list) {
    const id = String(r.values[key] ?? '').trim();
    const at = { sheet: r.sheet, row: r.row, column: r.header(key) };
    if (!id) errors.push({ ...at, message: `the ${what} has no ${key}` });
    else if (entries.has(id)) errors.push({ ...at, message: `duplicate ${what} ${key} "${id}"` });
    else entries.set(id, value(r, id));
  }
  return Object.fromEntries(entries);
}

function assembleRows(list: Row[], path: string, places: PlaceMap): Values[] {
  return list.map((r, i) => {
    place(places, `${path}[${i}]`, r, r.keys);
    return r.values;
  });
}

function assembleMeta(doc: Values, list: Row[], sheet: string, places: PlaceMap, errors: SheetProblem[]) {
  places.set('', { sheet });
  const notes: string[] = [];
  for (const r of list) {
    const name = String(r.values.field ?? '').trim();
    const field = DATASET_FIELDS.find((f) => foldHeader(f.field) === foldHeader(name) || foldHeader(f.key) === foldHeader(name));
    if (!field) {
      const hint = suggest(
        name.toLowerCase(),
        DATASET_FIELDS.map((f) => f.field),
      );
      errors.push({
        sheet,
        row: r.row,
        column: r.header('field'),
        message: `"${clip(name)}" is not a dataset field${hint ? ` (did you mean "${hint}"?)` : ''}; fields: ${DATASET_FIELDS.map((f) => f.field).join(', ')}`,
      });
      continue;
    }
    const raw = r.values.value as string | undefined;
    const at = { sheet, row: r.row, column: r.header('value') };
    if (raw === undefined) continue;
    if (field.key === 'notes') {
      places.set(`notes[${notes.length}]`, at);
      notes.push(raw);
      continue;
    }
    if (doc[field.key] !== undefined && field.key !== 'schemaVersion') errors.push({ ...at, message: `"${field.field}" is given twice` });
    places.set(field.key, at);
    const value =
      field.kind === 'list' ? splitList(raw) : field.kind === 'id' ? raw.trim() : field.kind === 'number' ? readNumber(raw) : raw;
    if (field.kind === 'number' && typeof value === 'string') errors.push({ ...at, message: value });
    else if (!(Array.isArray(value) && value.length === 0)) doc[field.key] = value;
  }
  if (notes.length > 0) doc.notes = notes;
  // No id given: made from the title, as the editor makes it ("Oregon 2025: paid leave" -> "oregon-2025-paid-leave").
  if (doc.id === undefined && typeof doc.title === 'string' && slugify(doc.title)) {
    doc.id = slugify(doc.title);
    places.set('id', places.find('title') ?? { sheet });
  }
}
