/** Geometry helpers: node boxes and where an edge leaves a box. */
import type { GraphNode } from '../../engine/graphSpec';
import type { Point } from '../layout';
import { ITEM_LINES, SIZE, itemHeight, memberLines } from './encodings';

/** The largest zoom, up to `maxK`, at which `box` (x0, y0, x1, y1) fits a `width` x `height` view with `pad` around it. */
export function fitZoom(box: readonly number[], width: number, height: number, pad: number, maxK: number): number {
  const [x0, y0, x1, y1] = box;
  return Math.min(maxK, Math.max(width - 2 * pad, 1) / Math.max(x1 - x0, 1), Math.max(height - 2 * pad, 1) / Math.max(y1 - y0, 1));
}

/** Half width and half height of a node's box. */
export function halfSize(node: GraphNode): [number, number] {
  if (node.kind === 'bill') return [SIZE.bill.hw, SIZE.bill.hh];
  if (node.kind === 'provision' || node.kind === 'group') return [SIZE.item.hw, itemHalfHeight(node)];
  if (node.ref) return [SIZE.member.r, SIZE.member.r];
  return [SIZE.dot, SIZE.dot];
}

const itemHalf = new WeakMap<GraphNode, number>();

/** Half an item's box height, by how many lines its words take (read each frame, so kept per node). */
function itemHalfHeight(node: GraphNode): number {
  let hh = itemHalf.get(node);
  if (hh === undefined) itemHalf.set(node, (hh = itemHeight(node.label, node.kinds) / 2));
  return hh;
}

/**
 * How much taller than one line's row an item's box, or a listed person's row, is (graph units; 0
 * for one line, or for a node that is neither).
 */
export function itemExtraHeight(node: GraphNode): number {
  if (node.kind === 'provision' || node.kind === 'group') return 2 * itemHalfHeight(node) - SIZE.item.h;
  if (node.kind !== 'stakeholder' || !node.ref) return 0;
  // Read each frame (hit tests, rows), so kept per node as an item's half height is.
  let extra = memberExtra.get(node);
  if (extra === undefined) memberExtra.set(node, (extra = (memberLines(node.label).length - 1) * ITEM_LINES.step));
  return extra;
}

const memberExtra = new WeakMap<GraphNode, number>();

/** The point where the segment from the centre `from` towards `to` crosses the node's box. */
export function boxExit(from: Point, to: Point, node: GraphNode): Point {
  const [hw, hh] = halfSize(node);
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (dx === 0 && dy === 0) return from;
  const scale = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  if (node.kind === 'stakeholder') {
    const len = Math.hypot(dx, dy);
    return { x: from.x + (dx / len) * hw, y: from.y + (dy / len) * hw };
  }
  return { x: from.x + dx * Math.min(scale, 1), y: from.y + dy * Math.min(scale, 1) };
}

/** A gentle quadratic curve from a to b, bent by `bend` (parallel links get different bends). */
export function curvePath(a: Point, b: Point, bend: number): { d: string; mid: Point } {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const cx = mx - (dy / len) * bend;
  const cy = my + (dx / len) * bend;
  return { d: `M${a.x},${a.y} Q${cx},${cy} ${b.x},${b.y}`, mid: { x: (a.x + 2 * cx + b.x) / 4, y: (a.y + 2 * cy + b.y) / 4 } };
}

/** A route's points in order: its start, its corners, the arrow's tip. */
export function routePoints(route: { from: Point; via?: Point[]; to: Point }): Point[] {
  return [route.from, ...(route.via ?? []), route.to];
}
