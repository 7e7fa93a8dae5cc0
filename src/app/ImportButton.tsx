/** "Import bills…": Open States bill JSON (and text) or LegiScan CSV/JSON files, imported in a Web Worker with a progress bar. */
import { useRef, useState } from 'react';
import type { ImportWorkerMessage } from './importWorker';
import type { ImportReport } from '../ingest/openstates';

/** Props of the import button. */
export interface ImportButtonProps {
  /** Opens the imported dataset's text; the report comes along for the notice. */
  onImported: (text: string, report: ImportReport) => void;
  /** Reports a failure. */
  onError: (message: string) => void;
}

/** A file picker (several files) and, while importing, a progress bar. */
export function ImportButton({ onImported, onError }: ImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const start = async (list: FileList) => {
    const files = await Promise.all(Array.from(list).map(async (f) => ({ name: f.name, text: await f.text() })));
    setProgress({ done: 0, total: files.length });
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ImportWorkerMessage>) => {
      const m = e.data;
      if (m.type === 'progress') return setProgress({ done: m.done, total: m.total });
      worker.terminate();
      setProgress(null);
      if (m.type === 'done') onImported(m.text, m.report);
      else onError(m.message);
    };
    worker.onerror = (e) => {
      worker.terminate();
      setProgress(null);
      onError(e.message || 'the import failed');
    };
    worker.postMessage({ files });
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
        <label className="tb-import-progress">
          Importing {progress.done.toLocaleString()} of {progress.total.toLocaleString()}
          <progress value={progress.done} max={Math.max(1, progress.total)} />
        </label>
      )}
    </>
  );
}
