/** Loading datasets in the browser: the built-in index, built-ins by id, and https URLs. */
import type { Dataset, Problem } from '../model';
import { formatProblem, parseDatasetText } from '../model';
import type { DatasetEntry } from '../ui/DatasetPicker';
import { isDatasetUrl } from '../embed/urlState';

/** A loaded dataset, or why it could not be loaded. */
export type LoadResult = { ok: true; dataset: Dataset; warnings: Problem[] } | { ok: false; message: string; details: string[] };

/** Where the built-in datasets live, relative to the page (so any sub-path works). */
export const DATA_BASE = 'data/';

/** Reads public/data/index.json. */
export async function fetchIndex(): Promise<DatasetEntry[]> {
  const res = await fetch(`${DATA_BASE}index.json`);
  if (!res.ok) throw new Error(`the dataset list could not be read (HTTP ${res.status})`);
  const body = (await res.json()) as { datasets?: Array<{ id?: unknown; title?: unknown }> };
  return (body.datasets ?? [])
    .filter((d): d is { id: string; title: string } => typeof d.id === 'string' && typeof d.title === 'string')
    .map((d) => ({ id: d.id, title: d.title }));
}

/** Loads a built-in dataset by id, or any dataset by https URL, and validates it. */
export async function loadDatasetRef(ref: string, index: DatasetEntry[]): Promise<LoadResult> {
  const isUrl = isDatasetUrl(ref);
  if (!isUrl && !index.some((e) => e.id === ref)) {
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
  if (!res.ok) return { ok: false, message: `Could not fetch ${ref}: the server answered HTTP ${res.status}.`, details: [] };
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > 50 * 1024 * 1024)
    return { ok: false, message: `${ref} is ${(length / 1048576).toFixed(0)} MB; Tiebar reads datasets of at most 50 MB.`, details: [] };
  const result = parseDatasetText(await res.text());
  if (!result.ok) {
    return {
      ok: false,
      message: `${ref} is not a valid Tiebar dataset (${result.errors.length} error${result.errors.length === 1 ? '' : 's'}).`,
      details: result.errors.map(formatProblem),
    };
  }
  return result;
}
