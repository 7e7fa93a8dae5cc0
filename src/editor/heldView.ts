/**
 * The address's what-if and focus, held while the editor reopened its draft (DatasetSlice.held),
 * put in place once the draft shows: what names the draft's bills and nodes is kept, and the rest
 * is said, as the address's scenario is for any dataset it opens.
 */
import type { Dataset } from '../model';
import type { AppState } from '../store';
import { hasNode, unknownFocusNotice } from '../store';
import { unknownScenarioNotice } from '../shell/urlState';

/** What showing `draft` changes in `state` that holds the address's view: its what-if and focus, then nothing held. */
export function heldShown(state: AppState, draft: Dataset): Partial<AppState> {
  const held = state.held;
  if (!held) return {};
  const bills = new Set(draft.bills.map((b) => b.id));
  const assumptions = Object.fromEntries(Object.entries(held.assumptions).filter(([id]) => bills.has(id)));
  const focus = held.focus && hasNode(draft, held.focus) ? held.focus : null;
  const unknown = unknownScenarioNotice(held.assumptions, draft);
  const said = [...(unknown ? [unknown] : []), ...(held.focus && !focus ? [unknownFocusNotice(held.focus, draft)] : [])];
  const notices = said.length ? [...state.notices.filter((n) => !said.some((x) => x.id === n.id)), ...said] : state.notices;
  return { held: null, assumptions: { ...state.assumptions, ...assumptions }, focus: focus ?? state.focus, notices };
}
