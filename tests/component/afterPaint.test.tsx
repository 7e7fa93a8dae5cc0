import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterPaint, createAppStore, StoreProvider } from '../../src/store';
import { ScenarioSummary } from '../../src/ui/ScenarioSummary';
import { GraphPanel } from '../../src/app/GraphPanel';
import { foundingDataset } from '../fixtures/datasets';

describe('after the graph has painted', () => {
  it('runs queued work after the next frame, together, and never when cancelled', async () => {
    const order: string[] = [];
    afterPaint(() => order.push('panel'));
    const cancel = afterPaint(() => order.push('cancelled'));
    afterPaint(() => order.push('another panel'));
    cancel();
    requestAnimationFrame(() => order.push('frame'));
    expect(order).toEqual([]);
    await waitFor(() => expect(order).toEqual(['frame', 'panel', 'another panel']));
  });

  it('a scenario change reaches the explaining panels only after the frame that shows it', async () => {
    const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca-2019-deadly-force' });
    render(
      <StoreProvider store={store}>
        <ScenarioSummary />
      </StoreProvider>,
    );
    const summary = screen.getByTestId('scenario-summary');
    const before = summary.textContent;
    let framed = false;
    act(() => {
      store.getState().setAssumption('ab392', 'failed');
      requestAnimationFrame(() => (framed = true));
    });
    // The store has changed and React has rendered what it reads at once; the summary waits.
    expect(summary.textContent).toBe(before);
    expect(screen.queryByRole('button', { name: 'Back to the record' })).toBeNull();
    await waitFor(() => expect(summary).toHaveTextContent('If AB 392 had failed, SB 230 could never have taken effect'));
    expect(framed).toBe(true);
    expect(screen.getByRole('button', { name: 'Back to the record' })).toBeInTheDocument();
  });
});

describe('a toggle reaches the graph first', () => {
  it('the graph shows a new outcome as the store changes, before React renders anything', async () => {
    // jsdom has no ResizeObserver; the view only needs to be able to make one.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca-2019-deadly-force', renderer: 'svg' });
    const { container } = render(
      <StoreProvider store={store}>
        <GraphPanel />
      </StoreProvider>,
    );
    const node = await waitFor(() => {
      const g = container.querySelector('g[data-id="sb230"]');
      expect(g).not.toBeNull();
      return g!;
    });
    expect(node).toHaveAttribute('data-outcome', 'enacted');
    // No act(): React has not rendered the change when the next line runs; the view has.
    store.getState().setAssumption('ab392', 'failed');
    expect(node).toHaveAttribute('data-outcome', 'inoperative');
    await act(async () => {
      store.getState().setAssumption('ab392', 'recorded');
      await new Promise((r) => setTimeout(r, 150));
    });
    expect(node).toHaveAttribute('data-outcome', 'enacted');
    vi.unstubAllGlobals();
  });
});
