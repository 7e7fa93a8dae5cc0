import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FONT, fitText, itemLines, itemTextRoom, textWidth } from '../../src/graph/core/encodings';

// The rule, written as plainly as it reads: each character's width in em by its kind (regular, bold).
const KINDS: Array<[RegExp, number, number]> = [
  [/^[iIjl.,:;'!|`]$/, 0.3, 0.36],
  [/^ $/, 0.33, 0.33],
  [/^[frt()[\]{}\-/"]$/, 0.42, 0.48],
  [/^[mwMW@]$/, 1.03, 1.12],
  [/^[<>=+~^*#%&_$?\\]$/, 0.84, 0.84],
  [/^[A-Z]$/, 0.72, 0.8],
  [/^[0-9a-z]$/, 0.64, 0.72],
];
const em = (c: string, bold: boolean) => {
  const kind = KINDS.find(([re]) => re.test(c));
  if (kind) return kind[bold ? 2 : 1];
  return c.charCodeAt(0) >= 0x2e80 ? 1 : bold ? 0.8 : 0.72;
};
const plainWidth = (text: string, size: number, bold = false) => [...text].reduce((sum, c) => sum + em(c, bold), 0) * size;

// Words of every kind of character: ASCII, accented letters, dashes and quotes, ideographs and emoji (surrogate pairs).
const word = fc.string({ unit: fc.constantFrom(...'aiImWT0.,-()?&é—’中😀'.match(/./gu)!), minLength: 1, maxLength: 14 });
const words = fc.array(word, { minLength: 1, maxLength: 9 }).map((ws) => ws.join(' '));

describe('text widths without measuring', () => {
  it('sum each character by its kind, a surrogate pair as one character', () => {
    fc.assert(
      fc.property(words, fc.constantFrom(11.5, 13, 16), fc.boolean(), (text, size, bold) => {
        expect(textWidth(text, size, bold)).toBe(plainWidth(text, size, bold));
      }),
    );
    expect(textWidth('AB 392', 10)).toBeCloseTo((0.72 * 2 + 0.33 + 0.64 * 3) * 10, 10);
    expect(textWidth('😀', 10)).toBe(10);
  });

  it('cut a label where its width runs out, never inside a surrogate pair', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 20, max: 300 }), (text, width) => {
        const cut = fitText(text, width, 13);
        if (plainWidth(text, 13) <= width) {
          expect(cut).toBe(text);
          return;
        }
        expect(cut.endsWith('…')).toBe(true);
        const kept = cut.slice(0, -1);
        expect(text.startsWith(kept)).toBe(true);
        expect([...kept].length === 1 || plainWidth(kept, 13) <= width - 13 * 0.9).toBe(true);
        expect(/[\uD800-\uDBFF]$/.test(kept)).toBe(false);
      }),
    );
  });

  it("wrap a box's words on whole words, each line as wide as it may be", () => {
    fc.assert(
      fc.property(words, (text) => {
        const lines = itemLines(text);
        expect(lines.length).toBeGreaterThanOrEqual(1);
        expect(lines.length).toBeLessThanOrEqual(2);
        const room = itemTextRoom(undefined);
        const all = text.trim();
        if (plainWidth(all, FONT.item) <= room) {
          expect(lines).toEqual([all]);
          return;
        }
        const first = lines[0];
        if (first.endsWith('…')) {
          expect(plainWidth(all.split(' ')[0], FONT.item)).toBeGreaterThan(room);
          return;
        }
        // The first line takes words while they fit, and one more would not.
        expect(all.startsWith(`${first} `)).toBe(true);
        expect(plainWidth(first, FONT.item)).toBeLessThanOrEqual(room);
        const next = all.slice(first.length + 1).split(' ')[0];
        expect(plainWidth(`${first} ${next}`, FONT.item)).toBeGreaterThan(room);
      }),
    );
  });
});
