/** Keeps the address bar in step with the store (a history entry per change), and back/forward with the store. */
import type { AppStore } from '../store';
import { parseUrlState, viewStateOf } from '../shell/urlState';
import { viewSearch } from '../ui/viewAddress';
import { FRAGMENT_REF } from '../shell/fragment';
import { afterPaint } from '../store';

/** Opens a dataset by ref (a built-in id, a saved id or a URL); resolves once it is open or refused. */
export type OpenRef = (ref: string) => Promise<unknown>;

/**
 * Mirrors store changes into the URL: a new history entry when the dataset, scenario, view, table
 * or focus changes (so back/forward step through them), a replaced one for the date, theme and the
 * table's filter and sort (scrubbing or typing must not flood the history). popstate puts the URL's
 * state back into the store: the dataset first (through `open`), then the scenario, date, view,
 * focus, theme, renderer and the table's tab, filter text and sort.
 */
export function syncUrl(store: AppStore, embed: boolean, open: OpenRef): () => void {
  let last = window.location.search;
  let applying = false;
  let pops = 0;
  // Changes since the URL was last written: the write waits until the frame showing them has
  // painted (a history write costs milliseconds the graph's frame should not wait for).
  let pending: { push: boolean; cancel: () => void } | null = null;
  const write = () => {
    const push = pending?.push ?? false;
    pending = null;
    const s = store.getState();
    if (!s.datasetRef) return;
    const next = viewSearch(s, embed);
    if (next === last) return;
    // The fragment carries a dataset (`#data=`): kept while that dataset is open, dropped after.
    const hash = s.datasetRef === FRAGMENT_REF ? window.location.hash : '';
    const url = `${window.location.pathname}${next}${hash}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    last = next;
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (!s.datasetRef || applying) return;
    const first = prev.datasetRef === null;
    // An address naming a dataset that would not open stays as typed while the notice says what is
    // shown instead: the reader can see and fix it, and a reload tries it again (a network may have
    // failed). Their first change writes the address of what they see. (A bad value of another
    // parameter is simply dropped: its notice says so.)
    if (first && s.notices.some((n) => /^(load-|url-dataset$)/.test(n.id))) return;
    const minor =
      s.assumptions === prev.assumptions &&
      s.view === prev.view &&
      s.focus === prev.focus &&
      s.datasetRef === prev.datasetRef &&
      s.stakeholders === prev.stakeholders &&
      s.tableTab === prev.tableTab;
    const push = !first && !minor;
    if (pending) pending.push ||= push;
    else pending = { push, cancel: afterPaint(write) };
  });
  const onPop = async () => {
    const pop = ++pops;
    pending?.cancel();
    pending = null;
    const { state } = parseUrlState(window.location.search);
    last = window.location.search;
    applying = true;
    try {
      if (state.dataset !== store.getState().datasetRef) await open(state.dataset);
      if (pop !== pops) return; // a later back/forward took over
      store.setState(viewStateOf(state, store.getState().filters));
    } finally {
      if (pop === pops) applying = false;
    }
  };
  const listener = () => void onPop();
  window.addEventListener('popstate', listener);
  return () => {
    pending?.cancel();
    unsubscribe();
    window.removeEventListener('popstate', listener);
  };
}
