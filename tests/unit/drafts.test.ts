import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredDraft } from '../../src/shell/drafts';
import { newDraft } from '../../src/model/edit';

// A key-value store that can be full: for every record, or only for one carrying a history.
const idb = vi.hoisted(() => ({ kept: new Map<string, unknown>(), full: 'no' as 'no' | 'history' | 'all' }));
vi.mock('idb-keyval', () => ({
  createStore: () => 'drafts',
  set: async (key: string, value: object) => {
    if (idb.full === 'all' || (idb.full === 'history' && 'history' in value))
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    idb.kept.set(key, structuredClone(value));
  },
  del: async (key: string) => void idb.kept.delete(key),
  entries: async () => [...idb.kept.entries()],
}));
vi.stubGlobal('indexedDB', {});
afterAll(() => void vi.unstubAllGlobals());

const { deleteDraft, listDrafts, saveDraft } = await import('../../src/shell/drafts');

const draft = (history: unknown): StoredDraft => ({
  key: 'draft-1',
  title: 'Kept',
  dataset: newDraft('Kept'),
  updatedAt: '2024-01-01T00:00:00.000Z',
  history,
});
const HISTORY = { format: 1, undo: [[{ op: 'set', path: ['title'], value: '' }]], redo: [] };

describe('a draft kept with its history', () => {
  beforeEach(() => {
    idb.kept.clear();
    idb.full = 'no';
  });

  it('is one record: kept, listed and deleted together; when the history does not fit, the draft is kept alone', async () => {
    await saveDraft(draft(HISTORY));
    expect((await listDrafts()).map((d) => d.history)).toEqual([HISTORY]);
    // Storage nearly full: the draft's latest version is kept, without the history it no longer matches.
    idb.full = 'history';
    await expect(saveDraft({ ...draft({ ...HISTORY, undo: [] }), title: 'Newer' })).resolves.toBeUndefined();
    const [kept] = await listDrafts();
    expect(kept.title).toBe('Newer');
    expect(kept).not.toHaveProperty('history');
    // Full: the draft's own failure is said plainly.
    idb.full = 'all';
    await expect(saveDraft(draft(HISTORY))).rejects.toThrow('the browser storage is full');
    await deleteDraft('draft-1');
    expect(idb.kept.size).toBe(0);
  });
});
