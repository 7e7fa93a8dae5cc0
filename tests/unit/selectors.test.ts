import { describe, expect, it } from 'vitest';
import { PREFETCH_BELOW, createAppStore, prefetchQuestion, selectEvaluation, selectGraphStructure, selectQuestions } from '../../src/store';
import { memoRecent } from '../../src/store/selectors';
import { selectTimeline } from '../../src/store/appSelectors';
import { bill, dataset, foundingDataset, link } from '../fixtures/datasets';

describe('selector caches belong to a store', () => {
  it('one store reads the same object back for the same inputs', () => {
    const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca' });
    expect(selectEvaluation(store.getState())).toBe(selectEvaluation(store.getState()));
    store.getState().setView('table');
    expect(selectGraphStructure(store.getState())).toBe(selectGraphStructure(store.getState()));
  });

  it('a scenario toggled and back reads the evaluation made before (keyed by what it assumes, not by its object)', () => {
    const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca' });
    const { setAssumption } = store.getState();
    const recorded = selectEvaluation(store.getState());
    setAssumption('ab392', 'failed');
    const failed = selectEvaluation(store.getState());
    expect(failed).not.toBe(recorded);
    expect(failed!.outcomes.sb230).toBe('inoperative');
    setAssumption('ab392', 'recorded');
    expect(selectEvaluation(store.getState())).toBe(recorded);
    setAssumption('ab392', 'failed');
    expect(selectEvaluation(store.getState())).toBe(failed);
    // Two assumptions given in either order are one scenario.
    setAssumption('sb230', 'enacted');
    const both = selectEvaluation(store.getState());
    store.setState({ assumptions: { sb230: 'enacted', ab392: 'failed' } });
    expect(selectEvaluation(store.getState())).toBe(both);
  });

  it("a question's scenario evaluated ahead is the one a press then reads", () => {
    const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca' });
    const [q] = selectQuestions(store.getState());
    expect(q).toMatchObject({ bill: 'ab392', assumption: 'failed' });
    const ahead = prefetchQuestion(store.getState(), 0)!;
    expect(ahead.outcomes.sb230).toBe('inoperative');
    expect(prefetchQuestion(store.getState(), 1)).toBeNull(); // one question only
    store.getState().setAssumption(q.bill, q.assumption);
    expect(selectEvaluation(store.getState())).toBe(ahead);
    // With a scenario on, the questions give way to "Back to the record": nothing to fetch.
    expect(prefetchQuestion(store.getState(), 0)).toBeNull();
  });

  it('keep the most recently read results (a read moves one to the front)', () => {
    let calls = 0;
    const double = memoRecent((x: object) => (calls++, { x }), 2);
    const [a, b, c] = [{}, {}, {}];
    const first = double(a);
    double(b);
    expect(double(a)).toBe(first);
    double(c); // drops b, the least recently read
    expect(double(a)).toBe(first);
    expect(calls).toBe(3);
  });

  it('evaluates no question ahead in a session too large for one evaluation to be a short task', () => {
    const bills = [bill('b0', 'enacted'), bill('b1', 'enacted'), ...Array.from({ length: PREFETCH_BELOW - 2 }, (_, i) => bill(`p${i}`))];
    const state = createAppStore({ dataset: dataset(bills, [link('t', 'b1', ['b0'])]), datasetRef: 'big' }).getState();
    expect(selectQuestions(state).length).toBeGreaterThan(0); // a question there would be
    expect(prefetchQuestion(state, 0)).toBeNull();
    // One bill fewer, and it is evaluated ahead.
    const smaller = createAppStore({ dataset: dataset(bills.slice(0, -1), [link('t', 'b1', ['b0'])]), datasetRef: 'big' }).getState();
    expect(prefetchQuestion(smaller, 0)?.outcomes.b1).toBe('inoperative');
  });

  it('two stores over the same dataset never share a cached result', () => {
    const dataset = foundingDataset();
    const a = createAppStore({ dataset, datasetRef: 'ca' }).getState();
    const b = createAppStore({ dataset, datasetRef: 'ca' }).getState();
    expect(selectEvaluation(a)).not.toBe(selectEvaluation(b));
    expect(selectEvaluation(a)!.outcomes).toEqual(selectEvaluation(b)!.outcomes);
    expect(selectGraphStructure(a)).not.toBe(selectGraphStructure(b));
    expect(selectTimeline(a)).not.toBe(selectTimeline(b));
  });
});
