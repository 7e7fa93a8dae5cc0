/// <reference lib="webworker" />
/** Parses and validates dataset text off the main thread (see parseOffThread). */
import { parseDatasetText } from '../model/parse';
import type { ParseResult } from '../model/parse';

/** What the worker answers: a valid dataset travels as JSON text (one string, which the page parses faster than a cloned object graph). */
export type ParseWorkerAnswer =
  (Omit<Extract<ParseResult, { ok: true }>, 'dataset'> & { json: string }) | Extract<ParseResult, { ok: false }>;

self.onmessage = (e: MessageEvent<string>) => {
  const result = parseDatasetText(e.data);
  const answer: ParseWorkerAnswer = result.ok ? { ok: true, warnings: result.warnings, json: JSON.stringify(result.dataset) } : result;
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(answer);
};
