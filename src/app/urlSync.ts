/** Keeps the address bar in step with the store (a history entry per change), and back/forward with the store. */
import type { AppState, AppStore } from '../store';
import { parseUrlState, serializeUrlState } from '../shell/urlState';
import { FRAGMENT_REF } from '../shell/fragment';

function toUrl(s: AppState, embed: boolean): string {
  return serializeUrlState({
    dataset: s.datasetRef ?? undefined,
    assumptions: s.assumptions,
    asOf: s.asOf,
    focus: s.focus ?? undefined,
    view: s.view,
    theme: s.theme === 'auto' ? undefined : s.theme,
    renderer: s.renderer === 'auto' ? undefined : s.renderer,
    stakeholders: s.stakeholders,
    embed,
  });
}

/**
 * Mirrors store changes into the URL: a new history entry when the dataset, scenario, view or
 * focus changes (so back/forward step through them), a replaced one for the date and theme
 * (scrubbing must not flood the history). popstate puts the URL's state back into the store.
 */
export function syncUrl(store: AppStore, embed: boolean): () => void {
  let last = window.location.search;
  let applying = false;
  const unsubscribe = store.subscribe((s, prev) => {
    if (!s.datasetRef || applying) return;
    const next = toUrl(s, embed);
    if (next === last) return;
    const first = prev.datasetRef === null;
    const minor =
      s.assumptions === prev.assumptions &&
      s.view === prev.view &&
      s.focus === prev.focus &&
      s.datasetRef === prev.datasetRef &&
      s.stakeholders === prev.stakeholders;
    // The fragment carries a dataset (`#data=`): kept while that dataset is open, dropped after.
    const hash = s.datasetRef === FRAGMENT_REF ? window.location.hash : '';
    const url = `${window.location.pathname}${next}${hash}`;
    if (first || minor) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    last = next;
  });
  const onPop = () => {
    const { state } = parseUrlState(window.location.search);
    last = window.location.search;
    applying = true;
    store.setState({
      assumptions: state.assumptions,
      asOf: state.asOf,
      view: state.view,
      focus: state.focus ?? null,
      theme: state.theme ?? 'auto',
      stakeholders: state.stakeholders ?? 'grouped',
    });
    applying = false;
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
