/** Drafts being written in the editor, kept in the browser at every change (IndexedDB via idb-keyval). */
import { createStore, del, entries, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import type { Dataset } from '../model';
import { StorageUnavailable, explainStorageError } from './savedDatasets';

/** A draft as kept: the dataset being written (maybe not valid yet) and when it last changed. */
export interface StoredDraft {
  /** The draft's own key (not the dataset id, which changes with the title). */
  key: string;
  /** The title, for the list of drafts. */
  title: string;
  /** The dataset as written so far. */
  dataset: Dataset;
  /** When it was last changed (ISO). */
  updatedAt: string;
  /**
   * Its undo/redo history, as the editor keeps it (patches from `dataset`): read back unchecked,
   * and missing when it did not fit. Written in the same record, so it always matches `dataset`.
   */
  history?: unknown;
  /** Set once the draft was opened in Tiebar or published: its id is an address in use, and no longer follows the title. */
  idFixed?: boolean;
  /**
   * The draft's last version that checked out, kept while the draft has errors, so that a reload
   * shows its graph (as the page did before it) rather than nothing. Extra, as the history is.
   */
  lastGood?: Dataset;
}

// Its own database: idb-keyval opens one object store per database, so drafts never share the
// saved datasets' database (a second store there would never be created).
let store: UseStore | null = null;

function getStore(): UseStore {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailable('this browser has no IndexedDB');
  store ??= createStore('tiebar-drafts', 'drafts');
  return store;
}

async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw e instanceof StorageUnavailable ? e : explainStorageError(e);
  }
}

/** A fresh key for a new draft. */
export function newDraftKey(now = Date.now()): string {
  return `draft-${now.toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Every kept draft, the latest first. Throws StorageUnavailable. */
export function listDrafts(): Promise<StoredDraft[]> {
  return guarded(async () => {
    const all = await entries<string, StoredDraft>(getStore());
    return all
      .map(([, v]) => v)
      .filter((v) => v && typeof v.key === 'string' && v.dataset && typeof v.dataset === 'object')
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)); // ISO times: code-point order is time order
  });
}

/**
 * Keeps (or replaces) a draft. Its history and last good version are extra: when the draft with
 * them cannot be kept (storage nearly full), the draft is kept alone. Throws StorageUnavailable
 * (full, blocked) when the draft itself cannot be kept.
 */
export async function saveDraft(draft: StoredDraft): Promise<void> {
  if (draft.history !== undefined || draft.lastGood !== undefined) {
    try {
      return await set(draft.key, draft, getStore());
    } catch {
      // Whatever failed, the draft alone is tried next, and its own failure is the one said.
    }
  }
  const { history: _history, lastGood: _lastGood, ...alone } = draft;
  return guarded(() => set(draft.key, alone, getStore()));
}

/** Deletes a draft. Throws StorageUnavailable. */
export function deleteDraft(key: string): Promise<void> {
  return guarded(() => del(key, getStore()));
}
