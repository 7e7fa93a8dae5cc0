/** Parsing and validating a large dataset in a Web Worker, so the page keeps responding while it is checked. */
import type { Dataset } from '../model/schema';
import type { ParseResult } from '../model/quickParse';
import { readDatasetJson, validateQuickly } from '../model/quickParse';
import type { ParseWorkerAnswer } from './parseWorker';
import { joinJson } from './jsonChunks';

/** Texts at least this long (characters) are checked in a worker; smaller ones are quicker checked in place. */
export const OFF_THREAD_CHARS = 1024 * 1024;

/**
 * Parses and validates dataset text: in a worker for large texts where the browser has workers,
 * in place otherwise (and when the worker cannot start, e.g. under a CSP that forbids it).
 */
export async function parseOffThread(text: string): Promise<ParseResult> {
  if (text.length >= OFF_THREAD_CHARS && typeof Worker !== 'undefined') {
    try {
      return await inWorker(text);
    } catch {
      // fall through: checked in place
    }
  }
  const read = readDatasetJson(text);
  if (!('raw' in read)) return read;
  // A plain valid dataset needs no schema library; a faulty one loads it (once) to name its problems.
  const quick = validateQuickly(read.raw);
  if (quick) return quick;
  const { validateDataset } = await import('../model/parse');
  return validateDataset(read.raw);
}

function inWorker(text: string): Promise<ParseResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ParseWorkerAnswer>) => {
      worker.terminate();
      const a = e.data;
      if (!a.ok) return resolve(a);
      joinJson<Dataset>(a.chunks).then((dataset) => resolve({ ok: true, warnings: a.warnings, dataset }), reject);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the validation worker failed'));
    };
    worker.postMessage(text);
  });
}
