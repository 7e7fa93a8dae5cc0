import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from '../../src/shell/datasetIndex';
import { parseUrlState, serializeUrlState, unknownScenarioBills, viewStateOf } from '../../src/shell/urlState';
import { isLocalOnly } from '../../src/shell/snippets';
import { NO_FILTERS } from '../../src/store';
import { foundingDataset } from '../fixtures/datasets';

describe('parseUrlState', () => {
  it('reads dataset, scenario and view', () => {
    const { state, notices } = parseUrlState('?dataset=ca-2019-deadly-force&scenario=ab392:failed,sb230:enacted&view=table');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ dataset: 'ca-2019-deadly-force', assumptions: { ab392: 'failed', sb230: 'enacted' }, view: 'table' });
  });

  it('reads and writes how the graph shows stakeholders (grouped is the default, so never written)', () => {
    expect(parseUrlState('?stakeholders=all').state.stakeholders).toBe('all');
    expect(parseUrlState('?stakeholders=none').state.stakeholders).toBe('none');
    expect(serializeUrlState({ stakeholders: 'all' })).toBe('?stakeholders=all');
    expect(serializeUrlState({ stakeholders: 'grouped' })).toBe('');
  });

  it('opens the founding dataset when none is named', () => {
    expect(parseUrlState('').state).toEqual({ dataset: DEFAULT_DATASET, assumptions: {}, view: 'graph', embed: false });
  });

  it.each([
    ['?view=chart', 'view', 'view "chart" is not "graph" or "table"; showing the graph'],
    ['?scenario=ab392:maybe', 'scenario', 'scenario entry "ab392:maybe" is not "<bill>:failed" or "<bill>:enacted"; it was ignored'],
    ['?scenario=AB392:failed', 'scenario', 'scenario entry "AB392:failed": bill ids are lower case ("ab392:failed"); it was ignored'],
    ['?scenario=ab392:failed,ab392:enacted', 'scenario', 'scenario names "ab392" twice, "failed" then "enacted"; kept the first'],
    ['?asOf=2019-02-30', 'asOf', 'asOf "2019-02-30": "2019-02-30" is not a day of the calendar; showing the latest record instead'],
    ['?asOf=9999-12-31', 'asOf', 'asOf "9999-12-31": year 9999 is out of range (1700-2200); showing the latest record instead'],
    ['?asOf=24/04/2019', 'asOf', 'asOf "24/04/2019" is not a date like 2019-04-24; showing the latest record instead'],
    [
      '?dataset=javascript:alert(1)',
      'dataset',
      'dataset "javascript:alert(1)" is a javascript: address; datasets open from https:// (or http://localhost) only; opened the built-in dataset instead',
    ],
    [
      '?dataset=http://example.org/x.json',
      'dataset',
      'dataset "http://example.org/x.json" is an http:// address on example.org; http:// works only on this machine (localhost, 127.0.0.1, [::1]): use https://; opened the built-in dataset instead',
    ],
    [
      '?dataset=My Dataset',
      'dataset',
      'dataset "My Dataset" is neither a dataset id (lower-case letters, digits, "-" and "_", at most 64) nor a URL; opened the built-in dataset instead',
    ],
    ['?theme=neon', 'theme', 'theme "neon" is not "light", "dark" or "auto"; using the system theme'],
    ['?stakeholders=some', 'stakeholders', 'stakeholders "some" is not "grouped", "all" or "none"; grouping them'],
    ['?renderer=webgl', 'renderer', 'renderer "webgl" is not "svg" or "canvas"; choosing by size'],
    ['?focus=%3Cscript%3E', 'focus', 'focus "<script>" is not an id; nothing was focused'],
  ])('%s gives a specific notice and falls back', (search, param, message) => {
    const { state, notices } = parseUrlState(search);
    expect(notices).toEqual([{ param, message }]);
    expect(state.dataset).toBe(DEFAULT_DATASET);
    expect(state.view).toBe('graph');
  });

  it("takes a bill's label as a reader types it for its id: HB 4917, HB4917 and H.B. 4917 focus hb4917", () => {
    for (const typed of ['HB%204917', 'HB4917', 'H.B.%204917', 'hb+4917'])
      expect(parseUrlState(`?focus=${typed}`)).toEqual(
        expect.objectContaining({ notices: [], state: expect.objectContaining({ focus: 'hb4917' }) }),
      );
  });

  it('keeps the first of two contradicting entries for a bill, and says nothing of one given twice alike', () => {
    expect(parseUrlState('?scenario=ab392:failed,ab392:enacted').state.assumptions).toEqual({ ab392: 'failed' });
    expect(parseUrlState('?scenario=ab392:failed,ab392:failed').notices).toEqual([]);
    // An id that is also an object's own property name is an id like any other.
    expect(parseUrlState('?scenario=constructor:failed')).toEqual(
      expect.objectContaining({ notices: [], state: expect.objectContaining({ assumptions: { constructor: 'failed' } }) }),
    );
  });

  it('names the bills a scenario assumes that the dataset does not have', () => {
    const ds = foundingDataset();
    expect(unknownScenarioBills({ ab392: 'failed' }, ds)).toBeNull();
    expect(unknownScenarioBills({ zz9: 'failed', ab392: 'failed' }, ds)).toBe(
      'The scenario names "zz9", not a bill of this dataset; ignored.',
    );
    expect(unknownScenarioBills({ zz9: 'failed', yy8: 'enacted' }, ds)).toBe(
      'The scenario names "zz9" and "yy8", not bills of this dataset; ignored.',
    );
  });

  it('keeps the good parts of a partly bad scenario', () => {
    const { state, notices } = parseUrlState('?scenario=ab392:failed,,x');
    expect(state.assumptions).toEqual({ ab392: 'failed' });
    expect(notices).toHaveLength(2);
  });

  it('accepts an https dataset URL', () => {
    expect(parseUrlState('?dataset=https://example.org/d.json').state.dataset).toBe('https://example.org/d.json');
  });

  it.each(['http://localhost:8080/d.json', 'http://127.0.0.1/d.json', 'http://[::1]', 'http://[::1]:5173/d.json'])(
    'accepts http on this machine: %s',
    (url) => {
      const { state, notices } = parseUrlState(`?dataset=${encodeURIComponent(url)}`);
      expect(notices).toEqual([]);
      expect(state.dataset).toBe(url);
    },
  );

  it('ignores a huge parameter with a notice', () => {
    const { notices } = parseUrlState(`?scenario=${'a'.repeat(5000)}`);
    expect(notices[0].message).toMatch(/5000 characters long/);
  });

  it('round-trips through serializeUrlState', () => {
    const search = serializeUrlState({
      dataset: 'other',
      assumptions: { sb230: 'failed', ab392: 'enacted' },
      asOf: '2019-04-24',
      view: 'table',
      focus: 'sb230',
    });
    expect(search).toBe('?dataset=other&scenario=ab392:enacted,sb230:failed&asOf=2019-04-24&focus=sb230&view=table');
    const { state, notices } = parseUrlState(search);
    expect(notices).toEqual([]);
    expect(serializeUrlState(state)).toBe(search);
  });

  it('leaves defaults out', () => {
    expect(serializeUrlState({ dataset: DEFAULT_DATASET, assumptions: {}, view: 'graph' })).toBe('');
  });
});

describe('viewStateOf', () => {
  it('fills the defaults the store starts from', () => {
    expect(viewStateOf(parseUrlState('').state, NO_FILTERS)).toEqual({
      assumptions: {},
      asOf: undefined,
      view: 'graph',
      focus: null,
      theme: 'auto',
      renderer: 'auto',
      stakeholders: 'grouped',
    });
  });

  it('carries every view parameter of the URL', () => {
    const s = viewStateOf(
      parseUrlState(
        '?scenario=ab392:failed&asOf=2019-04-24&focus=sb230&view=table&tab=links&q=tie&sort=-from&theme=dark&renderer=canvas&stakeholders=all',
      ).state,
      NO_FILTERS,
    );
    expect(s).toEqual({
      assumptions: { ab392: 'failed' },
      asOf: '2019-04-24',
      view: 'table',
      focus: 'sb230',
      theme: 'dark',
      renderer: 'canvas',
      stakeholders: 'all',
      tableTab: 'links',
      tableSort: { column: 'from', dir: -1 },
      filters: { ...NO_FILTERS, text: 'tie' },
    });
  });
});

describe('an address readers cannot reach', () => {
  it.each([
    ['http://localhost:4173/?embed=1', true],
    ['http://127.0.0.1:8080/', true],
    ['http://[::1]:4173/', true],
    ['http://192.168.1.20/tiebar/', true],
    ['http://10.0.0.5/', true],
    ['http://172.20.1.1/', true],
    ['http://my-laptop.local/', true],
    ['file:///home/me/dist/index.html', true],
    ['https://graphics.example.org/story/', false],
    ['http://172.32.0.1/', false],
    ['https://8.8.8.8/', false],
    ['not a url', false],
  ])('%s: %s', (url, local) => {
    expect(isLocalOnly(url)).toBe(local);
  });
});
