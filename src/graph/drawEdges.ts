/** Places edges (curves, parallel ones drawn apart) and styles them by stance and presence. */
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import type { GraphEdge, GraphNode, GraphState } from '../engine/graphSpec';
import type { Point } from './layout';
import { boxExit, curvePath } from './geometry';
import { STANCE_STYLE } from './encodings';

type EdgeSel = Selection<SVGGElement, GraphEdge, SVGGElement, unknown>;

/** Draws every edge between its nodes' boxes; links bend, and parallel edges bend further apart. */
export function placeEdges(edges: EdgeSel, pos: ReadonlyMap<string, Point>, nodeById: ReadonlyMap<string, GraphNode>): void {
  const parallel = new Map<string, number>();
  edges.each(function (e) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) return;
    const key = [e.source, e.target].sort().join('|');
    const k = parallel.get(key) ?? 0;
    parallel.set(key, k + 1);
    const start = boxExit(a, b, nodeById.get(e.source)!);
    const end = boxExit(b, a, nodeById.get(e.target)!);
    const { d, mid } = curvePath(start, end, e.kind === 'link' ? 24 + k * 28 : k * 20);
    const g = select(this);
    g.select('path').attr('d', d);
    g.select('text')
      .attr('x', mid.x)
      .attr('y', mid.y - 6);
  });
}

/** Presence (links appear on their date) and stance colours for position edges. */
export function styleEdges(edges: EdgeSel, state: GraphState): void {
  edges
    .attr('data-present', (e) => String(state.edges[e.id]?.present ?? true))
    .attr('data-stance', (e) => state.edges[e.id]?.stance ?? null);
  const style = (e: GraphEdge) => STANCE_STYLE[state.edges[e.id]?.stance ?? 'neutral'];
  edges
    .filter((e) => e.kind === 'position')
    .select('path')
    .style('stroke', (e) => style(e).stroke)
    .style('stroke-width', (e) => style(e).width)
    .style('stroke-dasharray', (e) => style(e).dash);
}
