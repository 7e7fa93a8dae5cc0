/** The canvas view shows, on focus, the words of the focus's own ties left out at rest, not those of ties between two of its neighbours (the core's rule: highlight.ts), as the SVG does. */
import { waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { evaluate } from '../../src/engine';
import { createCanvasView } from '../../src/graph/canvas/createCanvasView';
import { bill, dataset, link } from '../fixtures/datasets';
import { stubCanvases } from '../fixtures/recordingCanvas';

/** Where each frame drew the ties' words ("operative only if" at x,y), a frame starting at each clear of the view's canvas. */
const frames: string[][] = [[]];

beforeAll(() => {
  // jsdom has no 2D context: a recording one stands in, each clear of the view's canvas starting a frame.
  stubCanvases((canvas) => {
    const view = canvas.classList.contains('tb-graph-canvas');
    return {
      clearRect: () => void (view && frames.push([])),
      fillText: (_, text: string, x: number, y: number) =>
        void (view && text.startsWith('operative') && frames[frames.length - 1].push(`${Math.round(x)},${Math.round(y)}`)),
    };
  });
});
afterAll(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("a tie's words left out, on the canvas", () => {
  it("show on a focus of either of its bills, but not on a focus of a third bill tied to both (the SVG's rule too)", async () => {
    // B and C side by side: the arrowhead of B's tie to C runs through its words, which are left out
    // at rest. A, far above, is tied to both: B and C are its neighbours.
    const ds = dataset([bill('a'), bill('b'), bill('c')], [link('ab', 'a', ['b']), link('ac', 'a', ['c']), link('bc', 'b', ['c'])]);
    const baked = { a: [125, -400] as const, b: [0, 100] as const, c: [250, 100] as const };
    const container = document.body.appendChild(document.createElement('div'));
    vi.spyOn(container, 'getBoundingClientRect').mockReturnValue({ left: 0, top: 0, width: 1000, height: 700 } as DOMRect);
    const view = createCanvasView(container);
    view.setState(buildGraphState(evaluate(ds, { assumptions: {} })));
    view.setData({ ...buildGraphStructure(ds), baked });
    await waitFor(() => expect(container.dataset.layout).toBe('settled'));
    /** Where B's tie to C has its words drawn in the next frame, once focused on `id`. */
    const bcWords = async (id: string | null) => {
      view.setFocus(id);
      const at = frames.length;
      await waitFor(() => expect(frames.length).toBeGreaterThan(at));
      const p = view.screenPoint('b')!;
      const q = view.screenPoint('c')!;
      const mid = `${Math.round((p.x + q.x) / 2)},`;
      return frames[frames.length - 1].filter((w) => w.startsWith(mid));
    };
    expect(await bcWords(null)).toEqual([]);
    expect(await bcWords('b')).toHaveLength(1);
    expect(await bcWords('a')).toEqual([]);
    view.destroy();
    container.remove();
  });
});
