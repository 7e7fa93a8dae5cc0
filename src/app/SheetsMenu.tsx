/** "Import spreadsheets…" (CSV files, or the published-CSV addresses of a Google Sheet) and "Download spreadsheets". */
import { useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Dataset } from '../model';
import type { SheetFile } from '../ingest/sheets';
import { decodeSheet } from '../ingest/sheets/decode';
import type { Notice } from '../store';
import type { OpenTextOptions } from './useDatasets';
import { SHEETS_ORIGIN } from '../shell/datasetSource';
import { downloadBlob } from '../ui/download';
import { useFoldMenu } from '../ui/foldMenu';

/** Props of the spreadsheet menu. */
export interface SheetsMenuProps {
  /** The open dataset (for the download). */
  dataset: Dataset | null;
  /** Opens a dataset's JSON text; false when it did not open. */
  openText: (text: string, name: string, opts?: OpenTextOptions) => Promise<boolean>;
  /** Shows notices. */
  notify: (notices: Notice[]) => void;
}

/** Reads sheets and opens the dataset they make, or says by sheet, row and column what is wrong. */
export async function openSheets(files: SheetFile[], { openText, notify }: Pick<SheetsMenuProps, 'openText' | 'notify'>): Promise<boolean> {
  // The sheet reader (with the schema it checks against) loads when a desk first imports.
  const { formatSheetProblem, readSheets } = await import('../ingest/sheets');
  const result = readSheets(files);
  const warnings = result.warnings.map(formatSheetProblem);
  if (!result.ok) {
    const n = result.errors.length;
    notify([
      {
        id: 'sheets',
        level: 'error',
        message: `The spreadsheets could not be read (${n} error${n === 1 ? '' : 's'}). The open dataset was not changed.`,
        // Warnings are marked as such, as the command line marks them: only the errors stop the import.
        details: [...result.errors.map(formatSheetProblem), ...warnings.map((w) => `warning: ${w}`)],
      },
    ]);
    return false;
  }
  // Its warnings are said below by sheet, row and column, not again in the dataset file's terms.
  const ok = await openText(JSON.stringify(result.dataset), 'The spreadsheets', { warningsSaid: true, origin: SHEETS_ORIGIN });
  if (ok && warnings.length > 0)
    notify([
      {
        id: 'sheets',
        level: 'info',
        message: `Read ${files.length} sheets, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`,
        details: warnings,
      },
    ]);
  return ok;
}

/** Reads CSV files the reader picked or dropped. */
export async function filesToSheets(files: File[]): Promise<SheetFile[]> {
  return Promise.all(files.map(async (f) => decodeSheet(f.name, new Uint8Array(await f.arrayBuffer()))));
}

async function fetchSheets(addresses: string[]): Promise<SheetFile[]> {
  return Promise.all(
    addresses.map(async (address) => {
      const url = URL.canParse(address) ? new URL(address) : null;
      if (!url) throw new Error(`"${address}" is not an address`);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${address} is not an http(s) address`);
      const res = await fetch(url, { credentials: 'omit' }).catch(() => null);
      if (!res) throw new Error(`${address} could not be fetched (network, or the server does not let other sites read it)`);
      if (!res.ok) throw new Error(`${address} answered HTTP ${res.status}`);
      return decodeSheet(address, new Uint8Array(await res.arrayBuffer()));
    }),
  );
}

/** Downloads sheets as a zip holding the folder `folder`. */
async function downloadSheets(folder: string, sheets: ReadonlyArray<{ name: string; text: string }>): Promise<void> {
  const { zipSync } = await import('fflate');
  const enc = new TextEncoder();
  const zip = zipSync(Object.fromEntries(sheets.map((s) => [`${folder}/${s.name}`, enc.encode(s.text)])));
  downloadBlob(`${folder}.zip`, new Blob([zip as BlobPart], { type: 'application/zip' }));
}

/** The import dialog and the download button. */
export function SheetsMenu({ dataset, openText, notify }: SheetsMenuProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const foldMenu = useFoldMenu();
  // Where the keyboard goes when the dialog closes: the line of the menu it was opened from (the
  // button that opened it is folded away with the menu); outside a menu, the browser's own return.
  const back = useRef<HTMLElement | null>(null);
  const openDialog = () => {
    back.current = foldMenu();
    dialog.current?.showModal();
  };
  const [addresses, setAddresses] = useState('');
  const [busy, setBusy] = useState(false);
  // What went wrong, shown in the dialog itself (the page's notice sits behind it while it is open).
  const [problem, setProblem] = useState<Notice | null>(null);
  const notifyHere = (notices: Notice[]) => {
    notify(notices);
    setProblem(notices.find((n) => n.level === 'error') ?? null);
  };
  const run = async (load: () => Promise<SheetFile[]>) => {
    setBusy(true);
    setProblem(null);
    try {
      if (await openSheets(await load(), { openText, notify: notifyHere })) dialog.current?.close();
    } catch (e) {
      notifyHere([{ id: 'sheets', level: 'error', message: `The spreadsheets could not be read: ${(e as Error).message}.` }]);
    } finally {
      setBusy(false);
    }
  };
  const download = async () => {
    if (!dataset) return;
    const { datasetToSheets } = await import('../ingest/sheets');
    await downloadSheets(`${dataset.id}-sheets`, datasetToSheets(dataset));
  };
  // The blank sheets, with the guide to every column, to start a story from nothing.
  const template = async () => {
    const [{ blankSheets }, guide] = await Promise.all([import('../ingest/sheets'), import('../../docs/sheets/README.md?raw')]);
    await downloadSheets('tiebar-template', [...blankSheets(), { name: 'README.md', text: guide.default }]);
  };
  return (
    <>
      <button type="button" onClick={openDialog}>
        Import spreadsheets…
      </button>
      {dataset && (
        <button type="button" onClick={() => void download()} title="The open dataset as CSV sheets (a zip), to edit in any spreadsheet">
          Download spreadsheets
        </button>
      )}
      {/* On the page, not in the menu: a menu folded as the dialog opens would hide it with itself. */}
      {createPortal(
        <dialog
          ref={dialog}
          className="tb-embed-dialog"
          aria-labelledby={`${id}-h`}
          onClose={() => {
            back.current?.focus();
            back.current = null;
          }}
        >
          <h2 id={`${id}-h`}>Import spreadsheets</h2>
          <p>
            CSV sheets in the Tiebar template (dataset, sources, bills, provisions, events, links, stakeholders, positions): pick them, drop
            them on the page, or give the addresses of a Google Sheet&apos;s tabs published as CSV (File › Share › Publish to web).
          </p>
          <p>
            Starting a story from nothing? Download the blank sheets, with a guide to every column, fill them in any spreadsheet, and bring
            them back here.{' '}
            <button type="button" onClick={() => void template()}>
              Download the blank template (.zip)
            </button>
          </p>
          <label htmlFor={`${id}-files`}>CSV files</label>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept=".csv,text/csv"
            data-testid="sheets-input"
            disabled={busy}
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = '';
              if (files.length) void run(() => filesToSheets(files));
            }}
          />
          <label htmlFor={`${id}-urls`}>Published CSV addresses, one per line</label>
          <textarea id={`${id}-urls`} rows={4} value={addresses} onChange={(e) => setAddresses(e.target.value)} />
          <button
            type="button"
            disabled={busy || addresses.trim() === ''}
            onClick={() => void run(() => fetchSheets(addresses.split(/\s+/).filter(Boolean)))}
          >
            {busy ? 'Reading…' : 'Import from addresses'}
          </button>
          {problem && (
            <div role="alert" className="tb-dialog-problem" data-testid="sheets-problem">
              <p>{problem.message}</p>
              {problem.details && (
                <ul>
                  {problem.details.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <form method="dialog">
            <button type="submit">Close</button>
          </form>
        </dialog>,
        document.body,
      )}
    </>
  );
}
