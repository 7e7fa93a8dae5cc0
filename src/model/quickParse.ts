/**
 * Reading a dataset without the schema library: the size guard, the JSON, and the common case (the
 * hand-written check passes and only the references remain). The page loads only this to open a
 * dataset; zod (parse.ts) loads when a document fails the quick check and its problems must be named.
 */
import type { Dataset } from './schema';
import type { Problem } from './problems';
import { checkReferences } from './references';
import { MAX_FILE_BYTES, fileTooLarge } from './limits';
import { stripBom } from './text';
import { passesSchemaFast } from './fastCheck';

/**
 * The result of reading a dataset: the dataset, or the errors that stopped it. `errors` lists the
 * first 200; `errorCount` says how many there are in all.
 */
export type ParseResult =
  | { ok: true; dataset: Dataset; warnings: Problem[]; warningCount?: number }
  | { ok: false; errors: Problem[]; warnings: Problem[]; errorCount: number; warningCount?: number };

/** One error at `path`. */
export function fail(path: string, message: string): ParseResult {
  return { ok: false, errors: [{ path, message }], warnings: [], errorCount: 1 };
}

/** Dataset text's JSON (a UTF-8 BOM is ignored), or why it is not a dataset's. Never throws. */
export function readDatasetJson(text: string): { ok: true; raw: unknown } | ParseResult {
  if (text.length > MAX_FILE_BYTES) return fail('', fileTooLarge(text.length));
  try {
    return { ok: true, raw: JSON.parse(stripBom(text)) };
  } catch (e) {
    // A server that answers a missing file with its home page sends HTML: say so, not "Unexpected token '<'".
    if (/^\s*<(!doctype|html|head|body|\?xml)/i.test(text.slice(0, 200)))
      return fail('', "is a web page, not a dataset (is the address right? a missing file is often answered with the site's home page)");
    return fail('', `not valid JSON: ${(e as Error).message.slice(0, 200)}`);
  }
}

/**
 * Validates parsed JSON when the quick check can: the result, or null when the document is not a
 * plain valid dataset and the full check (validateDataset) must say what is wrong. Never throws.
 */
export function validateQuickly(raw: unknown): ParseResult | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('', 'a dataset must be a JSON object ({ "schemaVersion": 1, ... })');
  }
  if (!passesSchemaFast(raw)) return null;
  const refs = checkReferences(raw);
  const warningCount = refs.warningCount;
  if (refs.errorCount === 0) return { ok: true, dataset: raw as Dataset, warnings: refs.warnings, warningCount };
  return { ok: false, errors: refs.errors, warnings: refs.warnings, errorCount: refs.errorCount, warningCount };
}
