/** Rendering a component over a store (the founding dataset open unless `init` says otherwise), and what jsdom lacks for the graph. */
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { GraphPanel } from '../../src/app/GraphPanel';
import { vi } from 'vitest';
import type { AppInit } from '../../src/store';
import { createAppStore, StoreProvider } from '../../src/store';
import { foundingDataset } from '../fixtures/datasets';

/** Renders `ui` over a new store with the founding dataset open; returns the store. */
export function renderWithStore(ui: ReactElement, init: AppInit = {}) {
  const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca-2019-deadly-force', ...init });
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

/** jsdom has no ResizeObserver; the graph view only needs to be able to make one (undo with vi.unstubAllGlobals). */
export function stubResizeObserver(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
}

/** The SVG graph panel over a new store with the founding dataset open (ResizeObserver stubbed); returns the store and the rendered container. */
export function renderGraphPanel() {
  stubResizeObserver();
  const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca-2019-deadly-force', renderer: 'svg' });
  const { container } = render(
    <StoreProvider store={store}>
      <GraphPanel />
    </StoreProvider>,
  );
  return { store, container };
}
