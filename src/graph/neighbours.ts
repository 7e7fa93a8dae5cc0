/** Who is next to whom: each node's neighbours over all edges (for highlights and the keyboard walk), and where what a node is tied to lies. */
import type { GraphStructure } from '../engine/graphSpec';
import type { Point } from './layout';

/** Node id -> ids of the nodes it shares an edge with (for a node left out, those standing in for it). */
export function neighbourMap(structure: GraphStructure): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    let set = out.get(a);
    if (!set) out.set(a, (set = new Set()));
    set.add(b);
  };
  for (const e of structure.edges) {
    add(e.source, e.target);
    add(e.target, e.source);
  }
  // An opened group and the members listed under it: a reader who opens it to see who is in it
  // sees them lit with it, not dimmed with the rest (and the keyboard walks from it to them).
  const listed = new Map<string, string>();
  for (const n of structure.nodes) if (n.ref && n.parent) listed.set(`${n.parent}|${n.ref}`, n.id);
  for (const n of structure.nodes) {
    if (n.kind !== 'group' || !n.open || !n.parent) continue;
    for (const m of n.members ?? []) {
      const id = listed.get(`${n.parent}|${m}`);
      if (id === undefined) continue;
      add(n.id, id);
      add(id, n.id);
    }
  }
  for (const [id, bills] of structure.standIns ?? []) out.set(id, new Set(bills));
  return out;
}

/**
 * Where the nodes `id` is tied to lie: the other ends of its links and provisions (not of its
 * stakeholders' positions: a legislator sponsors dozens of bills), for a reveal to show them with it.
 */
export function tiedPoints(structure: GraphStructure, pos: ReadonlyMap<string, Point>, id: string): Point[] {
  const out: Point[] = [];
  for (const e of structure.edges) {
    if (e.kind === 'position' || (e.source !== id && e.target !== id)) continue;
    const q = pos.get(e.source === id ? e.target : e.source);
    if (q) out.push(q);
  }
  return out;
}

/**
 * Where focusing `id` looks: its point and the points to show with it (tiedPoints); for a node
 * the graph leaves out, the first of the bills standing in for it, with the rest. Null when the
 * graph draws neither it nor a stand-in.
 */
export function focusPoints(structure: GraphStructure, pos: ReadonlyMap<string, Point>, id: string): { at: Point; tied: Point[] } | null {
  const at = pos.get(id);
  if (at) return { at, tied: tiedPoints(structure, pos, id) };
  const [first, ...rest] = (structure.standIns?.get(id) ?? []).flatMap((b) => pos.get(b) ?? []);
  return first ? { at: first, tied: rest } : null;
}

/**
 * What a focus on `id` lights, by the structure alone (positions may still be coming): the node,
 * or a node left out with bills standing in for it; null for an id the structure has neither of.
 */
export function restingOn(structure: GraphStructure, nodeIds: ReadonlyMap<string, unknown>, id: string | null): string | null {
  return id !== null && (nodeIds.has(id) || (structure.standIns?.get(id)?.length ?? 0) > 0) ? id : null;
}
