/** The table view: bills, stakeholders and links; sortable, filterable, downloadable as CSV. */
import { useDeferredValue } from 'react';
import {
  selectEvaluation,
  selectExplainer,
  selectRecordEvaluation,
  useAppStore,
  useAppStoreApi,
  useDeferredAppStore,
  useStaleDataset,
} from '../store';
import { uncheckedMarkNote } from '../engine/words';
import { FilterBar } from './FilterBar';
import type { TableData } from './tableRows';
import { billRows, linkRows, outcomesWords, stakeholderRows } from './tableRows';
import { sortTable } from './sortRows';
import { columnKey } from '../shell/tableAddress';
import { formatCsv } from '../model/csv';
import { downloadText, viewFileName } from './download';
import { groupDigits } from '../model/numbers';
import { MAX_ROWS, TableBody, useDrawnRows } from './TableBody';

/**
 * The width of each narrow column (the table is laid out fixed: 500 rows laid out in a third of the
 * time auto layout took, which measured every cell first); the others share what is left.
 */
const COLUMN_WIDTH: Record<string, string> = {
  Bill: '6rem',
  From: '6rem',
  To: '8rem',
  Outcome: '7.5rem',
  'Recorded outcome': '7.5rem',
  'From outcome': '7.5rem',
  'To outcomes': '8rem',
  Kind: '7rem',
  Made: '7rem',
};

/** Which cell of a table's rows is an outcome, drawn as a badge (the bill's, the tie's own bill's). */
const BADGE_AT = { bills: 2, stakeholders: null, links: 1 } as const;

const TABS = [
  { value: 'bills', label: 'Bills' },
  { value: 'stakeholders', label: 'Stakeholders' },
  { value: 'links', label: 'Links' },
] as const;

/** Tabs over the three tables, with filters, sorting and CSV download. */
export function TableView() {
  const ds = useAppStore((s) => s.dataset);
  const store = useAppStoreApi();
  const stale = useStaleDataset();
  const evaluation = useDeferredAppStore(selectEvaluation);
  const record = useDeferredAppStore(selectRecordEvaluation);
  // With a scenario on, the bills it changes come first, beside a column with their recorded outcome.
  const scenario = useAppStore((s) => Object.keys(s.assumptions).length > 0);
  const explainOf = useDeferredAppStore(selectExplainer);
  // Typed into the filter at once; the table follows when it can (a session's 500 rows take a tenth of a second).
  const filters = useDeferredValue(useAppStore((s) => s.filters));
  const asOf = useAppStore((s) => s.asOf);
  const tab = useAppStore((s) => s.tableTab);
  const setTab = useAppStore((s) => s.setTableTab);
  const setFocus = useAppStore((s) => s.setFocus);
  // A sort names its column (the address carries it): a scenario's "Recorded outcome" moves "Why", not its sort.
  const tableSort = useAppStore((s) => s.tableSort);
  const setTableSort = useAppStore((s) => s.setTableSort);
  if (!ds) return null;
  // Just after another dataset opens, the outcomes read are still the last one's: none are shown.
  const outcomes = stale ? null : (evaluation?.outcomes ?? null);
  const data: TableData =
    tab === 'bills'
      ? billRows(ds, outcomes, stale ? null : explainOf, filters, scenario && !stale ? (record?.outcomes ?? null) : null)
      : tab === 'stakeholders'
        ? stakeholderRows(ds, asOf, filters)
        : linkRows(ds, outcomes, filters);
  const { rows, sorted: sort } = sortTable(data, tableSort);
  // A session's table shows its first rows; filters narrow it, and the CSV has every row.
  const visible = rows.length > MAX_ROWS ? rows.slice(0, MAX_ROWS) : rows;
  return (
    <div className="tb-table-wrap">
      <div className="tb-table-head">
        <div role="tablist" aria-label="Tables" className="tb-tabs">
          {TABS.map((t) => (
            <button key={t.value} role="tab" type="button" aria-selected={tab === t.value} onClick={() => setTab(t.value)}>
              {t.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          onClick={() =>
            downloadText(`${viewFileName(store.getState())}-${tab}.csv`, formatCsv([data.columns, ...rows.map((r) => r.cells)]))
          }
        >
          Download CSV
        </button>
      </div>
      <FilterBar tab={tab} />
      <table
        className="tb-table"
        data-testid={`${tab === 'bills' ? 'bill' : tab === 'stakeholders' ? 'stakeholder' : 'link'}-table`}
        // The words it is filtered by (they follow the filter box when the table can: useDeferredValue).
        data-filter={filters.text}
      >
        <caption>
          {TABS.find((t) => t.value === tab)!.label}:{' '}
          {visible.length < rows.length
            ? `the first ${groupDigits(visible.length)} of ${groupDigits(rows.length)} (filter to narrow; the CSV has all)`
            : `${groupDigits(rows.length)} shown`}
          {tab === 'bills' ? `, with ${outcomesWords(scenario)}` : ''}
          {tab === 'bills' && <MarkNote key={ds.id} rows={visible} />}
        </caption>
        <colgroup>
          {data.columns.map((c) => (
            <col key={c} style={COLUMN_WIDTH[c] ? { width: COLUMN_WIDTH[c] } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {data.columns.map((c, i) => (
              <th key={c} scope="col" aria-sort={sort?.column === i ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                <button
                  type="button"
                  className="tb-sort"
                  onClick={() => setTableSort({ column: columnKey(c), dir: sort?.column === i && sort.dir === 1 ? -1 : 1 })}
                >
                  {c}
                  <span aria-hidden="true">{sort?.column === i ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        {/* Drawn afresh (a screen's worth first) for each table and dataset. */}
        <TableBody key={`${tab}|${ds.id}`} rows={visible} bill={tab === 'bills'} badgeAt={BADGE_AT[tab]} onFocus={setFocus} />
      </table>
    </div>
  );
}

/**
 * Said once over the bills, where a row drawn marks its reason's caveat (a tie not yet checked against
 * the law's text): the sentence each such row would say again, which the CSV and a bill's details say whole.
 */
function MarkNote({ rows }: { rows: TableData['rows'] }) {
  const marked = useDrawnRows(rows).some((r) => r.caveat?.());
  return marked ? (
    <>
      {' '}
      <span className="tb-table-note">{uncheckedMarkNote()}</span>
    </>
  ) : null;
}
