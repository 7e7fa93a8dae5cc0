import { describe, expect, it } from 'vitest';
import { framedRegion, pictureWindow } from '../../src/graph/core/fit';

describe('the frame of a picture of part of the graph', () => {
  it('leaves out blank ground on the sides of the region where nothing is drawn', () => {
    // A view zoomed to a bill near the drawing's top left keeps empty ground above and left of it.
    expect(framedRegion([-300, -200, 700, 400], [0, 0, 5000, 3000])).toEqual([0, 0, 700, 400]);
    // Inside the drawing, the region is kept as it is.
    expect(framedRegion([100, 100, 600, 400], [0, 0, 5000, 3000])).toEqual([100, 100, 600, 400]);
    // A region off the drawing altogether is kept, not made empty.
    expect(framedRegion([6000, 0, 7000, 500], [0, 0, 5000, 3000])).toEqual([6000, 0, 7000, 500]);
  });

  it("widens the region to the picture's shape over the drawing, not over blank ground", () => {
    // A 100 x 100 region in a 200 x 100 frame: 200 graph units wide.
    // At the drawing's left edge, the window slides right, over what is drawn.
    expect(pictureWindow([0, 0, 100, 100], [0, 0, 1000, 100], 200, 100)).toEqual([0, 0, 200, 100]);
    // At its right edge, left.
    expect(pictureWindow([900, 0, 1000, 100], [0, 0, 1000, 100], 200, 100)).toEqual([800, 0, 1000, 100]);
    // With drawing on both sides, centred on the region.
    expect(pictureWindow([400, 0, 500, 100], [0, 0, 1000, 100], 200, 100)).toEqual([350, 0, 550, 100]);
    // A region off the drawing altogether: shown where it is, not slid onto the drawing.
    expect(pictureWindow([6000, 0, 6100, 100], [0, 0, 1000, 100], 200, 100)).toEqual([5950, 0, 6150, 100]);
    // A drawing smaller than the window: centred on the drawing.
    expect(pictureWindow([0, 0, 100, 100], [0, 0, 120, 100], 200, 100)).toEqual([-40, 0, 160, 100]);
  });

  it('keeps the whole region in the window, at the frame’s shape', () => {
    for (const [region, drawn, w, h] of [
      [[10, 20, 410, 120], [0, 0, 500, 900], 300, 400],
      [[-50, -50, 50, 50], [-60, -500, 60, 500], 640, 480],
      [[0, 0, 300, 200], [0, 0, 300, 200], 100, 100],
    ] as const) {
      const [x0, y0, x1, y1] = pictureWindow(region, drawn, w, h);
      expect(x0).toBeLessThanOrEqual(region[0] + 1e-9);
      expect(y0).toBeLessThanOrEqual(region[1] + 1e-9);
      expect(x1).toBeGreaterThanOrEqual(region[2] - 1e-9);
      expect(y1).toBeGreaterThanOrEqual(region[3] - 1e-9);
      expect((x1 - x0) / (y1 - y0)).toBeCloseTo(w / h, 9);
    }
  });
});
