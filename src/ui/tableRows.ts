/** The rows of each table (bills, stakeholders, links), filtered: shared by the table view and its CSV. */
import type { Dataset } from '../model';
import { formatDate } from '../model';
import type { Explanation, Outcome } from '../engine';
import { LINK_LABELS } from '../engine/graphSpec';
import { positionsAsOf } from '../engine';
import type { Filters } from '../store';

/** A table: column headers and rows of cell text, with each row's node id. */
export interface TableData {
  /** Column headers. */
  columns: string[];
  /** Cells per row. */
  rows: Array<{ id: string; cells: string[]; outcome?: Outcome }>;
}

const has = (text: string, q: string) => !q || text.toLowerCase().includes(q.toLowerCase());

/** Bills: label, title, outcome, reason. */
export function billRows(ds: Dataset, ex: Record<string, Explanation> | null, f: Filters): TableData {
  const rows = ds.bills
    .map((b) => ({
      id: b.id,
      outcome: ex?.[b.id]?.outcome,
      cells: [b.label, b.title, ex?.[b.id]?.outcome ?? '', ex?.[b.id]?.sentence ?? ''],
    }))
    .filter((r) => (!f.outcome || r.outcome === f.outcome) && has(r.cells.join(' '), f.text));
  return { columns: ['Bill', 'Title', 'Outcome', 'Why'], rows };
}

/** Stakeholders with their positions in force as of a date. */
export function stakeholderRows(ds: Dataset, asOf: string | undefined, f: Filters): TableData {
  const label = new Map(ds.bills.flatMap((b) => [[b.id, b.label] as const, ...(b.provisions ?? []).map((p) => [p.id, p.label] as const)]));
  const byStakeholder = new Map<string, string[]>();
  for (const p of positionsAsOf(ds, asOf)) {
    if (f.stance && p.stance !== f.stance) continue;
    byStakeholder.set(p.stakeholder, [
      ...(byStakeholder.get(p.stakeholder) ?? []),
      `${p.stance} ${label.get(p.target) ?? p.target}${p.date ? ` (from ${formatDate(p.date)})` : ''}`,
    ]);
  }
  const rows = (ds.stakeholders ?? [])
    .filter((s) => (!f.stakeholderKind || s.kind === f.stakeholderKind) && (!f.stance || byStakeholder.has(s.id)))
    .map((s) => ({ id: s.id, cells: [s.name, s.kind.replace(/-/g, ' '), (byStakeholder.get(s.id) ?? []).join('; ')] }))
    .filter((r) => has(r.cells.join(' '), f.text));
  return { columns: ['Stakeholder', 'Kind', 'Positions'], rows };
}

/** Links with their clauses. */
export function linkRows(ds: Dataset, f: Filters): TableData {
  const label = (id: string) => ds.bills.find((b) => b.id === id)?.label ?? id;
  const rows = (ds.links ?? [])
    .filter((l) => !f.linkKind || l.kind === f.linkKind)
    .map((l) => ({
      id: l.id,
      cells: [label(l.from), LINK_LABELS[l.kind], l.to.map(label).join(', '), l.added ? formatDate(l.added) : '', l.clause ?? ''],
    }))
    .filter((r) => has(r.cells.join(' '), f.text));
  return { columns: ['From', 'Kind', 'To', 'Made', 'Clause'], rows };
}
