/** Makes the store from the URL's state and renders a view (the app or the embed) into the page. */
import { StrictMode } from 'react';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore, NO_FILTERS, StoreProvider } from '../store';
import type { AppInit } from '../store';
import type { UrlNotice, UrlState } from '../shell/urlState';
import { viewStateOf } from '../shell/urlState';
import { ErrorBoundary } from './ErrorBoundary';

/** How a view's chunk starts: with the URL's state, its notices and the dataset to open first. */
export type Start = (state: UrlState, notices: UrlNotice[], initialDataset: string) => void;

/** Renders `view` over a store made from the URL's state (and `init`, what the view sets besides). */
export function mount(state: UrlState, notices: UrlNotice[], view: ReactElement, init: AppInit = {}): void {
  const store = createAppStore({
    ...viewStateOf(state, NO_FILTERS),
    notices: notices.map((n) => ({ id: `url-${n.param}`, level: 'warning' as const, message: n.message })),
    ...init,
  });
  // `?debug=1` exposes the store to scripts on the page (the benchmarks drive scenarios through it).
  if (new URLSearchParams(window.location.search).get('debug') === '1') Object.assign(window, { __tiebar: { store } });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <StoreProvider store={store}>{view}</StoreProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
