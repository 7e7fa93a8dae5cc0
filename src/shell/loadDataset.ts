/** Loading datasets in the browser (shared by the app and the embed): built-ins by id, and URLs. */
import type { Dataset } from '../model/schema';
import type { Problem } from '../model/problems';
import { SCHEMA_VERSION } from '../model/version';
import { formatProblem } from '../model/problems';
import type { DatasetEntry } from './datasetIndex';
import { DATA_BASE } from './datasetIndex';
import { readLimitedText } from '../model/readLimited';
import { countWords } from '../model/findings';
import { isDatasetUrl } from './urlState';
import { FRAGMENT_REF, decodeFragmentData, fragmentData } from './fragment';

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
  /** Skip full validation of well-formed built-ins (the embed, for a lighter first load). */
  trustBuiltIns?: boolean;
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
  const url = isUrl ? ref : `${DATA_BASE}${ref}.json`;
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'omit', mode: 'cors' });
  } catch {
    return {
      ok: false,
      message: `Could not fetch ${ref}: the network failed or the server does not allow other sites to read it (CORS). Check the address, or download the file and open it instead.`,
      details: [],
    };
  }
  if (!res.ok && !isUrl && res.status === 404) return { ok: false, message: `There is no built-in dataset "${ref}".`, details: [] };
  if (!res.ok) return { ok: false, message: `Could not fetch ${ref}: the server answered HTTP ${res.status}.`, details: [] };
  const read = await readLimitedText(res, ref);
  if (!read.ok) return { ok: false, message: read.message, details: [] };
  const text = read.text;
  const trusted = options.trustBuiltIns && !isUrl ? trustedBuiltIn(text) : null;
  if (trusted) return { ok: true, dataset: trusted, warnings: [] };
  const { parseDatasetText } = await import('../model/parse');
  const result = parseDatasetText(text);
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
  const { parseDatasetText } = await import('../model/parse');
  const result = parseDatasetText(decoded.text);
  if (!result.ok)
    return {
      ok: false,
      message: `The dataset in this link is not a valid Tiebar dataset (${result.errors.length} error${result.errors.length === 1 ? '' : 's'}).`,
      details: result.errors.map(formatProblem),
    };
  return result;
}
