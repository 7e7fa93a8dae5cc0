/** Wires the postMessage API to the store: commands in from allowed origins, events out to them. */
import { todayIso } from '../model/dates';
import { lateAsOf, lateAsOfReason } from '../engine';
import type { AppStore } from '../store';
import { hasNode, selectEvaluation } from '../store';
import { parseCommand } from './messaging';

/**
 * Listens for commands and posts `tiebar:ready`, `tiebar:outcomes`, `tiebar:select` and `tiebar:error` events. Returns a cleanup.
 * `now` is the clock a date is checked against.
 */
export function startEmbedBridge(store: AppStore, win: Window, allowed: ReadonlySet<string>, now = () => new Date()): () => void {
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
    } else if (cmd.type === 'tiebar:setAsOf') {
      // A bad command is refused whole and changes nothing, like an unknown bill above; the address's
      // late date gives way to the latest record only because a page being opened must show something.
      const late = lateAsOf(cmd.asOf ?? undefined, s.dataset, todayIso(now()));
      if (late) return post({ type: 'tiebar:error', message: `${lateAsOfReason(late)}; the view was not changed` });
      s.setAsOf(cmd.asOf ?? undefined);
    } else if (cmd.type === 'tiebar:focus') {
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
