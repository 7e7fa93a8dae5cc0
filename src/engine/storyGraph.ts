/**
 * The story view's graph: bills and the ties between them, each bill with its provisions and its
 * stakeholders summarised as one group per side ("14 groups back AB 392"). Groups open into their
 * members; `stakeholders=all` is the full network, `none` leaves stakeholders out.
 */
import type { Dataset, Stakeholder, Stance } from '../model/schema';
import type { EdgeState, GraphEdge, GraphNode, GraphState, GraphStructure } from './graphSpec';
import { positionsAsOf } from './timeline';
import { billSubject } from './words/subjects';

/** How the graph shows stakeholders. */
export type StakeholderMode = 'grouped' | 'all' | 'none';

/** The side a group takes on its bill. */
export type GroupSide = 'back' | 'oppose' | 'other';

const SIDE_OF: Record<Stance, GroupSide> = { sponsor: 'back', support: 'back', oppose: 'oppose', neutral: 'other', withdrawn: 'other' };
const SIDES: GroupSide[] = ['back', 'oppose', 'other'];
const PEOPLE = new Set<Stakeholder['kind']>(['legislator', 'governor', 'family']);

/** Past this many bills the graph is a session's network, not a story (stakeholders are each shown, or none). */
export const STORY_MAX_BILLS = 150;

/** Whether a dataset is a session (its graph a network of packages), not a story: one rule for every view. */
export function isSession(ds: { bills: readonly unknown[] } | null | undefined): boolean {
  return (ds?.bills.length ?? 0) > STORY_MAX_BILLS;
}

/** Groups this small are shown member by member from the start. */
export const OPEN_GROUPS_UP_TO = 2;
/** The most members an opened group lists (the founding story's largest, 13, all). */
export const LIST_UP_TO = 15;

/** Whether a story draws a group a reader can open (a small side's heading is always listed, and opens nothing). */
export function hasOpeningGroups(structure: GraphStructure): boolean {
  return structure.nodes.some((n) => n.kind === 'group' && !n.fixed);
}

/** The id of the group of `side` on `bill`. */
export function groupId(bill: string, side: GroupSide): string {
  return `grp:${bill}:${side}`;
}

/** The bill a group's id names, or null for an id that is not a group's. */
export function groupBill(id: string): string | null {
  const m = /^grp:(.+):(back|oppose|other)$/.exec(id);
  return m ? m[1] : null;
}

/**
 * "14 groups back AB 392", "3 oppose AB 392", "1 neutral on AB 931", "Sponsor of HB 4638" (a side of
 * sponsors only, as a session's record lists them: a count of backers would read as all there are).
 */
export function groupLabel(count: number, kinds: readonly Stakeholder['kind'][], side: GroupSide, bill: string, sponsors = false): string {
  if (side === 'back' && sponsors) return count === 1 ? `Sponsor of ${bill}` : `${count} sponsors of ${bill}`;
  // Said of whom it is where they are all alike: groups, legislators, people; a mix is a number.
  const noun = kinds.every((k) => !PEOPLE.has(k))
    ? ['group', 'groups']
    : kinds.every((k) => k === 'legislator')
      ? ['legislator', 'legislators']
      : kinds.every((k) => PEOPLE.has(k))
        ? ['person', 'people']
        : null;
  const who = noun ? `${count} ${count === 1 ? noun[0] : noun[1]}` : String(count);
  if (side === 'other') return `${count} neutral on ${bill}`;
  const verb = side === 'back' ? 'back' : 'oppose';
  return `${who} ${count === 1 ? `${verb}s` : verb} ${bill}`;
}

/** Edges of the story structure that stand for several edges of the full one (keyed by story edge id). */
const sourcesOf = new WeakMap<GraphStructure, Map<string, { from: string[]; side: GroupSide }>>();

/** Stories of a few of a dataset's bills (`only`): their state holds their own nodes, not a session's thousands. */
const partial = new WeakSet<GraphStructure>();

const billsOnlyOf = new WeakMap<GraphStructure, GraphStructure>();

/**
 * A session's network without its stakeholders, laid out package by package (its baked positions
 * left room for the stakeholders between bills). The same object for the same network, so a view
 * sees nothing changed.
 */
function billsOnly(full: GraphStructure): GraphStructure {
  let kept = billsOnlyOf.get(full);
  if (!kept) {
    const nodes = full.nodes.filter((n) => n.kind === 'bill' || n.kind === 'provision');
    const ids = new Set(nodes.map((n) => n.id));
    const { baked: _drawnWithStakeholders, ...rest } = full;
    // Each stakeholder left out stands in by the bills it takes a stand on (each once, in edge order).
    const standIns = new Map<string, Set<string>>();
    for (const e of full.edges) {
      if (e.kind !== 'position' || !ids.has(e.target)) continue;
      const bills = standIns.get(e.source);
      if (bills) bills.add(e.target);
      else standIns.set(e.source, new Set([e.target]));
    }
    kept = {
      ...rest,
      nodes,
      edges: full.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
      shelves: true,
      standIns: new Map([...standIns].map(([who, bills]) => [who, [...bills]])),
    };
    billsOnlyOf.set(full, kept);
  }
  return kept;
}

/**
 * The story structure for a mode: `all` is `full` itself; `grouped` replaces stakeholders with one
 * group per bill and side (those in `open`, and small ones, listed member by member); `none` drops them.
 * A session's network (past STORY_MAX_BILLS, without `only`) is `full` with `all`, else `full`
 * without its stakeholders: their lines to dozens of bills each hid the ties.
 * With `only`, the story of those bills alone, however many the dataset holds (a session's embed
 * tells the story of one bill and the bills tied to it); `all` then lists every group's members.
 * `lead`, the bill the story's sentence leads with, is laid out first.
 */
export function buildStoryStructure(
  ds: Dataset,
  full: GraphStructure,
  mode: StakeholderMode,
  open: ReadonlySet<string>,
  only?: ReadonlySet<string>,
  lead?: string | null,
): GraphStructure {
  if (!only && isSession(ds)) return mode === 'all' ? full : billsOnly(full);
  if (!only && mode === 'all') return full;
  const kept = (n: GraphNode) => !only || only.has(n.kind === 'bill' ? n.id : (n.parent ?? ''));
  const titles = new Map(ds.bills.map((b) => [b.id, b]));
  const nodes: GraphNode[] = full.nodes
    .filter((n) => (n.kind === 'bill' || n.kind === 'provision') && kept(n))
    .map((n) => {
      const bill = n.kind === 'bill' ? titles.get(n.id) : undefined;
      const subject = bill && billSubject(bill.title, bill.label);
      return subject ? { ...n, subject } : n;
    });
  const ids = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = full.edges.filter((e) => e.kind !== 'position' && ids.has(e.source) && ids.has(e.target));
  const story: GraphStructure = { nodes, edges, story: true, ...(lead ? { lead } : {}) };
  const sources = new Map<string, { from: string[]; side: GroupSide }>();
  sourcesOf.set(story, sources);
  if (only) partial.add(story);
  if (mode === 'none') return story;
  const billOf = new Map<string, string>();
  const labelOf = new Map<string, string>();
  for (const bill of ds.bills) {
    if (only && !only.has(bill.id)) continue;
    billOf.set(bill.id, bill.id);
    labelOf.set(bill.id, bill.label);
    for (const p of bill.provisions ?? []) billOf.set(p.id, bill.id);
  }
  const people = new Map((ds.stakeholders ?? []).map((s) => [s.id, s]));
  // Each stakeholder's side on each bill, from the latest record; the edges it stands for.
  const groups = new Map<string, { bill: string; side: GroupSide; members: string[]; edges: Map<string, string[]>; sponsors: boolean }>();
  /** A group's one position edge to its bill, standing for all its members' positions. */
  const groupEdge = (id: string, bill: string, g: { edges: Map<string, string[]> }, side: GroupSide) => {
    const edgeId = `pos:${id}:${bill}`;
    edges.push({ id: edgeId, kind: 'position', source: id, target: bill });
    sources.set(edgeId, { from: [...g.edges.values()].flat(), side });
  };
  for (const pos of positionsAsOf(ds, undefined)) {
    const bill = billOf.get(pos.target);
    if (!bill || !people.has(pos.stakeholder)) continue;
    const side = SIDE_OF[pos.stance];
    const id = groupId(bill, side);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { bill, side, members: [], edges: new Map(), sponsors: true }));
    g.sponsors &&= pos.stance === 'sponsor';
    if (!g.edges.has(pos.stakeholder)) {
      g.members.push(pos.stakeholder);
      g.edges.set(pos.stakeholder, []);
    }
    g.edges.get(pos.stakeholder)!.push(`pos:${pos.stakeholder}:${pos.target}`);
  }
  // Positions not in force at the end of the record still count (their edges are dated).
  for (const bill of ds.bills) {
    for (const side of SIDES) {
      const id = groupId(bill.id, side);
      const g = groups.get(id);
      if (!g) continue;
      const kinds = rankKinds(g.members.map((m) => people.get(m)!.kind));
      /** A member's own row under the bill (`label`: their name, or their side and name), and its position edge. */
      const listMember = (m: string, label: string) => {
        const nodeId = `in:${bill.id}:${m}`;
        nodes.push({
          id: nodeId,
          kind: 'stakeholder',
          label,
          stakeholderKind: people.get(m)!.kind,
          side: sideNumber(side),
          parent: bill.id,
          ref: m,
        });
        const edgeId = `pos:${nodeId}:${bill.id}`;
        edges.push({ id: edgeId, kind: 'position', source: nodeId, target: bill.id });
        sources.set(edgeId, { from: g.edges.get(m)!, side });
      };
      if (g.members.length === 1) {
        // One member is listed alone, the side first ("Sponsor: Kimberly LaSata", "Opposes: ..."):
        // a heading of its own ("Sponsor of SB 897:") would part the name from it on another row.
        const m = g.members[0];
        listMember(m, `${sideWord(side, g.sponsors)}: ${people.get(m)!.name}`);
      } else if (open.has(id) || mode === 'all' || g.members.length <= OPEN_GROUPS_UP_TO) {
        // A listed group keeps its heading ("3 groups oppose SB 230:", "2 groups oppose HB 4001:"):
        // listed bare, opponents would read as backers. Activating an opened one folds it again (a
        // small one is always listed).
        // An opened group lists its first LIST_UP_TO members and says so ("36 sponsors of HB 5444
        // (15 shown):"): all 36 grew a phone's embed by 1,600 px; the app's Stakeholders table lists them all.
        const listed = mode === 'all' ? g.members : g.members.slice(0, LIST_UP_TO);
        const shown = listed.length < g.members.length ? ` (${listed.length} shown)` : '';
        const label = `${groupLabel(g.members.length, kinds, side, labelOf.get(bill.id)!, g.sponsors)}${shown}:`;
        const fixed = g.members.length <= OPEN_GROUPS_UP_TO || mode === 'all' ? { fixed: true } : {};
        nodes.push({ id, kind: 'group', label, side: sideNumber(side), parent: bill.id, members: g.members, kinds, open: true, ...fixed });
        groupEdge(id, bill.id, g, side);
        for (const m of listed) listMember(m, people.get(m)!.name);
      } else {
        const label = groupLabel(g.members.length, kinds, side, labelOf.get(bill.id)!, g.sponsors);
        nodes.push({ id, kind: 'group', label, side: sideNumber(side), parent: bill.id, members: g.members, kinds });
        groupEdge(id, bill.id, g, side);
      }
    }
  }
  return story;
}

/** The side a lone member takes, as the first word of its row: "Sponsor", "Backs", "Opposes", "Neutral". */
function sideWord(side: GroupSide, sponsors: boolean): string {
  if (side === 'back') return sponsors ? 'Sponsor' : 'Backs';
  return side === 'oppose' ? 'Opposes' : 'Neutral';
}

function sideNumber(side: GroupSide): number {
  return side === 'back' ? -1 : side === 'oppose' ? 1 : 0;
}

/** Distinct kinds, most common first. */
function rankKinds(kinds: Stakeholder['kind'][]): Stakeholder['kind'][] {
  const count = new Map<Stakeholder['kind'], number>();
  for (const k of kinds) count.set(k, (count.get(k) ?? 0) + 1);
  return [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)!);
}

const STANCE_OF: Record<GroupSide, Stance> = { back: 'support', oppose: 'oppose', other: 'neutral' };

/** Story edges per story and per full edges object: a scenario toggle keeps the very same edges (only dates change them). */
const edgeCache = new WeakMap<GraphStructure, WeakMap<GraphState['edges'], { edges: GraphState['edges']; present: Set<string> }>>();

/** The state of a story structure: groups are there when any member's position is (and their bill is); their edges take the group's side. */
export function buildStoryState(full: GraphState, story: GraphStructure): GraphState {
  const sources = sourcesOf.get(story);
  if (!sources) return full;
  let perStory = edgeCache.get(story);
  if (!perStory) edgeCache.set(story, (perStory = new WeakMap()));
  let cached = perStory.get(full.edges);
  if (!cached) {
    const edges: Record<string, EdgeState> = { ...full.edges };
    const present = new Set<string>();
    for (const [edgeId, { from, side }] of sources) {
      const states = from.map((id) => full.edges[id]).filter((s) => s?.present);
      const stance = states.length === 1 ? states[0].stance : STANCE_OF[side];
      edges[edgeId] = states.length > 0 ? { present: true, stance } : { present: false };
      if (states.length > 0) present.add(edgeId);
    }
    perStory.set(full.edges, (cached = { edges, present }));
  }
  const nodes: Record<string, GraphState['nodes'][string]> = partial.has(story) ? {} : { ...full.nodes };
  if (partial.has(story)) for (const n of story.nodes) if (full.nodes[n.id]) nodes[n.id] = full.nodes[n.id];
  for (const n of story.nodes) {
    if (n.kind !== 'group' && !n.ref) continue;
    // There when a member's position is, and its bill is (a bill not introduced yet has no sides yet).
    nodes[n.id] = { present: cached.present.has(`pos:${n.id}:${n.parent}`) && full.nodes[n.parent ?? '']?.present !== false };
  }
  return { nodes, edges: cached.edges };
}
