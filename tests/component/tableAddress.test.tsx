import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NO_FILTERS } from '../../src/store';
import { parseUrlState, viewStateOf } from '../../src/shell/urlState';
import { TableView } from '../../src/ui/TableView';
import { EmbedTable } from '../../src/embed/EmbedTable';
import { viewSearch } from '../../src/ui/viewAddress';
import { syncUrl } from '../../src/app/urlSync';
import { foundingDataset } from '../fixtures/datasets';
import { renderWithStore } from './render';

/** The store's start from an address, as the app mounts it. */
const fromAddress = (search: string) => viewStateOf(parseUrlState(search).state, NO_FILTERS);

/** The text of each body row's nth cell (0: its row header). */
const column = (n: number) =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelectorAll('th, td')[n]?.textContent ?? '');

const numeric = new Intl.Collator(undefined, { numeric: true });
const descending = (xs: string[]) => [...xs].sort((a, b) => numeric.compare(b, a));

describe('the table opened from its address', () => {
  it('shows the tab, the filter and the sort the address names', () => {
    const everyone = foundingDataset().stakeholders!.length;
    renderWithStore(<TableView />, fromAddress('?view=table&tab=stakeholders&q=association&sort=-stakeholder'));
    expect(screen.getByRole('tab', { name: 'Stakeholders' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('searchbox', { name: 'Filter' })).toHaveValue('association');
    const names = column(0);
    expect(names.length).toBeGreaterThan(1);
    expect(names.length).toBeLessThan(everyone);
    for (const row of screen.getAllByRole('row').slice(1)) expect(row.textContent!.toLowerCase()).toContain('association');
    expect(names).toEqual(descending(names));
    expect(screen.getByRole('columnheader', { name: /Stakeholder/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts the bills by a column named in words, and keeps that sort when a scenario moves the column', async () => {
    const store = renderWithStore(<TableView />, fromAddress('?view=table&sort=-bill'));
    expect(column(0)).toEqual(descending(column(0)));
    expect(column(0)).toHaveLength(3);
    await act(async () => store.getState().setAssumption('ab392', 'failed'));
    expect(screen.getByRole('columnheader', { name: /^Bill/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('a sort on a column the table lacks now is kept, not applied, and applies when the column comes back', async () => {
    const store = renderWithStore(<TableView />, fromAddress('?view=table&sort=-recorded-outcome'));
    expect(screen.queryByRole('columnheader', { name: /Recorded outcome/ })).toBeNull();
    for (const th of screen.getAllByRole('columnheader')) expect(th).toHaveAttribute('aria-sort', 'none');
    await act(async () => store.getState().setAssumption('ab392', 'failed'));
    expect(screen.getByRole('columnheader', { name: /Recorded outcome/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it("shows only the bills of the address's outcome the scenario changes, with those filters set", () => {
    const search = '?scenario=ab392:failed&view=table&outcome=inoperative&changed=1';
    const store = renderWithStore(<TableView />, fromAddress(search));
    expect(screen.getByRole('combobox', { name: 'Outcome' })).toHaveValue('inoperative');
    expect(screen.getByRole('checkbox', { name: 'Only what the scenario changes' })).toBeChecked();
    expect(column(0)).toEqual(['SB 230']);
    // And the address written back is the one it opened from (a reload shows the same table).
    expect(viewSearch(store.getState())).toBe(search);
  });

  it('shows a hostile filter as the text it is', () => {
    const hostile = '<img src=x onerror="window.__hit=1">';
    renderWithStore(<TableView />, fromAddress(`?view=table&q=${encodeURIComponent(hostile)}`));
    expect(screen.getByRole('searchbox', { name: 'Filter' })).toHaveValue(hostile);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(1); // the header: no bill matches
  });
});

describe("the table's state in its address", () => {
  it('follows what the reader does: the filter, the sort, another table', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(<TableView />, { view: 'table' });
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'deadly');
    await user.click(screen.getByRole('button', { name: /^Title/ }));
    expect(viewSearch(store.getState())).toBe('?view=table&q=deadly&sort=title');
    await user.click(screen.getByRole('button', { name: /^Title/ }));
    expect(viewSearch(store.getState())).toBe('?view=table&q=deadly&sort=-title');
    await user.click(screen.getByRole('tab', { name: 'Links' }));
    expect(viewSearch(store.getState())).toBe('?view=table&tab=links&q=deadly');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(viewSearch(store.getState())).toBe('?view=table&tab=links');
  });

  it('follows the bills\' outcome filter and "Only what the scenario changes"', async () => {
    const user = userEvent.setup();
    const store = renderWithStore(<TableView />, { view: 'table', assumptions: { ab392: 'failed' } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'inoperative');
    await user.click(screen.getByRole('checkbox', { name: 'Only what the scenario changes' }));
    expect(viewSearch(store.getState())).toBe('?scenario=ab392:failed&view=table&outcome=inoperative&changed=1');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(viewSearch(store.getState())).toBe('?scenario=ab392:failed&view=table');
  });

  it('the filter box takes no more than the address carries', () => {
    renderWithStore(<TableView />, { view: 'table' });
    expect(screen.getByRole('searchbox', { name: 'Filter' })).toHaveAttribute('maxLength', '200');
  });
});

describe("the address bar follows the table's state", () => {
  let stop: (() => void) | null = null;
  afterEach(() => {
    stop?.();
    stop = null;
    vi.restoreAllMocks();
    window.history.replaceState(null, '', '/');
  });

  it('typing in the filter and sorting replace the entry; another table pushes one; back puts the table back', async () => {
    window.history.replaceState(null, '', '/?view=table');
    const store = renderWithStore(<TableView />, fromAddress('?view=table'));
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    stop = syncUrl(store, false, async () => undefined);
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'force');
    await user.click(screen.getByRole('button', { name: /^Bill/ }));
    await waitFor(() => expect(window.location.search).toBe('?view=table&q=force&sort=bill'));
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalled();
    await user.click(screen.getByRole('tab', { name: 'Links' }));
    await waitFor(() => expect(push).toHaveBeenCalledTimes(1));
    expect(window.location.search).toBe('?view=table&tab=links&q=force');
    // Back: the address of the bills table, filtered and sorted.
    window.history.replaceState(null, '', '/?view=table&q=force&sort=bill');
    await act(async () => void window.dispatchEvent(new PopStateEvent('popstate')));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Bills' })).toHaveAttribute('aria-selected', 'true'));
    expect(screen.getByRole('searchbox', { name: 'Filter' })).toHaveValue('force');
    expect(screen.getByRole('columnheader', { name: /^Bill/ })).toHaveAttribute('aria-sort', 'ascending');
  });
});

describe("the embed's table", () => {
  it('filters and sorts its bills as the address says, and says by what words', () => {
    renderWithStore(<EmbedTable />, fromAddress('?view=table&q=deadly&sort=-bill'));
    const table = screen.getByTestId('bill-table');
    const labels = [...table.querySelectorAll('.tb-embed-bill')].map((b) => b.textContent!);
    expect(labels.length).toBeGreaterThan(1);
    expect(labels).toEqual(descending(labels));
    expect(table.querySelector('caption')).toHaveTextContent(`${labels.length} bills matching “deadly”`);
    expect(within(table).getByRole('columnheader', { name: 'Bill and outcome' })).toHaveAttribute('aria-sort', 'descending');
  });

  it("shows the table the address's tab names, sorted", () => {
    renderWithStore(<EmbedTable />, fromAddress('?view=table&tab=stakeholders&q=association&sort=-stakeholder'));
    const table = screen.getByTestId('stakeholder-table');
    const names = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent!);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual(descending(names));
    expect(table.querySelector('caption')).toHaveTextContent(`${names.length} stakeholders matching “association”`);
  });

  it("lists a session's story's bills, unless a filter picks its bills from the whole dataset", () => {
    const labels = () => [...document.querySelectorAll('.tb-embed-bill')].map((b) => b.textContent);
    renderWithStore(<EmbedTable among={new Set(['ab392'])} />, fromAddress('?view=table'));
    expect(labels()).toEqual(['AB 392']);
    cleanup();
    renderWithStore(<EmbedTable among={new Set(['ab392'])} />, fromAddress('?view=table&q=sb230'));
    expect(labels()).toEqual(['SB 230']);
  });
});
