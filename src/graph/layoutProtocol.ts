/**
 * What the page and the layout worker say to each other. The page sends only what the layout
 * reads, as typed arrays (ids once, edges as index pairs), never the structure's objects; the worker
 * answers with positions as x, y pairs: the seeds at once, refined frames while it runs, then the last.
 */
import type { GraphEdge, GraphNode, GraphStructure } from '../engine/graphSpec';
import type { Point } from './layout';

const KINDS: ReadonlyArray<GraphNode['kind']> = ['bill', 'provision', 'stakeholder', 'group'];

/** A structure (and the positions to keep) as the layout worker receives it. */
export interface LayoutRequest {
  /** Node ids in the structure's order; every index below points into it. */
  ids: string[];
  /** Per node: 0 bill, 1 provision, 2 stakeholder, 3 group. */
  kinds: Uint8Array;
  /** Per node: its parent's index (a provision's bill), or -1. */
  parents: Int32Array;
  /** Per node: which side it leans to (-1, 0, 1). */
  sides: Int8Array;
  /** Link edges as source, target index pairs, in the structure's order. */
  links: Int32Array;
  /** Per node: the target index of its first position edge (where a stakeholder is seeded), or -1. */
  anchors: Int32Array;
  /** Per node: the x, y to keep, or NaN, NaN to place it. */
  previous: Float64Array;
}

/** One answer of the worker: positions as x, y pairs in the request's id order; `final` on the last. */
export interface LayoutFrame {
  /** x, y per node, in the request's id order. */
  xy: Float64Array;
  /** True for the finished layout (no more frames follow). */
  final: boolean;
}

/** Packs what the layout needs of `structure` (and the positions to keep) into typed arrays. */
export function packLayout(structure: GraphStructure, previous: ReadonlyMap<string, Point>): LayoutRequest {
  const n = structure.nodes.length;
  const ids = structure.nodes.map((node) => node.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const kinds = new Uint8Array(n);
  const parents = new Int32Array(n).fill(-1);
  const sides = new Int8Array(n);
  const anchors = new Int32Array(n).fill(-1);
  const kept = new Float64Array(2 * n).fill(NaN);
  structure.nodes.forEach((node, i) => {
    kinds[i] = KINDS.indexOf(node.kind);
    if (node.parent !== undefined) parents[i] = index.get(node.parent) ?? -1;
    sides[i] = node.side;
    const p = previous.get(node.id);
    if (p) [kept[2 * i], kept[2 * i + 1]] = [p.x, p.y];
  });
  const links: number[] = [];
  for (const e of structure.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    if (e.kind === 'link') links.push(s, t);
    else if (e.kind === 'position' && anchors[s] < 0) anchors[s] = t;
  }
  return { ids, kinds, parents, sides, links: Int32Array.from(links), anchors, previous: kept };
}

/** The typed arrays of a request, for `postMessage`'s transfer list (the ids travel as one cloned array). */
export function transferables(r: LayoutRequest): ArrayBuffer[] {
  return [r.kinds, r.parents, r.sides, r.links, r.anchors, r.previous].map((a) => a.buffer as ArrayBuffer);
}

/** The structure (nodes and the edges the layout reads) and positions to keep, back from a request. */
export function unpackLayout(r: LayoutRequest): { structure: GraphStructure; previous: Map<string, Point> } {
  const nodes: GraphNode[] = r.ids.map((id, i) => ({
    id,
    kind: KINDS[r.kinds[i]],
    label: '',
    side: r.sides[i],
    ...(r.parents[i] >= 0 ? { parent: r.ids[r.parents[i]] } : {}),
  }));
  const edges: GraphEdge[] = [];
  r.anchors.forEach((t, i) => {
    if (t >= 0) edges.push({ id: `pos:${i}`, kind: 'position', source: r.ids[i], target: r.ids[t] });
  });
  for (let k = 0; k < r.links.length; k += 2)
    edges.push({ id: `link:${k / 2}`, kind: 'link', source: r.ids[r.links[k]], target: r.ids[r.links[k + 1]] });
  const previous = new Map<string, Point>();
  r.ids.forEach((id, i) => {
    if (!Number.isNaN(r.previous[2 * i])) previous.set(id, { x: r.previous[2 * i], y: r.previous[2 * i + 1] });
  });
  return { structure: { nodes, edges }, previous };
}

/** Positions by id from ids and their x, y pairs (a frame's `xy`). */
export function positionsOf(ids: readonly string[], xy: ArrayLike<number>): Map<string, Point> {
  const out = new Map<string, Point>();
  ids.forEach((id, i) => out.set(id, { x: xy[2 * i], y: xy[2 * i + 1] }));
  return out;
}
