/**
 * The embed's table: the bills with their outcome and the reason in words (the first 500 of a
 * session), or the stakeholders or links its address's `tab` names; filtered by `q` and sorted by
 * `sort` as the app's table is.
 */
import { useMemo } from 'react';
import { selectEvaluation, selectExplainer, useAppStore } from '../store';
import type { TableSort } from '../store';
import { OutcomeBadge } from '../ui/OutcomeBadge';
import { billHeadingBesideLabel } from '../engine/words';
import { wholeTitle } from '../model/text';
import { billRows, linkRows, outcomesWords, stakeholderRows } from '../ui/tableRows';
import { sortTable } from '../ui/sortRows';
import { EmbedRowsTable } from './EmbedRowsTable';
import { MAX_EMBED_ROWS, embedCaption } from './embedCaption';

/** Props of EmbedTable. */
export interface EmbedTableProps {
  /** Only these bills (a session's embed lists the bills it tells of), unless the address filters the table. */
  among?: ReadonlySet<string>;
}

/** Which of the embed's two columns holds each column of the app's bills table (its sort is said there). */
const SHOWN_IN: Record<string, number> = { bill: 0, outcome: 0, title: 1, why: 1 };

/** A compact, accessible table of outcomes (or of the stakeholders or links the address asks for). */
export function EmbedTable({ among }: EmbedTableProps = {}) {
  const ds = useAppStore((s) => s.dataset);
  const tab = useAppStore((s) => s.tableTab);
  const filters = useAppStore((s) => s.filters);
  const sort = useAppStore((s) => s.tableSort);
  const asOf = useAppStore((s) => s.asOf);
  const outcomes = useAppStore(selectEvaluation)?.outcomes ?? null;
  const scenario = useAppStore((s) => Object.keys(s.assumptions).length > 0);
  const explainOf = useAppStore(selectExplainer);
  // A filter picks its bills from the whole dataset: the words the address gives are the table's subject.
  const scope = filters.text.trim() ? undefined : among;
  const bills = useMemo(() => {
    if (!ds || tab !== 'bills') return null;
    const data = billRows(ds, outcomes, explainOf, filters);
    const rows = scope ? data.rows.filter((r) => scope.has(r.id)) : data.rows;
    return sortTable({ columns: data.columns, rows }, sort).rows;
  }, [ds, tab, outcomes, explainOf, filters, scope, sort]);
  if (!ds || !bills) {
    if (!ds || tab === 'bills') return null;
    const data = tab === 'links' ? linkRows(ds, outcomes, filters) : stakeholderRows(ds, asOf, filters);
    return <EmbedRowsTable data={data} tab={tab} filter={filters.text} sort={sort} />;
  }
  const byId = new Map(ds.bills.map((b) => [b.id, b]));
  const shown = bills.length > MAX_EMBED_ROWS ? bills.slice(0, MAX_EMBED_ROWS) : bills;
  const caption = embedCaption('bill', shown.length, bills.length, filters.text);
  return (
    <table className="tb-table tb-embed-table" data-testid="bill-table">
      <caption className={caption ? undefined : 'tb-visually-hidden'}>{caption ?? `Bills and ${outcomesWords(scenario)}`}</caption>
      <thead>
        <tr>
          <th scope="col" aria-sort={ariaSort(sort, 0)}>
            Bill and outcome
          </th>
          <th scope="col" aria-sort={ariaSort(sort, 1)}>
            Why
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map(({ id }) => {
          const b = byId.get(id)!;
          return (
            <tr key={id}>
              {/* The outcome under the bill's name: in a phone's 288 px, a column of its own left the reason 92 px. */}
              <th scope="row">
                <span className="tb-embed-bill">{b.label}</span>{' '}
                <span data-testid={`outcome-${id}`}>{outcomes?.[id] && <OutcomeBadge outcome={outcomes[id]} />}</span>
              </th>
              <td>
                {/* What the bill is about, then why it has its outcome. */}
                <Subject title={wholeTitle(b)} label={b.label} />
                {explainOf?.(id).sentence}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The `aria-sort` of the embed's bills column `at`, under `sort`. */
function ariaSort(sort: TableSort | null, at: number): 'ascending' | 'descending' | undefined {
  if (!sort || SHOWN_IN[sort.column] !== at) return undefined;
  return sort.dir === 1 ? 'ascending' : 'descending';
}

/**
 * What a bill is about, over its reason, as the app's table heads its row (billHeading): the record's
 * whole title on hover; nothing where the title says no more than its number.
 */
function Subject({ title, label }: { title: string; label: string }) {
  const heading = billHeadingBesideLabel(title, label);
  return heading ? (
    <span className="tb-table-subject" title={heading === title ? undefined : title}>
      {heading}
    </span>
  ) : null;
}
