/**
 * Where the app's datasets come from, without React or a browser: built-ins by id, URLs, text the
 * reader opened (kept in the browser), and forgetting. Fetch and storage are injected, so every
 * rule here is unit-tested; src/app/useDatasets.ts is the thin hook over it.
 */
import { countWords } from '../model/findings';
import { formatProblem } from '../model/problems';
import type { Dataset, Problem } from '../model';
import type { DatasetEntry } from './datasetIndex';
import { fetchIndex } from './datasetIndex';
import { loadDatasetRef } from './loadDataset';
import { parseOffThread } from './parseOffThread';
import type { SavedDatasets, SavedEntry } from './savedDatasets';
import { StorageUnavailable } from './savedDatasets';
import { isDatasetUrl } from './urlState';

/**
 * The origin a dataset imported from spreadsheets is kept under: importing sheets with its id
 * again replaces that import (a reporter's corrections), where a file with its id is kept beside it.
 */
export const SHEETS_ORIGIN = 'sheets';
/** A message for the reader (the app shows it as a notice). */
export interface SourceNotice {
  /** Stable key: a later notice with the same id replaces it. */
  id: string;
  /** How serious. */
  level: 'info' | 'warning' | 'error';
  /** One plain sentence. */
  message: string;
  /** Details, one per line. */
  details?: string[];
}

/** A dataset opened (with the ref it is known by), or what stopped it. */
export type Opened =
  | { ok: true; dataset: Dataset; ref: string; warnings: Problem[]; builtIn: boolean; notices: SourceNotice[] }
  | { ok: false; notices: SourceNotice[] };

/** What a source needs from the outside. */
export interface SourceDeps {
  /** The fetch to use (the browser's by default). */
  fetch?: typeof fetch;
  /** Kept datasets; a function so that storage that cannot even be opened fails here, as a StorageUnavailable. */
  storage: () => SavedDatasets;
}

/** Opens, keeps, lists and forgets datasets. */
export interface DatasetSource {
  /** The built-in datasets (read once; empty, with a notice, when the list cannot be read). */
  builtIns: () => Promise<{ entries: DatasetEntry[]; notices: SourceNotice[] }>;
  /** The datasets kept in this browser (their index only). Throws StorageUnavailable. */
  listSaved: () => Promise<SavedEntry[]>;
  /** Opens a built-in id, a kept id or a URL. Storage is asked only for an id that is not a built-in. */
  open: (ref: string) => Promise<Opened>;
  /**
   * Opens dataset text (a file, an import, a draft) under a ref that clashes with no built-in and no
   * other kept dataset. `origin`, a draft's key: what that draft kept before is the same dataset, a
   * new version of it, and keeps its ref (an embed of it already published shows the new version).
   */
  openText: (text: string, name: string, origin?: string) => Promise<Opened>;
  /** Keeps opened text in this browser under its ref (from the draft `origin`). Throws StorageUnavailable. */
  keep: (ref: string, title: string, text: string, origin?: string) => Promise<void>;
  /** Forgets a kept dataset. Throws StorageUnavailable. */
  forget: (id: string) => Promise<void>;
}

/** The n-th ref beside `base` ("oregon-2025-2"), within the 64 characters an id may have. */
function numberedRef(base: string, n: number): string {
  return `${base.slice(0, 63 - String(n).length)}-${n}`;
}

/** Whether `ref` is one of the refs numbered beside `base`. */
function numberedFrom(base: string, ref: string): boolean {
  const m = /-(\d+)$/.exec(ref);
  return m !== null && Number(m[1]) >= 2 && ref === numberedRef(base, Number(m[1]));
}

/** A dataset source over injected fetch and storage. */
export function createDatasetSource(deps: SourceDeps): DatasetSource {
  let index: Promise<{ entries: DatasetEntry[]; notices: SourceNotice[] }> | null = null;
  let kept: SavedDatasets | null = null;
  const storage = async () => (kept ??= deps.storage());
  const builtIns = () =>
    (index ??= fetchIndex(deps.fetch).then(
      (entries) => ({ entries, notices: [] }),
      (e: Error) => ({
        entries: [],
        notices: [{ id: 'index', level: 'error' as const, message: `The list of built-in datasets could not be read: ${e.message}.` }],
      }),
    ));

  const fromText = async (text: string, ref: string, failure: (errors: string[]) => SourceNotice): Promise<Opened> => {
    const r = await parseOffThread(text);
    if (!r.ok) return { ok: false, notices: [failure(r.errors.map(formatProblem))] };
    return { ok: true, dataset: r.dataset, ref, warnings: r.warnings, builtIn: false, notices: [] };
  };

  const loaded = async (ref: string, known: DatasetEntry[] | null): Promise<Opened> => {
    const result = await loadDatasetRef(ref, known, { fetch: deps.fetch });
    if (!result.ok)
      return { ok: false, notices: [{ id: `load-${ref}`, level: 'error', message: result.message, details: result.details }] };
    const builtIn = !!known?.some((e) => e.id === ref);
    return { ok: true, dataset: result.dataset, ref, warnings: result.warnings, builtIn, notices: [] };
  };

  const open = async (ref: string): Promise<Opened> => {
    if (isDatasetUrl(ref)) return loaded(ref, null);
    const { entries } = await builtIns();
    if (entries.some((e) => e.id === ref)) return loaded(ref, entries);
    let text: string | null;
    try {
      text = await (await storage()).read(ref);
    } catch (e) {
      const why = e instanceof StorageUnavailable ? e.message : String(e);
      const message = `"${ref}" is not a built-in dataset, and the datasets kept in this browser could not be read: ${why}.`;
      return { ok: false, notices: [{ id: `load-${ref}`, level: 'error', message }] };
    }
    if (text === null) return loaded(ref, entries.length > 0 ? entries : null);
    return fromText(text, ref, (details) => ({
      id: `load-${ref}`,
      level: 'error',
      message: `The saved dataset "${ref}" no longer validates.`,
      details,
    }));
  };

  /** The ref for opened text: its id, unless a built-in or a different kept dataset already has it. */
  const refFor = async (id: string, text: string, origin?: string): Promise<{ ref: string; notices: SourceNotice[] }> => {
    const { entries } = await builtIns();
    const base = entries.some((e) => e.id === id) ? `${id}-local` : id;
    let saved: SavedEntry[];
    try {
      saved = await (await storage()).list();
    } catch {
      return { ref: base, notices: [] }; // nothing can be kept, so nothing clashes; keep() will say so
    }
    const taken = new Set([...saved.map((e) => e.id), ...entries.map((e) => e.id)]);
    const kept = saved.find((e) => e.id === base);
    if (!kept) return { ref: base, notices: [] };
    // The same draft kept before, or spreadsheets imported before, at this id or beside it ("-2"):
    // that address is now its new version (what was made is in the draft, or the sheets on disk).
    const mine = origin ? saved.find((e) => e.origin === origin && (e.id === base || numberedFrom(base, e.id))) : undefined;
    if (mine) {
      const message = `"${mine.id}" kept in this browser is now this version of the ${origin === SHEETS_ORIGIN ? 'spreadsheets' : 'draft'}.`;
      return { ref: mine.id, notices: [{ id: `kept-as-${mine.id}`, level: 'info', message }] };
    }
    const same = await (await storage()).read(base).catch(() => null);
    if (same === text) return { ref: base, notices: [] };
    let n = 2;
    while (taken.has(numberedRef(base, n))) n++;
    const ref = numberedRef(base, n);
    const message = `A different dataset "${base}" is already kept in this browser; this one is kept beside it as "${ref}".`;
    return { ref, notices: [{ id: `kept-as-${ref}`, level: 'info', message }] };
  };

  return {
    builtIns,
    listSaved: async () => (await storage()).list(),
    open,
    openText: async (text, name, origin) => {
      const r = await parseOffThread(text);
      if (!r.ok) {
        const message = `${name} is not a valid Tiebar dataset (${countWords(r.errorCount, r.errors.length)}). The open dataset was not changed.`;
        return { ok: false, notices: [{ id: `file-${name}`, level: 'error', message, details: r.errors.map(formatProblem) }] };
      }
      const { ref, notices } = await refFor(r.dataset.id, text, origin);
      return { ok: true, dataset: r.dataset, ref, warnings: r.warnings, builtIn: false, notices };
    },
    keep: async (ref, title, text, origin) =>
      (await storage()).save({ id: ref, title, savedAt: new Date().toISOString(), ...(origin ? { origin } : {}) }, text),
    forget: async (id) => (await storage()).forget(id),
  };
}
