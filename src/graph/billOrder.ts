/** The order bills are laid out in, shared by the force layout and the story layout (no d3 here, so the story needs none). */
import type { GraphStructure } from '../engine/graphSpec';

/**
 * Orders bills so that linked bills sit next to each other (depth-first along links), the story's
 * lead bill and those tied to it first (where a reader looks first, the sentence's bills).
 */
export function orderBills(structure: GraphStructure): string[] {
  return billPackages(structure).flat();
}

/** The bills in that order, split into packages: each run the walk from one root reaches (bills tied to one another). */
export function billPackages(structure: GraphStructure): string[][] {
  const bills = structure.nodes.filter((n) => n.kind === 'bill').map((n) => n.id);
  const adjacent = new Map<string, string[]>(bills.map((id) => [id, []]));
  for (const e of structure.edges) {
    if (e.kind !== 'link' || !adjacent.has(e.source) || !adjacent.has(e.target)) continue;
    adjacent.get(e.source)!.push(e.target);
    adjacent.get(e.target)!.push(e.source);
  }
  const packages: string[][] = [];
  const seen = new Set<string>();
  // Start each chain at an end (fewest links), so a chain A-B-C is laid out in a row.
  const roots = [...bills].sort((a, b) => adjacent.get(a)!.length - adjacent.get(b)!.length);
  const lead = structure.lead;
  if (lead && adjacent.has(lead)) {
    // The bills tied to the lead, near or far, first (from their fewest-linked one, as any chain).
    const group = new Set([lead]);
    for (const id of group) for (const next of adjacent.get(id)!) group.add(next);
    roots.sort((a, b) => Number(group.has(b)) - Number(group.has(a)));
  }
  for (const root of roots) {
    if (seen.has(root)) continue;
    const order: string[] = [];
    packages.push(order);
    const stack = [root];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      order.push(id);
      for (const next of [...adjacent.get(id)!].reverse()) if (!seen.has(next)) stack.push(next);
    }
  }
  return packages;
}
