import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import type { GraphStructure } from '../../src/engine/graphSpec';
import { buildStoryStructure } from '../../src/engine/storyGraph';
import { evaluate, generateDataset, leadBill } from '../../src/engine';
import { SIZE } from '../../src/graph/core/encodings';
import { routePoints } from '../../src/graph/core/geometry';
import { storyLayout } from '../../src/graph/storyLayout';
import { MAX_REORDERED, betterOrder } from '../../src/graph/storyOrder';
import { edgeSegments } from '../../src/graph/canvas/edgeBuffers';
import { linkLines } from '../../src/graph/canvas/linkLines';
import type { StoryLayout } from '../../src/graph/storyLayout';
import { parseDatasetText } from '../../src/model';
import type { Dataset } from '../../src/model';
import { bill, dataset, link } from '../fixtures/datasets';

/** A story as the app draws it: stakeholders grouped, its record's lead bill first. */
function storyOf(ds: Dataset): GraphStructure {
  return buildStoryStructure(ds, buildGraphStructure(ds), 'grouped', new Set(), undefined, leadBill(evaluate(ds, { assumptions: {} })));
}

function builtIn(id: string): Dataset {
  const r = parseDatasetText(readFileSync(`public/data/${id}.json`, 'utf8'));
  if (!r.ok) throw new Error(`${id} is invalid`);
  return r.dataset;
}

type Rect = readonly [number, number, number, number];

/** Whether the segment a-b enters the inside of `rect` (its edge may be touched: a line ends on its card). */
function segmentEnters(a: { x: number; y: number }, b: { x: number; y: number }, [l, t, r, btm]: Rect): boolean {
  // Liang-Barsky against the rectangle shrunk by half a unit.
  const [x0, y0, x1, y1] = [l + 0.5, t + 0.5, r - 0.5, btm - 0.5];
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ]) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const s = q / p;
    if (p < 0) t0 = Math.max(t0, s);
    else t1 = Math.min(t1, s);
  }
  return t0 < t1;
}

/** The card a bill's box sits in. */
function cardOf(layout: StoryLayout, id: string): Rect {
  const p = layout.pos.get(id)!;
  return layout.cards.find(([l, t, r, b]) => p.x >= l && p.x <= r && p.y >= t && p.y <= b)!;
}

/** Every tie between two cards has a route, and no straight run of it, nor its words drawn at rest, lies over a card other than its two ends'. */
function tiesOverCards(structure: GraphStructure, layout: StoryLayout): string[] {
  const out: string[] = [];
  for (const e of structure.edges) {
    if (e.kind !== 'link') continue;
    const route = layout.routes.get(e.id);
    if (!route) {
      out.push(`${e.id}: no route (drawn straight across whatever lies between)`);
      continue;
    }
    const ends = [cardOf(layout, e.source), cardOf(layout, e.target)];
    const points = routePoints(route);
    for (const card of layout.cards) {
      if (ends.includes(card)) continue;
      // The card as drawn: its margin around what it lists.
      const [l, t, r, b] = card;
      const drawn: Rect = [l - SIZE.card.pad, t - SIZE.card.pad, r + SIZE.card.pad, b + SIZE.card.pad];
      for (let i = 1; i < points.length; i++)
        if (segmentEnters(points[i - 1], points[i], drawn)) out.push(`${e.id} runs over the card at ${card.join(',')}`);
    }
    // Words a route shows only while its tie is lit are drawn over what they cross then.
    const l = route.label;
    if (l && !l.lit) {
      const { width, above, below } = SIZE.linkWords;
      const x0 = l.anchor === 'start' ? l.x : l.x - width / 2;
      const words: Rect = [x0, l.y - above, x0 + width, l.y + below];
      for (const [cl, ct, cr, cb] of layout.cards.filter((c) => !ends.includes(c)))
        if (words[0] < cr - 1 && cl < words[2] - 1 && words[1] < cb - 1 && ct < words[3] - 1) out.push(`${e.id}'s words lie on a card`);
    }
  }
  return out;
}

const BOXES: ReadonlyArray<[number, number]> = [
  [1366, 700],
  [950, 320],
  [1600, 500],
  [600, 900],
  [375, 800],
];

// Bills tied across others: a hub tied to five, and ties from one end of a chain to the other.
const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const skipping = dataset(
  ids.map((id) => bill(id)),
  [
    ...ids.slice(1).map((id, i) => link(`c${i}`, ids[i], [id], {}, 'tie-bar')),
    link('hub', 'c', ['a', 'e', 'f', 'g'], {}, 'tie-bar'),
    link('far', 'b', ['g', 'd'], {}, 'contingent-enactment'),
  ],
);

describe('a better order of the cards', () => {
  // Scores an order by how far each card is from where `want` puts it.
  const towards = (want: number[]) => (order: readonly number[]) => ({
    cost: order.reduce((s, c, i) => s + Math.abs(want.indexOf(c) - i), 0),
    k: 1,
  });

  it('is the order that scores best, the first card kept first', () => {
    expect(betterOrder(5, { cost: 99, k: 1 }, towards([0, 3, 1, 4, 2]))).toEqual([0, 3, 1, 4, 2]);
    expect(betterOrder(4, { cost: 99, k: 1 }, towards([2, 0, 1, 3]))![0]).toBe(0);
  });

  it('is none where no order beats the one there is, or there are too many cards to try each', () => {
    expect(betterOrder(4, { cost: 0, k: 1 }, towards([0, 1, 2, 3]))).toBeNull();
    expect(betterOrder(4, { cost: 0, k: 1 }, () => null)).toBeNull();
    expect(betterOrder(MAX_REORDERED + 1, { cost: 99, k: 1 }, towards([0, 2, 1, 3, 4, 5, 6, 7, 8]))).toBeNull();
  });

  it('of two as good, is the nearer the bill order; of the same cost, the one drawn larger', () => {
    expect(betterOrder(3, { cost: 5, k: 1 }, () => ({ cost: 1, k: 1 }))).toEqual([0, 1, 2]);
    expect(betterOrder(3, { cost: 1, k: 1 }, (o) => ({ cost: 1, k: o[1] === 2 ? 1.2 : 1 }))).toEqual([0, 2, 1]);
  });
});

describe("a story's ties", () => {
  const cases: Array<[string, Dataset]> = [
    ['Michigan 2020', builtIn('mi-2020-tied-to-vetoed')],
    ['the founding story', builtIn('ca-2019-deadly-force')],
    ['bills tied across others', skipping],
    ['a generated story', generateDataset({ bills: 8, links: 7, seed: 11 })],
  ];
  for (const [name, ds] of cases)
    for (const [w, h] of BOXES)
      it(`run around the cards they do not join, their words off every card (${name}, ${w} x ${h})`, () => {
        const structure = storyOf(ds);
        const layout = storyLayout(structure, w, h);
        expect(tiesOverCards(structure, layout)).toEqual([]);
      });

  it('are drawn on the canvas along the very route the SVG draws (never centre to centre)', () => {
    for (const [w, h] of BOXES) {
      const structure = storyOf(builtIn('mi-2020-tied-to-vetoed'));
      const layout = storyLayout(structure, w, h);
      const nodeById = new Map(structure.nodes.map((n) => [n.id, n]));
      const segs = edgeSegments(structure.edges, layout.pos, layout.routes);
      const lines = linkLines(structure.edges, layout.pos, nodeById, layout.routes);
      structure.edges.forEach((e, i) => {
        if (e.kind !== 'link') return;
        const route = layout.routes.get(e.id)!;
        const seg = [...segs.slice(4 * i, 4 * i + 4)];
        // A straight route is one segment, end to end; one with corners is left to the lanes' pass, which strokes its points.
        if (route.via) expect(seg.every(Number.isNaN), e.id).toBe(true);
        else expect(seg, e.id).toEqual([route.from.x, route.from.y, route.to.x, route.to.y].map(Math.fround));
        // The lines the canvas keeps its words off are the route's, corner by corner.
        expect(lines.corners[lines.ids.indexOf(e.id)], e.id).toEqual(routePoints(route));
      });
    }
  });

  it('lay Michigan 2020 out in rows on a wide box with SB 897 next to two of the three bills it is tied to, its lead bill first', () => {
    const structure = storyOf(builtIn('mi-2020-tied-to-vetoed'));
    for (const [w, h] of [
      [1366, 700],
      [1600, 500],
    ] as const) {
      const layout = storyLayout(structure, w, h);
      expect(layout.arrangement).toBe('row');
      const sb897 = structure.edges.filter((e) => e.kind === 'link' && e.source === 'sb897');
      expect(sb897.filter((e) => !layout.routes.get(e.id)!.via).length, `${w} x ${h}`).toBe(2);
      const bills = [...layout.pos.entries()].filter(([id]) => structure.nodes.find((n) => n.id === id)?.kind === 'bill');
      bills.sort(([, p], [, q]) => p.y - q.y || p.x - q.x);
      expect(bills[0][0]).toBe('hb5444');
    }
  });

  it('use the width of a desktop box for Michigan 2020: more than one line of cards, not one column', () => {
    const layout = storyLayout(storyOf(builtIn('mi-2020-tied-to-vetoed')), 950, 320);
    expect(layout.lines).toBeGreaterThan(1);
  });
});
