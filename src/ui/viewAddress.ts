/**
 * The address of what the store shows, as the app writes it into the address bar (src/app/urlSync.ts)
 * and as "Copy link" and "Embed" hand it out: built from the store, never read back from the bar,
 * which may still hold an address that failed to open (kept there to be fixed or retried).
 */
import type { AppState } from '../store';
import { FRAGMENT_REF } from '../shell/fragment';
import { serializeUrlState } from '../shell/urlState';
import type { TableAddress } from '../shell/tableAddress';
import { OUTCOMES, type Outcome } from '../engine/scenario';

/** The table's tab, filters and sort in the store, as an address carries them (with `view=table` only). */
export function tableAddressOf(s: AppState): TableAddress {
  const outcome = (OUTCOMES as readonly string[]).includes(s.filters.outcome) ? (s.filters.outcome as Outcome) : undefined;
  return { tab: s.tableTab, filter: s.filters.text, sort: s.tableSort ?? undefined, outcome, changed: s.filters.changed || undefined };
}

/** The query string of the store's view (`embed` adds `embed=1`). */
export function viewSearch(s: AppState, embed = false): string {
  return serializeUrlState({
    dataset: s.datasetRef ?? undefined,
    assumptions: s.assumptions,
    asOf: s.asOf,
    focus: s.focus ?? undefined,
    view: s.view,
    ...tableAddressOf(s),
    theme: s.theme === 'auto' ? undefined : s.theme,
    renderer: s.renderer === 'auto' ? undefined : s.renderer,
    stakeholders: s.stakeholders,
    embed,
  });
}

/** The full address of the store's view on this page (a dataset carried in the fragment keeps it). */
export function viewAddress(s: AppState, embed = false): string {
  const hash = s.datasetRef === FRAGMENT_REF ? window.location.hash : '';
  return `${window.location.origin}${window.location.pathname}${viewSearch(s, embed)}${hash}`;
}
