/** The built-in dataset index (public/data/index.json) and the default dataset: shared by the app and the embed. */
import { fetchOrTake } from './earlyFetch';

/** Built-in dataset opened when the URL names none. */
export const DEFAULT_DATASET = 'ca-2019-deadly-force';

/**
 * A published bundle's own dataset, from its index (which lists that one alone, not the default):
 * what its address opens when it names none, or names one that is not there. Null for Tiebar's
 * own index.
 */
export function bundleDataset(entries: readonly DatasetEntry[]): string | null {
  return entries.length > 0 && !entries.some((d) => d.id === DEFAULT_DATASET) ? entries[0]!.id : null;
}

/** Where the built-in datasets live, relative to the page (so any sub-path works). */
export const DATA_BASE = 'data/';

/** A dataset that can be opened: a built-in or one kept in this browser. */
export interface DatasetEntry {
  /** Dataset id (the URL's `dataset` value). */
  id: string;
  /** Title shown. */
  title: string;
}

/** Reads public/data/index.json (with `fetchImpl`, the browser's fetch unless a test injects one). */
export async function fetchIndex(fetchImpl?: typeof fetch): Promise<DatasetEntry[]> {
  // The embed may have asked for it already, while its code loaded (src/app/main.tsx).
  const res = await fetchOrTake(`${DATA_BASE}index.json`, undefined, fetchImpl);
  if (!res.ok) throw new Error(`the dataset list could not be read (HTTP ${res.status})`);
  const body = (await res.json()) as { datasets?: Array<{ id?: unknown; title?: unknown }> };
  return (body.datasets ?? [])
    .filter((d): d is { id: string; title: string } => typeof d.id === 'string' && typeof d.title === 'string')
    .map((d) => ({ id: d.id, title: d.title }));
}
