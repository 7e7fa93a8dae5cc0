/** "Import bills…": Open States bill JSON (and text) or LegiScan CSV/JSON files, imported in a Web Worker with a progress bar and a Cancel button. */
import { useEffect, useRef, useState } from 'react';
import type { ImportWorkerMessage } from './importWorker';
import type { ImportReport } from '../ingest/openstates';
import { groupDigits } from '../model/numbers';

/** Props of the import button. */
export interface ImportButtonProps {
  /** Opens the imported dataset's text; the report comes along for the notice. */
  onImported: (text: string, report: ImportReport) => void;
  /** Reports a failure, with the problems behind it when there are any. */
  onError: (message: string, details?: string[]) => void;
  /** Makes the worker (tests inject a fake). */
  createWorker?: () => Worker;
}

const newWorker = () => new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });

/** A file picker (several files) and, while importing, a progress bar and a Cancel button that stops the worker at once. */
export function ImportButton({ onImported, onError, createWorker = newWorker }: ImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const worker = useRef<Worker | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
    setProgress(null);
  };
  useEffect(() => () => worker.current?.terminate(), []);
  const start = async (list: FileList) => {
    const files = await Promise.all(Array.from(list).map(async (f) => ({ name: f.name, text: await f.text() })));
    setProgress({ done: 0, total: files.length });
    const w = createWorker();
    worker.current = w;
    w.onmessage = (e: MessageEvent<ImportWorkerMessage>) => {
      if (worker.current !== w) return;
      const m = e.data;
      if (m.type === 'progress') return setProgress({ done: m.done, total: m.total });
      stop();
      if (m.type === 'done') onImported(m.text, m.report);
      else onError(m.message, m.details);
    };
    w.onerror = (e) => {
      if (worker.current !== w) return;
      stop();
      onError(e.message || 'the import failed');
    };
    w.postMessage({ files });
  };
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".json,.txt,.html,.htm,.csv,application/json,text/plain,text/html,text/csv"
        data-testid="import-input"
        onChange={(e) => {
          if (e.target.files?.length) void start(e.target.files);
          e.target.value = '';
        }}
      />
      <button
        type="button"
        onClick={() => input.current?.click()}
        disabled={progress !== null}
        title="Bill JSON in the Open States format (with bill text files named after their bills: AB392.txt), or LegiScan's CSV files (bills.csv, history.csv, sponsors.csv, people.csv) or JSON bills"
      >
        Import bills…
      </button>
      {progress && (
        <>
          <label className="tb-import-progress">
            Importing {groupDigits(progress.done)} of {groupDigits(progress.total)}
            <progress value={progress.done} max={Math.max(1, progress.total)} />
          </label>
          <button type="button" onClick={stop}>
            Cancel import
          </button>
        </>
      )}
    </>
  );
}
