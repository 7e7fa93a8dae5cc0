/** A link's words on the canvas are left out where a line or an arrowhead runs through them, as in the SVG (issue #12: no line runs through a label). */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseDatasetText } from '../../src/model';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { evaluate } from '../../src/engine';
import { drawNodes } from '../../src/graph/canvas/canvasDraw';
import type { GraphStructure } from '../../src/engine/graphSpec';
import { buildStoryStructure } from '../../src/engine/storyGraph';
import { drawLinkMarks } from '../../src/graph/canvas/drawMarks';
import { boxExit, routePoints } from '../../src/graph/core/geometry';
import { stubPath2D } from '../fixtures/recordingCanvas';
import { endsOf } from '../../src/graph/core/crossings';
import type { LabelBox } from '../../src/graph/core/labels';
import type { Highlight } from '../../src/graph/core/highlight';
import { THEME } from '../../src/graph/core/theme';
import { shelfLayout, shelfRoutes } from '../../src/graph/shelfLayout';
import type { Route } from '../../src/graph/storyLayout';
import type { Point } from '../../src/graph/layout';
import { bill, dataset, link } from '../fixtures/datasets';
import { recordingContext } from '../fixtures/recordingCanvas';

const palette = { ...THEME.light, ink: '#000', bg: '#fff' };
const size = { width: 1200, height: 600 };

beforeAll(stubPath2D);
afterAll(() => vi.unstubAllGlobals());

/** What drawLinkMarks drew for `s` at zoom `k` centred on `at`: its words' pills and its arrowheads (screen pixels). */
function draw(
  s: GraphStructure,
  pos: Map<string, Point>,
  k: number,
  at: Point,
  routes: ReadonlyMap<string, Route> = new Map(),
  lit: Highlight | null = null,
  taken: LabelBox[] = [],
) {
  const pills: LabelBox[] = [];
  const heads: Point[][] = [];
  const words: string[] = [];
  let path: Point[] = [];
  const ctx = recordingContext({
    fillRect: (_, x: number, y: number, w: number, h: number) => void pills.push({ x0: x, y0: y, x1: x + w, y1: y + h }),
    fillText: (_, text: string, x: number, y: number) => void words.push(`${text} ${Math.round(x)},${Math.round(y)}`),
    beginPath: () => void (path = []),
    moveTo: (_, x: number, y: number) => void path.push({ x, y }),
    lineTo: (_, x: number, y: number) => void path.push({ x, y }),
    fill: () => void heads.push(path),
  });
  const view = { k, x: size.width / 2 - at.x * k, y: size.height / 2 - at.y * k };
  const nodeById = new Map(s.nodes.map((n) => [n.id, n]));
  drawLinkMarks(ctx, s.edges, pos, nodeById, null, view, size, 1, palette, taken, lit, routes);
  return { pills, heads, words, view, nodeById };
}

describe("a link's words on the canvas", () => {
  const at = { x: 200, y: 100 };
  const words = (
    bills: Array<[string, number, number]>,
    links: ReturnType<typeof link>[],
    k = 1,
    lit: Highlight | null = null,
    taken: LabelBox[] = [],
  ) => {
    const s = buildGraphStructure(
      dataset(
        bills.map(([id]) => bill(id)),
        links,
      ),
    );
    return draw(s, new Map(bills.map(([id, x, y]) => [id, { x, y }])), k, at, new Map(), lit, taken).words.filter((w) =>
      w.startsWith('operative'),
    );
  };
  const dated = { added: '2019-04-23' };
  /** A highlight on `id`, lighting `nodes` with it (`standIn`: a node the graph leaves out). */
  const on = (id: string, nodes: string[], standIn = false): Highlight => ({ id, nodes: new Set([id, ...nodes]), standIn });

  it('are left out where another link runs through them, and kept on their own line', () => {
    const tie = link('ab', 'a', ['b'], dated);
    expect(
      words(
        [
          ['a', 0, 100],
          ['b', 400, 100],
        ],
        [tie],
      ),
    ).toEqual(['operative only if 600,296']);
    // C's tie to D runs down through the middle of A's to B: only C's own words stay, on its own line.
    const across = link('cd', 'c', ['d'], dated);
    const four: Array<[string, number, number]> = [
      ['a', 0, 100],
      ['b', 400, 100],
      ['c', 200, -200],
      ['d', 200, 300],
    ];
    expect(words(four, [tie, across])).toEqual(['operative only if 600,246']);
  });

  it('give way to an arrowhead, their own included, until zoomed in far enough to clear it', () => {
    const near: Array<[string, number, number]> = [
      ['a', 0, 100],
      ['b', 250, 100],
    ];
    expect(words(near, [link('ab', 'a', ['b'], dated)], 1)).toEqual([]);
    expect(words(near, [link('ab', 'a', ['b'], dated)], 2)).toHaveLength(1);
  });

  it('left out, show on focus or hover: a highlight of both its bills draws them over what they cross', () => {
    const near: Array<[string, number, number]> = [
      ['a', 0, 100],
      ['b', 250, 100],
      ['c', 0, 250],
      ['d', 250, 250],
    ];
    const ties = [link('ab', 'a', ['b'], dated), link('cd', 'c', ['d'], dated)];
    expect(words(near, ties, 1)).toEqual([]);
    // A focused, B its neighbour: their tie's words show though its arrowhead runs through them; C's
    // tie to D is faint, and unlabelled.
    expect(words(near, ties, 1, on('a', ['b']))).toEqual([expect.stringMatching(/^operative only if \d+,29\d$/)]);
    // Only the focus's own ties (the core's rule, as the SVG's): not a tie between two of its
    // neighbours, though both are lit; for a node left out, the ties between its stand-ins.
    expect(words(near, ties, 1, on('a', ['b', 'c', 'd']))).toHaveLength(1);
    expect(words(near, ties, 1, on('someone', ['a', 'b', 'c', 'd'], true))).toHaveLength(2);
    // Never over a node's words: a name drawn where A's tie's words would go keeps them out, lit or not.
    const name = { x0: 0, y0: 250, x1: 1200, y1: 320 };
    expect(words(near, ties, 1, on('a', ['b']), [name])).toEqual([]);
  });

  it('stay, once, for two bills tied to each other (a tie never counts against its reverse)', () => {
    const pair = [link('ab', 'a', ['b'], dated), link('ba', 'b', ['a'], dated)];
    expect(
      words(
        [
          ['a', 0, 100],
          ['b', 400, 100],
        ],
        pair,
      ),
    ).toHaveLength(1);
  });
});

describe("a session's tie words on the canvas", () => {
  const r = parseDatasetText(readFileSync('public/data/mi-2023-2024.json', 'utf8'));
  if (!r.ok) throw new Error('invalid');
  const s = buildStoryStructure(r.dataset, buildGraphStructure(r.dataset), 'grouped', new Set());
  const pos = shelfLayout(s);
  const routes = shelfRoutes(s);

  /** Pills some other link's line, or any arrowhead, runs through (checked every half pixel, 1.5 px in from the pill's edge). */
  function crossed(k: number, centre: string): { crossed: LabelBox[]; pills: number } {
    const { pills, heads, view, nodeById } = draw(s, pos, k, pos.get(centre)!, routes);
    const screen = (p: Point) => ({ x: p.x * k + view.x, y: p.y * k + view.y });
    const links = s.edges.filter((e) => e.kind === 'link');
    const owner = (b: LabelBox) =>
      links.find((e) => {
        const [a, c] = [pos.get(e.source)!, pos.get(e.target)!];
        const mid = screen({ x: (a.x + c.x) / 2, y: (a.y + c.y) / 2 });
        return !routes.has(e.id) && Math.abs(mid.x - (b.x0 + b.x1) / 2) < 0.01 && b.y0 < mid.y && mid.y < b.y1;
      })!;
    const lines = links.map((e) => {
      const route = routes.get(e.id);
      const [a, b] = [pos.get(e.source)!, pos.get(e.target)!];
      const corners = route ? routePoints(route) : [boxExit(a, b, nodeById.get(e.source)!), boxExit(b, a, nodeById.get(e.target)!)];
      return { ends: endsOf(e), points: corners.map(screen) };
    });
    const runsThrough = (points: Point[], b: LabelBox) =>
      points.slice(1).some((q, i) => {
        const p = points[i];
        const n = Math.ceil(2 * Math.hypot(q.x - p.x, q.y - p.y));
        if (Math.max(p.x, q.x) < b.x0 || Math.min(p.x, q.x) > b.x1 || Math.max(p.y, q.y) < b.y0 || Math.min(p.y, q.y) > b.y1) return false;
        for (let j = 0; j <= n; j++) {
          const [x, y] = [p.x + ((q.x - p.x) * j) / n, p.y + ((q.y - p.y) * j) / n];
          if (x > b.x0 + 1.5 && x < b.x1 - 1.5 && y > b.y0 + 1.5 && y < b.y1 - 1.5) return true;
        }
        return false;
      });
    const out = pills.filter((b) => {
      const own = endsOf(owner(b));
      return heads.some((h) => runsThrough([...h, h[0]], b)) || lines.some((l) => l.ends !== own && runsThrough(l.points, b));
    });
    return { crossed: out, pills: pills.length };
  }

  it('are drawn where nothing runs through them, around HB 4638 and in the largest package, zoomed out and in', () => {
    for (const centre of ['hb4638', 'hb4764', 'hb4297'])
      for (const k of [0.5, 0.935, 1.25, 1.6, 3]) expect(crossed(k, centre), `${centre} at ${k}`).toMatchObject({ crossed: [] });
    // Zoomed in, HB 4638's ties have room for their words, clear of their arrowheads.
    expect(crossed(1.6, 'hb4638').pills).toBeGreaterThanOrEqual(2);
  });
});

describe("a link's words on the canvas, at rest", () => {
  it("give way to a bill's what-if tag where the tag overlaps another bill's words (every word drawn stands)", () => {
    // A is set by the scenario: its tag, right of its box, runs over C's name (C comes first, and its
    // name is drawn). D's tie to E has its words over the tag's right end, clear of C's name.
    const ds = dataset(
      ['c', 'a', 'd', 'e'].map((id) => bill(id)),
      [link('de', 'd', ['e'])],
    );
    const s = buildGraphStructure(ds);
    const state = buildGraphState(evaluate(ds, { assumptions: { a: 'failed' } }));
    const pos = new Map([
      ['c', { x: 290, y: 200 }],
      ['a', { x: 200, y: 200 }],
      ['d', { x: 56.5, y: 185 }],
      ['e', { x: 656.5, y: 185 }],
    ]);
    const view = { k: 1, x: 0, y: 0 };
    const said: string[] = [];
    const ctx = recordingContext({ fillText: (_, text: string) => void said.push(text) });
    const taken = drawNodes(ctx, s.nodes, pos, state, view, size, 1, null, null, palette);
    const nodeById = new Map(s.nodes.map((n) => [n.id, n]));
    drawLinkMarks(ctx, s.edges, pos, nodeById, state, view, size, 1, palette, taken);
    // What the test rests on: C's name, A's name and A's tag drawn, the tag over C's name.
    expect(said.filter((t) => ['C', 'A', 'what if'].includes(t))).toEqual(['C', 'A', 'what if']);
    const [cName, , tag] = taken;
    expect(cName.x1 > tag.x0 && tag.x1 > cName.x0 && cName.y1 > tag.y0 && tag.y1 > cName.y0).toBe(true);
    expect(said).not.toContain('operative only if');
  });
});
