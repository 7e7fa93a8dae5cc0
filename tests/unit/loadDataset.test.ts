import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../../src/shell/loadDataset';
import { loadDatasetRef, loadWithFallback } from '../../src/shell/loadDataset';
import { DATASET_FETCH, fetchEarly } from '../../src/shell/earlyFetch';
import { datasetAddress } from '../../src/shell/urlState';
import { foundingDataset } from '../fixtures/datasets';

const ok: LoadResult = { ok: true, dataset: foundingDataset(), warnings: [] };
const broken: LoadResult = { ok: false, message: 'There is no built-in dataset "gone".', details: ['x'] };

describe('loadWithFallback', () => {
  it('reports the dataset that opened, not the one that failed', async () => {
    const asked: string[] = [];
    const opened = await loadWithFallback('gone', 'ca-2019-deadly-force', async (ref) => (asked.push(ref), ref === 'gone' ? broken : ok));
    expect(asked).toEqual(['gone', 'ca-2019-deadly-force']);
    expect(opened.ref).toBe('ca-2019-deadly-force');
    expect(opened.failed).toEqual({ message: broken.message, details: ['x'] });
  });

  it('keeps the requested ref when it opens, and gives none when even the fallback fails', async () => {
    expect((await loadWithFallback('mine', 'ca', async () => ok)).ref).toBe('mine');
    const none = await loadWithFallback('gone', 'ca', async () => broken);
    expect(none.ref).toBeNull();
    expect(none.result.ok).toBe(false);
  });
});

/** A well-shaped file whose link is broken (`to` is not a list): it passes a shape check, not validation. */
function wellShapedButBroken(id: string): string {
  const ds = foundingDataset();
  return JSON.stringify({ ...ds, id, links: [{ ...ds.links![0], to: 'ab392' }] });
}

/** Serves `files` (path -> body) to fetch, as the static server would. */
function serve(files: Record<string, string>): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const body = files[url];
    return body === undefined
      ? new Response('not found', { status: 404 })
      : new Response(body, { headers: { 'content-type': 'application/json' } });
  });
  return asked;
}

describe('loadDatasetRef in the embed (trustBuiltIns)', () => {
  afterEach(() => vi.unstubAllGlobals());
  const index = JSON.stringify({ datasets: [{ id: 'listed', title: 'Listed' }] });

  it('validates a file under data/ that the index does not list, and names its errors', async () => {
    const asked = serve({ 'data/index.json': index, 'data/rogue.json': wellShapedButBroken('rogue') });
    const result = await loadDatasetRef('rogue', null, { trustBuiltIns: true });
    expect(asked.sort()).toEqual(['data/index.json', 'data/rogue.json']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('rogue is not a valid Tiebar dataset (1 error).');
    expect(result.details[0]).toMatch(/^links\[0\]\.to/);
  });

  it('takes a listed (checked) built-in as is', async () => {
    serve({ 'data/index.json': index, 'data/listed.json': wellShapedButBroken('listed') });
    expect((await loadDatasetRef('listed', null, { trustBuiltIns: true })).ok).toBe(true);
  });

  it('validates everything when the index cannot be read', async () => {
    serve({ 'data/listed.json': wellShapedButBroken('listed') });
    expect((await loadDatasetRef('listed', null, { trustBuiltIns: true })).ok).toBe(false);
  });

  it('says there is no such dataset when the server answers a web page (a single-page fallback)', async () => {
    vi.stubGlobal('fetch', async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const result = await loadDatasetRef('nope', null, { trustBuiltIns: true });
    expect(result).toMatchObject({ ok: false, message: 'There is no built-in dataset "nope" (the server answered with a web page).' });
  });
});

describe('fetches started while the page loads its code', () => {
  afterEach(() => vi.unstubAllGlobals());
  const index = JSON.stringify({ datasets: [{ id: 'listed', title: 'Listed' }] });

  it('are what the loader reads: the dataset and the index are each asked for once', async () => {
    const asked = serve({ 'data/index.json': index, 'data/listed.json': JSON.stringify({ ...foundingDataset(), id: 'listed' }) });
    fetchEarly(datasetAddress('listed'), DATASET_FETCH);
    fetchEarly('data/index.json');
    expect(asked.sort()).toEqual(['data/index.json', 'data/listed.json']);
    const result = await loadDatasetRef('listed', null, { trustBuiltIns: true });
    expect(result.ok && result.dataset.id).toBe('listed');
    expect(asked).toHaveLength(2);
    // Taken once: a later load asks again.
    await loadDatasetRef('listed', null, { trustBuiltIns: true });
    expect(asked).toHaveLength(4);
  });

  it('report a failure the way a late fetch would', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    fetchEarly(datasetAddress('https://example.org/story.json'), DATASET_FETCH);
    const result = await loadDatasetRef('https://example.org/story.json', null);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Could not fetch https:\/\/example\.org\/story\.json: the network failed/),
    });
  });
});
