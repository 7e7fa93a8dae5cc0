/** Loading datasets in the browser (shared by the app and the embed): built-ins by id, and URLs. */
import type { Dataset } from '../model/schema';
import type { Problem } from '../model/problems';
import { SCHEMA_VERSION } from '../model/version';
import { formatProblem } from '../model/problems';
import type { DatasetEntry } from './datasetIndex';
import { fetchIndex } from './datasetIndex';
import { DATASET_FETCH, fetchOrTake } from './earlyFetch';
import { readLimitedText } from '../model/readLimited';
import { countWords } from '../model/findings';
import { datasetAddress, isDatasetUrl } from './urlState';
import { FRAGMENT_REF, decodeFragmentData, fragmentData } from './fragment';
import { parseOffThread } from './parseOffThread';

/** A loaded dataset, or why it could not be loaded. */
export type LoadResult = { ok: true; dataset: Dataset; warnings: Problem[] } | { ok: false; message: string; details: string[] };

/**
 * A built-in dataset ships with Tiebar and passes validation in its test suite, so the embed may
 * take it as is when it has the expected top-level shape; anything else goes through the full
 * validator, which is only downloaded then (it is the largest part of the model layer).
 */
function trustedBuiltIn(text: string): Dataset | null {
  try {
    const doc = JSON.parse(text) as Partial<Dataset>;
    const ok = doc?.schemaVersion === SCHEMA_VERSION && Array.isArray(doc.bills) && doc.bills.length > 0 && typeof doc.sources === 'object';
    return ok ? (doc as Dataset) : null;
  } catch {
    return null;
  }
}

/** Options for loading. */
export interface LoadOptions {
  /**
   * Skip full validation of well-formed built-ins (the embed, for a lighter first load). Only ids
   * the dataset index lists count as built-ins (it is read alongside the dataset when not given);
   * any other file under data/ is validated like a URL.
   */
  trustBuiltIns?: boolean;
  /** The fetch to use (the browser's unless a test injects one). */
  fetch?: typeof fetch;
}

/**
 * Loads a built-in dataset by id, or any dataset by URL, and validates it. Without an index (the
 * embed, saving a round trip) a built-in id is fetched directly and a 404 means "no such dataset".
 */
export async function loadDatasetRef(ref: string, index: DatasetEntry[] | null, options: LoadOptions = {}): Promise<LoadResult> {
  if (ref === FRAGMENT_REF) return loadFragmentDataset(globalThis.location?.hash ?? '');
  const isUrl = isDatasetUrl(ref);
  if (!isUrl && index && !index.some((e) => e.id === ref)) {
    return { ok: false, message: `There is no built-in dataset "${ref}" (built-ins: ${index.map((e) => e.id).join(', ')}).`, details: [] };
  }
  const url = datasetAddress(ref);
  const listed: Promise<DatasetEntry[] | null> =
    index || isUrl || !options.trustBuiltIns ? Promise.resolve(index) : fetchIndex(options.fetch).catch(() => null);
  let res: Response;
  try {
    // The embed may have asked for it already, while its code loaded (src/app/main.tsx).
    const response = fetchOrTake(url, DATASET_FETCH, options.fetch);
    res = await response;
  } catch {
    return {
      ok: false,
      message: `Could not fetch ${ref}: the network failed or the server does not allow other sites to read it (CORS). Check the address, or download the file and open it instead.`,
      details: [],
    };
  }
  if (!res.ok && !isUrl && res.status === 404) return { ok: false, message: `There is no built-in dataset "${ref}".`, details: [] };
  if (!res.ok) return { ok: false, message: `Could not fetch ${ref}: the server answered HTTP ${res.status}.`, details: [] };
  if (!isUrl && /^text\/html/.test(res.headers.get('content-type') ?? ''))
    return { ok: false, message: `There is no built-in dataset "${ref}" (the server answered with a web page).`, details: [] };
  const read = await readLimitedText(res, ref);
  if (!read.ok) return { ok: false, message: read.message, details: [] };
  const text = read.text;
  const checked = options.trustBuiltIns && !isUrl && (await listed)?.some((e) => e.id === ref);
  const trusted = checked ? trustedBuiltIn(text) : null;
  if (trusted) return { ok: true, dataset: trusted, warnings: [] };
  const result = await parseOffThread(text);
  if (!result.ok) {
    const name = isUrl ? (new URL(ref).pathname.split('/').pop() ?? ref) : ref;
    return {
      ok: false,
      message: `${name} is not a valid Tiebar dataset (${countWords(result.errorCount, result.errors.length)}).`,
      details: result.errors.map(formatProblem),
    };
  }
  return result;
}

/** Reads the dataset carried in a URL fragment (`#data=...`) and validates it like any other. */
export async function loadFragmentDataset(hash: string): Promise<LoadResult> {
  const value = fragmentData(hash);
  const decoded = value === null ? { ok: false as const, message: 'it has no "#data=" part' } : await decodeFragmentData(value);
  if (!decoded.ok) return { ok: false, message: `The dataset in this link could not be read: ${decoded.message}.`, details: [] };
  const result = await parseOffThread(decoded.text);
  if (!result.ok)
    return {
      ok: false,
      message: `The dataset in this link is not a valid Tiebar dataset (${countWords(result.errorCount, result.errors.length)}).`,
      details: result.errors.map(formatProblem),
    };
  return result;
}

/** What opening a dataset with a fallback gave: the ref actually open, its result, and why the first choice failed. */
export interface FallbackResult {
  /** The ref of the dataset that opened (the fallback's when the first choice failed), or null when none did. */
  ref: string | null;
  /** The last load's result. */
  result: LoadResult;
  /** Why the requested ref failed, when the fallback was taken. */
  failed?: { message: string; details: string[] };
}

/** Loads `ref`, and the fallback when it fails; reports the ref that opened, never the one that failed. */
export async function loadWithFallback(ref: string, fallback: string, load: (ref: string) => Promise<LoadResult>): Promise<FallbackResult> {
  const first = await load(ref);
  if (first.ok) return { ref, result: first };
  if (ref === fallback) return { ref: null, result: first };
  const second = await load(fallback);
  return { ref: second.ok ? fallback : null, result: second, failed: { message: first.message, details: first.details } };
}
