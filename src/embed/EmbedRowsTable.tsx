/** The embed's table of stakeholders or links: the app's columns and words, sorted and filtered as its address says. */
import type { TableSort } from '../store';
import type { TableData } from '../ui/tableRows';
import { sortTable } from '../ui/sortRows';
import { MAX_EMBED_ROWS, embedCaption } from './embedCaption';

/** Props of EmbedRowsTable. */
export interface EmbedRowsTableProps {
  /** The rows, filtered (tableRows). */
  data: TableData;
  /** Which table they are. */
  tab: 'stakeholders' | 'links';
  /** The filter's text, said in the caption. */
  filter: string;
  /** The sort (null: the table's own order). */
  sort: TableSort | null;
}

/** A plain table of text cells, its first a row header; it scrolls sideways in a frame too narrow for it. */
export function EmbedRowsTable({ data, tab, filter, sort }: EmbedRowsTableProps) {
  const { rows, sorted } = sortTable(data, sort);
  const shown = rows.length > MAX_EMBED_ROWS ? rows.slice(0, MAX_EMBED_ROWS) : rows;
  const noun = tab === 'links' ? 'link' : 'stakeholder';
  const caption = embedCaption(noun, shown.length, rows.length, filter);
  return (
    <div className="tb-embed-scroll">
      <table className="tb-table tb-embed-table" data-testid={`${noun}-table`}>
        <caption className={caption ? undefined : 'tb-visually-hidden'}>{caption ?? (tab === 'links' ? 'Links' : 'Stakeholders')}</caption>
        <thead>
          <tr>
            {data.columns.map((c, i) => (
              <th key={c} scope="col" aria-sort={sorted?.column === i ? (sorted.dir === 1 ? 'ascending' : 'descending') : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.cells[0]}</th>
              {r.cells.slice(1).map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
