/**
 * The table's part of the URL contract: `tab`, `q` (its filter), `sort`, and the bills' `outcome`
 * and `changed` filters, read with specific notices and written without their defaults. They
 * belong to `view=table` (src/shell/urlState.ts).
 */
import { clipKey } from '../model/text';
import { joinOr } from '../engine/words/grammar';
import { OUTCOMES, type Outcome } from '../engine/scenario';

/** The tables of the table view. */
export type TableTab = 'bills' | 'stakeholders' | 'links';

/** A table's sort: a column, by its key (`title`), and its direction (1 ascending, -1 descending). */
export interface TableSort {
  /** The column's key: its header in lower case, spaces as "-" ("Recorded outcome" is `recorded-outcome`). */
  column: string;
  /** 1: ascending; -1: descending. */
  dir: 1 | -1;
}

/** The table's state an address carries. */
export interface TableAddress {
  /** The table shown (absent: the bills). */
  tab?: TableTab;
  /** The filter's text (`q`; absent: none). */
  filter?: string;
  /** The sort (absent: the table's own order). */
  sort?: TableSort;
  /** Only the bills with this outcome (`outcome`; absent: any). */
  outcome?: Outcome;
  /** Only the bills the scenario changes (`changed=1`; absent: every bill); kept, not applied, with no scenario on. */
  changed?: boolean;
}

const TABS: readonly TableTab[] = ['bills', 'stakeholders', 'links'];

/** Every column each table can have, by key (the bills' `recorded-outcome` is there while a scenario is on). */
export const TABLE_COLUMNS: Readonly<Record<TableTab, readonly string[]>> = {
  bills: ['bill', 'title', 'outcome', 'recorded-outcome', 'why'],
  stakeholders: ['stakeholder', 'kind', 'positions'],
  links: ['from', 'from-outcome', 'kind', 'to', 'to-outcomes', 'made', 'clause'],
};

/** The longest filter: the filter box takes no more, and an address's longer `q` is refused. */
export const MAX_FILTER_CHARS = 200;

/** A column header's key, as the address names it: "Recorded outcome" is `recorded-outcome`. */
export function columnKey(header: string): string {
  return header.trim().toLowerCase().replace(/\s+/g, '-');
}

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`);

/**
 * Reads the table's parameters (each null when the address has none); a bad value gives a notice
 * and its default. A `sort` is checked against the columns of the table `tab` opens.
 */
export function readTableAddress(
  tab: string | null,
  q: string | null,
  sort: string | null,
  outcome: string | null = null,
  changed: string | null = null,
): { table: TableAddress; notices: Array<{ param: string; message: string }> } {
  const table: TableAddress = {};
  const notices: Array<{ param: string; message: string }> = [];
  if (tab !== null) {
    if ((TABS as readonly string[]).includes(tab)) table.tab = tab as TableTab;
    else notices.push({ param: 'tab', message: `tab "${clipKey(tab, 40)}" is not ${joinOr(quoted(TABS))}; showing the bills` });
  }
  if (q !== null) {
    if (q.length <= MAX_FILTER_CHARS) {
      if (q.trim() !== '') table.filter = q;
    } else
      notices.push({
        param: 'q',
        message: `q is ${q.length} characters long, more than a filter's ${MAX_FILTER_CHARS}; showing the table unfiltered`,
      });
  }
  if (sort !== null) {
    const shown = table.tab ?? 'bills';
    const dir = sort.startsWith('-') ? -1 : 1;
    const column = columnKey(dir === -1 ? sort.slice(1) : sort);
    if (TABLE_COLUMNS[shown].includes(column)) table.sort = { column, dir };
    else
      notices.push({
        param: 'sort',
        message: `sort "${clipKey(sort, 40)}" is not a column of the ${shown} table (${joinOr(TABLE_COLUMNS[shown])}, "-" before it for descending); left unsorted`,
      });
  }
  if (outcome !== null) {
    if ((OUTCOMES as readonly string[]).includes(outcome)) table.outcome = outcome as Outcome;
    else if (outcome !== '')
      notices.push({
        param: 'outcome',
        message: `outcome "${clipKey(outcome, 40)}" is not ${joinOr(quoted(OUTCOMES))}; showing every outcome`,
      });
  }
  if (changed !== null) {
    if (changed === '1' || changed === 'true') table.changed = true;
    else if (changed !== '0' && changed !== 'false')
      notices.push({
        param: 'changed',
        message: `changed "${clipKey(changed, 40)}" is not "1" (only what the scenario changes) or "0"; showing every bill`,
      });
  }
  return { table, notices };
}

/** Writes the table's parameters into `params`, leaving out the defaults (the bills, no filter, no sort, any outcome, every bill). */
export function writeTableAddress(params: URLSearchParams, table: TableAddress): void {
  if (table.tab && table.tab !== 'bills') params.set('tab', table.tab);
  if (table.filter && table.filter.trim() !== '') params.set('q', table.filter);
  if (table.sort) params.set('sort', `${table.sort.dir === -1 ? '-' : ''}${table.sort.column}`);
  if (table.outcome) params.set('outcome', table.outcome);
  if (table.changed) params.set('changed', '1');
}
