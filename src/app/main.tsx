/**
 * Browser entry: read the URL and start what can start at once, then load the full app or the
 * lighter embed. The entry holds no React: each view's chunk brings it, so the browser asks for all
 * of a view's code as soon as this small file has run, not after a large one has.
 */
import { datasetAddress, isDatasetUrl, parseUrlState } from '../shell/urlState';
import { DATASET_FETCH, fetchEarly } from '../shell/earlyFetch';
import { DATA_BASE } from '../shell/datasetIndex';
import { FRAGMENT_REF, fragmentData } from '../shell/fragment';
import { loadCanvasView } from '../graph/loadCanvas';
import './styles.css';

const { state, notices } = parseUrlState(window.location.search);
// An embed cannot see its host page's colours: in a frame it is light (as most articles are) unless
// its address says `theme=dark`, or `theme=auto` to follow the reader's system as the app does.
const framed = window.parent !== window;
const theme = state.theme ?? (state.embed && framed ? 'light' : 'auto');
if (theme !== 'auto') document.documentElement.dataset.theme = theme;
// A graph asked to draw on a canvas needs that renderer: it downloads beside the app, not after the data.
if (state.renderer === 'canvas') void loadCanvasView().catch(() => undefined);
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

// Each view is its own chunk, so an embed downloads none of the full app's code.
void (state.embed ? import('../embed/startEmbed') : import('./startApp')).then(({ start }) => start(state, notices, initialDataset));
