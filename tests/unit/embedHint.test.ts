import { describe, expect, it } from 'vitest';
import { embedHint } from '../../src/embed/embedHint';

describe('the hint under an embedded graph', () => {
  it.each([
    [true, true, 'Tap a bill to see why, a group to see who is in it. Pinch with two fingers to zoom.'],
    [true, false, 'Tap a bill to see why. Pinch with two fingers to zoom.'],
    [false, true, 'Click a bill to see why, a group to see who is in it. Ctrl + scroll (⌘ + scroll on a Mac) to zoom; drag to pan.'],
    [false, false, 'Click a bill to see why. Ctrl + scroll (⌘ + scroll on a Mac) to zoom; drag to pan.'],
  ])('touch %s, groups drawn %s: %s', (touch, groups, words) => {
    expect(embedHint(touch, groups)).toBe(words);
  });
});
