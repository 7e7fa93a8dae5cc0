import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { CHUNK_ITEMS, joinJson, splitJson } from '../../src/shell/jsonChunks';

describe('JSON in chunks (the validation worker to the page)', () => {
  it('comes back equal to one JSON.parse, keys in order, pausing as it goes', async () => {
    const big = {
      schemaVersion: 2,
      bills: Array.from({ length: 2 * CHUNK_ITEMS + 7 }, (_, i) => ({ id: `b${i}` })),
      title: 't',
      links: [],
    };
    const chunks = splitJson(big);
    expect(chunks.lists.map(([k, c]) => [k, c.length])).toEqual([['bills', 3]]);
    const pause = vi.fn(async () => undefined);
    const back = await joinJson<typeof big>(chunks, pause, 0);
    expect(back).toEqual(big);
    expect(Object.keys(back)).toEqual(Object.keys(big));
    expect(pause).toHaveBeenCalledTimes(3);
  });

  it('keeps a key named "__proto__" as data, short or cut into chunks (an assignment would set the prototype)', async () => {
    const text = `{"__proto__":{"a":1},"bills":[${Array.from({ length: CHUNK_ITEMS + 1 }, () => '1').join(',')}],"x":2}`;
    const value = JSON.parse(text) as object;
    expect(JSON.stringify(await joinJson(splitJson(value), async () => undefined))).toBe(JSON.stringify(value));
    const listed = JSON.parse(`{"__proto__":[${Array.from({ length: CHUNK_ITEMS + 1 }, () => '0').join(',')}]}`) as object;
    const back = await joinJson<Record<string, unknown>>(splitJson(listed), async () => undefined);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(JSON.stringify(back)).toBe(JSON.stringify(listed));
  });

  it('round-trips any JSON object', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 3 * CHUNK_ITEMS }))),
        async (value) => {
          const back = await joinJson(splitJson(value), async () => undefined);
          expect(JSON.stringify(back)).toBe(JSON.stringify(value));
        },
      ),
      { numRuns: 40 },
    );
  });
});
