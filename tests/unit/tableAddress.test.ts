import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState, viewStateOf } from '../../src/shell/urlState';
import { MAX_FILTER_CHARS, TABLE_COLUMNS, columnKey } from '../../src/shell/tableAddress';
import { billRows, linkRows, stakeholderRows } from '../../src/ui/tableRows';
import { evaluate } from '../../src/engine';
import { createAppStore, NO_FILTERS } from '../../src/store';
import { viewSearch } from '../../src/ui/viewAddress';
import { foundingDataset } from '../fixtures/datasets';

describe("the table's address: tab, q and sort", () => {
  it.each([
    ['?view=table&tab=links', { tab: 'links' }],
    ['?view=table&tab=stakeholders', { tab: 'stakeholders' }],
    ['?view=table&q=abortion', { filter: 'abortion' }],
    ['?view=table&q=deadly+force', { filter: 'deadly force' }],
    ['?view=table&sort=title', { sort: { column: 'title', dir: 1 } }],
    ['?view=table&sort=-title', { sort: { column: 'title', dir: -1 } }],
    ['?view=table&sort=-recorded-outcome', { sort: { column: 'recorded-outcome', dir: -1 } }],
    ['?view=table&tab=links&sort=-from-outcome', { tab: 'links', sort: { column: 'from-outcome', dir: -1 } }],
    // A header as a reader reads it stands for its key.
    ['?view=table&sort=Recorded%20outcome', { sort: { column: 'recorded-outcome', dir: 1 } }],
    ['?view=table&outcome=enacted', { outcome: 'enacted' }],
    ['?view=table&outcome=inoperative', { outcome: 'inoperative' }],
    ['?view=table&changed=1', { changed: true }],
    ['?view=table&changed=true', { changed: true }],
    ['?view=table&changed=0', {}],
    ['?view=table&outcome=', {}],
    [
      '?scenario=hb4641:enacted&view=table&outcome=enacted&changed=1',
      { assumptions: { hb4641: 'enacted' }, outcome: 'enacted', changed: true },
    ],
  ])('%s is read with no notice', (search, table) => {
    const { state, notices } = parseUrlState(search);
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...parseUrlState('?view=table').state, ...table });
  });

  it('writes each one, and reads back what it wrote', () => {
    const table = { view: 'table' as const, tab: 'links' as const, filter: 'tie bar', sort: { column: 'from', dir: -1 as const } };
    const search = serializeUrlState({ dataset: 'mi-2020-tied-to-vetoed', ...table });
    expect(search).toBe('?dataset=mi-2020-tied-to-vetoed&view=table&tab=links&q=tie+bar&sort=-from');
    const { state, notices } = parseUrlState(search);
    expect(notices).toEqual([]);
    expect(state).toMatchObject(table);
    expect(serializeUrlState(state)).toBe(search);
  });

  it('leaves the defaults out: the bills, no filter (blank is none), no sort', () => {
    expect(serializeUrlState({ view: 'table', tab: 'bills', filter: '' })).toBe('?view=table');
    expect(serializeUrlState({ view: 'table', filter: '   ' })).toBe('?view=table');
    expect(serializeUrlState({ view: 'table', sort: { column: 'bill', dir: 1 } })).toBe('?view=table&sort=bill');
    expect(parseUrlState('?view=table&tab=bills&q=').state).toEqual(parseUrlState('?view=table&tab=bills').state);
    expect(parseUrlState('?view=table&tab=bills').state.tab).toBe('bills');
  });

  it("writes them with the table only: a graph's address carries none", () => {
    expect(serializeUrlState({ view: 'graph', tab: 'links', filter: 'x', sort: { column: 'from', dir: 1 } })).toBe('');
    expect(serializeUrlState({ view: 'graph', outcome: 'enacted', changed: true })).toBe('');
    expect(parseUrlState('?outcome=enacted&changed=1').state).toEqual(parseUrlState('').state);
  });

  it("writes the bills' outcome and changed filters after the sort, and reads back what it wrote", () => {
    const table = {
      view: 'table' as const,
      filter: 'police',
      sort: { column: 'title', dir: 1 as const },
      outcome: 'enacted' as const,
      changed: true,
    };
    const search = serializeUrlState({ dataset: 'mi-2023-2024', assumptions: { hb4641: 'enacted' }, focus: 'hb4638', ...table });
    expect(search).toBe(
      '?dataset=mi-2023-2024&scenario=hb4641:enacted&focus=hb4638&view=table&q=police&sort=title&outcome=enacted&changed=1',
    );
    const { state, notices } = parseUrlState(search);
    expect(notices).toEqual([]);
    expect(state).toMatchObject(table);
    expect(serializeUrlState(state)).toBe(search);
    expect(serializeUrlState({ view: 'table', changed: false })).toBe('?view=table');
  });

  it.each(['"><img src=x onerror=alert(1)>&view=graph#x', 'HB 4917, SB 85: tie', '100%3A a+b', '  padded  '])(
    'keeps any filter as text, read back as written: %s',
    (filter) => {
      const search = serializeUrlState({ view: 'table', filter });
      expect(search).not.toMatch(/[<>"#]/);
      expect(parseUrlState(search)).toEqual({ state: expect.objectContaining({ view: 'table', filter }), notices: [] });
    },
  );

  it.each([
    ['?view=table&tab=votes', 'tab', 'tab "votes" is not "bills", "stakeholders" or "links"; showing the bills', {}],
    [
      '?view=table&sort=party',
      'sort',
      'sort "party" is not a column of the bills table (bill, title, outcome, recorded-outcome or why, "-" before it for descending); left unsorted',
      {},
    ],
    [
      // A column of another table than the one shown.
      '?view=table&tab=links&sort=-why',
      'sort',
      'sort "-why" is not a column of the links table (from, from-outcome, kind, to, to-outcomes, made or clause, "-" before it for descending); left unsorted',
      { tab: 'links' },
    ],
    [
      // A bad tab falls back to the bills, and the sort is checked against theirs.
      '?view=table&tab=votes&sort=clause',
      'sort',
      'sort "clause" is not a column of the bills table (bill, title, outcome, recorded-outcome or why, "-" before it for descending); left unsorted',
      {},
    ],
    [
      '?view=table&outcome=law',
      'outcome',
      'outcome "law" is not "failed", "inoperative", "pending", "contingent" or "enacted"; showing every outcome',
      {},
    ],
    // Outcomes are lower case, as the table's filter and badges write them.
    [
      '?view=table&outcome=Enacted',
      'outcome',
      'outcome "Enacted" is not "failed", "inoperative", "pending", "contingent" or "enacted"; showing every outcome',
      {},
    ],
    ['?view=table&changed=yes', 'changed', 'changed "yes" is not "1" (only what the scenario changes) or "0"; showing every bill', {}],
    [
      `?view=table&q=${'a'.repeat(MAX_FILTER_CHARS + 1)}`,
      'q',
      `q is ${MAX_FILTER_CHARS + 1} characters long, more than a filter's ${MAX_FILTER_CHARS}; showing the table unfiltered`,
      {},
    ],
  ])('%s gives a specific notice and falls back', (search, param, message, kept) => {
    const { state, notices } = parseUrlState(search);
    expect(notices.filter((n) => n.param === param)).toEqual([{ param, message }]);
    expect(state).toEqual({ ...parseUrlState('?view=table').state, ...kept });
    expect(state.view).toBe('table');
  });

  it('takes a filter of exactly the longest length', () => {
    const longest = 'a'.repeat(MAX_FILTER_CHARS);
    expect(parseUrlState(`?view=table&q=${longest}`)).toEqual({ state: expect.objectContaining({ filter: longest }), notices: [] });
  });

  it("names every column of every table by a key the address reads (with and without a scenario's column)", () => {
    const ds = foundingDataset();
    const record = evaluate(ds, { assumptions: {} }).outcomes;
    const headers = {
      bills: [...billRows(ds, record, null, NO_FILTERS).columns, ...billRows(ds, record, null, NO_FILTERS, record).columns],
      stakeholders: stakeholderRows(ds, undefined, NO_FILTERS).columns,
      links: linkRows(ds, record, NO_FILTERS).columns,
    };
    for (const tab of ['bills', 'stakeholders', 'links'] as const)
      expect([...new Set(headers[tab].map(columnKey))].sort()).toEqual([...TABLE_COLUMNS[tab]].sort());
  });
});

describe("the table's address in the store", () => {
  it("an address of the table sets the store's tab, sort and filter text, and keeps its other filters", () => {
    const { state } = parseUrlState('?view=table&tab=links&q=tie&sort=-from');
    expect(viewStateOf(state, { ...NO_FILTERS, linkKind: 'tie-bar', text: 'old' })).toMatchObject({
      tableTab: 'links',
      tableSort: { column: 'from', dir: -1 },
      filters: { ...NO_FILTERS, linkKind: 'tie-bar', text: 'tie' },
    });
    // Without them: the bills, unsorted, no words.
    expect(viewStateOf(parseUrlState('?view=table').state, { ...NO_FILTERS, text: 'old' })).toMatchObject({
      tableTab: 'bills',
      tableSort: null,
      filters: NO_FILTERS,
    });
  });

  it("an address of the graph leaves the table's state as it is (back to the graph, then to the table again)", () => {
    const s = viewStateOf(parseUrlState('?tab=links&q=x&sort=from').state, NO_FILTERS);
    expect(s).not.toHaveProperty('tableTab');
    expect(s).not.toHaveProperty('tableSort');
    expect(s).not.toHaveProperty('filters');
  });

  it("an address of the table sets the bills' outcome and changed filters, and one without them clears them", () => {
    const { state } = parseUrlState('?scenario=ab392:failed&view=table&outcome=inoperative&changed=1');
    expect(viewStateOf(state, NO_FILTERS).filters).toEqual({ ...NO_FILTERS, outcome: 'inoperative', changed: true });
    expect(viewStateOf(parseUrlState('?view=table').state, { ...NO_FILTERS, outcome: 'enacted', changed: true }).filters).toEqual(
      NO_FILTERS,
    );
  });

  it.each(['?scenario=ab392:failed&view=table&outcome=failed&changed=1', '?view=table&tab=links&outcome=enacted'])(
    'the store writes back what the address set: %s',
    (search) => {
      const store = createAppStore({ datasetRef: 'ca-2019-deadly-force', ...viewStateOf(parseUrlState(search).state, NO_FILTERS) });
      expect(viewSearch(store.getState())).toBe(search);
    },
  );

  it('the store writes back what the address set: a round trip through the app', () => {
    const search = '?view=table&tab=stakeholders&q=police&sort=-kind';
    const store = createAppStore({ datasetRef: 'ca-2019-deadly-force', ...viewStateOf(parseUrlState(search).state, NO_FILTERS) });
    expect(viewSearch(store.getState())).toBe(search);
  });

  it('another table starts unsorted; the same one keeps its sort', () => {
    const store = createAppStore({ view: 'table' });
    store.getState().setTableSort({ column: 'title', dir: -1 });
    store.getState().setTableTab('bills');
    expect(store.getState().tableSort).toEqual({ column: 'title', dir: -1 });
    store.getState().setTableTab('links');
    expect(store.getState()).toMatchObject({ tableTab: 'links', tableSort: null });
  });
});
