import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { renderGraphPanel } from './render';
import type { GraphState, GraphStructure } from '../../src/engine/graphSpec';
import { createSvgView } from '../../src/graph/svg/createSvgView';
import { LAYERED_BILLS } from '../../src/graph/svg/drawNodes';

afterEach(() => vi.unstubAllGlobals());

describe("a toggle's frame changes only what it shows", () => {
  it('sets attributes the stylesheet reads (no text, no elements), the drop and the names follow', async () => {
    const { store, container } = renderGraphPanel();
    const graph = container.querySelector('[data-testid="graph"]')!;
    const sb230 = () => graph.querySelector('g.tb-bill[data-id="sb230"]')!;
    await waitFor(() => expect(sb230()).toHaveAttribute('aria-label', 'SB 230 enacted, bill'));
    // A bill is drawn in every outcome's look, and shows its own (the one opaque).
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
    // The drop (data-fall) starts a frame later, so the toggle's own frame shows only the new look.
    expect([...new Set(changes.map((c) => c.attributeName))].sort()).toEqual(['data-outcome', 'data-present']);
    expect(sb230()).toHaveAttribute('data-outcome', 'inoperative');
    expect(shownWord()).toEqual(['inoperative']);
    await waitFor(() => expect(sb230()).toHaveAttribute('data-fall'));

    await waitFor(() => expect(sb230()).toHaveAttribute('aria-label', 'SB 230 inoperative, bill'));
    expect(sb230().querySelector('title')).toHaveTextContent('SB 230 inoperative, bill');
  });
});

describe("a bill's outcome looks", () => {
  // Up to LAYERED_BILLS bills each look is its own compositor layer (showing another paints nothing);
  // beyond, five layers a bill would cost more memory than the toggle saves.
  it.each([
    [LAYERED_BILLS, true],
    [LAYERED_BILLS + 1, false],
  ])('with %i bills, are compositor layers: %s', (count, layered) => {
    const nodes: GraphStructure['nodes'] = Array.from({ length: count }, (_, i) => ({
      id: `b${i}`,
      kind: 'bill' as const,
      label: `B ${i}`,
      side: 0,
    }));
    const baked = Object.fromEntries(nodes.map((n, i) => [n.id, [200 * (i % 8), 100 * Math.floor(i / 8)] as const]));
    const state = { nodes: Object.fromEntries(nodes.map((n) => [n.id, { outcome: 'enacted', present: true }])), edges: {} } as GraphState;
    const container = document.body.appendChild(document.createElement('div'));
    const view = createSvgView(container);
    view.setState(state);
    view.setData({ nodes, edges: [], baked });
    const svg = container.querySelector('svg')!;
    expect(svg.querySelectorAll('g.tb-bill')).toHaveLength(count);
    expect(svg.hasAttribute('data-layers')).toBe(layered);
    expect(getComputedStyle(svg.querySelector('.tb-look')!).getPropertyValue('will-change')).toBe(layered ? 'opacity' : 'auto');
    view.destroy();
    container.remove();
  });
});
