import { describe, expect, it } from 'vitest';
import { keyAction, nextNode, startNode, zoomKey } from '../../src/graph/core/keyboard';
import { revealTransform } from '../../src/graph/core/fit';
import { READ_ZOOM } from '../../src/graph/core/interaction';
import { hitHalfSize, hitSearchRadius, hits } from '../../src/graph/core/interaction';

const pos = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 300, y: 0 }],
  ['s', { x: 60, y: -80 }],
  ['far', { x: -500, y: 10 }],
]);
const kinds: Record<string, string> = { a: 'bill', b: 'bill', s: 'stakeholder', far: 'bill' };

describe('nextNode', () => {
  it('prefers a neighbour of the same kind that way, then any neighbour, then any node', () => {
    const n = new Set(['b', 's']);
    expect(nextNode('a', 'ArrowRight', pos, n, (id) => kinds[id])).toBe('b');
    expect(nextNode('a', 'ArrowUp', pos, n, (id) => kinds[id])).toBe('s');
    expect(nextNode('a', 'ArrowLeft', pos, n, (id) => kinds[id])).toBe('far');
    expect(nextNode('a', 'ArrowDown', pos, n, (id) => kinds[id])).toBeNull();
  });

  it('ignores other keys and unknown nodes', () => {
    expect(nextNode('a', 'Tab', pos, undefined)).toBeNull();
    expect(nextNode('zz', 'ArrowLeft', pos, undefined)).toBeNull();
  });
});

describe('keyAction (both renderers)', () => {
  const graph = { pos, neighbours: new Map([['a', new Set(['b', 's'])]]), kindOf: (id: string) => kinds[id] };

  it('opens on Enter and Space, clears on Escape, walks on arrows, and ignores other keys', () => {
    expect(keyAction('Enter', 'a', true, graph)).toEqual({ type: 'select', id: 'a' });
    expect(keyAction(' ', 'a', true, graph)).toEqual({ type: 'select', id: 'a' });
    expect(keyAction('Escape', 'a', true, graph)).toEqual({ type: 'clear' });
    expect(keyAction('ArrowRight', 'a', true, graph)).toEqual({ type: 'move', id: 'b' });
    expect(keyAction('ArrowDown', 'a', true, graph)).toBeNull();
    expect(keyAction('Tab', 'a', true, graph)).toBeNull();
  });

  it('the first arrow before the walk has started shows where it starts', () => {
    expect(keyAction('ArrowRight', 'a', false, graph)).toEqual({ type: 'move', id: 'a' });
  });

  it('starts from the focused node, else the first bill', () => {
    const nodes = [
      { id: 's', kind: 'stakeholder' },
      { id: 'b', kind: 'bill' },
    ];
    expect(startNode('s', nodes)).toBe('s');
    expect(startNode(null, nodes)).toBe('b');
    expect(startNode(null, [])).toBeNull();
  });
});

describe('revealTransform (both renderers)', () => {
  it('leaves a node in view alone (a tap never moves the graph), and slides one at or past an edge just into view', () => {
    const t = { k: 2, x: 0, y: 0 };
    expect(revealTransform(t, { x: 100, y: 100 }, 400, 400)).toBeNull();
    // Near the top, as a story's first bill sits on a phone: in view, left alone.
    expect(revealTransform(t, { x: 100, y: 20 }, 400, 400)).toBeNull();
    // At the right edge: moved left until it is 40 px in, not centred; y untouched.
    expect(revealTransform(t, { x: 199, y: 100 }, 400, 400)).toEqual({ k: 2, x: -38, y: 0 });
    // Above the view: brought down to 40 px from the top.
    expect(revealTransform(t, { x: 100, y: -50 }, 400, 400)).toEqual({ k: 2, x: 0, y: 140 });
    // A small view keeps a third of itself as the margin.
    expect(revealTransform(t, { x: 100, y: -50 }, 400, 60)).toEqual({ k: 2, x: 0, y: 120 });
    expect(revealTransform(t, { x: 1, y: 1 }, 0, 400)).toBeNull();
  });

  it("zooms a view further out than the reading zoom in to it, the node left of the middle, clear of the details panel (a session's focused bill)", () => {
    const far = { k: 0.05, x: 10, y: 10 };
    expect(revealTransform(far, { x: 3000, y: -200 }, 800, 600, READ_ZOOM)).toEqual({ k: 1, x: 240 - 3000, y: 300 + 200 });
    // Closer than that: only panned, never zoomed out.
    expect(revealTransform({ k: 2, x: 0, y: 0 }, { x: 100, y: 100 }, 400, 400, READ_ZOOM)).toBeNull();
  });

  it('zooms in to a focused bill with the bills it is tied to, nearest first, as many as fit at reading size left of the details panel', () => {
    const far = { k: 0.05, x: 10, y: 10 };
    const screen = (t: { k: number; x: number; y: number }, p: { x: number; y: number }) => ({ x: t.k * p.x + t.x, y: t.k * p.y + t.y });
    // 1,200 px wide: the panel covers the right 416 px, so the neighbourhood is centred in the left 784.
    const p = { x: 1000, y: 500 };
    const near = { x: 1434, y: 500 };
    const further = { x: 1764, y: 500 };
    const both = revealTransform(far, p, 1200, 600, READ_ZOOM, [further, near], 416)!;
    // At reading size the nearer one fits (434 px across, in 784 - 2 x 90 = 604), the further one (764) does not.
    expect(both.k).toBe(1);
    expect(screen(both, p).x + screen(both, near).x).toBeCloseTo(784);
    expect(screen(both, further).x).toBeGreaterThan(784);
    expect(screen(both, p).y).toBe(300);
    // Wider, both fit, drawn a little further out than reading size but with names at 14 px or more.
    const wide = revealTransform(far, p, 1300, 600, READ_ZOOM, [further, near], 416)!;
    expect(wide.k).toBeLessThan(1);
    expect(wide.k).toBeGreaterThanOrEqual(14 / 16);
    expect(screen(wide, p).x).toBeGreaterThanOrEqual(90);
    expect(screen(wide, further).x).toBeLessThanOrEqual(1300 - 416 - 90 + 1e-9);
    // Nothing fits at 14 px (a narrow view): the bill alone, as before.
    expect(revealTransform(far, p, 800, 600, READ_ZOOM, [near], 416)).toEqual(revealTransform(far, p, 800, 600, READ_ZOOM));
    // On a phone the details sit below the graph: the whole width is clear, and both tied bills fit a 1,000 px view.
    const phone = revealTransform(far, p, 1000, 600, READ_ZOOM, [further, near], 0)!;
    expect(screen(phone, p).x + screen(phone, further).x).toBeCloseTo(1000);
    // A view already at reading zoom only pans, whatever is around.
    expect(revealTransform({ k: 1, x: -900, y: -200 }, p, 1200, 600, READ_ZOOM, [near])).toBeNull();
  });

  it("frames a focus brought from elsewhere with its ties in the view's clear part when the view is already zoomed in elsewhere (a session's second what-if)", () => {
    const screen = (t: { k: number; x: number; y: number }, q: { x: number; y: number }) => ({ x: t.k * q.x + t.x, y: t.k * q.y + t.y });
    // At reading zoom on another package (HB 4641's), 951 x 343, the details panel over the right 416 px.
    const here = { k: 1, x: -2000, y: -1000 };
    const p = { x: 8900, y: 3800 };
    const tied = { x: 9110, y: 3800 };
    const next = revealTransform(here, p, 951, 343, READ_ZOOM, [tied], 416)!;
    // Not slid to the right edge under the panel (x 911, the bill it is tied to out of sight): in the clear 535 px, both.
    for (const q of [p, tied]) {
      expect(screen(next, q).x).toBeGreaterThanOrEqual(90);
      expect(screen(next, q).x).toBeLessThanOrEqual(951 - 416 - 90 + 1e-9);
      expect(screen(next, q).y).toBeCloseTo(343 / 2);
    }
    expect(next.k).toBe(1);
    // Beyond the top left: not 40 px in, under the "Whole graph" button, but framed as well.
    const above = revealTransform(here, { x: 1500, y: 800 }, 951, 343, READ_ZOOM, [{ x: 1710, y: 800 }], 416)!;
    expect(screen(above, { x: 1500, y: 800 }).x).toBeGreaterThanOrEqual(90);
    expect(screen(above, { x: 1500, y: 800 }).y).toBeCloseTo(343 / 2);
    // Under the panel but in the view: framed too. In the clear part: left where it is.
    expect(revealTransform(here, { x: 2800, y: 1100 }, 951, 343, READ_ZOOM, [tied], 416)).not.toBeNull();
    expect(revealTransform(here, { x: 2300, y: 1100 }, 951, 343, READ_ZOOM, [tied], 416)).toBeNull();
    // Further in than reading size, the reader's zoom is kept where the neighbourhood fits.
    expect(revealTransform({ ...here, k: 1.5 }, p, 951, 343, READ_ZOOM, [tied], 416)!.k).toBe(1.5);
    // A tap (no minimum zoom) and the keyboard's walk (nothing around) only slide in, as before.
    expect(revealTransform(here, p, 951, 343, 0, [tied], 416)).toEqual(revealTransform(here, p, 951, 343));
    expect(revealTransform(here, p, 951, 343, READ_ZOOM)).toEqual({ k: 1, x: -2000 - 6900 + 951 - 40, y: -1000 - 2800 + 343 - 40 });
  });
});

describe('hit sizes (both renderers)', () => {
  const dot = { id: 'd', kind: 'stakeholder' as const, label: 'd', side: 0 };
  const bill = { id: 'b', kind: 'bill' as const, label: 'b', side: 0 };

  it('a dot is a 24 px target however far out, and its own size plus 4 px when zoomed in', () => {
    for (const k of [0.1, 0.5, 1]) expect(hits(dot, { x: 0, y: 0 }, { x: 11.9 / k, y: 0 }, k)).toBe(true);
    expect(hits(dot, { x: 0, y: 0 }, { x: 12.1 / 0.5, y: 0 }, 0.5)).toBe(false);
    expect(hits(dot, { x: 0, y: 0 }, { x: 7 + 3.9 / 4, y: 0 }, 4)).toBe(true);
    expect(hits(dot, { x: 0, y: 0 }, { x: 7 + 4.1 / 4, y: 0 }, 4)).toBe(false);
  });

  it('a bill answers over its box and 4 px around it', () => {
    expect(hits(bill, { x: 0, y: 0 }, { x: 63.9, y: 29.9 }, 1)).toBe(true);
    expect(hits(bill, { x: 0, y: 0 }, { x: 64.1, y: 0 }, 1)).toBe(false);
    const item = { id: 'p', kind: 'provision' as const, label: 'p', side: 0 };
    // The search reaches the far corner of every node's hit area, at every zoom.
    for (const k of [0.05, 0.5, 1, 4])
      for (const n of [bill, item, dot]) expect(hitSearchRadius(k)).toBeGreaterThanOrEqual(Math.hypot(...hitHalfSize(n, k)));
  });
});

describe('zoomKey (both renderers)', () => {
  const none = { ctrlKey: false, metaKey: false, altKey: false };
  it.each([
    ['+', 'in'],
    ['=', 'in'],
    ['-', 'out'],
    ['_', 'out'],
    ['0', 'fit'],
    ['ArrowUp', null],
    ['Enter', null],
    ['1', null],
  ] as const)('%s asks for %s', (key, asked) => {
    expect(zoomKey({ key, ...none })).toBe(asked);
  });

  it('leaves a key held with Ctrl, Cmd or Alt to the browser (Ctrl + zooms the page)', () => {
    for (const held of ['ctrlKey', 'metaKey', 'altKey'] as const)
      for (const key of ['+', '-', '0']) expect(zoomKey({ key, ...none, [held]: true })).toBeNull();
  });
});
