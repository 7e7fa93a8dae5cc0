/**
 * A focus dims the same in both renderers (the core's rule: highlight.ts dimsNode, dimsEdge): the
 * nodes it does not light, and every tie that is not the focus's own, between two of its neighbours
 * too: its line, its arrowhead, and its words drawn at rest, which fade with it.
 */
import { waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { evaluate } from '../../src/engine';
import type { GraphView } from '../../src/graph/types';
import { createCanvasView } from '../../src/graph/canvas/createCanvasView';
import { createSvgView } from '../../src/graph/svg/createSvgView';
import { OPACITY } from '../../src/graph/core/encodings';
import type { Point } from '../../src/graph/layout';
import { bill, dataset, link } from '../fixtures/datasets';
import { stubCanvases } from '../fixtures/recordingCanvas';

// A is tied to B and C (A -> B, C -> A), B to C (B and C are both A's neighbours), D to E (apart).
// Each tie's arrowhead is at a bill of its own, and every tie's words find room at rest.
const ds = dataset(
  ['a', 'b', 'c', 'd', 'e'].map((id) => bill(id)),
  [link('ab', 'a', ['b']), link('ca', 'c', ['a']), link('bc', 'b', ['c']), link('de', 'd', ['e'])],
);
const baked = { a: [300, -300], b: [0, 0], c: [600, 0], d: [0, 300], e: [600, 300] } as const;
const ties = { ab: ['a', 'b'], ca: ['c', 'a'], bc: ['b', 'c'], de: ['d', 'e'] } as const;
type Tie = keyof typeof ties;

/** What a view shows dimmed: nodes, ties' lines, arrowheads, and each tie's words ('full', 'faded' or 'out'). */
interface Dimmed {
  nodes: string[];
  lines: string[];
  heads: string[];
  words: Record<string, 'full' | 'faded' | 'out'>;
}

/** What a focus on `id` dims, by the core's rule: the same for both renderers. */
const EXPECTED: Record<string, Dimmed> = {
  rest: { nodes: [], lines: [], heads: [], words: { ab: 'full', ca: 'full', bc: 'full', de: 'full' } },
  a: { nodes: ['d', 'e'], lines: ['bc', 'de'], heads: ['bc', 'de'], words: { ab: 'full', ca: 'full', bc: 'faded', de: 'faded' } },
  b: { nodes: ['d', 'e'], lines: ['ca', 'de'], heads: ['ca', 'de'], words: { ab: 'full', ca: 'faded', bc: 'full', de: 'faded' } },
};

const place = (view: GraphView, container: HTMLElement) => {
  const s = buildGraphStructure(ds);
  view.setState(buildGraphState(evaluate(ds, { assumptions: {} })));
  view.setData({ ...s, baked });
  expect(container.dataset.layout).not.toBe('pending');
};

describe('a focus, in the SVG', () => {
  it('dims what the core says: nodes it does not light, ties not its own (lines and heads), their words faded', () => {
    const container = document.body.appendChild(document.createElement('div'));
    const view = createSvgView(container);
    place(view, container);
    const opacity = (el: Element) => Number(getComputedStyle(el).opacity || '1');
    const faint = (sel: string) =>
      [...container.querySelectorAll(sel)].filter((el) => opacity(el) < 1).map((el) => el.getAttribute('data-id')!);
    const seen = (): Dimmed => {
      const lines = faint('g.tb-edge');
      const words: Dimmed['words'] = {};
      for (const el of container.querySelectorAll('g.tb-link-label'))
        words[el.getAttribute('data-id')!] =
          getComputedStyle(el).display === 'none' ? 'out' : opacity(el) === OPACITY.dim ? 'faded' : opacity(el) === 1 ? 'full' : 'out';
      // An arrowhead is its line's marker: it dims with the line.
      return { nodes: faint('g.tb-node').sort(), lines: lines.sort(), heads: [...lines].sort(), words };
    };
    expect(seen()).toEqual(EXPECTED.rest);
    for (const id of ['a', 'b']) {
      view.setFocus(id);
      expect(seen(), id).toEqual(EXPECTED[id]);
    }
    view.destroy();
    container.remove();
  });
});

describe('a focus, on the canvas', () => {
  /** Each frame of the view's canvas: its boxes (centre, graph units), heads (first corner, screen pixels) and ties' words, each with its opacity; and the edge layer's last strokes. */
  type Mark = Point & { alpha: number };
  const frames: Array<{ boxes: Mark[]; heads: Mark[]; words: Mark[] }> = [];
  let strokes: Array<{ from: Point[]; alpha: number }> = [];
  beforeAll(() => {
    stubCanvases((canvas) => {
      const main = canvas.classList.contains('tb-graph-canvas');
      let path: Point[] = [];
      let box: Point | null = null;
      const frame = () => frames[frames.length - 1];
      return {
        clearRect: () => void (main ? frames.push({ boxes: [], heads: [], words: [] }) : (strokes = [])),
        beginPath: () => void ((path = []), (box = null)),
        moveTo: (_, x: number, y: number) => void path.push({ x, y }),
        roundRect: (_, x: number, y: number, w: number, h: number) => void (box = { x: x + w / 2, y: y + h / 2 }),
        fill: (s) => {
          const alpha = (s.globalAlpha as number | undefined) ?? 1;
          if (!main || !frame()) return;
          if (box) frame().boxes.push({ ...box, alpha });
          else if (path.length) frame().heads.push({ ...path[0], alpha });
        },
        stroke: (s) => void (!main && strokes.push({ from: path, alpha: (s.globalAlpha as number | undefined) ?? 1 })),
        fillText: (s, text: string, x: number, y: number) =>
          void (main && text.startsWith('operative') && frame()?.words.push({ x, y, alpha: (s.globalAlpha as number | undefined) ?? 1 })),
      };
    });
  });
  afterAll(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('dims what the core says, as the SVG does: ties between two of its neighbours too, their words faded, not hidden', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    // Wide enough that a focus, brought into view at reading size, keeps every bill in view.
    vi.spyOn(container, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, width: 2000, height: 1400 } as DOMRect);
    const view = createCanvasView(container);
    place(view, container);
    await waitFor(() => expect(container.dataset.layout).toBe('settled'));
    const near = (p: Point, q: Point, d: number) => Math.hypot(p.x - q.x, p.y - q.y) < d;
    const seen = async (id: string | null): Promise<Dimmed> => {
      view.setFocus(id);
      const at = frames.length;
      await waitFor(() => expect(frames.length).toBeGreaterThan(at));
      const { boxes, heads, words } = frames[frames.length - 1];
      const screen = (n: string) => view.screenPoint(n)!;
      const k = (screen('c').x - screen('b').x) / 600;
      const graph = (n: keyof typeof baked) => ({ x: baked[n][0], y: baked[n][1] });
      const out: Dimmed = { nodes: [], lines: [], heads: [], words: {} };
      for (const n of Object.keys(baked) as Array<keyof typeof baked>)
        if (boxes.find((b) => near(b, graph(n), 1))!.alpha !== 1) out.nodes.push(n);
      for (const [tie, [from, to]] of Object.entries(ties) as Array<[Tie, readonly [keyof typeof baked, string]]>) {
        // Its line: the edge layer strokes it from its source's centre (graph units); no two ties share a source.
        const line = strokes.find((s) => s.from.some((p) => near(p, graph(from), 0.01)))!;
        if (line.alpha !== 1) out.lines.push(tie);
        // Its head: the one at its target's box.
        const head = heads.find((h) => near(h, screen(to), 80 * k))!;
        if (head.alpha !== 1) out.heads.push(tie);
        const mid = { x: (screen(from).x + screen(to).x) / 2, y: (screen(from).y + screen(to).y) / 2 };
        const said = words.find((w) => near(w, mid, 20));
        out.words[tie] = !said ? 'out' : said.alpha === 1 ? 'full' : said.alpha === OPACITY.dim ? 'faded' : 'out';
      }
      return out;
    };
    expect(await seen(null)).toEqual(EXPECTED.rest);
    for (const id of ['a', 'b']) expect(await seen(id), id).toEqual(EXPECTED[id]);
    view.destroy();
    container.remove();
  });
});
