/**
 * Datasets the reader opened, kept in the browser (IndexedDB via idb-keyval, or any injected
 * key-value store): an index of what is kept (id, title, size, date), read on every page load, and
 * each dataset's text, read only when it is opened. Never fatal when storage is unavailable.
 */
import { createStore, del, entries, get, set } from 'idb-keyval';

/** What the list of kept datasets says about one of them (its text is read only when it is opened). */
export interface SavedEntry {
  /** The dataset's id (also the URL's `dataset` value). */
  id: string;
  /** Its title, for the picker. */
  title: string;
  /** Size of its text, in characters. */
  size: number;
  /** When it was saved (ISO). */
  savedAt: string;
  /** The editor's draft it was opened from (the draft's key): opening that draft again replaces it. */
  origin?: string;
}

/** The key-value store underneath (IndexedDB in the browser, a Map in tests). */
export interface KeyValue {
  /** The value at a key, or undefined. */
  get: (key: string) => Promise<unknown>;
  /** Sets a key. */
  set: (key: string, value: unknown) => Promise<void>;
  /** Deletes a key. */
  del: (key: string) => Promise<void>;
  /** Every entry (only to migrate the old layout, once). */
  entries: () => Promise<Array<[IDBValidKey, unknown]>>;
}

/** Why storage failed, in words for a notice. */
export class StorageUnavailable extends Error {}

/** Storage never answered (a stuck IndexedDB): Tiebar went on without it. */
export class StorageTimeout extends StorageUnavailable {}

/** How long storage may take to answer before Tiebar goes on without it. */
export const STORAGE_TIMEOUT_MS = 3000;

/** The key of the index: never a dataset id (ids start with a letter or a digit). */
const INDEX_KEY = '#index';

/** The browser's IndexedDB (database "tiebar", store "datasets"). Throws StorageUnavailable without one. */
export function idbKeyValue(): KeyValue {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailable('this browser has no IndexedDB');
  const store = createStore('tiebar', 'datasets');
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    entries: () => entries(store),
  };
}

/** Plain words for a storage failure (full, blocked, other). */
export function explainStorageError(e: unknown): StorageUnavailable {
  if (e instanceof StorageUnavailable) return e;
  const name = (e as { name?: string })?.name;
  if (name === 'QuotaExceededError') return new StorageUnavailable('the browser storage is full');
  if (name === 'SecurityError') return new StorageUnavailable('storage is blocked here (private mode or a sandboxed embed)');
  return new StorageUnavailable((e as Error)?.message || 'storage failed');
}

/** Runs a storage call with a deadline; every failure becomes a StorageUnavailable. */
async function guarded<T>(work: () => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageTimeout(`the browser storage did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([work(), late]);
  } catch (e) {
    throw explainStorageError(e);
  } finally {
    clearTimeout(timer);
  }
}

/** A kept dataset as stored under its id (the layout before the index, still used for the text). */
interface StoredDataset {
  id: string;
  title: string;
  text: string;
  savedAt: string;
}

const isStored = (v: unknown): v is StoredDataset =>
  typeof v === 'object' && v !== null && typeof (v as StoredDataset).id === 'string' && typeof (v as StoredDataset).text === 'string';

const isEntry = (v: unknown): v is SavedEntry =>
  typeof v === 'object' && v !== null && typeof (v as SavedEntry).id === 'string' && typeof (v as SavedEntry).title === 'string';

/** Kept datasets over a key-value store. */
export interface SavedDatasets {
  /** The index of kept datasets (reads no dataset text, except once to build the index of an old store). */
  list: () => Promise<SavedEntry[]>;
  /** One kept dataset's text, or null when none is kept under that id. */
  read: (id: string) => Promise<string | null>;
  /** Keeps (or replaces) a dataset under its id. */
  save: (entry: Omit<SavedEntry, 'size'>, text: string) => Promise<void>;
  /** Forgets a kept dataset. */
  forget: (id: string) => Promise<void>;
}

/** Kept datasets in `kv`; every call throws StorageUnavailable on failure or after `timeoutMs`. */
export function savedDatasets(kv: KeyValue, timeoutMs = STORAGE_TIMEOUT_MS): SavedDatasets {
  // Index updates run one after another, so two saves never drop each other's entry.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  };

  const readIndex = async (): Promise<SavedEntry[]> => {
    const index = await kv.get(INDEX_KEY);
    if (Array.isArray(index)) return index.filter(isEntry);
    // A store from before the index: build it once from the kept datasets.
    const built = (await kv.entries())
      .map(([, v]) => v)
      .filter(isStored)
      .map((v) => ({
        id: v.id,
        title: typeof v.title === 'string' ? v.title : v.id,
        size: v.text.length,
        savedAt: String(v.savedAt ?? ''),
      }));
    // An empty store stays empty: a reader who keeps nothing leaves nothing behind.
    if (built.length > 0) await kv.set(INDEX_KEY, built);
    return built;
  };

  return {
    list: () => guarded(() => serial(readIndex), timeoutMs),
    read: (id) =>
      guarded(async () => {
        const v = await kv.get(id);
        return isStored(v) ? v.text : null;
      }, timeoutMs),
    save: (entry, text) =>
      guarded(
        () =>
          serial(async () => {
            await kv.set(entry.id, { id: entry.id, title: entry.title, text, savedAt: entry.savedAt } satisfies StoredDataset);
            const index = (await readIndex()).filter((e) => e.id !== entry.id);
            await kv.set(INDEX_KEY, [...index, { ...entry, size: text.length }]);
          }),
        timeoutMs,
      ),
    forget: (id) =>
      guarded(
        () =>
          serial(async () => {
            await kv.del(id);
            await kv.set(
              INDEX_KEY,
              (await readIndex()).filter((e) => e.id !== id),
            );
          }),
        timeoutMs,
      ),
  };
}
