/** The SVG's crowded words: link labels and stakeholders' names that would overlap a box, each other or a line are left out (they show on hover and focus). */
import type { Selection } from 'd3-selection';
import type { GraphEdge, GraphNode } from '../../engine/graphSpec';
import type { Point } from '../layout';
import type { Route } from '../storyRoutes';
import { wordsLitOnly } from '../storyRoutes';
import { halfSize } from '../core/geometry';
import { keepClear } from '../core/labels';
import { endsOf, linkLabelsKept } from '../core/crossings';
import type { DrawnLine } from '../core/crossings';
import type { LabelBox } from '../core/labels';
import { nameBox } from './wordBoxes';

type NodeSel = Selection<SVGGElement, GraphNode, SVGGElement, unknown>;
type EdgeSel = Selection<SVGGElement, GraphEdge, SVGGElement, unknown>;

/** The boxes of bills, provisions and groups (graph units): words may not cover them. */
function boxesOf(nodes: Iterable<GraphNode>, pos: ReadonlyMap<string, Point>): LabelBox[] {
  const out: LabelBox[] = [];
  for (const n of nodes) {
    const p = pos.get(n.id);
    const [hw, hh] = halfSize(n);
    if (p && n.kind !== 'stakeholder') out.push({ x0: p.x - hw, y0: p.y - hh, x1: p.x + hw, y1: p.y + hh });
  }
  return out;
}

/**
 * Points every few units along a drawn line, read from its `d` ("M a L b" or "M a Q c b", as
 * drawEdges writes them), at most 400 whatever its length. Null for another shape. Worked out
 * from the numbers, not asked of the DOM: that would force a layout of the page before the first frame.
 */
export function linePoints(d: string): Point[] | null {
  const n = d.match(/-?[\d.]+(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
  const kind = /^M[^A-Za-z]*([LQ])/.exec(d)?.[1];
  if (!kind || n.some((v) => !Number.isFinite(v)) || n.length !== (kind === 'L' ? 4 : 6)) return null;
  const [ax, ay] = n;
  const [cx, cy, bx, by] = kind === 'L' ? [(n[0] + n[2]) / 2, (n[1] + n[3]) / 2, n[2], n[3]] : n.slice(2);
  const len = Math.hypot(cx - ax, cy - ay) + Math.hypot(bx - cx, by - cy);
  const steps = Math.min(400, Math.ceil(len / 4));
  const out: Point[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / Math.max(steps, 1);
    const u = 1 - t;
    out.push({ x: u * u * ax + 2 * u * t * cx + t * t * bx, y: u * u * ay + 2 * u * t * cy + t * t * by });
  }
  return out;
}

/**
 * Each link's drawn line, as points every few units along it, read from its path (a route with
 * corners is measured by the browser).
 */
function drawnLines(edges: EdgeSel | null): DrawnLine[] {
  const lines: DrawnLine[] = [];
  edges
    ?.filter((e) => e.kind === 'link')
    .each(function (e) {
      const path = this.querySelector('path');
      const d = path?.getAttribute('d');
      if (!path || !d) return;
      let points = linePoints(d);
      if (!points && typeof path.getPointAtLength === 'function') {
        const len = path.getTotalLength();
        // At most 400 samples a line, whatever its length (coordinates may be huge).
        const step = Math.max(4, len / 400);
        points = [];
        for (let s = 0; len > 0 && Number.isFinite(len) && s <= len; s += step) points.push(path.getPointAtLength(s));
      }
      if (points) lines.push({ id: e.id, points });
    });
  return lines;
}

/**
 * A link's words (`boxes`, by edge id) that would overlap a box, words placed before them, or another
 * link's line are left out; so are those its route shows only while it is lit (a story's tie around
 * cards with no room for its words).
 */
export function hideCrowdedLinkLabels(
  labels: EdgeSel,
  edges: EdgeSel | null,
  boxes: ReadonlyMap<string, LabelBox>,
  nodes: readonly GraphNode[],
  pos: ReadonlyMap<string, Point>,
  routes: ReadonlyMap<string, Route> = new Map(),
): void {
  const ends = new Map((edges?.data() ?? []).map((e) => [e.id, endsOf(e)]));
  const atRest = new Map([...boxes].filter(([id]) => !wordsLitOnly(routes.get(id))));
  const kept = linkLabelsKept(boxesOf(nodes, pos), atRest, () => drawnLines(edges), ends);
  labels.attr('data-overlap', (e) => (kept.has(e.id) ? null : 'true'));
}

/**
 * Stakeholders' names run to the right of their dots; one that would overlap a bill's or a
 * provision's box (every one of them, even where two overlap: keepClear), or a name placed before
 * it, is hidden (it shows on hover and focus). The names zoom with the drawing, so overlaps are
 * worked out once per placement, in graph units.
 */
export function hideCrowdedNames(nodes: NodeSel, pos: ReadonlyMap<string, Point>): void {
  const boxes: LabelBox[] = [];
  const labelled: SVGTextElement[] = [];
  nodes
    .filter((d) => d.kind === 'stakeholder' && !d.ref)
    .each(function (d) {
      const p = pos.get(d.id);
      const el = this.querySelector<SVGTextElement>('text.tb-label');
      if (!p || !el) return;
      // Estimated, not measured: measuring every name would force a layout.
      boxes.push(nameBox(p, el.textContent ?? ''));
      labelled.push(el);
    });
  const keep = keepClear(boxesOf(nodes.data(), pos), boxes);
  labelled.forEach((el, i) => el.toggleAttribute('data-overlap', !keep[i]));
}
