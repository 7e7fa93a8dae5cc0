import { describe, expect, it } from 'vitest';
import { select } from 'd3-selection';
import { addDefs } from '../../src/graph/svg/svgDefs';
import { arrowHead } from '../../src/graph/canvas/linkLines';
import { EDGE_STYLE } from '../../src/graph/core/encodings';

/** Length along the line and width across it of a head drawn pointing right (angle 0) at the origin. */
function extent(corners: Array<{ x: number; y: number }>) {
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  return { length: Math.max(...xs) - Math.min(...xs), width: Math.max(...ys) - Math.min(...ys) };
}

describe('arrowheads, SVG and canvas alike', () => {
  const svg = select(document.body).append('svg') as unknown as Parameters<typeof addDefs>[0];
  addDefs(svg);
  const marker = (id: string) => {
    const m = document.getElementById(id)!;
    // The marker's triangle fills its 10 x 10 box; the box is drawn markerWidth x markerHeight.
    expect(m.querySelector('path')!.getAttribute('d')).toBe('M0,0 L10,5 L0,10 z');
    return { length: Number(m.getAttribute('markerWidth')), width: Number(m.getAttribute('markerHeight')) };
  };

  it.each([
    ['a deciding tie', 'tb-arrow', EDGE_STYLE.deciding.headSize],
    ['any other link', 'tb-arrow-loose', EDGE_STYLE.loose.headSize],
  ])('%s: the canvas draws the head the SVG marker draws, as long and as wide', (_, id, size) => {
    const drawn = extent(arrowHead({ x: 0, y: 0 }, 0, size));
    const { length, width } = marker(id);
    expect(drawn.length).toBeCloseTo(length, 6);
    expect(drawn.width).toBeCloseTo(width, 6);
  });

  it('a deciding tie carries the larger head, and a head keeps its shape whichever way its line runs', () => {
    expect(EDGE_STYLE.deciding.headSize).toBeGreaterThan(EDGE_STYLE.loose.headSize);
    const [tip, a, b] = arrowHead({ x: 50, y: 50 }, Math.PI / 2, 16);
    // Pointing down: the tip below both back corners, the corners 16 apart, 16 above it.
    expect(tip).toEqual({ x: 50, y: 50 });
    expect(a.y).toBeCloseTo(34, 6);
    expect(b.y).toBeCloseTo(34, 6);
    expect(Math.abs(a.x - b.x)).toBeCloseTo(16, 6);
  });
});
