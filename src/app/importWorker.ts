/// <reference lib="webworker" />
/** Runs the Open States importer off the main thread, posting progress as it goes (the page may terminate it to cancel). */
import { importOpenStates } from '../ingest/openstates';
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
    const { dataset, report } = importOpenStates(e.data.files, {
      onProgress: (done, total) => {
        const now = performance.now();
        if (now - last > 50 || done === total) {
          last = now;
          post({ type: 'progress', done, total });
        }
      },
    });
    if (report.fatal) {
      const details = report.problems.map((p) => `${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
      post({ type: 'error', message: report.fatal, details });
      return;
    }
    post({ type: 'done', text: JSON.stringify(dataset), report });
  } catch (err) {
    post({ type: 'error', message: (err as Error).message });
  }
};
