import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SHEETS_ORIGIN, createDatasetSource } from '../../src/shell/datasetSource';
import type { KeyValue } from '../../src/shell/savedDatasets';
import { StorageTimeout, savedDatasets } from '../../src/shell/savedDatasets';

const FOUNDING = readFileSync('public/data/ca-2019-deadly-force.json', 'utf8');
const INDEX = readFileSync('public/data/index.json', 'utf8');
const MY_STORY = readFileSync('tests/e2e/fixtures/my-story.json', 'utf8');
const OTHER_STORY = JSON.stringify({ ...JSON.parse(MY_STORY), title: 'Another story with the same id' });

/** The static server: public/data, nothing else. */
const serve: typeof fetch = async (input) => {
  const url = String(input);
  const body = url === 'data/index.json' ? INDEX : url === 'data/ca-2019-deadly-force.json' ? FOUNDING : undefined;
  return body === undefined ? new Response('', { status: 404 }) : new Response(body, { headers: { 'content-type': 'application/json' } });
};

/** IndexedDB in a Map, recording which keys each call touches. */
function memoryKv(seed: Record<string, unknown> = {}) {
  const map = new Map<string, unknown>(Object.entries(seed));
  const reads: string[] = [];
  const kv: KeyValue = {
    get: async (key) => (reads.push(key), structuredClone(map.get(key))),
    set: async (key, value) => void map.set(key, structuredClone(value)),
    del: async (key) => void map.delete(key),
    entries: async () => (reads.push('*'), [...map.entries()].map(([k, v]) => [k, structuredClone(v)] as [string, unknown])),
  };
  return { kv, map, reads };
}

/** An IndexedDB that never answers. */
const stuck: KeyValue = {
  get: () => new Promise(() => {}),
  set: () => new Promise(() => {}),
  del: () => new Promise(() => {}),
  entries: () => new Promise(() => {}),
};

describe('the dataset source', () => {
  it('opens a built-in without asking storage, so a stuck IndexedDB cannot stop the first dataset', async () => {
    const source = createDatasetSource({ fetch: serve, storage: () => savedDatasets(stuck, 50) });
    const opened = await source.open('ca-2019-deadly-force');
    expect(opened).toMatchObject({ ok: true, ref: 'ca-2019-deadly-force', builtIn: true });
    await expect(source.listSaved()).rejects.toThrow(StorageTimeout);
    await expect(source.listSaved()).rejects.toThrow('the browser storage did not answer within 0.05 s');
    const kept = await source.open('my-story');
    expect(kept.ok).toBe(false);
    expect(kept.notices[0].message).toBe(
      '"my-story" is not a built-in dataset, and the datasets kept in this browser could not be read: the browser storage did not answer within 0.05 s.',
    );
  });

  it('keeps opened text, lists it from the index alone, and reads its text only when it is opened', async () => {
    const { kv, reads } = memoryKv();
    const source = createDatasetSource({ fetch: serve, storage: () => savedDatasets(kv) });
    const opened = await source.openText(MY_STORY, 'my-story.json');
    expect(opened).toMatchObject({ ok: true, ref: 'my-story', notices: [] });
    await source.keep('my-story', 'My story', MY_STORY);

    // A new page load: a new source over the same storage.
    reads.length = 0;
    const later = createDatasetSource({ fetch: serve, storage: () => savedDatasets(kv) });
    expect(await later.listSaved()).toEqual([{ id: 'my-story', title: 'My story', size: MY_STORY.length, savedAt: expect.any(String) }]);
    expect(reads).toEqual(['#index']);
    expect(await later.open('my-story')).toMatchObject({ ok: true, ref: 'my-story', builtIn: false });
    expect(reads).toEqual(['#index', 'my-story']);
    await later.forget('my-story');
    expect(await later.listSaved()).toEqual([]);
  });

  it('migrates a store from before the index: old entries are listed and still open', async () => {
    const old = { id: 'my-story', title: 'My story', text: MY_STORY, savedAt: '2026-01-01T00:00:00.000Z' };
    const { kv, map, reads } = memoryKv({ 'my-story': old });
    const source = createDatasetSource({ fetch: serve, storage: () => savedDatasets(kv) });
    expect(await source.listSaved()).toEqual([{ id: 'my-story', title: 'My story', size: MY_STORY.length, savedAt: old.savedAt }]);
    expect(map.get('#index')).toHaveLength(1);
    expect(await source.open('my-story')).toMatchObject({ ok: true, ref: 'my-story' });
    reads.length = 0;
    await createDatasetSource({ fetch: serve, storage: () => savedDatasets(kv) }).listSaved();
    expect(reads).toEqual(['#index']); // migrated once: no more full reads
  });

  it('a second file with the same id is kept beside the first, under a distinct id, and says so', async () => {
    const { kv } = memoryKv();
    const source = createDatasetSource({ fetch: serve, storage: () => savedDatasets(kv) });
    await source.keep('my-story', 'My story', MY_STORY);
    const again = await source.openText(MY_STORY, 'my-story.json');
    expect(again).toMatchObject({ ok: true, ref: 'my-story', notices: [] }); // the same file: the same entry
    const other = await source.openText(OTHER_STORY, 'other.json');
    expect(other).toMatchObject({ ok: true, ref: 'my-story-2' });
    expect(other.notices.map((n) => n.message)).toEqual([
      'A different dataset "my-story" is already kept in this browser; this one is kept beside it as "my-story-2".',
    ]);
    await source.keep('my-story-2', 'Another story', OTHER_STORY);
    expect((await source.listSaved()).map((e) => e.id)).toEqual(['my-story', 'my-story-2']);
    expect(await source.open('my-story')).toMatchObject({ ok: true, dataset: { title: 'My story: HB 1 hangs on HB 2' } });
  });

  it("a draft opened again is a new version of what it kept: same id, replaced, said so; another draft's is kept beside it", async () => {
    const { kv } = memoryKv();
    const source = createDatasetSource({ fetch: serve, storage: () => savedDatasets(kv) });
    await source.keep('my-story', 'My story', MY_STORY, 'draft-1');
    const fixed = await source.openText(OTHER_STORY, 'My story', 'draft-1');
    expect(fixed).toMatchObject({ ok: true, ref: 'my-story' });
    expect(fixed.notices.map((n) => n.message)).toEqual(['"my-story" kept in this browser is now this version of the draft.']);
    await source.keep('my-story', 'Another story', OTHER_STORY, 'draft-1');
    expect(await source.listSaved()).toEqual([expect.objectContaining({ id: 'my-story', origin: 'draft-1', size: OTHER_STORY.length })]);
    expect(await source.open('my-story')).toMatchObject({ ok: true, dataset: { title: 'Another story with the same id' } });
    // Another draft (or a file) with that id is another dataset.
    expect(await source.openText(MY_STORY, 'My story', 'draft-2')).toMatchObject({ ok: true, ref: 'my-story-2' });
    expect(await source.openText(MY_STORY, 'my-story.json')).toMatchObject({ ok: true, ref: 'my-story-2' });
  });

  it('spreadsheets imported again replace their earlier import (a correction), and say so; a file with that id is kept beside it', async () => {
    const { kv } = memoryKv();
    const source = createDatasetSource({ fetch: serve, storage: () => savedDatasets(kv) });
    await source.keep('my-story', 'My story', MY_STORY, SHEETS_ORIGIN);
    const fixed = await source.openText(OTHER_STORY, 'The spreadsheets', SHEETS_ORIGIN);
    expect(fixed).toMatchObject({ ok: true, ref: 'my-story' });
    expect(fixed.notices.map((n) => n.message)).toEqual(['"my-story" kept in this browser is now this version of the spreadsheets.']);
    await source.keep('my-story', 'Another story', OTHER_STORY, SHEETS_ORIGIN);
    expect(await source.openText(MY_STORY, 'my-story.json')).toMatchObject({ ok: true, ref: 'my-story-2' });
  });

  it('a copy kept beside the dataset it copies stays at that address when opened again (a correction), and says so', async () => {
    const { kv } = memoryKv();
    const source = createDatasetSource({ fetch: serve, storage: () => savedDatasets(kv) });
    await source.keep('my-story', 'My story', MY_STORY, 'draft-1');
    // "Edit a copy": another draft with the same id, kept beside it.
    expect(await source.openText(OTHER_STORY, 'My story', 'draft-2')).toMatchObject({ ok: true, ref: 'my-story-2' });
    await source.keep('my-story-2', 'Another story', OTHER_STORY, 'draft-2');
    const corrected = JSON.stringify({ ...JSON.parse(OTHER_STORY), title: 'Another story, corrected' });
    const again = await source.openText(corrected, 'My story', 'draft-2');
    expect(again).toMatchObject({ ok: true, ref: 'my-story-2' });
    expect(again.notices.map((n) => n.message)).toEqual(['"my-story-2" kept in this browser is now this version of the draft.']);
    // A third draft still gets a place of its own.
    expect(await source.openText(corrected, 'My story', 'draft-3')).toMatchObject({ ok: true, ref: 'my-story-3' });
  });

  it('text that clashes with a built-in id is kept as <id>-local', async () => {
    const source = createDatasetSource({ fetch: serve, storage: () => savedDatasets(memoryKv().kv) });
    expect(await source.openText(FOUNDING, 'mine.json')).toMatchObject({ ok: true, ref: 'ca-2019-deadly-force-local' });
  });

  it('invalid text opens nothing and names its errors', async () => {
    const source = createDatasetSource({ fetch: serve, storage: () => savedDatasets(memoryKv().kv) });
    const opened = await source.openText('{"schemaVersion": 1}', 'bad.json');
    expect(opened.ok).toBe(false);
    expect(opened.notices[0]).toMatchObject({ id: 'file-bad.json', level: 'error' });
    expect(opened.notices[0].message).toMatch(
      /^bad\.json is not a valid Tiebar dataset \(\d+ errors?\)\. The open dataset was not changed\.$/,
    );
  });
});
