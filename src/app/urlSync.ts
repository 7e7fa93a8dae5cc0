/** Keeps the address bar in step with the store, and the store with back/forward. */
import type { AppState, AppStore } from '../store';
import { parseUrlState, serializeUrlState } from '../embed/urlState';

function toUrl(s: AppState, embed: boolean, theme: 'light' | 'dark' | undefined): string {
  return serializeUrlState({
    dataset: s.datasetRef ?? undefined,
    assumptions: s.assumptions,
    asOf: s.asOf,
    focus: s.focus ?? undefined,
    view: s.view,
    theme,
    embed,
  });
}

/** Mirrors store changes into the URL (replaceState) and popstate into the store. Returns a cleanup. */
export function syncUrl(store: AppStore, embed: boolean, theme: 'light' | 'dark' | undefined): () => void {
  let last = window.location.search;
  const unsubscribe = store.subscribe((s) => {
    if (!s.datasetRef) return;
    const next = toUrl(s, embed, theme);
    if (next !== last) {
      last = next;
      window.history.replaceState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    }
  });
  const onPop = () => {
    const { state } = parseUrlState(window.location.search);
    last = window.location.search;
    store.setState({ assumptions: state.assumptions, asOf: state.asOf, view: state.view, focus: state.focus ?? null });
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
