/**
 * A session's tied bills, without stakeholders: each package of tied bills one block, its bills in
 * rows in link order (so a tie mostly joins neighbours), the blocks packed on shelves, largest
 * first, as the session's panel lists them. Deterministic and instant: no forces run.
 */
import type { GraphStructure } from '../engine/graphSpec';
import { billPackages } from './billOrder';
import type { Point } from './layout';

/** Spacing in graph units (CSS px at reading zoom). */
export const SHELF = {
  /** From one bill's centre to the next in a row: a box and a tie's words between two boxes. */
  cell: 210,
  /** From one row of a block to the next, before its provisions. */
  row: 110,
  /** Bills in a block's row, at least (a package too large for rows of 8 is laid out in the drawing's own proportions). */
  perRow: 8,
  /** Room a provision takes below its bill. */
  provision: 34,
  /** Between two blocks on a shelf, and between shelves: wider than inside a block, so packages stand apart. */
  gap: 150,
  /** The packed drawing's width against its height (a desktop graph box is about twice as wide as tall). */
  aspect: 1.8,
} as const;

const layouts = new WeakMap<GraphStructure, Map<string, Point>>();

/** Positions for every node of `structure`: bills on shelves by package, provisions under their bill. */
export function shelfLayout(structure: GraphStructure): Map<string, Point> {
  const known = layouts.get(structure);
  if (known) return new Map(known);
  const provisions = new Map<string, string[]>();
  for (const n of structure.nodes)
    if (n.kind === 'provision' && n.parent) provisions.set(n.parent, [...(provisions.get(n.parent) ?? []), n.id]);
  // Packages: the bills each reaches over links, in the layout order.
  const packages = billPackages(structure);
  packages.sort((a, b) => b.length - a.length);
  const blocks = packages.map((bills) => block(bills, provisions));
  const area = blocks.reduce((sum, b) => sum + (b.width + SHELF.gap) * (b.height + SHELF.gap), 0);
  let shelfWidth = Math.sqrt(area * SHELF.aspect);
  for (const b of blocks) shelfWidth = Math.max(shelfWidth, b.width);
  const pos = new Map<string, Point>();
  let [x, y, shelfHeight] = [0, 0, 0];
  for (const b of blocks) {
    if (x > 0 && x + b.width > shelfWidth) [x, y, shelfHeight] = [0, y + shelfHeight + SHELF.gap, 0];
    for (const [id, p] of b.at) pos.set(id, { x: x + p.x, y: y + p.y });
    x += b.width + SHELF.gap;
    shelfHeight = Math.max(shelfHeight, b.height);
  }
  layouts.set(structure, pos);
  return new Map(pos);
}

/** One package's block: its bills row by row, each with its provisions below it; positions from the block's top left. */
function block(bills: readonly string[], provisions: ReadonlyMap<string, readonly string[]>) {
  // A large package (a session's hub, or a generated one of thousands) is a block of its own shape, not a column.
  const cols = Math.min(bills.length, Math.max(SHELF.perRow, Math.ceil(Math.sqrt(bills.length * SHELF.aspect))));
  const at = new Map<string, Point>();
  let top = 0;
  for (let start = 0; start < bills.length; start += cols) {
    const row = bills.slice(start, start + cols);
    let deepest = 0;
    row.forEach((id, i) => {
      const x = (i + 0.5) * SHELF.cell;
      at.set(id, { x, y: top + SHELF.row / 2 });
      const below = provisions.get(id) ?? [];
      below.forEach((p, j) => at.set(p, { x, y: top + SHELF.row / 2 + (j + 1) * SHELF.provision }));
      deepest = Math.max(deepest, below.length);
    });
    top += SHELF.row + deepest * SHELF.provision;
  }
  return { at, width: cols * SHELF.cell, height: top };
}
