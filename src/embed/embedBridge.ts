/** Wires the postMessage API to the store: commands in from allowed origins, events out to them. */
import type { AppStore } from '../store';
import { hasNode, selectEvaluation } from '../store';
import { parseCommand } from './messaging';

/** Listens for commands and posts `tiebar:ready`, `tiebar:outcomes`, `tiebar:select` and `tiebar:error` events. Returns a cleanup. */
export function startEmbedBridge(store: AppStore, win: Window, allowed: ReadonlySet<string>): () => void {
  if (allowed.size === 0 || win.parent === win) return () => {};
  const post = (event: Record<string, unknown>) => {
    for (const origin of allowed) win.parent.postMessage(event, origin);
  };
  const onMessage = (e: MessageEvent) => {
    if (!allowed.has(e.origin) || e.source !== win.parent) return;
    const cmd = parseCommand(e.data);
    if (!cmd) return;
    const s = store.getState();
    if (!s.dataset) return;
    if (cmd.type === 'tiebar:setScenario') {
      const unknown = Object.keys(cmd.scenario).filter((id) => !s.dataset!.bills.some((b) => b.id === id));
      if (unknown.length > 0) return post({ type: 'tiebar:error', message: `no bill with id ${unknown.map((u) => `"${u}"`).join(', ')}` });
      s.setAssumptions(cmd.scenario);
    } else if (cmd.type === 'tiebar:setAsOf') s.setAsOf(cmd.asOf ?? undefined);
    else if (cmd.type === 'tiebar:focus') {
      if (cmd.id !== null && !hasNode(s.dataset, cmd.id)) return post({ type: 'tiebar:error', message: `no node with id "${cmd.id}"` });
      s.setFocus(cmd.id);
    } else s.setView(cmd.view);
  };
  win.addEventListener('message', onMessage);
  let lastOutcomes: unknown = null;
  let readySent = false;
  const unsubscribe = store.subscribe((s, prev) => {
    const ev = selectEvaluation(s);
    if (!ev) return;
    if (!readySent) {
      readySent = true;
      lastOutcomes = ev.outcomes;
      post({ type: 'tiebar:ready', dataset: s.dataset!.id, outcomes: ev.outcomes });
    } else if (ev.outcomes !== lastOutcomes) {
      lastOutcomes = ev.outcomes;
      post({ type: 'tiebar:outcomes', outcomes: ev.outcomes, scenario: s.assumptions, asOf: s.asOf ?? null });
    }
    if (s.focus === prev.focus) return;
    // A focus the dataset does not have (from the URL) was dropped when it opened: an error, not a selection.
    if (s.dataset !== prev.dataset && prev.focus && s.focus === null)
      post({ type: 'tiebar:error', message: `no node with id "${prev.focus}"` });
    else post({ type: 'tiebar:select', id: s.focus });
  });
  return () => {
    win.removeEventListener('message', onMessage);
    unsubscribe();
  };
}
