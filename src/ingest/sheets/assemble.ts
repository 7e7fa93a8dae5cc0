/** The sheets' rows put together as one dataset document for the validator, with the place each value came from. */
import { labelId } from '../../model/ids';
import { suggest } from '../../model/problems';
import { unknown } from '../../model/referenceContext';
import { SCHEMA_VERSION } from '../../model/version';
import type { SheetKind } from './columns';
import { DATASET_FIELDS, foldHeader } from './columns';
import { clip, readNumber, splitList } from './cells';
import { fillIds } from './madeIds';
import { SheetNames } from './names';
import { readRequires } from './tieBar';
import type { Row, Values } from './rows';
import type { SheetProblem } from './problems';
import { PlaceMap } from './problems';
import type { Unread } from './unread';

/** Records the row and each of its fields (present or not) under `path`. */
function place(places: PlaceMap, path: string, r: Row, keys: string[]) {
  places.set(path, { sheet: r.sheet, row: r.row });
  for (const key of keys) places.set(`${path}.${key}`, { sheet: r.sheet, row: r.row, column: r.header(key) });
}

const without = (v: Values, ...keys: string[]) => Object.fromEntries(Object.entries(v).filter(([k]) => !keys.includes(k)));

/**
 * Puts the rows read together as a dataset document; problems of putting them together (a row
 * naming no bill, a duplicate id) go to `errors`, and the ids made for bills given none to
 * `warnings`. Sheets and rows that could not be read are left out, and nothing is said about a
 * reference that may point into them.
 */
export function assembleDataset(
  rows: ReadonlyMap<SheetKind, Row[]>,
  names: ReadonlyMap<SheetKind, string>,
  unread: Unread,
  errors: SheetProblem[],
  warnings: SheetProblem[],
): { doc: Values; places: PlaceMap } {
  const places = new PlaceMap();
  const doc: Values = { schemaVersion: SCHEMA_VERSION };
  const meta = rows.get('dataset');
  if (meta) assembleMeta(doc, meta, names.get('dataset')!, places, errors);
  // The ids the editor would not reuse for a new bill: every bill's, provision's, stakeholder's and link's.
  const taken = new Set(unread.ids);
  for (const kind of ['bills', 'provisions', 'stakeholders', 'links'] as const)
    for (const r of rows.get(kind) ?? []) if (typeof r.values.id === 'string') taken.add(r.values.id);
  const bills = assembleRows(fillIds('bills', rows.get('bills') ?? [], taken, errors, warnings), 'bills', places);
  doc.bills = bills;
  const stakeholders = fillIds('stakeholders', rows.get('stakeholders') ?? [], taken, errors, warnings);
  // A bill named by its number ("AB 392") in another sheet, or a stakeholder by their name, is
  // named by its id from here on; any id given wins.
  const billNames = SheetNames.bills(bills, taken, unread.bills);
  const stakeholderNames = SheetNames.stakeholders(
    stakeholders.map((r) => r.values),
    taken,
    unread.stakeholders,
  );
  const named = (kind: SheetKind, list = rows.get(kind) ?? []) =>
    stakeholderNames.nameIn(kind, billNames.nameIn(kind, list, errors), errors);
  if (names.has('bills')) places.set('bills', { sheet: names.get('bills')! });
  for (const r of rows.get('sources') ?? [])
    if (!String(r.values.id ?? '').trim()) unread.sourcesWithoutId.push({ sheet: r.sheet, row: r.row });
  doc.sources = keyed(rows.get('sources') ?? [], 'id', 'source', errors, (r, id) => {
    place(places, `sources.${id}`, r, r.keys);
    return without(r.values, 'id');
  });
  const billIndex = new Map(bills.map((b, i) => [String(b.id), i] as const));
  const parentOf = (r: Row): number | undefined => {
    const id = String(r.values.bill ?? '');
    const i = billIndex.get(id);
    if (i === undefined && !billNames.ambiguous(id) && !unread.hides(['bills'], id))
      errors.push({ sheet: r.sheet, row: r.row, column: r.header('bill'), message: unknown('bill', id, billIndex.keys()) });
    return i;
  };
  for (const r of named('provisions')) {
    const b = parentOf(r);
    if (b === undefined) {
      // Left out with its bill's problem: what names it is not also said to name nothing.
      if (r.values.id) unread.ids.add(String(r.values.id));
      continue;
    }
    const list = ((bills[b].provisions as Values[] | undefined) ??= []);
    place(places, `bills[${b}].provisions[${list.length}]`, r, r.keys);
    list.push(without(r.values, 'bill'));
  }
  const context: Values[] = [];
  for (const r of named('events')) {
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
      // Left out, so the validator does not say it again in other words.
      context.push(without(r.values, 'bill', ...extra));
      continue;
    }
    const b = parentOf(r);
    if (b === undefined) continue;
    const list = ((bills[b].events as Values[] | undefined) ??= []);
    place(places, `bills[${b}].events[${list.length}]`, r, r.keys);
    list.push(without(r.values, 'bill'));
  }
  if (context.length > 0) doc.context = context;
  // A link's id is made from its ends once they are read as ids, as the editor makes it.
  const links = fillIds('links', named('links'), taken, errors, warnings).map((r) => ({ ...r, values: readRequires(r.values) }));
  const sheets = { links, stakeholders: named('stakeholders', stakeholders), positions: named('positions') };
  for (const kind of ['links', 'stakeholders', 'positions'] as const) {
    const list = assembleRows(sheets[kind], kind, places);
    if (list.length > 0) doc[kind] = list;
  }
  if (rows.has('layout'))
    doc.layout = keyed(named('layout'), 'node', 'node', errors, (r, node) => {
      places.set(`layout.${node}`, { sheet: r.sheet, row: r.row, column: r.header('node') });
      // A coordinate's problem is said at its own cell (one that could not be read is not said again).
      places.set(`layout.${node}[0]`, { sheet: r.sheet, row: r.row, column: r.header('x') });
      places.set(`layout.${node}[1]`, { sheet: r.sheet, row: r.row, column: r.header('y') });
      return [r.values.x, r.values.y];
    });
  return { doc, places };
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
  // No id given: made from the title as the editor makes it ("SB 230" -> "sb230", "Oregon 2025: paid leave" -> "oregon-2025-paid-leave").
  if (doc.id === undefined && typeof doc.title === 'string' && doc.title.trim()) {
    doc.id = labelId(doc.title);
    places.set('id', places.find('title') ?? { sheet });
  }
}
