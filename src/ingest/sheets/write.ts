/** Dataset -> spreadsheet sheets (CSV text), one file per sheet, formula-like cells escaped. */
import { formatCsv } from '../../model/csv';
import type { Dataset } from '../../model/schema';
import type { CellKind, SheetKind } from './columns';
import { DATASET_FIELDS, SHEETS } from './columns';
import type { VoteTally } from './cells';
import { joinList, writeVotes } from './cells';
import { writeRequires } from './tieBar';

/** One sheet as a CSV file. */
export interface SheetFile {
  /** File name, e.g. `links.csv` (or, when read from the web, its address). */
  name: string;
  /** The CSV text. */
  text: string;
  /** Set when the file was not UTF-8 and was read as Windows-1252 (see decode.ts). */
  encoding?: 'windows-1252';
}

function writeCell(value: unknown, kind: CellKind): string {
  if (value === undefined || value === null) return '';
  if (kind === 'list') return joinList(value as string[]);
  if (kind === 'bool') return value ? 'yes' : 'no';
  if (kind === 'votes') return writeVotes(value as VoteTally[]);
  return String(value);
}

function rowsOf(kind: SheetKind, ds: Dataset): Array<Record<string, unknown>> {
  switch (kind) {
    case 'dataset': {
      const rows: Array<Record<string, unknown>> = [];
      for (const f of DATASET_FIELDS) {
        const value = (ds as Record<string, unknown>)[f.key];
        if (f.key === 'notes') for (const note of ds.notes ?? []) rows.push({ field: f.field, value: note });
        else if (f.key !== '$schema' || value !== undefined) rows.push({ field: f.field, value: writeCell(value, f.kind) });
      }
      return rows;
    }
    case 'sources':
      return Object.entries(ds.sources).map(([id, s]) => ({ id, ...s }));
    case 'bills':
      return ds.bills.map((b) => ({ ...b }));
    case 'provisions':
      return ds.bills.flatMap((b) => (b.provisions ?? []).map((p) => ({ bill: b.id, ...p })));
    case 'events':
      return [
        ...ds.bills.flatMap((b) => (b.events ?? []).map((e) => ({ bill: b.id, ...e }))),
        ...(ds.context ?? []).map((c) => ({ bill: undefined, ...c })),
      ];
    case 'links':
      return (ds.links ?? []).map((l) => ({ ...l, requires: writeRequires(l) }));
    case 'stakeholders':
      return ds.stakeholders ?? [];
    case 'positions':
      return ds.positions ?? [];
    case 'layout':
      return Object.entries(ds.layout ?? {}).map(([node, [x, y]]) => ({ node, x, y }));
  }
}

/**
 * The dataset as the template's sheets: `dataset.csv`, `sources.csv`, `bills.csv`,
 * `provisions.csv`, `events.csv`, `links.csv`, `stakeholders.csv`, `positions.csv`, and
 * `layout.csv` when the dataset has a baked layout. Reading them back gives the same dataset.
 */
export function datasetToSheets(ds: Dataset): SheetFile[] {
  return SHEETS.filter((spec) => spec.kind !== 'layout' || ds.layout !== undefined).map((spec) => {
    const header = spec.columns.map((c) => c.header);
    const body = rowsOf(spec.kind, ds).map((row) =>
      spec.columns.map((c) => (spec.kind === 'dataset' ? String(row[c.key] ?? '') : writeCell(row[c.key], c.kind))),
    );
    return { name: `${spec.kind}.csv`, text: formatCsv([header, ...body]) };
  });
}

/** The template with no rows: every sheet's header, and the dataset sheet's fields to fill in. */
export function blankSheets(): SheetFile[] {
  return SHEETS.filter((spec) => spec.kind !== 'layout').map((spec) => {
    const header = spec.columns.map((c) => c.header);
    const body =
      spec.kind === 'dataset'
        ? DATASET_FIELDS.filter((f) => f.key !== '$schema').map((f) => [f.field, f.key === 'schemaVersion' ? '1' : ''])
        : [];
    return { name: `${spec.kind}.csv`, text: formatCsv([header, ...body]) };
  });
}
