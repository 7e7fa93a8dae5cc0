import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import type { GraphStructure } from '../../src/engine/graphSpec';
import { buildStoryStructure } from '../../src/engine/storyGraph';
import { evaluate, generateDataset, leadBill } from '../../src/engine';
import { SIZE } from '../../src/graph/core/encodings';
import { routePoints } from '../../src/graph/core/geometry';
import { storyLayout } from '../../src/graph/storyLayout';
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

  it('use the width of a desktop box for Michigan 2020: more than one line of cards, not one column', () => {
    const layout = storyLayout(storyOf(builtIn('mi-2020-tied-to-vetoed')), 950, 320);
    expect(layout.lines).toBeGreaterThan(1);
  });
});
