import { describe, expect, it, vi } from 'vitest';
import { useLayoutEffect } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterPaint, createAppStore, StoreProvider, useDeferredAppStore } from '../../src/store';
import { ScenarioSummary } from '../../src/ui/ScenarioSummary';
import { GraphPanel } from '../../src/app/GraphPanel';
import { AfterGraph } from '../../src/ui/AfterGraph';
import { EmbedControls } from '../../src/embed/EmbedControls';
import { ScenarioControls } from '../../src/ui/ScenarioControls';
import { foundingDataset } from '../fixtures/datasets';
import { renderGraphPanel, renderWithStore, stubResizeObserver } from './render';

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

  it('where the browser has idle callbacks, a batch asks for one (with a timeout for a page that draws no frames) and nothing else', () => {
    const asked: Array<[() => void, IdleRequestOptions | undefined]> = [];
    const frames = vi.fn();
    vi.stubGlobal('requestIdleCallback', (cb: () => void, options?: IdleRequestOptions) => asked.push([cb, options]));
    vi.stubGlobal('requestAnimationFrame', frames);
    const order: string[] = [];
    afterPaint(() => order.push('panel'));
    afterPaint(() => order.push('another panel'));
    vi.unstubAllGlobals();
    expect(asked.map(([, o]) => o)).toEqual([{ timeout: 100 }]);
    expect(frames).not.toHaveBeenCalled();
    expect(order).toEqual([]);
    asked[0][0]();
    expect(order).toEqual(['panel', 'another panel']);
  });

  it('a scenario change reaches the explaining panels only after the frame that shows it', async () => {
    const store = renderWithStore(<ScenarioSummary />);
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

describe("the embed's controls follow the graph", () => {
  it("a press renders no React in its own task: the pressed button changes after the frame that shows the graph's change", async () => {
    const store = renderWithStore(<EmbedControls />);
    const fails = within(screen.getByRole('group', { name: /AB 392/ })).getByRole('button', { name: 'Fails' });
    expect(fails).toHaveAttribute('aria-pressed', 'false');
    let framed = false;
    act(() => {
      fails.click();
      requestAnimationFrame(() => (framed = true));
    });
    expect(store.getState().assumptions).toEqual({ ab392: 'failed' });
    expect(fails).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(fails).toHaveAttribute('aria-pressed', 'true'));
    expect(framed).toBe(true);
  });
});

describe('panels that follow the graph share one subscription', () => {
  it('however many there are, a change costs its own task one listener, and each panel still catches up', async () => {
    const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca-2019-deadly-force' });
    const subscribe = vi.spyOn(store, 'subscribe');
    function Reader({ n }: { n: number }) {
      const assumptions = useDeferredAppStore((s) => s.assumptions);
      return <p>{`reader ${n}: ${Object.keys(assumptions).join(' ') || 'none'}`}</p>;
    }
    render(
      <StoreProvider store={store}>
        {[1, 2, 3, 4, 5].map((n) => (
          <Reader key={n} n={n} />
        ))}
      </StoreProvider>,
    );
    expect(subscribe).toHaveBeenCalledTimes(1);
    act(() => store.getState().setAssumption('ab392', 'failed'));
    for (const n of [1, 2, 3, 4, 5]) await screen.findByText(`reader ${n}: ab392`);
  });
});

describe('a toggle reaches the graph first', () => {
  it('the graph shows a new outcome as the store changes, before React renders anything', async () => {
    const { store, container } = renderGraphPanel();
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

describe('the first frame carries the graph', () => {
  it('the graph is drawn during the commit, before the browser could paint the page without it', () => {
    stubResizeObserver();
    const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca-2019-deadly-force', renderer: 'svg' });
    let atCommit: string | undefined = 'not run';
    // A parent's layout effect runs after its children's, still inside the commit (before any paint).
    function Probe() {
      useLayoutEffect(() => {
        atCommit = document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.layout;
      }, []);
      return <GraphPanel />;
    }
    render(
      <StoreProvider store={store}>
        <Probe />
      </StoreProvider>,
    );
    expect(atCommit).toBe('settled');
    vi.unstubAllGlobals();
  });

  it("the panels around it follow once it has painted; another dataset's wait for its own story", async () => {
    const store = createAppStore({});
    render(
      <StoreProvider store={store}>
        <AfterGraph>
          <p>the scenario panel</p>
        </AfterGraph>
      </StoreProvider>,
    );
    let framed = false;
    act(() => {
      store.getState().openDataset(foundingDataset(), 'ca-2019-deadly-force');
      requestAnimationFrame(() => (framed = true));
    });
    expect(screen.queryByText('the scenario panel')).toBeNull();
    await screen.findByText('the scenario panel');
    expect(framed).toBe(true);
    // Another dataset: until the panels' readings are of it, they show nothing (they would tell
    // the last dataset's story under this one's title), then they come back.
    act(() => store.getState().openDataset({ ...foundingDataset(), id: 'another' }, 'another'));
    expect(screen.queryByText('the scenario panel')).toBeNull();
    await screen.findByText('the scenario panel');
    // The same dataset reopened as a new object (a draft at each pause in typing) keeps them up.
    act(() => store.getState().openDataset({ ...foundingDataset(), id: 'another', title: 'Edited' }, 'another'));
    expect(screen.getByText('the scenario panel')).toBeInTheDocument();
  });

  it("just after another dataset opens, the story sentence never tells the last dataset's story", async () => {
    const store = renderWithStore(<ScenarioSummary />);
    const summary = await screen.findByText(/SB\s230 takes effect only because AB\s392 became law/);
    const box = summary.closest('.tb-summary')!;
    expect(box).not.toHaveAttribute('data-stale');
    const other = {
      ...foundingDataset(),
      id: 'other',
      bills: foundingDataset().bills.map((b) => ({ ...b, label: b.label.replace('SB', 'HB') })),
    };
    act(() => store.getState().openDataset(other, 'other'));
    // The last story is still in the page for a moment, unseen and marked busy; then this one's.
    expect(box).toHaveAttribute('data-stale');
    expect(box).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(box).not.toHaveAttribute('data-stale'));
    expect(box).toHaveTextContent(/HB\s230 takes effect only because AB\s392 became law/);
  });

  it("a toggle re-renders no bill's control at once: the radios follow after the graph's frame", async () => {
    const store = renderWithStore(<ScenarioControls />);
    const fails = within(screen.getByRole('group', { name: /^AB 392/ })).getByRole('radio', { name: 'Fails' });
    act(() => store.getState().setAssumption('ab392', 'failed'));
    expect(fails).not.toBeChecked();
    await waitFor(() => expect(fails).toBeChecked());
    // Reset, from elsewhere, reaches the radios the same way.
    act(() => store.getState().resetScenario());
    await waitFor(() =>
      expect(within(screen.getByRole('group', { name: /^AB 392/ })).getByRole('radio', { name: 'As recorded' })).toBeChecked(),
    );
    expect(fails).not.toBeChecked();
  });
});
