/**
 * The canvas's link lines and arrowheads as the core's check for words a line runs through takes
 * them (crossings.ts). The canvas draws words at screen size, so which lines cross them depends on
 * the zoom: each line's corners and box are worked out once per layout, and a frame samples only
 * the lines that pass through its words' area, and only within it.
 */
import type { GraphEdge, GraphNode, GraphState } from '../../engine/graphSpec';
import type { Point } from '../layout';
import type { Route } from '../storyLayout';
import { boxExit, routePoints } from '../core/geometry';
import { endsOf } from '../core/crossings';
import type { DrawnLine } from '../core/crossings';
import type { LabelBox } from '../core/labels';
import type { View } from './canvasDraw';

/** Screen pixels between points along a line: well under a label's height, so no line slips between two points. */
const STEP = 4;

/** A layout's link lines (graph units). */
export interface LinkLines {
  /** Each link's id, by line. */
  ids: string[];
  /** Each line's corners, as drawn: along its route, else from box edge to box edge. */
  corners: Point[][];
  /** Each line's box: x0, y0, x1, y1 per line. */
  box: Float64Array;
  /** The two bills each link joins (endsOf), by id. */
  ends: Map<string, string>;
}

const known = new WeakMap<
  ReadonlyMap<string, Point>,
  { edges: readonly GraphEdge[]; routes: ReadonlyMap<string, Route>; lines: LinkLines }
>();

/** The links' lines, worked out once per positions map, edges and routes (the canvas replaces its map, never edits it). */
export function linkLines(
  edges: readonly GraphEdge[],
  pos: ReadonlyMap<string, Point>,
  nodeById: ReadonlyMap<string, GraphNode>,
  routes: ReadonlyMap<string, Route>,
): LinkLines {
  const hit = known.get(pos);
  if (hit && hit.edges === edges && hit.routes === routes) return hit.lines;
  const lines: LinkLines = { ids: [], corners: [], box: new Float64Array(0), ends: new Map() };
  const boxes: number[] = [];
  for (const e of edges) {
    if (e.kind !== 'link') continue;
    lines.ends.set(e.id, endsOf(e));
    const route = routes.get(e.id);
    const [a, b, from, to] = [pos.get(e.source), pos.get(e.target), nodeById.get(e.source), nodeById.get(e.target)];
    const corners = route ? routePoints(route) : a && b && from && to ? [boxExit(a, b, from), boxExit(b, a, to)] : null;
    if (!corners) continue;
    const xs = corners.map((p) => p.x);
    const ys = corners.map((p) => p.y);
    lines.ids.push(e.id);
    lines.corners.push(corners);
    boxes.push(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
  }
  lines.box = Float64Array.from(boxes);
  known.set(pos, { edges, routes, lines });
  return lines;
}

/**
 * The lines running through the words' `boxes` (screen pixels, at `view`): the present links' lines,
 * and the arrowheads (`heads`, as lines no label owns: every label gives way to them, its own link's
 * included), as points every few pixels within the boxes' area.
 */
export function linesNear(
  lines: LinkLines,
  heads: ReadonlyArray<{ id: string; corners: Point[] }>,
  boxes: Iterable<LabelBox>,
  view: View,
  state: GraphState | null,
): DrawnLine[] {
  const all = [...boxes];
  const area = {
    x0: Math.min(...all.map((b) => b.x0)),
    y0: Math.min(...all.map((b) => b.y0)),
    x1: Math.max(...all.map((b) => b.x1)),
    y1: Math.max(...all.map((b) => b.y1)),
  };
  const { k, x, y } = view;
  const [gx0, gy0, gx1, gy1] = [(area.x0 - x) / k, (area.y0 - y) / k, (area.x1 - x) / k, (area.y1 - y) / k];
  const out: DrawnLine[] = [];
  const { box } = lines;
  for (let i = 0; i < lines.ids.length; i++) {
    if (box[4 * i] > gx1 || box[4 * i + 2] < gx0 || box[4 * i + 1] > gy1 || box[4 * i + 3] < gy0) continue;
    const id = lines.ids[i];
    if (state?.edges[id]?.present === false) continue;
    const points = along(
      lines.corners[i].map((p) => ({ x: p.x * k + x, y: p.y * k + y })),
      area,
      STEP,
    );
    if (points.length) out.push({ id, points });
  }
  for (const { id, corners } of heads) {
    const points = along([...corners, corners[0]], area, 2);
    if (points.length) out.push({ id: `${id} head`, points });
  }
  return out;
}

/**
 * An arrowhead's outline (screen pixels) for a line arriving at `angle`: the tip, then its two back
 * corners, `size` behind it and `size` apart, the SVG renderer's marker's shape (svg/svgDefs).
 */
export function arrowHead(tip: Point, angle: number, size: number): Point[] {
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  const back = { x: tip.x - size * dx, y: tip.y - size * dy };
  const corner = (side: number) => ({ x: back.x - (side * size * dy) / 2, y: back.y + (side * size * dx) / 2 });
  return [tip, corner(-1), corner(1)];
}

/** Points every `step` along the parts of a polyline inside `area` (ends included). */
function along(corners: readonly Point[], area: LabelBox, step: number): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < corners.length; i++) {
    const [a, b] = [corners[i - 1], corners[i]];
    const inside = clip(a, b, area);
    if (!inside) continue;
    const [t0, t1] = inside;
    const len = Math.hypot(b.x - a.x, b.y - a.y) * (t1 - t0);
    const n = Math.min(2000, Math.ceil(len / step));
    for (let j = 0; j <= n; j++) {
      const t = t0 + ((t1 - t0) * j) / Math.max(n, 1);
      out.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
    }
  }
  return out;
}

/** The part of the segment a-b inside `area`, as parameters along it (Liang-Barsky); null when it misses. */
function clip(a: Point, b: Point, area: LabelBox): [number, number] | null {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  let [t0, t1] = [0, 1];
  for (const [p, q] of [
    [-dx, a.x - area.x0],
    [dx, area.x1 - a.x],
    [-dy, a.y - area.y0],
    [dy, area.y1 - a.y],
  ]) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
  }
  return t0 <= t1 && Number.isFinite(t0) && Number.isFinite(t1) ? [t0, t1] : null;
}
