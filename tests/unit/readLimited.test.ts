import { describe, expect, it } from 'vitest';
import { readLimitedText } from '../../src/model/readLimited';

/** A response with no Content-Length whose body never ends, counting the chunks it was asked for. */
function endless(chunk = 64 * 1024) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled++;
      controller.enqueue(new Uint8Array(chunk).fill(32));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { res: new Response(body), state };
}

describe('readLimitedText', () => {
  it('stops a response without Content-Length at the limit, and cancels it', async () => {
    const { res, state } = endless();
    expect(res.headers.get('content-length')).toBeNull();
    const r = await readLimitedText(res, 'big.json', 1024 * 1024);
    expect(r).toEqual({ ok: false, message: 'big.json is over 1 MB (it was still arriving); Tiebar reads datasets of at most 1 MB.' });
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThanOrEqual(1024 / 64 + 2);
  });

  it('refuses a declared length over the limit without reading', async () => {
    const { res, state } = endless();
    const declared = new Response(res.body, { headers: { 'content-length': String(60 * 1048576) } });
    const r = await readLimitedText(declared, 'x.json');
    expect(r).toEqual({ ok: false, message: 'x.json is 60.0 MB; Tiebar reads datasets of at most 50 MB.' });
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it('reads text under the limit, multi-byte characters split across chunks included', async () => {
    const bytes = new TextEncoder().encode('{"title":"Küche – 法"}');
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (const b of bytes) c.enqueue(new Uint8Array([b]));
        c.close();
      },
    });
    expect(await readLimitedText(new Response(body), 'a.json', 1000)).toEqual({ ok: true, text: '{"title":"Küche – 法"}' });
  });
});

describe('loadDatasetRef', () => {
  it('stops a URL dataset without Content-Length at 50 MB instead of reading it all', async () => {
    const { vi } = await import('vitest');
    const { loadDatasetRef } = await import('../../src/shell/loadDataset');
    const { res, state } = endless(1024 * 1024);
    vi.stubGlobal('fetch', async () => res);
    try {
      const r = await loadDatasetRef('https://example.org/endless.json', null);
      expect(r).toMatchObject({
        ok: false,
        message: 'https://example.org/endless.json is over 50 MB (it was still arriving); Tiebar reads datasets of at most 50 MB.',
      });
      expect(state.cancelled).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
