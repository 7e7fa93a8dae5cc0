/** Browser entry: read the URL, make the store, then load the full app or the lighter embed. */
import { createElement, StrictMode } from 'react';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore, StoreProvider } from '../store';
import { datasetAddress, isDatasetUrl, parseUrlState, viewStateOf } from '../shell/urlState';
import { DATASET_FETCH, fetchEarly } from '../shell/earlyFetch';
import { DATA_BASE } from '../shell/datasetIndex';
import { FRAGMENT_REF, fragmentData } from '../shell/fragment';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { loadCanvasView } from '../graph/loadCanvas';
import './styles.css';

const { state, notices } = parseUrlState(window.location.search);
const store = createAppStore({
  ...viewStateOf(state),
  notices: notices.map((n) => ({ id: `url-${n.param}`, level: 'warning' as const, message: n.message })),
});
if (state.theme) document.documentElement.dataset.theme = state.theme;
// A graph asked to draw on a canvas needs that renderer: it downloads beside the app, not after the data.
if (state.renderer === 'canvas') void loadCanvasView().catch(() => undefined);
// `?debug=1` exposes the store to scripts on the page (the benchmarks drive scenarios through it).
if (new URLSearchParams(window.location.search).get('debug') === '1') Object.assign(window, { __tiebar: { store } });
if (state.embed) document.documentElement.classList.add('tb-embedded');
// The embed never changes the framed page's URL or history; the app mirrors its state into it (App.tsx).

// A dataset in the fragment (`#data=`) wins over `?dataset=`: the link carries it.
const initialDataset = fragmentData(window.location.hash) !== null ? FRAGMENT_REF : state.dataset;
// The embed (what readers see, from the moment its page is asked for) requests its dataset, and
// the list of built-ins it checks a built-in against, now, while its code is still loading. The
// full app does not: measured here, it gained nothing from the navigation to its first frame (its
// start-up, not the file, is the wait), and a file that lands before the app can read it puts that
// start-up into the graph bench's "after the data arrived".
if (state.embed && initialDataset !== FRAGMENT_REF) {
  if (!isDatasetUrl(initialDataset)) fetchEarly(`${DATA_BASE}index.json`);
  fetchEarly(datasetAddress(initialDataset), DATASET_FETCH);
}
// A new `#data=` link pasted into this tab changes only the fragment: open what it carries.
window.addEventListener('hashchange', () => {
  if (fragmentData(window.location.hash) !== null) window.location.reload();
});

// Each entry is its own chunk, so an embed downloads none of the full app's code.
const view: Promise<ReactElement> = state.embed
  ? import('../embed/EmbedApp').then(({ EmbedApp }) => createElement(EmbedApp, { initialDataset }))
  : import('./App').then(({ App }) => createElement(App, { initialDataset }));

void view.then((element) =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <StoreProvider store={store}>{element}</StoreProvider>
      </ErrorBoundary>
    </StrictMode>,
  ),
);
