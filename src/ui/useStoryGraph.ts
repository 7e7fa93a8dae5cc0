/** What the graph draws for the open dataset: the story (grouped stakeholders) or the network, with focus and selection mapped to it. */
import { useMemo, useState } from 'react';
import type { GraphState, GraphStructure } from '../engine/graphSpec';
import { buildGraphState } from '../engine/graphSpec';
import { buildStoryState, buildStoryStructure } from '../engine/storyGraph';
import { selectEvaluation, selectGraphStructure, useAppStore } from '../store';

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
}

const NO_GROUPS: ReadonlySet<string> = new Set();

/** Builds the graph's inputs from the store, in the stakeholder mode the store (and URL) asks for. */
export function useStoryGraph(): StoryGraph {
  const ds = useAppStore((s) => s.dataset);
  const full = useAppStore(selectGraphStructure);
  const evaluation = useAppStore(selectEvaluation);
  const mode = useAppStore((s) => s.stakeholders);
  const focus = useAppStore((s) => s.focus);
  const setFocus = useAppStore((s) => s.setFocus);
  const [open, setOpen] = useState<{ ds: unknown; ids: ReadonlySet<string> }>({ ds: null, ids: NO_GROUPS });
  const openIds = open.ds === ds ? open.ids : NO_GROUPS;
  const grouped = useMemo(() => (ds && full ? buildStoryStructure(ds, full, mode, openIds) : null), [ds, full, mode, openIds]);
  // A focused stakeholder (from the URL, search or the table) opens the group it is in.
  const focusGroup = focus ? grouped?.nodes.find((n) => n.kind === 'group' && n.members?.includes(focus))?.id : undefined;
  const structure = useMemo(
    () => (ds && full && focusGroup ? buildStoryStructure(ds, full, mode, new Set([...openIds, focusGroup])) : grouped),
    [ds, full, mode, openIds, focusGroup, grouped],
  );
  const fullState = useMemo(() => (evaluation ? buildGraphState(evaluation) : null), [evaluation]);
  const state = useMemo(() => (fullState && structure ? buildStoryState(fullState, structure) : null), [fullState, structure]);
  const shown = useMemo(() => {
    if (!focus || !structure) return focus;
    if (structure.nodes.some((n) => n.id === focus)) return focus;
    return structure.nodes.find((n) => n.ref === focus)?.id ?? focus;
  }, [focus, structure]);
  const onSelect = (id: string | null) => {
    const node = id ? structure?.nodes.find((n) => n.id === id) : undefined;
    if (node?.kind === 'group') setOpen({ ds, ids: new Set([...openIds, node.id]) });
    else setFocus(node?.ref ?? id);
  };
  return { structure, state, focus: shown ?? null, onSelect };
}
