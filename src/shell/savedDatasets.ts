/** Datasets the reader opened, kept in the browser (IndexedDB via idb-keyval); never fatal when storage is unavailable. */
import { createStore, del, entries, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';

/** A dataset kept in the browser: its text, re-validated on every load. */
export interface SavedDataset {
  /** The dataset's id (also the URL's `dataset` value). */
  id: string;
  /** Its title, for the picker. */
  title: string;
  /** The file's text. */
  text: string;
  /** When it was saved (ISO). */
  savedAt: string;
}

/** Why storage failed, in words for a notice. */
export class StorageUnavailable extends Error {}

let store: UseStore | null = null;

function getStore(): UseStore {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailable('this browser has no IndexedDB');
  store ??= createStore('tiebar', 'datasets');
  return store;
}

/** Plain words for a storage failure (full, blocked, other). */
export function explainStorageError(e: unknown): StorageUnavailable {
  const name = (e as { name?: string })?.name;
  if (name === 'QuotaExceededError') return new StorageUnavailable('the browser storage is full');
  if (name === 'SecurityError') return new StorageUnavailable('storage is blocked here (private mode or a sandboxed embed)');
  return new StorageUnavailable((e as Error)?.message || 'storage failed');
}

/** Every saved dataset. Throws StorageUnavailable. */
export async function listSaved(): Promise<SavedDataset[]> {
  try {
    const all = await entries<string, SavedDataset>(getStore());
    return all.map(([, v]) => v).filter((v) => v && typeof v.id === 'string' && typeof v.text === 'string');
  } catch (e) {
    throw e instanceof StorageUnavailable ? e : explainStorageError(e);
  }
}

/** Saves (or replaces) a dataset. Throws StorageUnavailable. */
export async function saveDataset(entry: SavedDataset): Promise<void> {
  try {
    await set(entry.id, entry, getStore());
  } catch (e) {
    throw e instanceof StorageUnavailable ? e : explainStorageError(e);
  }
}

/** Forgets a saved dataset. Throws StorageUnavailable. */
export async function forgetDataset(id: string): Promise<void> {
  try {
    await del(id, getStore());
  } catch (e) {
    throw e instanceof StorageUnavailable ? e : explainStorageError(e);
  }
}
