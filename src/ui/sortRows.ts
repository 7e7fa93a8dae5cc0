/** A table's rows in the order of its sort: the app's table and the embed's sort alike. */
import { OUTCOMES } from '../engine/scenario';
import { columnKey } from '../shell/tableAddress';
import type { TableSort } from '../store';
import type { TableData } from './tableRows';

/**
 * Made once, at the first sort: a collator per comparison made sorting a session's 4,448 rows take a
 * fifth of a second, and one made as the app loads would put Intl's locale data into its start-up.
 */
let collator: Intl.Collator | null = null;
/** Outcome columns sort worst first (failed, inoperative, pending, contingent, enacted), not by alphabet. */
const OUTCOME_COLUMNS = new Set(['Outcome', 'Recorded outcome', 'From outcome']);

/** The rows sorted by a column: each row's cell read once (a bill's reason is worked out only when read). */
function sortRows(rows: TableData['rows'], column: number, dir: 1 | -1, byOutcome: boolean): TableData['rows'] {
  const rank = (k: string) => {
    const i = (OUTCOMES as readonly string[]).indexOf(k);
    return i < 0 ? OUTCOMES.length : i;
  };
  const keyed = rows.map((row) => ({ row, key: row.cell(column) }));
  keyed.sort(
    (a, b) =>
      dir * (byOutcome ? rank(a.key) - rank(b.key) : (collator ??= new Intl.Collator(undefined, { numeric: true })).compare(a.key, b.key)),
  );
  return keyed.map((k) => k.row);
}

/**
 * A table's rows in the order `sort` asks for, and the column it sorts (by index). A sort by a column
 * the table does not have now (a bill's "Recorded outcome" with no scenario on) leaves them as they are.
 */
export function sortTable(
  data: TableData,
  sort: TableSort | null,
): { rows: TableData['rows']; sorted: { column: number; dir: 1 | -1 } | null } {
  const column = sort ? data.columns.findIndex((c) => columnKey(c) === sort.column) : -1;
  if (!sort || column < 0) return { rows: data.rows, sorted: null };
  return { rows: sortRows(data.rows, column, sort.dir, OUTCOME_COLUMNS.has(data.columns[column])), sorted: { column, dir: sort.dir } };
}
