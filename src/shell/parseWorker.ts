/// <reference lib="webworker" />
/** Parses and validates dataset text off the main thread (see parseOffThread). */
import { parseDatasetText } from '../model/parse';
import type { ParseResult } from '../model/parse';
import { splitJson } from './jsonChunks';
import type { JsonChunks } from './jsonChunks';

/**
 * What the worker answers: a valid dataset travels as JSON text (strings, which the page parses
 * faster than a cloned object graph), its long lists in chunks the page parses a few at a time.
 */
export type ParseWorkerAnswer =
  (Omit<Extract<ParseResult, { ok: true }>, 'dataset'> & { chunks: JsonChunks }) | Extract<ParseResult, { ok: false }>;

self.onmessage = (e: MessageEvent<string>) => {
  const result = parseDatasetText(e.data);
  const answer: ParseWorkerAnswer = result.ok ? { ok: true, warnings: result.warnings, chunks: splitJson(result.dataset) } : result;
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(answer);
};
