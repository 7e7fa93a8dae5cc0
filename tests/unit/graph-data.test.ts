import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraphState, buildGraphStructure, linkEdgeId, linkNote } from '../../src/engine/graphSpec';
import { captionsAt, evaluate, timelineStops } from '../../src/engine';
import { generateDataset } from '../../src/engine/generate';
import { HIDDEN, edgeDim, edgeSegments, edgeStyleIndex, edgeStyles, strokeEdges } from '../../src/graph/canvas/edgeBuffers';
import { keepUnoverlapped } from '../../src/graph/core/labels';
import type { LabelBox } from '../../src/graph/core/labels';
import type { Highlight } from '../../src/graph/core/highlight';
import { fallOffset } from '../../src/graph/canvas/canvasDraw';
import { drawLinkMarks } from '../../src/graph/canvas/drawMarks';
import { bill, dataset, foundingDataset, link } from '../fixtures/datasets';
import { THEME } from '../../src/graph/core/theme';
import { drawOne, recordingContext } from '../fixtures/recordingCanvas';

/** A 2D context that records the calls made on it (enough of one for the canvas drawing functions). */
function recorder(calls: string[]): CanvasRenderingContext2D {
  return new Proxy(
    {},
    {
      get: (_t, name: string) =>
        name === 'measureText'
          ? (text: string) => ({ width: text.length * 7 })
          : (...args: unknown[]) => calls.push(`${name}(${args.join(',')})`),
      set: () => true,
    },
  ) as unknown as CanvasRenderingContext2D;
}

describe('graph edge ids', () => {
  it('are unique across links with several targets, provisions and positions', () => {
    const ds = foundingDataset();
    ds.links = [...(ds.links ?? []), link('multi', 'sb230', ['ab392', 'ab931'])];
    const ids = buildGraphStructure(ds).edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('multi');
    expect(ids).toContain('multi#1');
  });

  it('name the same edges in the structure and in the state (a link not yet made is absent)', () => {
    const ds = dataset([bill('a'), bill('b'), bill('c')], [link('tie', 'a', ['b', 'c'], { added: '2020-03-01' })]);
    const structure = buildGraphStructure(ds);
    const before = buildGraphState(evaluate(ds, { assumptions: {}, asOf: '2020-02-01' }));
    const linkEdges = structure.edges.filter((e) => e.kind === 'link');
    expect(linkEdges.map((e) => e.id)).toEqual([linkEdgeId('tie', 0), linkEdgeId('tie', 1)]);
    for (const e of linkEdges) expect(before.edges[e.id]).toEqual({ present: false });
    const after = buildGraphState(evaluate(ds, { assumptions: {}, asOf: '2020-03-02' }));
    for (const e of linkEdges) expect(after.edges[e.id]).toBeUndefined();
  });

  it('carry the link kind flat on the edge, with no object per edge', () => {
    const ds = dataset([bill('a'), bill('b')], [link('t', 'a', ['b'], {}, 'tie-bar')]);
    const [edge] = buildGraphStructure(ds).edges;
    expect(edge).toEqual({ id: 't', kind: 'link', source: 'a', target: 'b', linkKind: 'tie-bar', label: 'tie-bar' });
  });

  it("say under a tie's words when it was made and whether its wording is unchecked, as the story hedges it", () => {
    const ds = dataset(
      [bill('a'), bill('b')],
      [
        link('checked', 'a', ['b'], { added: '2019-04-23' }, 'tie-bar'),
        link('listed', 'a', ['b'], { clauseVerified: false }, 'tie-bar'),
        link('both', 'a', ['b'], { added: '2019-04-23', clauseVerified: false }, 'tie-bar'),
        link('plain', 'a', ['b'], {}, 'tie-bar'),
      ],
    );
    expect(buildGraphStructure(ds).edges.map(linkNote)).toEqual([
      'since 23 Apr 2019',
      'not yet checked',
      'since 23 Apr 2019, not yet checked',
      '',
    ]);
  });
});

describe('edge buffers for the canvas', () => {
  const ds = dataset(
    [bill('a'), bill('b'), bill('c')],
    [link('deciding', 'a', ['b']), link('loose', 'b', ['c'], {}, 'related'), link('later', 'a', ['c'], { added: '2020-05-01' })],
  );
  const structure = buildGraphStructure(ds);
  const pos = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 100, y: 0 }],
  ]);

  it('copy segment ends by id and mark an unplaced end with NaN, never touching the structure', () => {
    const before = JSON.stringify(structure);
    const segs = edgeSegments(structure.edges, pos);
    expect([...segs.subarray(0, 4)]).toEqual([0, 0, 100, 0]);
    expect(Number.isNaN(segs[4])).toBe(true);
    expect(JSON.stringify(structure)).toBe(before);
  });

  it('give deciding links, loose relations and absent edges their own styles', () => {
    const state = buildGraphState(evaluate(ds, { assumptions: {}, asOf: '2020-04-01' }));
    const style = edgeStyleIndex(structure.edges, state);
    const styles = edgeStyles('#111111');
    expect(styles[style[0]]).toEqual({ stroke: '#111111', width: 4, dash: [] });
    expect(styles[style[1]].dash.length).toBeGreaterThan(0);
    expect(style[2]).toBe(HIDDEN);
  });

  it("dim the edges a highlight does not light (the core's rule), a tie between two of its neighbours too", () => {
    expect(edgeDim(structure.edges, null)).toBeNull();
    const on = (id: string): Highlight => ({ id, nodes: new Set(['a', 'b', 'c']), standIn: false });
    expect([...edgeDim(structure.edges, on('a'))!]).toEqual([0, 1, 0]);
    expect([...edgeDim(structure.edges, on('b'))!]).toEqual([0, 0, 1]);
  });

  it('stroke only edges in view, one path per style, and nothing for an unplaced end', () => {
    const calls: string[] = [];
    const ctx = recorder(calls);
    // Four segments: in view, crossing the view, wholly left of it, and unplaced.
    const segs = new Float32Array([10, 10, 50, 50, -100, 20, 300, 20, -500, 0, -400, 0, NaN, NaN, NaN, NaN]);
    strokeEdges(ctx, segs, new Uint8Array([0, 0, 0, 0]), edgeStyles('#000'), null, { k: 1, x: 0, y: 0 }, 1, 200, 100);
    expect(calls.filter((c) => c.startsWith('moveTo'))).toEqual(['moveTo(10,10)', 'moveTo(-100,20)']);
    expect(calls.filter((c) => c === 'stroke()')).toHaveLength(1);
  });
});

describe('timeline stops and captions', () => {
  it('count what happened on each date and build the words only for the date asked', () => {
    const bills = Array.from({ length: 30 }, (_, i) => bill(`b${i}`));
    const ds = dataset(bills, [link('tie', 'b0', ['b1'], { added: '2020-01-10' })]);
    const stops = timelineStops(ds);
    const first = stops.find((s) => s.asOf === '2020-01-10')!;
    expect(first.count).toBe(31);
    const { captions, total } = captionsAt(ds, '2020-01-10', 10);
    expect(total).toBe(31);
    expect(captions).toHaveLength(10);
    expect(captions[0]).toEqual({ text: 'B0: Introduced', kind: 'event', sources: ['s'] });
    expect(captionsAt(ds, '2020-01-10', 100).captions.at(-1)!.text).toBe('Tie made: B0 now depends on B1 becoming law');
  });

  it('group partial dates on the last day they can mean', () => {
    const ds = dataset([bill('a')]);
    ds.context = [{ date: '2020-02', description: 'Budget month', sources: ['s'] }];
    const stop = timelineStops(ds).find((s) => s.label === '2020-02')!;
    expect(stop.asOf).toBe('2020-02-29');
    expect(captionsAt(ds, '2020-02-29').captions.map((c) => c.text)).toEqual(['Budget month']);
  });

  it('cost no caption strings for a session until asked', () => {
    const ds = generateDataset({ bills: 3000, links: 9000, seed: 3 });
    // Every caption is made from an event's description: count the reads of them.
    let reads = 0;
    for (const b of ds.bills)
      for (const ev of b.events ?? []) {
        const text = ev.description;
        Object.defineProperty(ev, 'description', { get: () => (reads++, text), enumerable: true });
      }
    const stops = timelineStops(ds);
    expect(reads).toBe(0);
    expect(stops.every((s) => !('captions' in s))).toBe(true);
    const first = captionsAt(ds, stops[0].asOf, 10);
    expect(first.captions).toHaveLength(Math.min(10, first.total));
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThanOrEqual(10);
    expect(stops.reduce((n, s) => n + s.count, 0)).toBe(
      ds.bills.reduce((n, b) => n + (b.events?.length ?? 0), 0) + (ds.links ?? []).filter((l) => l.added).length,
    );
  });
});

describe('label collision avoidance', () => {
  it('keeps labels in priority order and leaves out one that would overlap a kept label', () => {
    const box = (x: number, y: number, w = 40, h = 14) => ({ x0: x, y0: y, x1: x + w, y1: y + h });
    // The second overlaps the first; the third only touches the first's edge; the fourth sits across grid cells.
    expect(keepUnoverlapped([box(0, 0), box(20, 5), box(40, 0), box(60, 60, 100, 100), box(150, 150)])).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
  });

  it('never keeps two overlapping boxes, whatever the order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: 0, max: 500 }), y: fc.integer({ min: 0, max: 500 }), w: fc.integer({ min: 1, max: 120 }) }),
          {
            maxLength: 60,
          },
        ),
        (specs) => {
          const boxes = specs.map(({ x, y, w }) => ({ x0: x, y0: y, x1: x + w, y1: y + 14 }));
          const kept = boxes.filter((_, i) => keepUnoverlapped(boxes)[i]);
          for (const a of kept)
            for (const b of kept) if (a !== b) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
          // The first box is always kept.
          if (boxes.length > 0) expect(keepUnoverlapped(boxes)[0]).toBe(true);
        },
      ),
    );
  });
});

describe('link marks on the canvas', () => {
  const ds = dataset([bill('a'), bill('b'), bill('c'), bill('d')], [link('near', 'a', ['b']), link('far', 'c', ['d'])]);
  const structure = buildGraphStructure(ds);
  const nodeById = new Map(structure.nodes.map((n) => [n.id, n]));
  const pos = new Map([
    ['a', { x: 0, y: 100 }],
    ['b', { x: 400, y: 100 }],
    ['c', { x: 5000, y: 100 }],
    ['d', { x: 5400, y: 100 }],
  ]);
  const view = { k: 1, x: 0, y: 0 };
  const palette = { ...THEME.light, ink: '#000', bg: '#fff' };

  it('draws arrowheads and labels for links in view only', () => {
    const calls: string[] = [];
    drawLinkMarks(recorder(calls), structure.edges, pos, nodeById, null, view, { width: 800, height: 400 }, 1, palette);
    expect(calls.filter((c) => c === 'fill()')).toHaveLength(1);
    // Not routed: on a pill at the line's middle, as the SVG draws it.
    expect(calls.filter((c) => c.startsWith('fillText('))).toEqual(['fillText(operative only if,200,96)']);
    expect(calls.filter((c) => c.startsWith('fillRect('))).toHaveLength(1);
  });

  it("draws a story's routed tie along its route: the arrowhead at its end, the words above and the date below, no pill", () => {
    const dated = dataset([bill('a'), bill('b')], [link('tie', 'a', ['b'], { added: '2019-04-23' })]);
    const s = buildGraphStructure(dated);
    const edge = s.edges.find((e) => e.kind === 'link')!;
    expect(edge.since).toBe('23 Apr 2019');
    const routes = new Map([
      [edge.id, { from: { x: 60, y: 100 }, to: { x: 330, y: 100 }, label: { x: 200, y: 100, anchor: 'middle' as const } }],
    ]);
    const calls: string[] = [];
    const byId = new Map(s.nodes.map((n) => [n.id, n]));
    drawLinkMarks(recorder(calls), s.edges, pos, byId, null, view, { width: 800, height: 400 }, 1, palette, [], null, routes);
    expect(calls).toContain('moveTo(330,100)');
    expect(calls.filter((c) => c.startsWith('fillText('))).toEqual([
      'fillText(operative only if,200,91)',
      'fillText(since 23 Apr 2019,200,119)',
    ]);
    expect(calls.some((c) => c.startsWith('fillRect('))).toBe(false);
    // Its line is stroked along the route too.
    expect([...edgeSegments(s.edges, pos, routes).subarray(0, 4)]).toEqual([60, 100, 330, 100]);
  });

  it('leaves out a link label that would cover a node label, and fades the words of links a highlight dims, as their heads', () => {
    const marks = (calls: string[], taken: LabelBox[], lit: Highlight | null = null) =>
      drawLinkMarks(
        recordingContext({
          fillText: (s, text: string) => void calls.push(`fillText(${text}) at ${String(s.globalAlpha ?? 1)}`),
          fill: (s) => void calls.push(`fill() at ${String(s.globalAlpha ?? 1)}`),
        }),
        structure.edges,
        pos,
        nodeById,
        null,
        view,
        { width: 800, height: 400 },
        1,
        palette,
        taken,
        lit,
      );
    const calls: string[] = [];
    marks(calls, [{ x0: 150, y0: 80, x1: 250, y1: 100 }]);
    expect(calls.some((c) => c.startsWith('fillText('))).toBe(false);
    const lit: string[] = [];
    marks(lit, [], { id: 'c', nodes: new Set(['c']), standIn: false });
    expect(lit).toEqual(['fill() at 0.18', 'fillText(operative only if) at 0.18']);
  });
});

describe("a bill's words on the canvas", () => {
  /** The fill colour and halo each text is drawn with. */
  function words(k: number): Map<string, { fill: string; halo: boolean }> {
    const out = new Map<string, { fill: string; halo: boolean }>();
    const stroked = new Set<string>();
    const ctx = recordingContext({
      strokeText: (_, text: string) => void stroked.add(text),
      fillText: (c, text: string) => void out.set(text, { fill: String(c.fillStyle), halo: stroked.has(text) }),
    });
    const ds = dataset([bill('ab392', 'enacted')], []);
    const [node] = buildGraphStructure(ds).nodes;
    const state = buildGraphState(evaluate(ds, { assumptions: {} }));
    drawOne(ctx, node, state, { ...THEME.light, ink: '#111111', bg: '#ffffff' }, k);
    return out;
  }

  it('sit on its box when they fit it, and on the page, in ink with a halo, when zoomed out past it (no line strikes them through)', () => {
    const near = words(1).get('AB392')!;
    expect(near.halo).toBe(false);
    expect(near.fill).not.toBe('#111111');
    const far = words(0.3).get('AB392')!;
    expect(far).toEqual({ fill: '#111111', halo: true });
  });
});

describe('the falling animation on canvas', () => {
  it('rises 8 pixels, drops 3 past its place at 60%, and settles where it belongs', () => {
    expect(fallOffset(-0.1)).toBe(0);
    expect(fallOffset(0)).toBe(-8);
    expect(fallOffset(0.6)).toBeCloseTo(3, 5);
    expect(fallOffset(0.9999)).toBeCloseTo(0, 2);
    expect(fallOffset(1)).toBe(0);
  });
});
