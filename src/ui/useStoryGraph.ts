/** What the graph draws for the open dataset: the story (grouped stakeholders) or the network, with focus and selection mapped to it. */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GraphState, GraphStructure } from '../engine/graphSpec';
import { buildGraphState } from '../engine/graphSpec';
import type { Evaluation } from '../engine/evaluate';
import { buildStoryState, buildStoryStructure, isSession } from '../engine/storyGraph';
import { leadBill } from '../engine/summary';
import { selectEvaluation, selectGraphStructure, selectWholeRecord, useAppStore, useAppStoreApi, useDeferredAppStore } from '../store';

/** The graph's inputs for the open dataset, or nulls while none is open. */
export interface StoryGraph {
  /** What to draw. */
  structure: GraphStructure | null;
  /** How it looks in the scenario and date. */
  state: GraphState | null;
  /** The node to highlight (a focused stakeholder inside a group shows as its group until it opens). */
  focus: string | null;
  /** A node was activated: a group opens into its members; anything else is focused. */
  onSelect: (id: string | null) => void;
  /** Hands the graph each new state the moment the scenario or date changes, ahead of React (see GraphView's `live`). */
  live: (apply: (state: GraphState) => void) => () => void;
}

const fullStates = new WeakMap<Evaluation, GraphState>();
const storyStates = new WeakMap<GraphState, WeakMap<GraphStructure, GraphState>>();

/** The graph's state for an evaluation drawn as `structure`: one object per pair, so a view handed it twice sees nothing changed. */
export function graphStateOf(ev: Evaluation, structure: GraphStructure): GraphState {
  let full = fullStates.get(ev);
  if (!full) fullStates.set(ev, (full = buildGraphState(ev)));
  let perStructure = storyStates.get(full);
  if (!perStructure) storyStates.set(full, (perStructure = new WeakMap()));
  let state = perStructure.get(structure);
  if (!state) perStructure.set(structure, (state = buildStoryState(full, structure)));
  return state;
}

const NO_GROUPS: ReadonlySet<string> = new Set();

/**
 * Builds the graph's inputs from the store, in the stakeholder mode the store (and URL) asks for;
 * with `only`, the story of those bills alone (a session's embed) about `about`. A story's cards
 * start with the bill its sentence leads with.
 */
export function useStoryGraph(only?: ReadonlySet<string>, about?: string): StoryGraph {
  const ds = useAppStore((s) => s.dataset);
  const store = useAppStoreApi();
  const full = useAppStore(selectGraphStructure);
  // A scenario or date change reaches the graph through `live` at once; this component renders
  // again only after that frame has painted (the deferred read), and then reads the latest.
  useDeferredAppStore(selectEvaluation);
  const evaluation = ds ? selectEvaluation(store.getState()) : null;
  const mode = useAppStore((s) => s.stakeholders);
  const focus = useAppStore((s) => s.focus);
  const setFocus = useAppStore((s) => s.setFocus);
  const [open, setOpen] = useState<{ ds: unknown; ids: ReadonlySet<string> }>({ ds: null, ids: NO_GROUPS });
  const openIds = open.ds === ds ? open.ids : NO_GROUPS;
  // The record's lead, from the whole record (a date or a scenario does not rearrange the cards).
  const whole = useAppStore((s) => (!about && s.dataset && !isSession(s.dataset) ? selectWholeRecord(s) : null));
  const lead = useMemo(() => about ?? (whole ? leadBill(whole) : null), [about, whole]);
  const grouped = useMemo(
    () => (ds && full ? buildStoryStructure(ds, full, mode, openIds, only, lead) : null),
    [ds, full, mode, openIds, only, lead],
  );
  // The member row the reader picked: a stakeholder can be listed under two bills, and the row
  // tapped (not the first one listing them) is the one lit, in the group it is in.
  const [row, setRow] = useState<{ ds: unknown; id: string; ref: string; bill?: string } | null>(null);
  const picked = row && row.ds === ds && row.ref === focus ? row : null;
  // A focused stakeholder (from the URL, search or the table) opens the group it is in.
  const focusGroup = focus
    ? grouped?.nodes.find((n) => n.kind === 'group' && n.members?.includes(focus) && (!picked || n.parent === picked.bill))?.id
    : undefined;
  const structure = useMemo(
    () => (ds && full && focusGroup ? buildStoryStructure(ds, full, mode, new Set([...openIds, focusGroup]), only, lead) : grouped),
    [ds, full, mode, openIds, focusGroup, grouped, only, lead],
  );
  const state = evaluation && structure ? graphStateOf(evaluation, structure) : null;
  const drawn = useRef(structure);
  useLayoutEffect(() => {
    drawn.current = structure;
  });
  const live = useCallback(
    (apply: (state: GraphState) => void) =>
      store.subscribe((s, prev) => {
        if (s.dataset !== prev.dataset || (s.assumptions === prev.assumptions && s.asOf === prev.asOf)) return;
        const ev = selectEvaluation(s);
        if (ev && drawn.current && ev.record.dataset === s.dataset) apply(graphStateOf(ev, drawn.current));
      }),
    [store],
  );
  const pickedId = picked?.id;
  const shown = useMemo(() => {
    if (!focus || !structure) return focus;
    if (structure.nodes.some((n) => n.id === focus)) return focus;
    if (pickedId && structure.nodes.some((n) => n.id === pickedId)) return pickedId;
    return structure.nodes.find((n) => n.ref === focus)?.id ?? focus;
  }, [focus, structure, pickedId]);
  const onSelect = (id: string | null) => {
    const node = id ? structure?.nodes.find((n) => n.id === id) : undefined;
    // A small side's heading is always listed: there is nothing to fold or open.
    if (node?.fixed) return;
    if (node?.kind === 'group' && node.open) {
      // Folded again; a focused member would open it at once, so the focus goes too.
      setOpen({ ds, ids: new Set([...openIds].filter((g) => g !== node.id)) });
      if (focus && node.members?.includes(focus)) setFocus(null);
    } else if (node?.kind === 'group') setOpen({ ds, ids: new Set([...openIds, node.id]) });
    else {
      setRow(node?.ref ? { ds, id: node.id, ref: node.ref, bill: node.parent } : null);
      setFocus(node?.ref ?? id);
    }
  };
  return { structure, state, focus: shown ?? null, onSelect, live };
}
