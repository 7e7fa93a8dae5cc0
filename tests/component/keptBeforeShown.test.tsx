import { describe, expect, it } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createAppStore } from '../../src/store';
import { useDatasets } from '../../src/app/useDatasets';
import type { DatasetSource } from '../../src/shell/datasetSource';
import { StorageUnavailable } from '../../src/shell/savedDatasets';
import { foundingDataset } from '../fixtures/datasets';

/** A source whose `keep` finishes only when the test says (as IndexedDB's write commits later). */
function slowKeeping() {
  const founding = foundingDataset();
  const copy = { ...founding, id: 'desk-copy', title: 'My copy' };
  const kept: string[] = [];
  let finish: (error?: Error) => void = () => undefined;
  const source: DatasetSource = {
    builtIns: async () => ({ entries: [], notices: [] }),
    listSaved: async () => kept.map((id) => ({ id, title: id, savedAt: '2026-12-02T00:00:00Z', size: 2 })),
    open: async (ref) => ({ ok: true, dataset: founding, ref, warnings: [], builtIn: true, notices: [] }),
    openText: async () => ({ ok: true, dataset: copy, ref: 'desk-copy', warnings: [], builtIn: false, notices: [] }),
    keep: (ref) =>
      new Promise<void>((resolve, reject) => {
        finish = (error) => (error ? reject(error) : (kept.push(ref), resolve()));
      }),
    forget: async () => undefined,
  };
  return { source, kept, finish: (error?: Error) => finish(error) };
}

describe('a dataset opened from a file or an import', () => {
  it('is kept in this browser before it shows (and puts its ref in the address): a reload at once opens it', async () => {
    const store = createAppStore({});
    const { source, kept, finish } = slowKeeping();
    const { result } = renderHook(() => useDatasets(store, 'ca-2019-deadly-force', () => source));
    await waitFor(() => expect(store.getState().datasetRef).toBe('ca-2019-deadly-force'));
    let opening: Promise<boolean> = Promise.resolve(false);
    act(() => void (opening = result.current.openText('{}', 'story.json')));
    // Its write not yet done, the open dataset (and so the address) is still the one before.
    await new Promise((r) => setTimeout(r, 50));
    expect(store.getState().datasetRef).toBe('ca-2019-deadly-force');
    await act(async () => {
      finish();
      await opening;
    });
    expect(kept).toEqual(['desk-copy']);
    expect(store.getState().datasetRef).toBe('desk-copy');
  });

  it('still shows where the browser cannot keep it, and says it will not be kept', async () => {
    const store = createAppStore({});
    const { source, finish } = slowKeeping();
    const { result } = renderHook(() => useDatasets(store, 'ca-2019-deadly-force', () => source));
    await waitFor(() => expect(store.getState().datasetRef).toBe('ca-2019-deadly-force'));
    let opening: Promise<boolean> = Promise.resolve(false);
    act(() => void (opening = result.current.openText('{}', 'story.json')));
    await new Promise((r) => setTimeout(r, 50));
    await act(async () => {
      finish(new StorageUnavailable('storage is full'));
      expect(await opening).toBe(true);
    });
    expect(store.getState().datasetRef).toBe('desk-copy');
    expect(store.getState().notices.find((n) => n.id === 'storage')?.message).toMatch(/can't be kept in this browser: storage is full/);
  });
});
