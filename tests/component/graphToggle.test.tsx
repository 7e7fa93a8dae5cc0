import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { renderGraphPanel } from './render';
import type { GraphState, GraphStructure } from '../../src/engine/graphSpec';
import { createSvgView } from '../../src/graph/svg/createSvgView';
import { LAYERED_BILLS } from '../../src/graph/svg/drawNodes';
import { OUTCOME_STYLE } from '../../src/graph/core/encodings';
import { whenIdle } from '../../src/timing/whenIdle';

afterEach(() => vi.unstubAllGlobals());

describe("a toggle's frame changes only what it shows", () => {
  it('sets attributes the stylesheet reads (no text, no elements), the drop and the names follow', async () => {
    const { store, container } = renderGraphPanel();
    const graph = container.querySelector('[data-testid="graph"]')!;
    const sb230 = () => graph.querySelector('g.tb-bill[data-id="sb230"]')!;
    await waitFor(() => expect(sb230()).toHaveAttribute('aria-label', 'SB 230 enacted, bill'));
    // A bill is drawn in every outcome's look (once the first frame has painted), and shows its own (the one opaque).
    await waitFor(() => expect(sb230().querySelectorAll('.tb-look')).toHaveLength(5));
    const shownWord = () =>
      [...sb230().querySelectorAll('.tb-look')]
        .filter((l) => getComputedStyle(l).opacity !== '0')
        .map((l) => l.querySelector('.tb-outcome')!.textContent);
    expect(shownWord()).toEqual(['enacted']);

    const seen = new MutationObserver(() => {});
    seen.observe(graph, { subtree: true, childList: true, characterData: true, attributes: true });
    act(() => store.getState().setAssumption('ab392', 'failed'));
    const changes = seen.takeRecords();
    seen.disconnect();
    expect(changes.filter((c) => c.type !== 'attributes')).toEqual([]);
    // Only values that moved are written (the two bills' outcomes; no presence), and the drop (data-fall) starts
    // a frame later, so the toggle's own frame shows only the new look.
    expect(changes.map((c) => `${(c.target as Element).getAttribute('data-id')} ${c.attributeName}`)).toEqual([
      'ab392 data-outcome',
      'sb230 data-outcome',
    ]);
    expect(sb230()).toHaveAttribute('data-outcome', 'inoperative');
    expect(shownWord()).toEqual(['inoperative']);
    await waitFor(() => expect(sb230()).toHaveAttribute('data-fall'));

    await waitFor(() => expect(sb230()).toHaveAttribute('aria-label', 'SB 230 inoperative, bill'));
    expect(sb230().querySelector('title')).toHaveTextContent('SB 230 inoperative, bill');
  });
});

describe('without idle callbacks (Safari)', () => {
  it('idle work waits for the next frame to be drawn: a task posted from its callbacks', async () => {
    const frames: Array<(t: number) => void> = [];
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.stubGlobal('requestAnimationFrame', (cb: (t: number) => void) => frames.push(cb));
    const job = vi.fn();
    whenIdle(job);
    await new Promise((r) => setTimeout(r, 20));
    expect(job).not.toHaveBeenCalled();
    frames.splice(0).forEach((f) => f(0));
    expect(job).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 0));
    expect(job).toHaveBeenCalledTimes(1);
  });
});

describe('names follow every change', () => {
  it('the drop waits a frame after the idle period, and a change made in between is named too', () => {
    const { store, container } = renderGraphPanel();
    const sb230 = () => container.querySelector('g.tb-bill[data-id="sb230"]')!;
    // The browser's idle periods and frames, run by hand from here on.
    const idle: Array<() => void> = [];
    const frames: Array<(t: number) => void> = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    vi.stubGlobal('cancelIdleCallback', () => {});
    vi.stubGlobal('requestAnimationFrame', (cb: (t: number) => void) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const run = (queue: Array<(t: number) => void>) => act(() => queue.splice(0).forEach((f) => f(0)));
    act(() => store.getState().setAssumption('ab392', 'failed'));
    // The toggle's own task asked for no frame callback: the new look needs none.
    expect(frames).toHaveLength(0);
    run(idle);
    expect(sb230()).toHaveAttribute('aria-label', 'SB 230 inoperative, bill');
    expect(sb230()).not.toHaveAttribute('data-fall');
    // Back, before the drop's frame.
    act(() => store.getState().setAssumption('ab392', 'recorded'));
    run(frames);
    run(idle);
    expect(sb230()).toHaveAttribute('aria-label', 'SB 230 enacted, bill');
  });
});

describe("a bill's outcome looks", () => {
  // Up to LAYERED_BILLS bills each bill is drawn in every outcome's look, each a compositor layer
  // (showing another paints nothing); beyond, one look a bill is restyled (five layers a bill would
  // cost more memory, and elements, than the toggle saves).
  it.each([
    [LAYERED_BILLS, 5],
    [LAYERED_BILLS + 1, 1],
  ])('with %i bills, each bill has %i looks, and shows its outcome', async (count, looks) => {
    const nodes: GraphStructure['nodes'] = Array.from({ length: count }, (_, i) => ({
      id: `b${i}`,
      kind: 'bill' as const,
      label: `B ${i}`,
      side: 0,
    }));
    const baked = Object.fromEntries(nodes.map((n, i) => [n.id, [200 * (i % 8), 100 * Math.floor(i / 8)] as const]));
    const stateOf = (outcome: string) =>
      ({ nodes: Object.fromEntries(nodes.map((n) => [n.id, { outcome, present: true }])), edges: {} }) as GraphState;
    const container = document.body.appendChild(document.createElement('div'));
    const view = createSvgView(container);
    view.setState(stateOf('enacted'));
    view.setData({ nodes, edges: [], baked });
    const svg = container.querySelector('svg')!;
    const b0 = svg.querySelector('g.tb-bill[data-id="b0"]')!;
    const shown = () =>
      [...b0.querySelectorAll('.tb-look')]
        .filter((l) => getComputedStyle(l).opacity !== '0')
        .map((l) => [l.querySelector('.tb-outcome')!.textContent, getComputedStyle(l.querySelector('.tb-shape')!).fill]);
    expect(svg.querySelectorAll('g.tb-bill')).toHaveLength(count);
    // The first frame draws the bill's own look only; the others follow once it has painted.
    expect([...b0.querySelectorAll('.tb-look')].map((l) => l.getAttribute('data-look'))).toEqual(['enacted']);
    await waitFor(() => expect(b0.querySelectorAll('.tb-look')).toHaveLength(looks));
    expect(svg.hasAttribute('data-layers')).toBe(looks > 1);
    expect(getComputedStyle(b0.querySelector('.tb-look')!).getPropertyValue('will-change')).toBe(looks > 1 ? 'opacity' : 'auto');
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(shown()).toEqual([['enacted', rgb(OUTCOME_STYLE.enacted.fill)]]);
    view.setState(stateOf('failed'));
    expect(shown()).toEqual([['failed', rgb(OUTCOME_STYLE.failed.fill)]]);
    view.destroy();
    container.remove();
  });

  it('draws a bill anew when the story changes (a group opened), keeping nothing of the old drawing', async () => {
    const { container } = renderGraphPanel();
    const graph = container.querySelector('[data-testid="graph"]')!;
    const bill = () => graph.querySelector('g.tb-bill[data-id="sb230"]')!;
    await waitFor(() => expect(bill()?.querySelectorAll('.tb-look')).toHaveLength(5));
    const texts = () => [...bill().childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).length;
    const drawn = [texts(), bill().children.length];
    // Each opening and folding of a group draws the story's nodes anew.
    for (let i = 0; i < 3; i++) {
      act(() =>
        (graph.querySelector('g.tb-group[data-id="grp:sb230:oppose"]') as SVGGElement).dispatchEvent(
          new MouseEvent('click', { bubbles: true }),
        ),
      );
      await waitFor(() => expect(graph.querySelector(`g.tb-member[data-id^="in:sb230:"]`) !== null).toBe(i % 2 === 0));
    }
    await waitFor(() => expect([texts(), bill().children.length]).toEqual(drawn));
  });

  it('a change that comes before the other looks are drawn draws the look it needs, in its place in the stack', () => {
    const nodes: GraphStructure['nodes'] = [{ id: 'b0', kind: 'bill', label: 'B 0', side: 0 }];
    const stateOf = (outcome: string) => ({ nodes: { b0: { outcome, present: true } }, edges: {} }) as GraphState;
    const container = document.body.appendChild(document.createElement('div'));
    const view = createSvgView(container);
    view.setState(stateOf('pending'));
    view.setData({ nodes, edges: [], baked: { b0: [0, 0] } });
    const b0 = container.querySelector('g.tb-bill')!;
    const looks = () =>
      [...b0.querySelectorAll('.tb-look')].map((l) => `${l.getAttribute('data-look')}:${l.querySelector('.tb-outcome')!.textContent}`);
    expect(looks()).toEqual(['pending:pending']);
    view.setState(stateOf('failed'));
    view.setState(stateOf('enacted'));
    expect(looks()).toEqual(['enacted:enacted', 'pending:pending', 'failed:failed']);
    expect(b0.getAttribute('data-outcome')).toBe('enacted');
    // Copies of the first look: the same box and name.
    const boxes = new Set(
      [...b0.querySelectorAll('.tb-look')].map((l) => l.querySelector('.tb-shape')!.outerHTML + l.querySelector('.tb-name')!.outerHTML),
    );
    expect(boxes.size).toBe(1);
    view.destroy();
    container.remove();
  });
});
