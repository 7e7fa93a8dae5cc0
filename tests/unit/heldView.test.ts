import { describe, expect, it } from 'vitest';
import { heldShown } from '../../src/editor/heldView';
import { createAppStore } from '../../src/store';
import { bill, dataset, foundingDataset } from '../fixtures/datasets';

describe("the address's what-if and focus, held for the draft the editor reopens", () => {
  const draft = dataset([bill('sb45'), bill('hb2101')], []);

  it('are put in place on the draft, and nothing is held after', () => {
    const store = createAppStore({ held: { assumptions: { sb45: 'failed' }, focus: 'hb2101' } });
    store.getState().openDataset(foundingDataset(), 'ca-2019-deadly-force');
    store.getState().openDataset(draft, 'ca-2019-deadly-force');
    store.setState(heldShown(store.getState(), draft));
    const s = store.getState();
    expect(s.assumptions).toEqual({ sb45: 'failed' });
    expect(s.focus).toBe('hb2101');
    expect(s.held).toBeNull();
    expect(s.notices).toEqual([]);
  });

  it('say what names nothing of the draft, and keep the rest', () => {
    const store = createAppStore({ held: { assumptions: { sb45: 'failed', ab392: 'failed' }, focus: 'nope' } });
    store.getState().openDataset(draft, 'x');
    store.setState(heldShown(store.getState(), draft));
    const s = store.getState();
    expect(s.assumptions).toEqual({ sb45: 'failed' });
    expect(s.focus).toBeNull();
    expect(s.notices.map((n) => n.message)).toEqual([
      'The scenario names "ab392", not a bill of this dataset; ignored.',
      `focus "nope" is not a node of ${draft.title}; nothing was focused`,
    ]);
  });
});
