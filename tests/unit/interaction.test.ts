import { describe, expect, it } from 'vitest';
import { wheelDelta, zoomFilter } from '../../src/graph/core/interaction';

const wheel = (deltaY: number, init: Partial<WheelEvent> = {}) =>
  ({ type: 'wheel', deltaY, deltaMode: 0, ctrlKey: false, metaKey: false, ...init }) as WheelEvent;
const touch = (fingers: number) => ({ type: 'touchstart', touches: { length: fingers } }) as unknown as TouchEvent;

describe('how gestures move the graph', () => {
  it.each([
    ['a wheel notch', wheel(100), 2 ** -0.2],
    ['a wheel notch with Ctrl (an embed asks for it): at most 1.41x, not 4x', wheel(100, { ctrlKey: true }), 2 ** -0.5],
    ['a notch the other way with Ctrl', wheel(-100, { ctrlKey: true }), 2 ** 0.5],
    ['a trackpad pinch (small deltas with Ctrl): as fast as d3 makes it', wheel(3, { ctrlKey: true }), 2 ** -0.06],
  ])('%s zooms by its factor', (_, event, factor) => expect(2 ** wheelDelta(event)).toBeCloseTo(factor, 6));

  it('one finger scrolls the page, in the app and the embed; two pan and pinch', () => {
    for (const mode of ['always', 'modifier'] as const) {
      expect(zoomFilter(mode)(touch(1))).toBe(false);
      expect(zoomFilter(mode)(touch(2))).toBe(true);
    }
  });

  it('the wheel zooms in the app, and in an embed only with Ctrl or Cmd', () => {
    expect(zoomFilter('always')(wheel(100))).toBe(true);
    expect(zoomFilter('modifier')(wheel(100))).toBe(false);
    expect(zoomFilter('modifier')(wheel(100, { metaKey: true }))).toBe(true);
  });
});
