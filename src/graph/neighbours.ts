/** Who is next to whom: each node's neighbours over all edges (for highlights and the keyboard walk). */
import type { GraphStructure } from '../engine/graphSpec';

/** Node id -> ids of the nodes it shares an edge with. */
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
  return out;
}
