/** The order bills are laid out in, shared by the force layout and the story layout (no d3 here, so the story needs none). */
import type { GraphStructure } from '../engine/graphSpec';

/**
 * Orders bills so that linked bills sit next to each other (depth-first along links), the story's
 * lead bill first and those tied to it after it (where a reader looks first: the bill the sentence
 * is about, on a phone's first screen).
 */
export function orderBills(structure: GraphStructure): string[] {
  const bills = structure.nodes.filter((n) => n.kind === 'bill').map((n) => n.id);
  const adjacent = new Map<string, string[]>(bills.map((id) => [id, []]));
  for (const e of structure.edges) {
    if (e.kind !== 'link' || !adjacent.has(e.source) || !adjacent.has(e.target)) continue;
    adjacent.get(e.source)!.push(e.target);
    adjacent.get(e.target)!.push(e.source);
  }
  const order: string[] = [];
  const seen = new Set<string>();
  // Start each chain at an end (fewest links), so a chain A-B-C is laid out in a row.
  const roots = [...bills].sort((a, b) => adjacent.get(a)!.length - adjacent.get(b)!.length);
  const lead = structure.lead;
  if (lead && adjacent.has(lead)) {
    // The lead itself first (a chain through it then runs on from it), then the rest as any chain.
    roots.splice(roots.indexOf(lead), 1);
    roots.unshift(lead);
  }
  for (const root of roots) {
    const stack = [root];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      order.push(id);
      for (const next of [...adjacent.get(id)!].reverse()) if (!seen.has(next)) stack.push(next);
    }
  }
  return order;
}
