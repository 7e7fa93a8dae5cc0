/** Deterministic force layout: same structure, same positions. Never touches the structure's objects. */
import { forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { GraphStructure } from '../engine/graphSpec';
import { orderBills } from './billOrder';

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

/** Lays out a structure; nodes with a position in `previous` keep it exactly (by id). */
export function computeLayout(structure: GraphStructure, previous?: ReadonlyMap<string, Point>): Map<string, Point> {
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
  // bill and side, backers above and the rest below, so labels do not collide.
  const slot = new Map<string, number>();
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
      hy = (billY.get(bill) ?? 0) + (up ? -110 - Math.floor(k / 2) * ROW : 230 + Math.floor(k / 2) * ROW);
    }
    const prev = previous?.get(n.id);
    // Nodes already on screen stay exactly where they are; only new nodes are placed.
    return { id: n.id, kind: n.kind, hx, hy, x: prev?.x ?? hx, y: prev?.y ?? hy, fx: prev?.x, fy: prev?.y };
  });
  const index = new Map(sim.map((n, i) => [n.id, i]));
  const links: Array<SimulationLinkDatum<SimNode> & { kind: string }> = structure.edges
    .filter((e) => index.has(e.source) && index.has(e.target))
    .map((e) => ({ source: index.get(e.source)!, target: index.get(e.target)!, kind: e.kind }));

  const simulation = forceSimulation(sim)
    .stop()
    .force(
      'link',
      forceLink(links.filter((l) => l.kind === 'link'))
        .distance(BILL_GAP)
        .strength(0.2),
    )
    .force(
      'charge',
      forceManyBody<SimNode>().strength((n) => (n.kind === 'bill' ? -600 : 0)),
    )
    .force('x', forceX<SimNode>((n) => n.hx).strength(0.9))
    .force('y', forceY<SimNode>((n) => n.hy).strength(0.9));
  // Fewer ticks for session-sized graphs: the grid seeds are already a readable layout.
  const n = structure.nodes.length;
  const ticks = previous && previous.size > 0 ? 60 : n > 5000 ? 40 : n > 1500 ? 120 : 300;
  simulation.tick(ticks);
  const out = new Map<string, Point>();
  for (const n of sim) out.set(n.id, { x: round(n.x!), y: round(n.y!) });
  return out;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
