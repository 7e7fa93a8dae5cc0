/** Opening datasets: built-ins, https URLs, local files (kept in IndexedDB), and export. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { countWords, fileTooLarge, formatProblem, parseDatasetText } from '../model';
import type { Dataset } from '../model';
import { MAX_FILE_CHARS } from '../model/guard';
import type { AppStore } from '../store';
import type { DatasetEntry } from '../shell/datasetIndex';
import { DEFAULT_DATASET, fetchIndex } from '../shell/datasetIndex';
import { downloadText } from '../ui/download';
import { loadDatasetRef } from '../shell/loadDataset';
import type { SavedDataset } from '../shell/savedDatasets';
import { forgetDataset, listSaved, saveDataset } from '../shell/savedDatasets';

/** What the app needs to open, keep and export datasets. */
export interface DatasetsApi {
  /** Built-in datasets. */
  builtIns: DatasetEntry[];
  /** Datasets the reader opened before, kept in this browser. */
  saved: DatasetEntry[];
  /** Opens a built-in id, a saved id or an https URL; false (with a notice) when it fails. */
  open: (ref: string, initial?: boolean) => Promise<boolean>;
  /** Opens a local file; an invalid one shows its errors and leaves the current dataset as it was. */
  openFile: (file: File) => Promise<boolean>;
  /** Opens dataset text (e.g. an import's result); invalid text shows its errors and changes nothing. */
  openText: (text: string, name: string) => Promise<boolean>;
  /** Removes a saved dataset from this browser. */
  forget: (id: string) => Promise<void>;
}

/** Loads the dataset lists, opens the URL's dataset (falling back to the founding one). */
export function useDatasets(store: AppStore, initialRef: string): DatasetsApi {
  const [builtIns, setBuiltIns] = useState<DatasetEntry[]>([]);
  const [saved, setSaved] = useState<SavedDataset[]>([]);
  // The latest lists, for callbacks that must not be re-created on every change.
  const lists = useRef<{ builtIns: DatasetEntry[]; saved: SavedDataset[] }>({ builtIns: [], saved: [] });
  const keepSaved = useCallback((next: SavedDataset[]) => {
    lists.current = { ...lists.current, saved: next };
    setSaved(next);
  }, []);

  const notify = store.getState().addNotices;
  const storageNotice = useCallback(
    (e: unknown) =>
      notify([
        {
          id: 'storage',
          level: 'warning',
          message: `Datasets you open can't be kept in this browser: ${(e as Error).message}. They stay open until you leave.`,
        },
      ]),
    [notify],
  );

  // Set once the reader opens something, so a slow initial load never replaces their choice.
  const chosen = useRef(false);

  const show = useCallback(
    (dataset: Dataset, ref: string, warnings: ReturnType<typeof parseDatasetText>['warnings'], builtIn = false) => {
      const unknown = Object.keys(store.getState().assumptions).filter((id) => !dataset.bills.some((b) => b.id === id));
      if (unknown.length > 0)
        notify([
          {
            id: 'url-scenario-bills',
            level: 'warning',
            message: `The scenario names ${unknown.map((u) => `"${u}"`).join(', ')}, not a bill of this dataset; ignored.`,
          },
        ]);
      store.getState().openDataset(dataset, ref, warnings);
      performance.mark('tiebar:dataset-open');
      // Built-ins are checked by the test suite; their warnings are for their authors, not readers.
      if (warnings.length > 0 && !builtIn)
        notify([
          {
            id: `warnings-${ref}`,
            level: 'info',
            message: `${dataset.title}: ${warnings.length} warning${warnings.length > 1 ? 's' : ''} (shown, not fatal).`,
            details: warnings.map(formatProblem),
          },
        ]);
    },
    [notify, store],
  );

  const open = useCallback(
    async (ref: string, initial = false) => {
      if (!initial) chosen.current = true;
      else if (chosen.current) return true;
      const { builtIns: known, saved: mine } = lists.current;
      const local = mine.find((d) => d.id === ref);
      if (local && !known.some((d) => d.id === ref)) {
        const r = parseDatasetText(local.text);
        if (r.ok) show(r.dataset, ref, r.warnings);
        else
          notify([
            {
              id: `load-${ref}`,
              level: 'error',
              message: `The saved dataset "${ref}" no longer validates.`,
              details: r.errors.map(formatProblem),
            },
          ]);
        return r.ok;
      }
      const result = await loadDatasetRef(ref, known);
      if (initial && chosen.current) return true;
      if (result.ok)
        show(
          result.dataset,
          ref,
          result.warnings,
          known.some((d) => d.id === ref),
        );
      else notify([{ id: `load-${ref}`, level: 'error', message: result.message, details: result.details }]);
      return result.ok;
    },
    [notify, show],
  );

  /** Opens dataset text from the reader (a file, an import); invalid text changes nothing. */
  const openText = useCallback(
    async (text: string, name: string) => {
      chosen.current = true;
      const r = parseDatasetText(text);
      if (!r.ok) {
        notify([
          {
            id: `file-${name}`,
            level: 'error',
            message: `${name} is not a valid Tiebar dataset (${countWords(r.errorCount, r.errors.length)}). The open dataset was not changed.`,
            details: r.errors.map(formatProblem),
          },
        ]);
        return false;
      }
      const clash = lists.current.builtIns.some((d) => d.id === r.dataset.id);
      const ref = clash ? `${r.dataset.id}-local` : r.dataset.id;
      show(r.dataset, ref, r.warnings);
      try {
        await saveDataset({ id: ref, title: r.dataset.title, text, savedAt: new Date().toISOString() });
        keepSaved(await listSaved());
      } catch (e) {
        storageNotice(e);
      }
      return true;
    },
    [keepSaved, notify, show, storageNotice],
  );

  const openFile = useCallback(
    async (file: File) => {
      chosen.current = true;
      if (file.size > MAX_FILE_CHARS) {
        notify([
          {
            id: `file-${file.name}`,
            level: 'error',
            message: `${fileTooLarge(file.size, file.name)}. Nothing was changed.`,
          },
        ]);
        return false;
      }
      return openText(await file.text(), file.name);
    },
    [notify, openText],
  );

  const forget = useCallback(
    async (id: string) => {
      try {
        await forgetDataset(id);
        keepSaved(await listSaved());
      } catch (e) {
        storageNotice(e);
      }
    },
    [keepSaved, storageNotice],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      let known: DatasetEntry[] = [];
      let mine: SavedDataset[] = [];
      try {
        known = await fetchIndex();
      } catch (e) {
        notify([{ id: 'index', level: 'error', message: `The list of built-in datasets could not be read: ${(e as Error).message}.` }]);
      }
      try {
        mine = await listSaved();
      } catch (e) {
        if (initialRef !== DEFAULT_DATASET) storageNotice(e);
      }
      if (cancelled) return;
      lists.current = { builtIns: known, saved: mine };
      if (chosen.current) {
        setBuiltIns(known);
        setSaved(mine);
        return;
      }
      setBuiltIns(known);
      setSaved(mine);
      // A published bundle lists only its own dataset: open it when the URL names none.
      const first =
        initialRef === DEFAULT_DATASET && known.length > 0 && !known.some((d) => d.id === initialRef) ? known[0].id : initialRef;
      const ok = await open(first, true);
      if (!ok && !cancelled && initialRef !== DEFAULT_DATASET) await open(DEFAULT_DATASET, true);
    })();
    return () => {
      cancelled = true;
    };
  }, [initialRef, notify, open, storageNotice]);

  return { builtIns, saved: saved.map((d) => ({ id: d.id, title: d.title })), open, openFile, openText, forget };
}

/** Downloads a dataset as a JSON file. */
export function downloadDataset(dataset: Dataset): void {
  downloadText(`${dataset.id}.json`, `${JSON.stringify(dataset, null, 2)}\n`, 'application/json');
}
