import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store';
import { foundingDataset } from '../fixtures/datasets';

describe('opening another dataset starts afresh', () => {
  // Two sessions share bill ids (HB 4002 of 2019 and of 2023 are different bills).
  const other = { ...foundingDataset(), id: 'other', title: 'Another session' };

  it("drops the what-if, focus, date and pinned scenario: they were about the other dataset's bills", () => {
    const store = createAppStore({ assumptions: { ab392: 'failed' }, focus: 'sb230', asOf: '2019-05-01' });
    store.getState().openDataset(foundingDataset(), 'ca-2019-deadly-force');
    store.getState().pinScenario(true);
    expect(store.getState()).toMatchObject({ assumptions: { ab392: 'failed' }, focus: 'sb230', asOf: '2019-05-01' });
    store.getState().openDataset(other, 'other');
    expect(store.getState()).toMatchObject({ assumptions: {}, focus: null, asOf: undefined, pinned: null, datasetRef: 'other' });
  });

  it('keeps them when the same dataset opens again (a draft redrawn as it is edited)', () => {
    const store = createAppStore({ assumptions: { ab392: 'failed' }, focus: 'sb230', asOf: '2019-05-01' });
    store.getState().openDataset(foundingDataset(), 'ca-2019-deadly-force');
    const assumptions = store.getState().assumptions;
    store.getState().openDataset(foundingDataset(), 'ca-2019-deadly-force');
    expect(store.getState().assumptions).toBe(assumptions);
    expect(store.getState()).toMatchObject({ focus: 'sb230', asOf: '2019-05-01' });
  });
});
