import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { renderGraphPanel } from './render';

afterEach(() => vi.unstubAllGlobals());

describe("a toggle's frame changes only what it shows", () => {
  it('sets attributes the stylesheet reads (no text, no elements), and the names follow once the page is idle', async () => {
    const { store, container } = renderGraphPanel();
    const graph = container.querySelector('[data-testid="graph"]')!;
    const sb230 = () => graph.querySelector('g.tb-bill[data-id="sb230"]')!;
    await waitFor(() => expect(sb230()).toHaveAttribute('aria-label', 'SB 230 enacted, bill'));
    const shownWord = () =>
      [...sb230().querySelectorAll('.tb-outcome')].filter((w) => getComputedStyle(w).visibility !== 'hidden').map((w) => w.textContent);
    expect(shownWord()).toEqual(['enacted']);

    const seen = new MutationObserver(() => {});
    seen.observe(graph, { subtree: true, childList: true, characterData: true, attributes: true });
    act(() => store.getState().setAssumption('ab392', 'failed'));
    const changes = seen.takeRecords();
    seen.disconnect();
    expect(changes.filter((c) => c.type !== 'attributes')).toEqual([]);
    expect([...new Set(changes.map((c) => c.attributeName))].sort()).toEqual(['data-fall', 'data-outcome', 'data-present']);
    expect(sb230()).toHaveAttribute('data-outcome', 'inoperative');
    expect(shownWord()).toEqual(['inoperative']);

    await waitFor(() => expect(sb230()).toHaveAttribute('aria-label', 'SB 230 inoperative, bill'));
    expect(sb230().querySelector('title')).toHaveTextContent('SB 230 inoperative, bill');
  });
});
