import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../src/engine';
import { generateDataset } from '../../src/engine/generate';
import { createAppStore, selectEvaluation, selectGraphStructure } from '../../src/store';
import { selectStuckLaws } from '../../src/store/appSelectors';
import { STEPS_FROM, openInSteps } from '../../src/store/openInSteps';
import { foundingDataset } from '../fixtures/datasets';

vi.mock('../../src/engine', { spy: true });

describe('opening a session in steps', () => {
  const session = generateDataset({ bills: STEPS_FROM, links: 3000, seed: 4 });

  it('computes the heavy views a task each before it opens, and the app then reads those very results', async () => {
    const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca', assumptions: {} });
    const before = store.getState().assumptions;
    const steps: Array<{ open: string | undefined; stuck: number }> = [];
    const wait = async () => {
      steps.push({ open: store.getState().dataset?.id, stuck: vi.mocked(engine.stuckLaws).mock.calls.length });
    };
    vi.mocked(engine.stuckLaws).mockClear();
    expect(await openInSteps(store, session, 'gen', [], { wait })).toBe(true);
    // Every step ran with the old dataset still open; the finder's list was computed in one of them.
    expect(steps.length).toBeGreaterThan(5);
    expect(steps.every((s) => s.open === 'ca-2019-deadly-force')).toBe(true);
    expect(steps.at(-1)!.stuck).toBe(1);
    const s = store.getState();
    expect(s.dataset).toBe(session);
    // Nothing to drop from the assumptions: the same object, so what was computed for it is read back.
    expect(s.assumptions).toBe(before);
    selectStuckLaws(s);
    selectEvaluation(s);
    selectGraphStructure(s);
    expect(vi.mocked(engine.stuckLaws)).toHaveBeenCalledTimes(1);
  });

  it('opens nothing when something newer was chosen meanwhile', async () => {
    const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca' });
    let n = 0;
    const opened = await openInSteps(store, session, 'gen', [], { wait: async () => void n++, stale: () => n >= 3 });
    expect(opened).toBe(false);
    expect(store.getState().dataset?.id).toBe('ca-2019-deadly-force');
  });

  it('opens a small dataset at once, as openDataset does', async () => {
    const store = createAppStore();
    const wait = vi.fn(async () => undefined);
    expect(await openInSteps(store, foundingDataset(), 'ca', [], { wait })).toBe(true);
    expect(wait).not.toHaveBeenCalled();
    expect(store.getState().datasetRef).toBe('ca');
  });

  it("makes the dataset's own store changes in the moment it opens (one render, one first frame), never for a stale one", async () => {
    const store = createAppStore();
    const note = () => store.getState().addNotices([{ id: 'warnings-ca', level: 'info', message: '2 warnings' }]);
    const opening = openInSteps(store, foundingDataset(), 'ca', [], { alongside: note });
    // Before anything is awaited: the dataset and its notice are both in the store.
    expect(store.getState().datasetRef).toBe('ca');
    expect(store.getState().notices.map((n) => n.id)).toEqual(['warnings-ca']);
    await opening;
    const later = createAppStore();
    const session = generateDataset({ bills: STEPS_FROM, links: STEPS_FROM, seed: 4 });
    const alongside = vi.fn();
    expect(await openInSteps(later, session, 'gen', [], { wait: async () => undefined, stale: () => true, alongside })).toBe(false);
    expect(alongside).not.toHaveBeenCalled();
  });
});
