import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ID_PATTERN, RESERVED_NAMES, labelId, safeId, slugify } from '../../src/model/ids';
import { addStakeholder, newBillId, newDraft } from '../../src/model/edit';

// There were two slugs: the editor's (bill numbers joined, accents dropped, cut at 48, "item" for
// nothing) and the importers' (every run a dash, an accent splitting its word). These are the texts
// on which they gave different ids; there is one slug now, and every id made from words comes from it.
describe('the one slug', () => {
  it.each([
    ['AB 392', 'ab392'],
    ['ab-392', 'ab392'],
    ['HJR 12', 'hjr12'],
    ['Café Nuñez', 'cafe-nunez'],
    ['José Gómez', 'jose-gomez'],
    ['H.B. 4138', 'h-b-4138'],
    ['ACLU of California', 'aclu-of-california'],
    ['  ', ''],
  ])('%s -> "%s"', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('is what the importers build their ids from', () => {
    expect(safeId(['AB 392'])).toBe('ab392');
    expect(safeId(['sponsor', 'José Gómez'])).toBe('sponsor-jose-gomez');
  });

  it('is what the editor and the sheets build theirs from, cut after a whole word within 48 characters, "item" for nothing', () => {
    const long = 'A very long title for a story about bills that hang on other bills';
    expect(slugify(long)).toBe('a-very-long-title-for-a-story-about-bills-that-hang-on-other-bills');
    // Cut after a whole word: it goes into addresses and file names.
    expect(labelId(long)).toBe('a-very-long-title-for-a-story-about-bills-that');
    expect(labelId('Vermont 2025: the rental voucher law hangs on a rental tax')).toBe('vermont-2025-the-rental-voucher-law-hangs-on-a');
    // Ending on a whole word at 48, it is kept whole; one word longer than 48 is cut at 48.
    expect(labelId('abcdefghij abcdefghij abcdefghij abcdefghij abcd rest')).toBe('abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcd');
    expect(labelId('x'.repeat(60))).toBe('x'.repeat(48));
    expect(newDraft(long).id).toBe(labelId(long));
    expect(newBillId('José Gómez', [])).toBe('jose-gomez');
    expect(newBillId('¿?', [])).toBe('item');
    expect(addStakeholder(newDraft(), 'Café Nuñez')[1]).toBe('cafe-nunez');
  });

  it('never makes a reserved name an id: "constructor" takes "-id", as safeId gives it', () => {
    expect(labelId('Constructor')).toBe('constructor-id');
    expect(safeId(['Constructor'])).toBe('constructor-id');
    expect(newBillId('prototype', [])).toBe('prototype-id');
  });

  it('always makes an id the schema accepts, and slugs a slug to itself', () => {
    const text = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom(...RESERVED_NAMES));
    fc.assert(
      fc.property(text, (t) => {
        const id = labelId(t);
        expect(id).toMatch(ID_PATTERN);
        expect(id.length).toBeLessThanOrEqual(48);
        expect(RESERVED_NAMES.has(id)).toBe(false);
        expect(slugify(slugify(t))).toBe(slugify(t));
      }),
      { numRuns: 2000 },
    );
  });
});
