/** The table view's rows: drawn a screen's worth first, each cell in its kind (a badge, a bill's subject, its reason). */
import { memo, useDeferredValue } from 'react';
import { billHeading } from '../engine/words';
import type { Outcome } from '../engine/scenario';
import { OutcomeBadge } from './OutcomeBadge';
import { ReasonWords } from './ReasonWords';
import type { TableData } from './tableRows';

/** The most rows a table shows (filters narrow a session's; the CSV has every row). */
export const MAX_ROWS = 500;
/** Rows drawn in the table's first frame; the rest (up to MAX_ROWS) follow in the background. */
const FIRST_ROWS = 60;

/** Which cell of a bill's row is its whole title (shown by its subject). */
const TITLE_AT = 1;

/**
 * The rows drawn so far: a screen's worth in the first frame, the rest just after (the table shows
 * in a frame, not a fifth of a second). Mounted afresh (keyed) for each table and dataset.
 */
export function useDrawnRows(rows: TableData['rows']): TableData['rows'] {
  const drawn = useDeferredValue(MAX_ROWS, FIRST_ROWS);
  return rows.slice(0, drawn);
}

/** Props of TableBody. */
export interface TableBodyProps {
  /** The rows, sorted, at most MAX_ROWS. */
  rows: TableData['rows'];
  /** The bills table's rows. */
  bill: boolean;
  /** The cell (by index) that is an outcome, drawn as a badge; null: none. */
  badgeAt: number | null;
  /** Focuses a row's node. */
  onFocus: (id: string) => void;
}

/** The rows, a screen's worth first. */
export function TableBody({ rows, bill, badgeAt, onFocus }: TableBodyProps) {
  return (
    <tbody>
      {useDrawnRows(rows).map((r) => (
        <Row
          key={r.id}
          id={r.id}
          cells={r.cells}
          bill={bill}
          badgeAt={badgeAt}
          outcome={r.outcome}
          was={!!r.was}
          caveat={r.caveat?.()}
          onFocus={onFocus}
        />
      ))}
    </tbody>
  );
}

/** Props of one row. */
interface RowProps {
  id: string;
  cells: string[];
  /** A bill's row. */
  bill: boolean;
  /** The cell (by index) that is an outcome, drawn as a badge; null: none. */
  badgeAt: number | null;
  outcome?: Outcome;
  /** A bill the scenario changed. */
  was: boolean;
  /** The caveat a bill's reason (its last cell) says, put as a mark. */
  caveat?: string;
  onFocus: (id: string) => void;
}

/** One row, drawn again only when its words change (a sort moves rows, it does not redraw them). */
const Row = memo(
  function Row({ id, cells, bill, badgeAt, outcome, was, caveat, onFocus }: RowProps) {
    return (
      <tr data-bill={bill ? id : undefined} data-changed={was ? 'true' : undefined}>
        <th scope="row">
          <button type="button" className="tb-link-button" onClick={() => onFocus(id)}>
            {cells[0]}
          </button>
        </th>
        {cells.slice(1).map((c, i) =>
          i + 1 === badgeAt && outcome ? (
            <td key={i}>
              <span data-testid={`outcome-${id}`}>
                <OutcomeBadge outcome={outcome} />
              </span>
            </td>
          ) : bill && i + 1 === TITLE_AT ? (
            <TitleCell key={i} title={c} label={cells[0]} />
          ) : bill && i + 1 === cells.length - 1 ? (
            <td key={i}>
              <ReasonWords sentence={c} caveat={caveat} />
            </td>
          ) : (
            <td key={i}>{c}</td>
          ),
        )}
      </tr>
    );
  },
  (a, b) =>
    a.id === b.id &&
    a.bill === b.bill &&
    a.badgeAt === b.badgeAt &&
    a.outcome === b.outcome &&
    a.was === b.was &&
    a.caveat === b.caveat &&
    a.onFocus === b.onFocus &&
    a.cells.length === b.cells.length &&
    a.cells.every((c, i) => c === b.cells[i]),
);

/**
 * A bill's title cell: what the bill is about (a session's LegiScan title runs on into "Amends sec. …"
 * and "TIE BAR WITH: …", five lines a row at 1,366 px); the whole title on hover and in its details.
 * Its sort, filter and CSV read the whole title.
 */
function TitleCell({ title, label }: { title: string; label: string }) {
  const heading = billHeading(title, label);
  return <td title={heading === title ? undefined : title}>{heading}</td>;
}
