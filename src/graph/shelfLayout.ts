/**
 * A session's tied bills, without stakeholders: each package of tied bills one block, its bills in
 * rows in link order (so a tie mostly joins neighbours), the blocks packed on shelves, largest
 * first, as the session's panel lists them. A tie between neighbours is a straight line; any other
 * runs on lanes above the rows (shelfLanes.ts), never behind a bill. Deterministic and instant: no
 * forces run.
 */
import type { GraphStructure } from '../engine/graphSpec';
import { billPackages } from './billOrder';
import { SIZE } from './core/encodings';
import type { Point } from './layout';
import { LANE, MAX_LANED_BILLS, NO_LANES, planLanes } from './shelfLanes';
import type { Tie } from './shelfLanes';
import type { Route } from './storyLayout';

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

/** One package's block on the shelves: its first bill, its size, and the box its bills take (graph units: x0, y0, x1, y1). */
export interface ShelfBlock {
  lead: string;
  bills: number;
  box: [number, number, number, number];
}

interface Shelves {
  pos: Map<string, Point>;
  routes: Map<string, Route>;
  blocks: ShelfBlock[];
}

const layouts = new WeakMap<GraphStructure, Shelves>();

/** Positions for every node of `structure`: bills on shelves by package, provisions under their bill. */
export function shelfLayout(structure: GraphStructure): Map<string, Point> {
  return new Map(laidOut(structure).pos);
}

/** The routes of the ties that do not join neighbours in a row: along lanes above the rows (by link id). */
export function shelfRoutes(structure: GraphStructure): ReadonlyMap<string, Route> {
  return laidOut(structure).routes;
}

/** The packages' blocks, largest first (a far view names them, its bills too small to name). */
export function shelfBlocks(structure: GraphStructure): readonly ShelfBlock[] {
  return laidOut(structure).blocks;
}

function laidOut(structure: GraphStructure): Shelves {
  const known = layouts.get(structure);
  if (known) return known;
  const provisions = new Map<string, string[]>();
  for (const n of structure.nodes)
    if (n.kind === 'provision' && n.parent) provisions.set(n.parent, [...(provisions.get(n.parent) ?? []), n.id]);
  // Packages: the bills each reaches over links, in the layout order.
  const packages = billPackages(structure);
  packages.sort((a, b) => b.length - a.length);
  // Each package's ties, for its lanes (none for a package too large to lay lanes for).
  const pkgOf = new Map<string, number>();
  packages.forEach((bills, i) => bills.length <= MAX_LANED_BILLS && bills.forEach((id) => pkgOf.set(id, i)));
  const ties: Tie[][] = packages.map(() => []);
  for (const e of structure.edges) {
    const i = pkgOf.get(e.source);
    if (e.kind === 'link' && i !== undefined && pkgOf.get(e.target) === i) ties[i].push({ id: e.id, source: e.source, target: e.target });
  }
  const blocks = packages.map((bills, i) => block(bills, provisions, ties[i]));
  const area = blocks.reduce((sum, b) => sum + (b.width + SHELF.gap) * (b.height + SHELF.gap), 0);
  let shelfWidth = Math.sqrt(area * SHELF.aspect);
  for (const b of blocks) shelfWidth = Math.max(shelfWidth, b.width);
  const pos = new Map<string, Point>();
  const routes = new Map<string, Route>();
  const placed: ShelfBlock[] = [];
  let [x, y, shelfHeight] = [0, 0, 0];
  blocks.forEach((b, i) => {
    if (x > 0 && x + b.width > shelfWidth) [x, y, shelfHeight] = [0, y + shelfHeight + SHELF.gap, 0];
    const move = (p: Point) => ({ x: x + p.x, y: y + p.y });
    let box: ShelfBlock['box'] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [id, p] of b.at) {
      const q = move(p);
      pos.set(id, q);
      box = [Math.min(box[0], q.x), Math.min(box[1], q.y), Math.max(box[2], q.x), Math.max(box[3], q.y)];
    }
    const [hw, hh] = [SIZE.bill.hw, SIZE.bill.hh];
    placed.push({ lead: packages[i][0], bills: packages[i].length, box: [box[0] - hw, box[1] - hh, box[2] + hw, box[3] + hh] });
    for (const [id, r] of b.routes) routes.set(id, { from: move(r.from), via: r.via?.map(move), to: move(r.to) });
    x += b.width + SHELF.gap;
    shelfHeight = Math.max(shelfHeight, b.height);
  });
  const done = { pos, routes, blocks: placed };
  layouts.set(structure, done);
  return done;
}

/**
 * One package's block: its bills row by row, each with its provisions below it, room above each
 * row for its lanes and left of the block for its trunks; positions and routes from its top left.
 */
function block(bills: readonly string[], provisions: ReadonlyMap<string, readonly string[]>, ties: readonly Tie[]) {
  // A large package (a session's hub, or a generated one of thousands) is a block of its own shape, not a column.
  const cols = Math.min(bills.length, Math.max(SHELF.perRow, Math.ceil(Math.sqrt(bills.length * SHELF.aspect))));
  const plan = ties.length ? planLanes(new Map(bills.map((id, i) => [id, { row: Math.floor(i / cols), col: i % cols }])), ties) : NO_LANES;
  const left = plan.trunks > 0 ? (plan.trunks + 1) * LANE : 0;
  const at = new Map<string, Point>();
  const tops: number[] = [];
  let top = 0;
  for (let start = 0, r = 0; start < bills.length; start += cols, r++) {
    const row = bills.slice(start, start + cols);
    top += (plan.lanes[r] ?? 0) * LANE;
    tops.push(top + SHELF.row / 2 - SIZE.bill.hh);
    let deepest = 0;
    row.forEach((id, i) => {
      const x = left + (i + 0.5) * SHELF.cell;
      at.set(id, { x, y: top + SHELF.row / 2 });
      const below = provisions.get(id) ?? [];
      below.forEach((p, j) => at.set(p, { x, y: top + SHELF.row / 2 + (j + 1) * SHELF.provision }));
      deepest = Math.max(deepest, below.length);
    });
    top += SHELF.row + deepest * SHELF.provision;
  }
  const routes = plan.routes(
    (id) => at.get(id)!,
    SIZE.bill.hh,
    SIZE.bill.hw,
    left + SHELF.cell / 2 - SIZE.bill.hw,
    (r) => tops[r],
  );
  return { at, routes, width: left + cols * SHELF.cell, height: top };
}
