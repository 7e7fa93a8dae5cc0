/// <reference lib="webworker" />
/** Runs the Open States or LegiScan importer off the main thread, posting progress as it goes (the page may terminate it to cancel). */
import { importOpenStates } from '../ingest/openstates';
import { asImportNotice, importLegiScan, looksLikeLegiScan } from '../ingest/legiscan';
import type { ImportFile } from '../ingest/openstates';

/** Messages this worker posts. */
export type ImportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; text: string; report: ReturnType<typeof importOpenStates>['report'] }
  | { type: 'error'; message: string; details?: string[] };

const post = (m: ImportWorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<{ files: ImportFile[] }>) => {
  try {
    let last = 0;
    const run = looksLikeLegiScan(e.data.files)
      ? (o: Parameters<typeof importLegiScan>[1]) => {
          const r = importLegiScan(e.data.files, o);
          return { dataset: r.dataset, report: asImportNotice(r.report) };
        }
      : (o: Parameters<typeof importOpenStates>[1]) => importOpenStates(e.data.files, o);
    const { dataset, report } = run({
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - last > 50 || done === total) {
          last = now;
          post({ type: 'progress', done, total });
        }
      },
    });
    if ('fatal' in report && report.fatal) {
      const details = report.problems.map((p) => `${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
      post({ type: 'error', message: report.fatal, details });
      return;
    }
    post({ type: 'done', text: JSON.stringify(dataset), report });
  } catch (err) {
    post({ type: 'error', message: (err as Error).message });
  }
};
