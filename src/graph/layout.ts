/** Deterministic force layout: same structure, same positions. Never touches the structure's objects. */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { Simulation, SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { GraphStructure } from '../engine/graphSpec';
import { orderBills } from './billOrder';
import { positionsOf } from './layoutProtocol';

export { orderBills } from './billOrder';

/** A node position. */
export interface Point {
  /** Horizontal position. */
  x: number;
  /** Vertical position. */
  y: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  kind: string;
  hx: number;
  hy: number;
}

const BILL_GAP = 380;
const ROW_GAP = 640;
const COL = 180;
const ROW = 24;

/** A layout in steps: its first placement at once, then force ticks until it is done (see `startLayout`). */
export interface LayoutSteps {
  /** Node ids, in the structure's order; `positions()` follows it. */
  ids: string[];
  /** Current positions as x, y pairs in `ids` order, rounded as the finished layout is. */
  positions: () => Float64Array;
  /** Runs up to `count` more ticks; true once every tick has run. */
  step: (count: number) => boolean;
}

/** Ticks for `n` nodes: fewer as graphs grow, since each tick costs O(n log n) and the seeds are already a readable layout. */
export function tickCount(n: number, relayout: boolean): number {
  if (relayout) return 60;
  return n > 5000 ? 12 : n > 1500 ? 120 : 300;
}

/**
 * Starts laying out a structure; nodes with a position in `previous` keep it exactly (by id). Its
 * first positions are the seeds (a grid of bills in link order, each with its provisions and
 * stakeholders around it), ready before any force runs; the forces are set up on the first step.
 */
export function startLayout(structure: GraphStructure, previous?: ReadonlyMap<string, Point>): LayoutSteps {
  const billX = new Map<string, number>();
  const order = orderBills(structure);
  // A row for a handful of bills; a grid (in link order, row by row) for a session.
  const cols = order.length <= 6 ? order.length : Math.ceil(Math.sqrt(order.length * 1.6));
  const rows = Math.ceil(order.length / Math.max(cols, 1));
  const billY = new Map<string, number>();
  order.forEach((id, i) => {
    billX.set(id, ((i % cols) - (cols - 1) / 2) * BILL_GAP);
    billY.set(id, (Math.floor(i / cols) - (rows - 1) / 2) * ROW_GAP);
  });
  const anchor = new Map<string, string>();
  for (const e of structure.edges) if (e.kind === 'position' && !anchor.has(e.source)) anchor.set(e.source, e.target);
  const parentOf = new Map(structure.nodes.filter((n) => n.parent).map((n) => [n.id, n.parent!]));
  const billOf = (id: string) => parentOf.get(id) ?? id;

  // Seeds: provisions in a column under their bill; stakeholders in two label-wide columns per
  // bill and side, backers above and the rest below (past the bill's last provision), so neither
  // labels nor nodes collide.
  const slot = new Map<string, number>();
  const provisions = new Map<string, number>();
  for (const n of structure.nodes) if (n.kind === 'provision') provisions.set(n.parent!, (provisions.get(n.parent!) ?? 0) + 1);
  const below = (bill: string) => Math.max(230, 86 + (provisions.get(bill) ?? 0) * 36);
  const next = (key: string) => {
    const k = slot.get(key) ?? 0;
    slot.set(key, k + 1);
    return k;
  };
  const sim: SimNode[] = structure.nodes.map((n) => {
    let hx: number;
    let hy: number;
    if (n.kind === 'bill') {
      hx = billX.get(n.id) ?? 0;
      hy = billY.get(n.id) ?? 0;
    } else if (n.kind === 'provision') {
      hx = billX.get(n.parent!) ?? 0;
      hy = (billY.get(n.parent!) ?? 0) + 62 + next(`p:${n.parent}`) * 36;
    } else {
      const bill = billOf(anchor.get(n.id) ?? '');
      const up = n.side < 0;
      const k = next(`s:${bill}:${up}`);
      hx = (billX.get(bill) ?? 0) - COL + (k % 2) * COL;
      hy = (billY.get(bill) ?? 0) + (up ? -110 - Math.floor(k / 2) * ROW : below(bill) + Math.floor(k / 2) * ROW);
    }
    const prev = previous?.get(n.id);
    // Nodes already on screen stay exactly where they are; only new nodes are placed.
    return { id: n.id, kind: n.kind, hx, hy, x: prev?.x ?? hx, y: prev?.y ?? hy, fx: prev?.x, fy: prev?.y };
  });
  let simulation: Simulation<SimNode, undefined> | null = null;
  const n = structure.nodes.length;
  let left = tickCount(n, !!previous && previous.size > 0);
  const start = () => {
    const index = new Map(sim.map((node, i) => [node.id, i]));
    const links: Array<SimulationLinkDatum<SimNode>> = [];
    for (const e of structure.edges)
      if (e.kind === 'link' && index.has(e.source) && index.has(e.target))
        links.push({ source: index.get(e.source)!, target: index.get(e.target)! });
    // Past session size, bills push only their neighbourhood apart (far cells are skipped, not summed).
    const charge = forceManyBody<SimNode>().strength((node) => (node.kind === 'bill' ? -600 : 0));
    if (n > 5000) charge.distanceMax(3 * BILL_GAP);
    return forceSimulation(sim)
      .stop()
      .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).distance(BILL_GAP).strength(0.2))
      .force('charge', charge)
      .force('x', forceX<SimNode>((node) => node.hx).strength(0.9))
      .force('y', forceY<SimNode>((node) => node.hy).strength(0.9));
  };
  return {
    ids: sim.map((node) => node.id),
    positions() {
      const xy = new Float64Array(sim.length * 2);
      sim.forEach((node, i) => {
        xy[2 * i] = round(node.x!);
        xy[2 * i + 1] = round(node.y!);
      });
      return xy;
    },
    step(count) {
      const k = Math.min(count, left);
      if (k > 0) (simulation ??= start()).tick(k);
      left -= k;
      return left === 0;
    },
  };
}

/** Lays out a structure at once (the worker's steps, run to the end); nodes with a position in `previous` keep it exactly (by id). */
export function computeLayout(structure: GraphStructure, previous?: ReadonlyMap<string, Point>): Map<string, Point> {
  const steps = startLayout(structure, previous);
  steps.step(Infinity);
  return positionsOf(steps.ids, steps.positions());
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
