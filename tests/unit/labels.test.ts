import { describe, expect, it } from 'vitest';
import { keepUnoverlapped } from '../../src/graph/core/labels';
import { storyLayout } from '../../src/graph/storyLayout';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import { buildStoryStructure } from '../../src/engine/storyGraph';
import { generateDataset } from '../../src/engine/generate';
import { bill, dataset, link } from '../fixtures/datasets';

describe('label placement', () => {
  it('keeps the first of two overlapping labels and every label that overlaps none', () => {
    const boxes = [
      { x0: 0, y0: 0, x1: 50, y1: 10 },
      { x0: 40, y0: 5, x1: 90, y1: 15 },
      { x0: 100, y0: 0, x1: 150, y1: 10 },
    ];
    expect(keepUnoverlapped(boxes)).toEqual([true, false, true]);
  });

  it('ends, and still leaves out overlaps, whatever the coordinates (1e18, NaN, Infinity, huge boxes)', () => {
    const boxes = [
      { x0: 1e18, y0: 1e18, x1: 2e18, y1: 2e18 },
      { x0: 1e18, y0: 1e18, x1: 2e18, y1: 2e18 },
      { x0: NaN, y0: 0, x1: NaN, y1: 10 },
      { x0: -Infinity, y0: 0, x1: Infinity, y1: 10 },
      { x0: -1e9, y0: -1e9, x1: 1e9, y1: 1e9 },
      { x0: 0, y0: 0, x1: 10, y1: 10 },
    ];
    expect(keepUnoverlapped(boxes)).toEqual([true, false, true, true, false, false]);
  });
});

describe('the story layout', () => {
  const ds = generateDataset({ bills: 6, links: 5, seed: 3 });
  const story = buildStoryStructure(ds, buildGraphStructure(ds), 'grouped', new Set());

  it('stacks the cards in a tall narrow box and sets them side by side in a wide one', () => {
    const tall = storyLayout(story, 360, 2000);
    const wide = storyLayout(story, 2400, 400);
    expect(tall.arrangement).toBe('stack');
    expect(tall.lines).toBe(1);
    const [x0, y0, x1, y1] = tall.bounds;
    expect(y1 - y0).toBeGreaterThan(x1 - x0);
    const [wx0, wy0, wx1, wy1] = wide.bounds;
    expect(wx1 - wx0).toBeGreaterThan(wy1 - wy0);
  });

  it('places every node, once, inside its card', () => {
    const layout = storyLayout(story, 800, 600);
    expect([...layout.pos.keys()].sort()).toEqual(story.nodes.map((n) => n.id).sort());
    for (const p of layout.pos.values()) {
      expect(layout.cards.some(([l, t, r, b]) => p.x >= l && p.x <= r && p.y >= t && p.y <= b)).toBe(true);
    }
  });

  it('in a stack, routes a tie that skips cards along a lane left of them: its line crosses no card it does not join', () => {
    // One bill tied to three: it can sit next to two of them at most.
    const hub = dataset([bill('a'), bill('b'), bill('c'), bill('d')], [link('t', 'a', ['b', 'c', 'd'], {}, 'tie-bar')]);
    const structure = buildStoryStructure(hub, buildGraphStructure(hub), 'grouped', new Set());
    const layout = storyLayout(structure, 360, 2000);
    expect(layout.arrangement).toBe('stack');
    const ties = structure.edges.filter((e) => e.kind === 'link');
    expect(ties.length).toBe(3);
    const lanes = ties.filter((e) => layout.routes.get(e.id)?.via);
    expect(lanes.length).toBeGreaterThan(0);
    const cardOf = (id: string) =>
      layout.cards.find(([l, t, r, b]) => {
        const p = layout.pos.get(id)!;
        return p.x >= l && p.x <= r && p.y >= t && p.y <= b;
      })!;
    for (const e of ties) {
      const route = layout.routes.get(e.id);
      expect(route, e.id).toBeDefined();
      const points = [route!.from, ...(route!.via ?? []), route!.to];
      const joined = [cardOf(e.source), cardOf(e.target)];
      // Each segment, sampled finely, stays out of every other card's inside.
      for (let i = 1; i < points.length; i++)
        for (let t = 0; t <= 1; t += 0.01) {
          const [x, y] = [points[i - 1].x + (points[i].x - points[i - 1].x) * t, points[i - 1].y + (points[i].y - points[i - 1].y) * t];
          for (const card of layout.cards) {
            if (joined.includes(card)) continue;
            const [l, top, r, b] = card;
            expect(x > l && x < r && y > top && y < b, `${e.id} at ${x},${y}`).toBe(false);
          }
        }
      // A lane lies within the drawn extent, so the first frame's fit shows it.
      for (const p of points) expect(p.x).toBeGreaterThanOrEqual(layout.bounds[0]);
    }
  });
});
