/** The rows of each table (bills, stakeholders, links), filtered: shared by the table view and its CSV. */
import type { Dataset } from '../model';
import { wholeTitle } from '../model/text';
import { formatDate } from '../model/dates';
import type { Explanation, Outcome } from '../engine';
import { LINK_LABELS } from '../engine/graphSpec';
import { matchesText, positionsAsOf } from '../engine';
import { UNCHECKED_MARK } from '../engine/words';
import type { Filters } from '../store';

/** What a table of bills says of their outcomes: in the scenario set, or as recorded. */
export function outcomesWords(scenario: boolean): string {
  return scenario ? 'what becomes of them in this scenario' : 'what became of them';
}

/** A table: column headers and rows of cell text, with each row's node id. */
export interface TableData {
  /** Column headers. */
  columns: string[];
  /** Rows: every cell, or one (a bill's reason is only worked out when it is read). */
  rows: Array<{
    id: string;
    readonly cells: string[];
    cell: (column: number) => string;
    outcome?: Outcome;
    was?: Outcome;
    /** A bill's: the caveat its reason says (its tie not yet checked), which a table marks rather than say in every row. */
    caveat?: () => string | undefined;
  }>;
}

const withCell = (row: { id: string; cells: string[] }) => ({ ...row, cell: (column: number) => row.cells[column] });

/**
 * Bills: label, title, outcome, reason. Outcomes come from the evaluation; each reason is worked
 * out only when its row's cells are read (the rows shown, a sort by it, the CSV), so a 20,000-bill
 * session explains the rows on screen, not every bill. Given the record's outcomes (a scenario is
 * on), a column says each bill's recorded outcome, and the bills the scenario changes come first.
 */
export function billRows(
  ds: Dataset,
  outcomes: Record<string, Outcome> | null,
  explainOf: ((id: string) => Explanation) | null,
  f: Filters,
  recorded: Record<string, Outcome> | null = null,
): TableData {
  const rows: TableData['rows'] = [];
  const changedRows: TableData['rows'] = [];
  const why = recorded ? 4 : 3;
  for (const b of ds.bills) {
    const outcome = outcomes?.[b.id];
    const was = recorded && outcome && recorded[b.id] !== outcome ? recorded[b.id] : undefined;
    if (f.outcome && outcome !== f.outcome) continue;
    if (f.changed && recorded && !was) continue;
    let explained: Explanation | undefined;
    const explanation = () => (explained ??= explainOf?.(b.id));
    const reasonOf = () => explanation()?.sentence ?? '';
    const caveat = () => explanation()?.caveat;
    // Whole, as the record has it: a title cut at 500 characters would cut its list of ties (and the CSV's).
    const title = wholeTitle(b);
    // Text matches the cheap cells (and the sponsors) first; a bill's reason is worked out only when they do not match.
    // The id too: "hb4917" finds HB 4917, as the search boxes do.
    if (f.text) {
      const cheapText = `${b.label} ${b.id} ${title} ${outcome ?? ''} ${b.authors?.join(' ') ?? ''}`;
      // A table marks a reason's caveat (UNCHECKED_MARK): its words find the bills marked.
      const reasonText = () => `${cheapText} ${reasonOf()}${caveat() ? ` ${UNCHECKED_MARK}` : ''}`;
      if (!matchesText(f.text, cheapText) && !matchesText(f.text, reasonText())) continue;
    }
    let reason: string | null = null;
    const cheap = recorded ? [b.label, title, outcome ?? '', recorded[b.id] ?? ''] : [b.label, title, outcome ?? ''];
    const cell = (column: number) => (column === why ? (reason ??= reasonOf()) : (cheap[column] ?? ''));
    (was ? changedRows : rows).push({
      id: b.id,
      outcome,
      was,
      cell,
      caveat,
      get cells() {
        return [...cheap.keys(), why].map(cell);
      },
    });
  }
  const columns = recorded ? ['Bill', 'Title', 'Outcome', 'Recorded outcome', 'Why'] : ['Bill', 'Title', 'Outcome', 'Why'];
  return { columns, rows: [...changedRows, ...rows] };
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
    .map((s) => withCell({ id: s.id, cells: [s.name, s.kind.replace(/-/g, ' '), (byStakeholder.get(s.id) ?? []).join('; ')] }))
    .filter((r) => matchesText(f.text, r.cells.join(' ')));
  return { columns: ['Stakeholder', 'Kind', 'Positions'], rows };
}

/**
 * Links with their clauses, and what becomes of the bills at each end (in the scenario shown, else
 * as recorded): "SB 897 inoperative", tied to "SB 1138, SB 1139" that "failed, failed", in the same
 * order, so a spreadsheet needs no join with the bills' table.
 */
export function linkRows(ds: Dataset, outcomes: Record<string, Outcome> | null, f: Filters): TableData {
  const bills = new Map(ds.bills.map((b) => [b.id, b]));
  const label = (id: string) => bills.get(id)?.label ?? id;
  const outcome = (id: string) => outcomes?.[id] ?? '';
  // What the filter finds a link by besides its cells, as the bills table finds a bill: its bills'
  // ids ("hb4638") and titles ("child advocate" finds the ties of the bills about it).
  const unseen = (l: { from: string; to: string[] }) =>
    [l.from, ...l.to].map((id) => `${id} ${bills.has(id) ? wholeTitle(bills.get(id)!) : ''}`).join(' ');
  const rows = (ds.links ?? [])
    .filter((l) => !f.linkKind || l.kind === f.linkKind)
    .map((l) => ({
      link: l,
      ...withCell({
        id: l.id,
        cells: [
          label(l.from),
          outcome(l.from),
          LINK_LABELS[l.kind],
          l.to.map(label).join(', '),
          l.to.map(outcome).join(', '),
          l.added ? formatDate(l.added) : '',
          l.clause ?? '',
        ],
      }),
      outcome: outcomes?.[l.from],
    }))
    .filter((r) => !f.text || matchesText(f.text, r.cells.join(' ')) || matchesText(f.text, `${r.cells.join(' ')} ${unseen(r.link)}`))
    .map(({ link: _link, ...row }) => row);
  return { columns: ['From', 'From outcome', 'Kind', 'To', 'To outcomes', 'Made', 'Clause'], rows };
}
