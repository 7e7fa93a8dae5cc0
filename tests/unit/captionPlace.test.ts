import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REACH, placeCaption } from '../../src/ui/captionPlace';
import type { Covered } from '../../src/ui/captionPlace';
import { COVER_WEIGHT, focusSpot } from '../../src/graph/core/surroundings';
import type { GraphEdge, GraphNode } from '../../src/engine/graphSpec';
import type { Route } from '../../src/graph/storyLayout';
import { SIZE } from '../../src/graph/core/encodings';

const STAGE = { width: 375, height: 1000 };
const SIZE_ = { width: 260, height: 90 };
const box = (x0: number, y0: number, x1: number, y1: number, weight: number): Covered => ({ x0, y0, x1, y1, weight });
const meets = (a: { left: number; top: number }, b: Covered) =>
  a.left < b.x1 && b.x0 < a.left + SIZE_.width && a.top < b.y1 && b.y0 < a.top + SIZE_.height;

describe('where a node caption goes', () => {
  // A bill at the top of a narrow stage, its lit provisions right under it, dimmed boxes right after (no gap to fill).
  const node = box(40, 10, 180, 66, COVER_WEIGHT.focused);
  const litRows = [0, 1, 2, 3].map((i) => box(80, 80 + i * 40, 360, 112 + i * 40, COVER_WEIGHT.lit));
  const dimRows = Array.from({ length: 19 }, (_, i) => i).map((i) => box(80, 240 + i * 40, 360, 272 + i * 40, COVER_WEIGHT.dim));

  it('covers what the tap dims rather than what it lights, and never the node', () => {
    const at = placeCaption({ x: 110, y: 38 }, STAGE, [SIZE_], [node, ...litRows, ...dimRows]);
    expect(meets(at, node)).toBe(false);
    for (const lit of litRows) expect(meets(at, lit)).toBe(false);
  });

  it('with nothing around, sits right beside the node', () => {
    const at = placeCaption({ x: 110, y: 38 }, STAGE, [SIZE_], [node]);
    expect(meets(at, node)).toBe(false);
    expect(at.top).toBeLessThanOrEqual(66 + 8);
  });

  it('stays in the part of the stage on screen when it fits there, even over lit boxes', () => {
    const at = placeCaption({ x: 110, y: 38 }, STAGE, [SIZE_], [node, ...litRows, ...dimRows], { top: 0, bottom: 300 });
    expect(at.top + SIZE_.height).toBeLessThanOrEqual(300);
    expect(meets(at, node)).toBe(false);
  });

  it('would rather run off the screen than cover the node', () => {
    const low = box(40, 972, 180, 1028, COVER_WEIGHT.focused);
    const at = placeCaption({ x: 110, y: 1000 }, { width: 375, height: 1400 }, [SIZE_], [low], { top: 900, bottom: 1050 });
    expect(meets(at, low)).toBe(false);
  });

  it('takes a narrower width when that keeps it clear of the story', () => {
    const column = box(8, 70, 184, 700, COVER_WEIGHT.story);
    const narrow = { width: 180, height: 130 };
    const at = placeCaption({ x: 110, y: 38 }, STAGE, [SIZE_, narrow], [node, column]);
    expect(at.width).toBe(180);
    expect(at.left).toBeGreaterThanOrEqual(184);
    expect(placeCaption({ x: 110, y: 38 }, STAGE, [SIZE_], [node, column]).width).toBe(SIZE_.width);
  });

  it('does not stray further than a reach from the node', () => {
    const far = [node, box(0, 0, 375, 700, COVER_WEIGHT.lit)];
    const at = placeCaption({ x: 110, y: 38 }, STAGE, [SIZE_], far);
    expect(at.top - 38).toBeLessThanOrEqual(REACH);
  });

  it('reaches free space 440 px below the node, past a column of the story (a tall card above it)', () => {
    // The founding story on a phone: SB 230's card, then AB 392 lit at the left, then dimmed rows from 440 px below it.
    const tall = { width: 375, height: 1000 };
    const around = [
      node,
      box(8, 70, 367, 380, COVER_WEIGHT.lit),
      box(30, 380, 367, 474, COVER_WEIGHT.story),
      box(8, 478, 367, 900, COVER_WEIGHT.dim),
    ];
    const at = placeCaption({ x: 110, y: 38 }, tall, [SIZE_], around);
    expect(at.top).toBeGreaterThanOrEqual(474);
    expect(at.top - 38).toBeLessThanOrEqual(REACH);
  });

  it('is always inside the stage (any stage, node and boxes)', () => {
    const boxes = fc.array(
      fc
        .record({ x: fc.integer({ min: -50, max: 800 }), y: fc.integer({ min: -50, max: 1500 }), w: fc.integer({ min: 1, max: 300 }) })
        .map(({ x, y, w }) => box(x, y, x + w, y + 30, 1)),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 800 }),
        fc.integer({ min: 120, max: 1500 }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 1500 }),
        boxes,
        (width, height, x, y, around) => {
          const at = placeCaption({ x, y }, { width, height }, [SIZE_], around);
          expect(at.left).toBeGreaterThanOrEqual(8);
          expect(at.left + SIZE_.width).toBeLessThanOrEqual(width - 8);
          expect(at.top).toBeGreaterThanOrEqual(8);
          expect(at.top + SIZE_.height).toBeLessThanOrEqual(Math.max(height - 8, 8 + SIZE_.height));
        },
      ),
    );
  });
});

describe('what lies around a focused node', () => {
  const node = (id: string, kind: GraphNode['kind']): GraphNode => ({ id, kind, label: id, side: 0 }) as GraphNode;
  const nodes = [node('a', 'bill'), node('b', 'bill'), node('p', 'provision'), node('c', 'bill')];
  const edges = [
    { id: 'tie', kind: 'link', source: 'a', target: 'b' } as GraphEdge,
    { id: 'old', kind: 'link', source: 'b', target: 'c' } as GraphEdge,
  ];
  const pos = new Map([
    ['a', { x: 100, y: 100 }],
    ['b', { x: 100, y: 400 }],
    ['p', { x: 100, y: 200 }],
    ['c', { x: 100, y: 700 }],
  ]);
  const neighbours = new Map([['a', new Set(['b', 'p'])]]);
  const routes = new Map<string, Route>([
    ['tie', { from: { x: 100, y: 130 }, to: { x: 100, y: 370 }, label: { x: 120, y: 250, anchor: 'start' } }],
  ]);

  it('weighs the node itself most, the bills and tie words it lights next, the rest it lights, then what it dims; on screen', () => {
    const spot = focusSpot('a', nodes, edges, pos, neighbours, routes, (p) => ({ x: 2 * p.x + 10, y: 2 * p.y }), 2)!;
    expect(spot.at).toEqual({ x: 210, y: 200 });
    expect(spot.around.map((b) => b.weight)).toEqual([
      COVER_WEIGHT.focused,
      COVER_WEIGHT.story,
      COVER_WEIGHT.lit,
      COVER_WEIGHT.dim,
      COVER_WEIGHT.story,
    ]);
    // The node's own box, through the camera.
    expect(spot.around[0]).toMatchObject({ x0: 210 - 2 * SIZE.bill.hw, x1: 210 + 2 * SIZE.bill.hw, y0: 200 - 2 * SIZE.bill.hh });
    // The tie's words start at their point (anchored at the start).
    expect(spot.around[4].x0).toBe(250);
  });

  it("counts a stakeholder's name as part of it: a listed member's row, a free dot's name beside it", () => {
    const people = [
      { id: 'm', kind: 'stakeholder', label: 'Kimberly LaSata', ref: 'lasata', parent: 'a' } as GraphNode,
      { id: 'f', kind: 'stakeholder', label: 'Kimberly LaSata' } as GraphNode,
    ];
    const at = new Map([
      ['m', { x: 0, y: 0 }],
      ['f', { x: 0, y: 100 }],
    ]);
    for (const id of ['m', 'f']) {
      const own = focusSpot(id, people, [], at, new Map(), new Map(), (p) => p, 1)!.around.find((b) => b.weight === COVER_WEIGHT.focused)!;
      // The name reaches well right of the dot: about 15 characters at 13 px.
      expect(own.x1 - own.x0, id).toBeGreaterThan(100);
    }
  });

  it('is null for a node not drawn', () => {
    expect(focusSpot('zz', nodes, edges, pos, neighbours, routes, (p) => p, 1)).toBeNull();
  });
});
