import { describe, expect, it } from 'vitest';
import { keepUnoverlapped } from '../../src/graph/core/labels';
import { readFileSync } from 'node:fs';
import { STORY_PAD, STORY_READ_ZOOM, storyHeight, storyLayout } from '../../src/graph/storyLayout';
import { hits, rowBox } from '../../src/graph/core/interaction';
import { fitStory } from '../../src/graph/core/fit';
import { parseDatasetText } from '../../src/model';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import { buildStoryStructure } from '../../src/engine/storyGraph';
import { generateDataset } from '../../src/engine/generate';
import { SIZE } from '../../src/graph/core/encodings';
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

  /** Every tie is routed, and its line, sampled finely, enters no card it does not join and no box listed in a card. */
  function expectClearTies(structure: ReturnType<typeof buildStoryStructure>, layout: ReturnType<typeof storyLayout>) {
    const cardOf = (id: string) =>
      layout.cards.find(([l, t, r, b]) => {
        const p = layout.pos.get(id)!;
        return p.x >= l && p.x <= r && p.y >= t && p.y <= b;
      })!;
    const listed = structure.nodes
      .filter((n) => n.kind !== 'bill')
      .map((n) => {
        const p = layout.pos.get(n.id)!;
        const [hw, hh] = n.kind === 'stakeholder' ? [SIZE.member.r, SIZE.member.h / 2] : [SIZE.item.hw, SIZE.item.h / 2];
        return [p.x - hw, p.y - hh, p.x + hw, p.y + hh] as const;
      });
    const ties = structure.edges.filter((e) => e.kind === 'link');
    for (const e of ties) {
      const route = layout.routes.get(e.id);
      expect(route, e.id).toBeDefined();
      const points = [route!.from, ...(route!.via ?? []), route!.to];
      const joined = [cardOf(e.source), cardOf(e.target)];
      for (let i = 1; i < points.length; i++)
        for (let t = 0; t <= 1; t += 0.01) {
          const [x, y] = [points[i - 1].x + (points[i].x - points[i - 1].x) * t, points[i - 1].y + (points[i].y - points[i - 1].y) * t];
          for (const [l, top, r, b] of [...layout.cards.filter((c) => !joined.includes(c)), ...listed])
            expect(x > l && x < r && y > top && y < b, `${e.id} at ${x},${y}`).toBe(false);
        }
      // A lane lies within the drawn extent, so the first frame's fit shows it.
      for (const p of points) {
        expect(p.x).toBeGreaterThanOrEqual(layout.bounds[0]);
        expect(p.y).toBeGreaterThanOrEqual(layout.bounds[1]);
      }
    }
    return ties;
  }

  // One bill tied to three: it can sit next to two of them at most.
  const hub = dataset([bill('a'), bill('b'), bill('c'), bill('d')], [link('t', 'a', ['b', 'c', 'd'], {}, 'tie-bar')]);
  const hubStory = buildStoryStructure(hub, buildGraphStructure(hub), 'grouped', new Set());

  it('in a stack, routes a tie that skips cards along a lane left of them: its line crosses no card it does not join', () => {
    const layout = storyLayout(hubStory, 360, 2000);
    expect(layout.arrangement).toBe('stack');
    const ties = expectClearTies(hubStory, layout);
    expect(ties.length).toBe(3);
    expect(ties.filter((e) => layout.routes.get(e.id)?.via).length).toBeGreaterThan(0);
  });

  it('in a row, routes a tie that skips cards along a lane above them', () => {
    const layout = storyLayout(hubStory, 2400, 400);
    expect([layout.arrangement, layout.lines]).toEqual(['row', 1]);
    const ties = expectClearTies(hubStory, layout);
    expect(ties.filter((e) => layout.routes.get(e.id)?.via).length).toBeGreaterThan(0);
  });

  it('takes lanes over lines across cards when both read at full size: a hub of seven is stacked, not wrapped into rows', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const big = dataset(
      ids.map((id) => bill(id)),
      [link('t', 'a', ids.slice(1), {}, 'tie-bar')],
    );
    const structure = buildStoryStructure(big, buildGraphStructure(big), 'grouped', new Set());
    const layout = storyLayout(structure, 1200, 1000);
    expect(layout.arrangement).toBe('stack');
    expect(expectClearTies(structure, layout).length).toBe(6);
  });

  it("a package whose bills are all tied to each other reads at full size in a phone-wide stack: each card's ties across others share its lane (a bus), lanes run closer, and the choice counts their room", () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const all = dataset(
      ids.map((id) => bill(id)),
      ids.map((id) =>
        link(
          `t-${id}`,
          id,
          ids.filter((x) => x !== id),
          {},
          'tie-bar',
        ),
      ),
    );
    const structure = buildStoryStructure(all, buildGraphStructure(all), 'grouped', new Set());
    const layout = storyLayout(structure, 343, 3000);
    expect(layout.arrangement).toBe('stack');
    expectClearTies(structure, layout);
    // Fitted to the width, bill names are drawn at 14 px or more, the size below which they are left out.
    const k = fitStory(layout.bounds, 343, 3000)!.k;
    expect(k * 16).toBeGreaterThanOrEqual(14);
    // One lane a card tied across others: all eight are.
    const lanes = new Set([...layout.routes.values()].filter((r) => r.via).map((r) => r.via![0].x));
    expect(lanes.size).toBe(8);
  });

  it("lays the story's lead bill and the bills tied to it out first, where a reader looks first", () => {
    const two = dataset(
      [bill('a'), bill('b'), bill('c'), bill('d'), bill('e')],
      [link('l1', 'a', ['b']), link('l2', 'd', ['c']), link('l3', 'e', ['d'])],
    );
    const full = buildGraphStructure(two);
    const first = (lead?: string) => {
      const layout = storyLayout(buildStoryStructure(two, full, 'grouped', new Set(), undefined, lead), 360, 2000);
      return [...layout.pos.entries()].filter(([id]) => id.length === 1).sort((p, q) => p[1].y - q[1].y)[0][0];
    };
    expect(first()).toBe('a');
    // A lead in the middle of a chain (e -> d -> c) comes second: its chain starts at an end, so both
    // its ties join neighbours (first, one would skip a card and run along a lane, widening the story).
    expect(['c', 'e']).toContain(first('d'));
    expect(first('b')).toBe('a');
  });

  it('wraps rows back and forth, so a chain runs on to the card below: every tie between neighbours, clear of every list', () => {
    // A chain of five bills, each with provisions listed under it, in a box too narrow for one row.
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const chain = dataset(
      ids.map((id) => ({
        ...bill(id),
        provisions: [
          { id: `${id}-p1`, label: 'A provision', sources: ['s'] },
          { id: `${id}-p2`, label: 'Another provision', sources: ['s'] },
        ],
      })),
      ids.slice(1).map((id, i) => link(`t${i}`, ids[i], [id], {}, 'contingent-enactment')),
    );
    const structure = buildStoryStructure(chain, buildGraphStructure(chain), 'grouped', new Set());
    const layout = storyLayout(structure, 1000, 700);
    expect(layout.arrangement).toBe('row');
    expect(layout.lines).toBeGreaterThan(1);
    const ties = expectClearTies(structure, layout);
    expect(ties.length).toBe(4);
    // Some tie runs from one row down to the next.
    expect(ties.some((e) => layout.routes.get(e.id)!.from.x === layout.routes.get(e.id)!.to.x)).toBe(true);
  });

  describe('on a touch screen', () => {
    const parsed = parseDatasetText(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8'));
    if (!parsed.ok) throw new Error('founding dataset invalid');
    const founding = parsed.dataset;
    const full = buildGraphStructure(founding);
    /** The zoom the view fits a layout at in a box of `w` x `h` (core/fit, as the view fits a story). */
    const fitZoom = (layout: ReturnType<typeof storyLayout>, w: number, h: number) => fitStory(layout.bounds, w, h)!.k;
    /** Centre-to-centre distances between the rows listed one under another in each card. */
    const rowGaps = (layout: ReturnType<typeof storyLayout>, structure: ReturnType<typeof buildStoryStructure>) =>
      structure.nodes
        .filter((n) => n.kind === 'bill')
        .flatMap((b) => {
          const ys = structure.nodes
            .filter((n) => n.parent === b.id)
            .map((n) => layout.pos.get(n.id)!.y)
            .sort((p, q) => p - q);
          return ys.slice(1).map((y, i) => y - ys[i]);
        });

    // Every group opened, so its people are listed under it.
    const groups = buildStoryStructure(founding, full, 'grouped', new Set()).nodes.filter((n) => n.kind === 'group');
    const everyOpen = new Set(groups.map((g) => g.id));
    for (const [open, name] of [
      [new Set<string>(), 'groups closed'],
      [everyOpen, 'every group open'],
    ] as const)
      for (const width of [320, 375, 600])
        it(`spaces a card's rows a finger apart (44 px) at the zoom the page fits it at (${name}, ${width} px wide)`, () => {
          const structure = buildStoryStructure(founding, full, 'grouped', open);
          // The page gives the story the height it asks for at its width (GraphView), and the view fits it there.
          const height = storyHeight(structure, width - 32, 320, 20_000, 44);
          const layout = storyLayout(structure, width - 32, height, 44);
          const k = fitZoom(layout, width - 32, height);
          const gaps = rowGaps(layout, structure);
          expect(gaps.length).toBeGreaterThan(5);
          expect(Math.min(...gaps) * k).toBeGreaterThanOrEqual(44);
          // Each listed node answers a tap across its row, 44 px tall on screen, in both renderers:
          // the SVG's tap row is rowBox, and the canvas's hit test takes a tap anywhere on it.
          for (const n of structure.nodes.filter((node) => node.parent)) {
            const row = rowBox(n, layout.pitch)!;
            expect(row.height * k, n.id).toBeGreaterThanOrEqual(44);
            const p = layout.pos.get(n.id)!;
            for (const [fx, fy] of [
              [0.02, 0.02],
              [0.98, 0.5],
              [0.5, 0.98],
            ])
              expect(hits(n, p, { x: p.x + row.x + fx * row.width, y: p.y + row.y + fy * row.height }, k, layout.pitch), n.id).toBe(true);
          }
          // Its ties still run clear of every card and list.
          expectClearTies(structure, layout);
        });

    it('keeps the rows at their drawn spacing with a mouse, and where the story is drawn too small for a finger anyway', () => {
      const structure = buildStoryStructure(founding, full, 'grouped', everyOpen);
      const natural = { item: SIZE.item.h + 6, member: SIZE.member.h + 6 };
      expect(storyLayout(structure, 343, 1500).pitch).toEqual(natural);
      // Centre to centre: SB 230's card lists its three provisions, each on two lines (a row of
      // 28 + 16 + 6 units), then its first group on one line (28 + 6), then that group's people
      // (22 + 6 each, and 16 more for a name on two lines): half of each row apart.
      const layout = storyLayout(structure, 343, 1500);
      const ys = structure.nodes
        .filter((n) => n.parent === 'sb230')
        .map((n) => layout.pos.get(n.id)!.y)
        .sort((p, q) => p - q);
      expect(ys.slice(1, 6).map((y, i) => y - ys[i])).toEqual([50, 50, 42, 31, 36]);
      // A story in a box too narrow for it: its zoom is far below what a finger-tall row needs.
      expect(storyLayout(structure, 100, 1500, 44).pitch).toEqual(natural);
      // A box too short for the spaced rows (the page did not grow to the story): spacing them would only shrink the words.
      expect(storyLayout(structure, 343, 600, 44).pitch).toEqual(natural);
      // A box with some room to spare, not enough for finger-tall rows: as far apart as it allows, the zoom kept.
      // (Heights in CSS px: the drawing's at the zoom it reads at, 1.15 here, and its padding.)
      const px = (l: ReturnType<typeof storyLayout>) => (l.bounds[3] - l.bounds[1]) * STORY_READ_ZOOM + 2 * STORY_PAD;
      const roomy = storyLayout(structure, 343, 20_000, 44);
      const some = storyLayout(structure, 343, (px(roomy) + px(storyLayout(structure, 343, 1500))) / 2, 44);
      expect(some.pitch.member).toBeGreaterThan(natural.member);
      expect(some.pitch.member).toBeLessThan(roomy.pitch.member);
      expect(fitStory(some.bounds, 343, (px(roomy) + px(storyLayout(structure, 343, 1500))) / 2)!.k).toBeGreaterThanOrEqual(
        STORY_READ_ZOOM * 0.995,
      );
      expect(storyLayout(structure, 343, 20_000, 44).pitch).not.toEqual(natural);
    });
  });
});
