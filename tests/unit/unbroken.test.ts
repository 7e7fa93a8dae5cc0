import { describe, expect, it } from 'vitest';
import { unbroken } from '../../src/ui/unbroken';

describe('text that wraps on a phone', () => {
  it.each([
    [
      'HB 4917 was signed but can never take effect: it is tied to SB 664, which died.',
      'HB\u00a04917 was signed but can never take effect: it is tied to SB\u00a0664, which died.',
    ],
    ['SB 230 was signed on 12 Sep 2019.', 'SB\u00a0230 was signed on 12\u00a0Sep\u00a02019.'],
    ['What if AB 392 had failed?', 'What if AB\u00a0392 had failed?'],
    ['If A fails, B cannot take effect.', 'If A fails, B cannot take effect.'],
    ['8 back SB 230', '8 back SB\u00a0230'],
  ])('keeps a bill and a date whole: %s', (text, expected) => {
    expect(unbroken(text)).toBe(expected);
  });
});
