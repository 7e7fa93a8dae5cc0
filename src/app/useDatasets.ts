/** The React side of opening datasets (src/shell/datasetSource.ts does the work): lists, notices, the store. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { fileTooLarge } from '../model/limits';
import { formatProblem } from '../model/problems';
import type { Problem } from '../model/problems';
import type { Dataset } from '../model';
import { MAX_FILE_CHARS } from '../model/guard';
import type { AppStore, Notice } from '../store';
import { openInSteps } from '../store/openInSteps';
import type { DatasetEntry } from '../shell/datasetIndex';
import { DEFAULT_DATASET, bundleDataset } from '../shell/datasetIndex';
import type { DatasetSource, Opened } from '../shell/datasetSource';
import { createDatasetSource } from '../shell/datasetSource';
import { addressChecks } from '../shell/addressChecks';
import { StorageTimeout, idbKeyValue, savedDatasets } from '../shell/savedDatasets';
import { downloadText } from '../ui/download';

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
  /**
   * Opens dataset text (e.g. an import's result); invalid text shows its errors and changes nothing.
   * `origin`: the editor's draft it comes from, whose earlier version it replaces (DatasetSource).
   */
  openText: (text: string, name: string, origin?: string, opts?: OpenTextOptions) => Promise<boolean>;
  /** Removes a saved dataset from this browser. */
  forget: (id: string) => Promise<void>;
}

/** The browser's dataset source: the page's fetch and IndexedDB. */
const browserSource = (): DatasetSource => createDatasetSource({ storage: () => savedDatasets(idbKeyValue()) });

/** Opens the URL's dataset at once (falling back to the founding one), and lists built-in and kept datasets beside it. */
/** How a text opened by the app is told. */
export interface OpenTextOptions {
  /** Its warnings were said already, in its source's own terms (a spreadsheet's sheet, row and column): not again in the file's. */
  warningsSaid?: boolean;
  /** What it comes from, whose earlier version it replaces when opened again (`SHEETS_ORIGIN`; the editor passes its draft's key). */
  origin?: string;
}

/**
 * A draft's warnings as the editor says them ("AB 1: AB 1 cites no source (in its "Sources" box,
 * ...)"): the editor's words come with its code, loaded by then (the app's first load has none of it).
 */
async function draftWords(): Promise<(p: Problem, ds: Dataset) => string> {
  const { problemLine } = await import('../editor/problemWords');
  return problemLine;
}

export function useDatasets(store: AppStore, initialRef: string, makeSource: () => DatasetSource = browserSource): DatasetsApi {
  const [source] = useState(makeSource);
  const [builtIns, setBuiltIns] = useState<DatasetEntry[]>([]);
  const [saved, setSaved] = useState<DatasetEntry[]>([]);
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
  const relist = useCallback(async () => setSaved(await source.listSaved()), [source]);

  // Set once the reader opens something, so a slow initial load never replaces their choice.
  const chosen = useRef(false);
  // Counts the datasets being shown, so a session still opening in steps yields to a newer one.
  const showing = useRef(0);

  const show = useCallback(
    async (opened: Opened, fromReader: boolean, say: ((p: Problem, ds: Dataset) => string) | null = formatProblem): Promise<boolean> => {
      notify(opened.notices as Notice[]);
      if (!opened.ok) return false;
      const { dataset, ref, warnings } = opened;
      // The URL's scenario is checked against the first dataset; a reader's later switch simply starts afresh.
      // So is its date: one no record reaches yet gives way to the latest record, with a notice.
      if (!fromReader) {
        const checked = addressChecks(store.getState(), dataset);
        if (checked.notices.length > 0) notify(checked.notices);
        if (checked.dropAsOf) store.getState().setAsOf(undefined);
      }
      // A dataset the reader opened answers their earlier failed attempts: those notices go.
      if (fromReader) store.setState((s) => ({ notices: s.notices.filter((n) => n.level !== 'error' || !/^(file|load)-/.test(n.id)) }));
      // A session's heavy views are computed a task each before it shows (the page keeps responding);
      // a dataset chosen meanwhile wins.
      const mine = ++showing.current;
      const stale = () => mine !== showing.current || (!fromReader && chosen.current);
      // Built-ins are checked by the test suite; their warnings are for their authors, not readers.
      // The notice comes with the graph's first frame, not after it (it would push the graph down).
      const alongside = () => {
        if (say && warnings.length > 0 && !opened.builtIn)
          notify([
            {
              id: `warnings-${ref}`,
              level: 'info',
              message: `${dataset.title}: ${warnings.length} warning${warnings.length > 1 ? 's' : ''} (shown, not fatal).`,
              details: warnings.map((w) => say(w, dataset)),
            },
          ]);
      };
      if (!(await openInSteps(store, dataset, ref, warnings, { stale, alongside }))) return true;
      performance.mark('tiebar:dataset-open');
      return true;
    },
    [notify, store],
  );

  const open = useCallback(
    async (ref: string, initial = false) => {
      if (!initial) chosen.current = true;
      else if (chosen.current) return true;
      const opened = await source.open(ref);
      if (initial && chosen.current) return true;
      // The address's own dataset (a link or an embed a reader was handed) is shown without its
      // warnings: they are for its authors, whom the editor and the Embed dialog tell.
      return initial ? show(opened, false, null) : show(opened, true);
    },
    [show, source],
  );

  const openText = useCallback(
    async (text: string, name: string, origin?: string, opts: OpenTextOptions = {}) => {
      chosen.current = true;
      const opened = await source.openText(text, name, origin);
      // A draft from the editor is told its warnings as its forms name things, not in the file's words.
      const say = opts.warningsSaid ? null : origin === undefined ? formatProblem : await draftWords();
      // Kept before it shows: showing it puts its ref in the address (?dataset=), and that address,
      // reloaded or shared at once, must open it, not fall back to another dataset. A browser that
      // cannot keep it still shows it, and says so.
      let unkept: unknown = null;
      if (opened.ok) {
        try {
          await source.keep(opened.ref, opened.dataset.title, text, origin);
        } catch (e) {
          unkept = e ?? new Error('the browser gave no reason');
        }
      }
      if (!(await show(opened, true, say)) || !opened.ok) return false;
      if (unkept !== null) storageNotice(unkept);
      else await relist().catch(storageNotice);
      return true;
    },
    [relist, show, source, storageNotice],
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
        await source.forget(id);
        await relist();
      } catch (e) {
        storageNotice(e);
      }
    },
    [relist, source, storageNotice],
  );

  useEffect(() => {
    let cancelled = false;
    void source.builtIns().then(({ entries, notices }) => {
      if (cancelled) return;
      setBuiltIns(entries);
      notify(notices as Notice[]);
    });
    // The kept datasets are listed beside the first open, never before it: storage may be slow or stuck.
    source.listSaved().then(
      (list) => void (cancelled || setSaved(list)),
      (e: unknown) => void (!cancelled && (initialRef !== DEFAULT_DATASET || e instanceof StorageTimeout) && storageNotice(e)),
    );
    void (async () => {
      const ok = await open(initialRef, true);
      if (ok || cancelled) return;
      if (initialRef !== DEFAULT_DATASET && ((await open(DEFAULT_DATASET, true)) || cancelled)) return;
      // A published bundle lists only its own dataset: open that one when the URL names none (or
      // one that is not there), and say nothing of the default it does not hold.
      const own = bundleDataset((await source.builtIns()).entries);
      if (cancelled || !own) return;
      if (await open(own, true)) store.setState((s) => ({ notices: s.notices.filter((n) => n.id !== `load-${DEFAULT_DATASET}`) }));
    })();
    return () => {
      cancelled = true;
    };
  }, [initialRef, notify, open, source, storageNotice, store]);

  return { builtIns, saved, open, openFile, openText, forget };
}

/** Downloads a dataset as a JSON file. */
export function downloadDataset(dataset: Dataset): void {
  downloadText(`${dataset.id}.json`, `${JSON.stringify(dataset, null, 2)}\n`, 'application/json');
}
