import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterPaint, createAppStore, StoreProvider } from '../../src/store';
import { ScenarioSummary } from '../../src/ui/ScenarioSummary';
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
