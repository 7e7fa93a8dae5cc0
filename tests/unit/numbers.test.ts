import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupDigits } from '../../src/model/numbers';

describe('counts in figures (groupDigits, without Intl)', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [1204, '1,204'],
    [99_998, '99,998'],
    [100_000, '100,000'],
    [1_234_567, '1,234,567'],
    [-1204, '-1,204'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
  ])('%d is written %s', (n, text) => {
    expect(groupDigits(n)).toBe(text);
  });

  it('writes every integer as en-US Intl does', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => groupDigits(n) === n.toLocaleString('en-US')));
  });

  it('leaves what is not a plain integer to Intl (fractions, -0, beyond 2^53, NaN)', () => {
    for (const n of [1.23456, -0, 2 ** 60, Number.NaN, Number.POSITIVE_INFINITY]) expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
  });
});
