/** What the graph shows, without pixels: nodes and edges from a dataset, and their state as of a date. */
import type { Dataset, Link, Position, Stance, Stakeholder } from '../model/schema';
import { formatDate } from '../model/dates';
import type { Evaluation } from './evaluate';
import { billThere } from './evaluate';
import type { Outcome } from './scenario';
import { billThereBy, linkInForce, positionsAsOf, provisionInForce } from './timeline';
import { DECIDING_KINDS } from './compile';

/** A node of the graph. */
export interface GraphNode {
  /** Dataset id of the bill, provision or stakeholder. */
  id: string;
  /** What it is. */
  kind: 'bill' | 'provision' | 'stakeholder' | 'group';
  /** Short label. */
  label: string;
  /** For provisions: the bill it belongs to. */
  parent?: string;
  /** For stakeholders: their kind. */
  stakeholderKind?: Stakeholder['kind'];
  /** Layout hint: -1 mostly backs what it touches, 1 mostly fights it, 0 neither. */
  side: number;
  /** For groups (stakeholders summarised per bill and side): the stakeholders in it. */
  members?: string[];
  /** For groups: the kinds of its members, most common first (drawn as small marks). */
  kinds?: Stakeholder['kind'][];
  /** For a group a reader opened: its members are listed right below it (activating it folds them). */
  open?: boolean;
  /** For the heading of a side of one or two: always listed, so it does not fold. */
  fixed?: boolean;
  /** For stakeholders listed under a bill: the stakeholder's own id (the node id is per bill). */
  ref?: string;
  /** For a story's bills: what the bill is about, from its title (billSubject), drawn beside its box where there is room. */
  subject?: string;
}

/** An edge of the graph: a bill's provision, a stakeholder's position, or a link. */
export interface GraphEdge {
  /** Stable id: a link's own id (`id#2` for its third target), `prov:<provision>`, `pos:<stakeholder>:<target>`. */
  id: string;
  /** What it is. */
  kind: 'provision' | 'position' | 'link';
  /** Source node id (the provision's bill, the stakeholder, the dependent bill). */
  source: string;
  /** Target node id. */
  target: string;
  /** For links: the link's kind (flat on the edge: a session has 100,000 of them). */
  linkKind?: Link['kind'];
  /** Label drawn on the edge (links only). */
  label?: string;
  /** For links: the date the link was made, formatted ("23 Apr 2019"), when the dataset records it. */
  since?: string;
  /** For links whose wording is marked as not yet checked against the bill's text (`clauseVerified: false`). */
  unchecked?: true;
}

/**
 * The line under a link's words: when it was made, and whether its wording is unchecked ("since 23
 * Apr 2019", "not yet checked"), so a drawing never states as fact a tie the story hedges; '' for neither.
 */
export function linkNote(e: GraphEdge): string {
  if (e.since && e.unchecked) return `since ${e.since}, not yet checked`;
  return e.since ? `since ${e.since}` : e.unchecked ? 'not yet checked' : '';
}

/** Everything that stays put when the date or scenario changes. */
export interface GraphStructure {
  /** Nodes in dataset order. */
  nodes: GraphNode[];
  /** Edges in dataset order. */
  edges: GraphEdge[];
  /** Baked positions from the dataset (node id -> [x, y]), if it carries them. */
  baked?: Readonly<Record<string, readonly [number, number]>>;
  /** True for a session's tied bills drawn without stakeholders: laid out package by package on shelves, not from `baked`. */
  shelves?: boolean;
  /**
   * Nodes the graph leaves out (a session's stakeholders, drawn without) -> the drawn bills that
   * stand in for them: those they take a position on. Focusing one lights and shows those.
   */
  standIns?: ReadonlyMap<string, readonly string[]>;
  /** True for the story view (bills as cards with their provisions and stakeholder groups), laid out per box. */
  story?: boolean;
  /** In a story: the bill its sentence leads with, whose cards (and those tied to it) are laid out first. */
  lead?: string;
}

/** How a node looks as of a date in a scenario. */
export interface NodeState {
  /** Bills: their outcome. */
  outcome?: Outcome;
  /** Bills: what the scenario assumes of it, not what the record says (its outcome is a what-if). */
  assumed?: boolean;
  /** Provisions: struck as of the date, and when. */
  struck?: string;
  /** Provisions: their bill failed or can never take effect, so nothing in them will (they fall with it). */
  fallen?: boolean;
  /** False when the thing does not exist yet as of the date. */
  present: boolean;
}

/** How an edge looks as of a date. */
export interface EdgeState {
  /** Positions: the stance in force; undefined when none yet. */
  stance?: Stance;
  /** False when the edge does not exist as of the date. */
  present: boolean;
}

/** Node and edge states for one scenario and date, keyed by id. */
export interface GraphState {
  /** Node id -> state. */
  nodes: Record<string, NodeState>;
  /** Edge id -> state; links and provisions with no entry are present (positions always have one). */
  edges: Record<string, EdgeState>;
}

/** Words drawn on a link of each kind. */
export const LINK_LABELS: Record<Link['kind'], string> = {
  'contingent-enactment': 'operative only if',
  'tie-bar': 'tie-bar',
  'double-joint': 'double-joint',
  procedural: 'procedural',
  companion: 'companion',
  related: 'related',
  'prior-session': 'prior session',
  replaces: 'replaces',
  'replaced-by': 'replaced by',
  'same-as': 'same as',
  'similar-to': 'similar to',
};

const SIDE: Record<Stance, number> = { sponsor: -1, support: -1, oppose: 1, neutral: 0, withdrawn: 0 };

/** Past this many bills a dataset is a whole session, and its graph may leave loose bills out. */
export const SESSION_BILLS = 1000;

/**
 * The bills a session's graph shows: those tied to another by a link, when more than a quarter of
 * its bills are tied to none (a real session opens on its packages, not thousands of loose
 * boxes; they stay in the table, the search and the finder). Null: show every bill.
 */
export function tiedBillsShown(ds: Dataset): Set<string> | null {
  if (ds.bills.length <= SESSION_BILLS || !ds.links?.length) return null;
  const tied = new Set<string>();
  for (const link of ds.links) {
    tied.add(link.from);
    for (const t of link.to) tied.add(t);
  }
  const loose = ds.bills.reduce((n, b) => n + (tied.has(b.id) ? 0 : 1), 0);
  return loose * 4 > ds.bills.length ? tied : null;
}

/** Which positions a graph draws: all, or in a session cut to `shown` bills, each shown bill's first sponsor and every other stance. */
function positionDrawn(shown: Set<string> | null): (p: Position) => boolean {
  if (!shown) return () => true;
  const sponsored = new Set<string>();
  return (p) => {
    if (!shown.has(p.target)) return false;
    if (p.stance !== 'sponsor') return true;
    if (sponsored.has(p.target)) return false;
    sponsored.add(p.target);
    return true;
  };
}

/** Builds the graph's structure: every bill (of a session, the tied ones), provision, stakeholder, position pair and link. */
export function buildGraphStructure(ds: Dataset): GraphStructure {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const shown = tiedBillsShown(ds);
  for (const bill of ds.bills) {
    if (shown && !shown.has(bill.id)) continue;
    nodes.push({ id: bill.id, kind: 'bill', label: bill.label, side: 0 });
    for (const p of bill.provisions ?? []) {
      nodes.push({ id: p.id, kind: 'provision', label: p.label, parent: bill.id, side: 0 });
      edges.push({ id: `prov:${p.id}`, kind: 'provision', source: bill.id, target: p.id });
    }
  }
  const lean = new Map<string, number>();
  const latest = positionsAsOf(ds, undefined);
  for (const pos of latest) lean.set(pos.stakeholder, (lean.get(pos.stakeholder) ?? 0) + SIDE[pos.stance]);
  // A session cut to its tied bills draws each bill's first sponsor only (thousands of co-sponsor
  // lines would hide the ties; they stay in the details and the table), and only the people drawn.
  const drawn = (ds.positions ?? []).filter(positionDrawn(shown));
  const placed = shown ? new Set(drawn.map((p) => p.stakeholder)) : null;
  for (const s of ds.stakeholders ?? []) {
    if (placed && !placed.has(s.id)) continue;
    nodes.push({ id: s.id, kind: 'stakeholder', label: s.name, stakeholderKind: s.kind, side: Math.sign(lean.get(s.id) ?? 0) });
  }
  const seen = new Set<string>();
  for (const pos of drawn) {
    const id = `pos:${pos.stakeholder}:${pos.target}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, kind: 'position', source: pos.stakeholder, target: pos.target });
  }
  for (const link of ds.links ?? []) {
    link.to.forEach((to, i) =>
      edges.push({
        id: linkEdgeId(link.id, i),
        kind: 'link',
        source: link.from,
        target: to,
        linkKind: link.kind,
        label: LINK_LABELS[link.kind],
        ...(link.added ? { since: formatDate(link.added) } : {}),
        ...(link.clauseVerified === false ? { unchecked: true as const } : {}),
      }),
    );
  }
  return ds.layout ? { nodes, edges, baked: ds.layout } : { nodes, edges };
}

/** Whether a bill with this outcome fell: it failed, or can never take effect (what it holds falls with it). */
export function fell(outcome: Outcome | undefined): boolean {
  return outcome === 'failed' || outcome === 'inoperative';
}

/** The state of every node and edge for an evaluation (its scenario and date). */
export function buildGraphState(ev: Evaluation): GraphState {
  const ds = ev.record.dataset;
  const asOf = ev.scenario.asOf;
  const nodes: Record<string, NodeState> = {};
  for (const bill of ds.bills) {
    const i = ev.record.index.get(bill.id)!;
    const outcome = ev.outcomeAt(i);
    const there = billThere(ev, i);
    nodes[bill.id] = { outcome, present: there, assumed: ev.assumed[i] || undefined };
    const fallen = fell(outcome) || undefined;
    for (const p of bill.provisions ?? []) {
      const inForce = provisionInForce(p, asOf);
      const added = p.added === undefined || provisionInForce({ added: p.added }, asOf);
      // A bill not there yet holds nothing yet, whatever date its provisions carry (or none).
      nodes[p.id] = { present: there && added, struck: !inForce && added && p.struck ? formatDate(p.struck) : undefined, fallen };
    }
  }
  for (const s of ds.stakeholders ?? []) nodes[s.id] = { present: true };
  return { nodes, edges: edgeStates(ds, asOf) };
}

const edgeCache = new WeakMap<Dataset, Map<string, GraphState['edges']>>();

/**
 * Edge states depend on the date only, never on the scenario: kept per dataset and date, so a
 * scenario toggle hands the renderers the very same edges object (and they skip redrawing edges).
 */
function edgeStates(ds: Dataset, asOf: string | undefined): GraphState['edges'] {
  let perDate = edgeCache.get(ds);
  if (!perDate) edgeCache.set(ds, (perDate = new Map()));
  const cached = perDate.get(asOf ?? '');
  if (cached) return cached;
  // Only what differs from "present" is stored for links and provisions (a session has 100,000
  // links, nearly all in force); positions always have an entry, since they carry a stance.
  const edges: Record<string, EdgeState> = {};
  for (const bill of ds.bills) {
    for (const p of bill.provisions ?? [])
      if (p.added !== undefined && !provisionInForce({ added: p.added }, asOf)) edges[`prov:${p.id}`] = { present: false };
  }
  for (const pos of ds.positions ?? []) edges[`pos:${pos.stakeholder}:${pos.target}`] ??= { present: false };
  for (const pos of positionsAsOf(ds, asOf)) edges[`pos:${pos.stakeholder}:${pos.target}`] = { present: true, stance: pos.stance };
  // A tie is drawn from the day the bill that makes it is there: a tie-bar without a date of its
  // own is as old as its bill, not older (it may name a bill still to come).
  const notYet = asOf === undefined ? null : new Set(ds.bills.filter((b) => !billThereBy(b, asOf)).map((b) => b.id));
  for (const link of ds.links ?? []) {
    if (!linkInForce(link, asOf) || notYet?.has(link.from)) link.to.forEach((_, i) => (edges[linkEdgeId(link.id, i)] = { present: false }));
  }
  if (perDate.size > 32) perDate.clear();
  perDate.set(asOf ?? '', edges);
  return edges;
}

/**
 * The edge id of a link's i-th target: the link's own id string for the first (no new string per
 * edge), `id#i` for the others. Dataset ids never hold "#" or ":", so these never meet `prov:`/`pos:` ids.
 */
export function linkEdgeId(linkId: string, i: number): string {
  return i === 0 ? linkId : `${linkId}#${i}`;
}

/** True for link kinds that decide outcomes (drawn heavier than loose relations). */
export function isDecidingLink(kind: Link['kind']): boolean {
  return DECIDING_KINDS.has(kind);
}
