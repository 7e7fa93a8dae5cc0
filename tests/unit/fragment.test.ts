import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { FRAGMENT_REF, MAX_LINK_CHARS, decodeFragmentData, encodeFragmentData, fragmentData } from '../../src/shell/fragment';
import { loadFragmentDataset } from '../../src/shell/loadDataset';
import { buildPublishBundle, bundleEmbedUrl, folderAddress, fragmentLink, isHostedRef } from '../../src/shell/publish';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serializeUrlState } from '../../src/shell/urlState';

const foundingText = readFileSync('public/data/ca-2019-deadly-force.json', 'utf8');
const founding = JSON.parse(foundingText);
const b64url = (b: Buffer) => b.toString('base64url');

describe('the #data= fragment', () => {
  it('round-trips a dataset through deflate-raw and base64url, and the founding story fits in a link', async () => {
    const value = await encodeFragmentData(JSON.stringify(founding));
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = await decodeFragmentData(value);
    expect(decoded.ok && JSON.parse(decoded.text)).toEqual(founding);
    const link = await fragmentLink('https://example.org/tiebar/', founding, { assumptions: { ab392: 'failed' } });
    expect(link).toBe(`https://example.org/tiebar/?scenario=ab392:failed#data=${value}`);
    expect(link.length).toBeLessThan(MAX_LINK_CHARS);
  });

  it('reads values made by other tools: raw deflate and zlib deflate', async () => {
    for (const bytes of [deflateRawSync(Buffer.from(foundingText)), deflateSync(Buffer.from(foundingText))]) {
      const decoded = await decodeFragmentData(b64url(bytes));
      expect(decoded).toEqual({ ok: true, text: foundingText });
    }
  });

  it('finds data among other fragment parts', () => {
    expect(fragmentData('#data=abc')).toBe('abc');
    expect(fragmentData('#x=1&data=abc')).toBe('abc');
    expect(fragmentData('#focus')).toBeNull();
    expect(fragmentData('')).toBeNull();
  });

  it.each([
    ['not base64url', 'abc$%', 'it is not base64url text (was the link cut short or changed?)'],
    [
      'cut short',
      () => b64url(deflateRawSync(Buffer.from(foundingText))).slice(0, 300),
      'it does not decompress (was the link cut short or changed?)',
    ],
    ['not UTF-8', () => b64url(deflateRawSync(Buffer.from([0xff, 0xfe, 0xc3]))), 'it is not UTF-8 text'],
    ['a decompression bomb', () => b64url(deflateRawSync(Buffer.alloc(51 * 1024 * 1024, 32))), 'it inflates to more than 50 MB'],
  ])('gives a clear reason for a fragment that is %s', async (_, value, message) => {
    const decoded = await decodeFragmentData(typeof value === 'string' ? value : value());
    expect(decoded).toEqual({ ok: false, message });
  });

  it('validates the dataset it carries like any other', async () => {
    const ok = await loadFragmentDataset(`#data=${await encodeFragmentData(foundingText)}`);
    expect(ok.ok && ok.dataset.title).toBe('California 2019: SB 230 hangs on AB 392');
    const bad = await loadFragmentDataset(
      `#data=${await encodeFragmentData(JSON.stringify({ ...founding, links: [{ ...founding.links[0], to: ['ab329'] }] }))}`,
    );
    expect(bad).toEqual({
      ok: false,
      message: 'The dataset in this link is not a valid Tiebar dataset (1 error).',
      details: ['links[0].to[0]: no bill with id "ab329" (did you mean "ab392"?)'],
    });
    const broken = await loadFragmentDataset('#data=@@');
    expect(broken.ok || broken.message).toBe(
      'The dataset in this link could not be read: it is not base64url text (was the link cut short or changed?).',
    );
  });
});

describe('publishing', () => {
  it('knows which datasets every reader can reach', () => {
    const builtIns = ['ca-2019-deadly-force'];
    expect(isHostedRef('ca-2019-deadly-force', builtIns)).toBe(true);
    expect(isHostedRef('https://data.example/story.json', builtIns)).toBe(true);
    expect(isHostedRef(FRAGMENT_REF, builtIns)).toBe(true);
    expect(isHostedRef('my-story', builtIns)).toBe(false);
    expect(isHostedRef('ca-2019-deadly-force-local', builtIns)).toBe(false);
    expect(isHostedRef('http://localhost:8000/story.json', builtIns)).toBe(false);
    expect(isHostedRef(null, builtIns)).toBe(false);
  });

  it('never writes the fragment ref as ?dataset=', () => {
    expect(serializeUrlState({ dataset: FRAGMENT_REF, assumptions: { ab392: 'failed' } })).toBe('?scenario=ab392:failed');
  });

  it('gives the embed address of a bundle uploaded to a folder', () => {
    const ds = { ...founding, id: 'my-story' };
    expect(bundleEmbedUrl('https://news.example/graphics/story', ds, { assumptions: { ab392: 'failed' } })).toBe(
      'https://news.example/graphics/story/?dataset=my-story&scenario=ab392:failed&embed=1',
    );
  });

  it('says to make the bundle in a built copy when the app runs from source (a server that answers every address with its page)', async () => {
    const server = createServer((_, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Tiebar</title>'),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      await expect(buildPublishBundle(founding, { appBase: `http://127.0.0.1:${port}/`, view: { assumptions: {} } })).rejects.toThrow(
        /no list of its files \(publish-files.json\): it runs from source \(npm run dev\)\. Make the bundle in a built copy: npm start$/,
      );
    } finally {
      server.close();
    }
  });
});

describe('folderAddress: the folder a bundle is uploaded to, as a desk types it', () => {
  it.each([
    ['https://news.example/graphics/tie/', 'https://news.example/graphics/tie/'],
    ['http://news.example/graphics/tie', 'http://news.example/graphics/tie'],
    // A site's name without its scheme, as a web desk says an address: https:// in front.
    ['news.example/graphics/riverton-zoning', 'https://news.example/graphics/riverton-zoning'],
    ['www.news.example/graphics/', 'https://www.news.example/graphics/'],
    ['localhost:8080/story/', 'https://localhost:8080/story/'],
    ['  https://news.example/x/  ', 'https://news.example/x/'],
  ])('%j is %j', (typed, address) => {
    expect(folderAddress(typed)).toBe(address);
  });

  it.each(['', 'javascript:alert(1)', 'data:text/html,hi', 'ftp://news.example/x/', 'graphics', 'my folder', 'https://'])(
    '%j is no web address',
    (typed) => {
      expect(folderAddress(typed)).toBeNull();
    },
  );
});
