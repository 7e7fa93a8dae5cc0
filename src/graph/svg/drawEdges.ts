/** Joins edges and their words to the structure, places them (routed in a story, curves otherwise, parallel ones drawn apart) and styles them by stance and presence. */
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import type { GraphEdge, GraphNode, GraphState, GraphStructure } from '../../engine/graphSpec';
import { isDecidingLink, linkNote } from '../../engine/graphSpec';
import type { Point } from '../layout';
import type { Route } from '../storyLayout';
import { routePoints } from '../core/geometry';
import { boxExit, curvePath } from '../core/geometry';
import { FONT, textWidth } from '../core/encodings';
import type { LabelBox } from '../core/labels';

type EdgeSel = Selection<SVGGElement, GraphEdge, SVGGElement, unknown>;
type LabelSel = Selection<SVGGElement, GraphEdge, SVGGElement, unknown>;

/** Where each link's words went (graph units), for the overlap check. */
export type LinkLabelBoxes = Map<string, LabelBox>;

/** A loose relation's class: drawn thin and dashed, its words in a lighter weight. */
const loose = (e: GraphEdge) => (e.linkKind && !isDecidingLink(e.linkKind) ? ' tb-loose' : '');

/** Joins the structure's edges to their elements in `edgeLayer`, and its links' words to theirs in `labelLayer`. */
export function joinEdges(
  edgeLayer: Selection<SVGGElement, unknown, null, undefined>,
  labelLayer: Selection<SVGGElement, unknown, null, undefined>,
  structure: GraphStructure,
): { edges: EdgeSel; labels: LabelSel } {
  const edges = edgeLayer
    .selectAll<SVGGElement, GraphEdge>('g.tb-edge')
    .data(structure.edges, (e) => e.id)
    .join((enter) => {
      const g = enter.append('g');
      g.append('path').attr('fill', 'none');
      return g;
    })
    .attr('class', (e) => `tb-edge tb-edge-${e.kind}${loose(e)}`)
    .attr('data-id', (e) => e.id)
    .attr('data-kind', (e) => e.linkKind ?? e.kind)
    // In a story a bill's provisions and groups are listed in its card: no line to each.
    .attr('display', (e) => (structure.story && e.kind !== 'link' ? 'none' : null));
  const labels = labelLayer
    .selectAll<SVGGElement, GraphEdge>('g.tb-link-label')
    .data(
      structure.edges.filter((e) => e.kind === 'link' && e.label),
      (e) => e.id,
    )
    .join((enter) => {
      const g = enter.append('g');
      g.append('rect').attr('class', 'tb-pill').attr('rx', 4);
      g.append('text').attr('class', 'tb-link-words tb-t-link').attr('font-size', FONT.link);
      g.append('text').attr('class', 'tb-link-date tb-t-link').attr('font-size', FONT.date);
      return g;
    })
    .attr('class', (e) => `tb-link-label${loose(e)}`)
    .attr('data-id', (e) => e.id);
  labels.select('text.tb-link-words').text((e) => e.label ?? '');
  labels.select('text.tb-link-date').text(linkNote);
  edges
    .filter((e) => e.kind === 'link')
    .select('path')
    .attr('marker-end', (e) => (e.linkKind && isDecidingLink(e.linkKind) ? 'url(#tb-arrow)' : 'url(#tb-arrow-loose)'));
  return { edges, labels };
}

/**
 * Draws every edge between its nodes' boxes: along its route when the story layout gave it one,
 * else a curve (links bend, and parallel edges bend further apart). Returns the link labels' boxes.
 */
export function placeEdges(
  edges: EdgeSel,
  labels: LabelSel,
  pos: ReadonlyMap<string, Point>,
  nodeById: ReadonlyMap<string, GraphNode>,
  routes: ReadonlyMap<string, Route>,
): LinkLabelBoxes {
  const parallel = new Map<string, number>();
  const where = new Map<string, { at: Point; anchor: 'start' | 'middle'; pill: boolean }>();
  edges.each(function (e) {
    const g = select(this);
    const route = routes.get(e.id);
    if (route) {
      g.select('path').attr('d', routePath(route));
      if (route.label) where.set(e.id, { at: route.label, anchor: route.label.anchor, pill: false });
      return;
    }
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) return;
    const key = [e.source, e.target].sort().join('|');
    const k = parallel.get(key) ?? 0;
    parallel.set(key, k + 1);
    const start = boxExit(a, b, nodeById.get(e.source)!);
    const end = boxExit(b, a, nodeById.get(e.target)!);
    const { d, mid } = curvePath(start, end, e.kind === 'link' ? 24 + k * 28 : k * 20);
    g.select('path').attr('d', d);
    if (e.kind === 'link') where.set(e.id, { at: mid, anchor: 'middle', pill: true });
  });
  const boxes: LinkLabelBoxes = new Map();
  labels.each(function (e) {
    const w = where.get(e.id);
    const g = select(this);
    if (!w) return void g.attr('display', 'none');
    g.attr('display', null);
    const note = linkNote(e);
    const width = Math.max(textWidth(e.label ?? '', FONT.link, true), textWidth(note, FONT.date)) + 8;
    // Words above and the date below a route's line (the line runs between them); on a pill otherwise.
    const [above, below] = w.anchor === 'middle' && !w.pill ? [-9, 19] : [-4, 12];
    const x0 = w.anchor === 'middle' ? w.at.x - width / 2 : w.at.x - 4;
    g.attr('transform', `translate(${w.at.x},${w.at.y})`);
    g.select('text.tb-link-words').attr('y', above).attr('text-anchor', w.anchor);
    g.select('text.tb-link-date').attr('y', below).attr('text-anchor', w.anchor);
    const top = w.at.y + above - FONT.link;
    const bottom = w.at.y + (note ? below + 4 : above + 4);
    g.select('rect.tb-pill')
      .attr('display', w.pill ? null : 'none')
      .attr('x', x0 - w.at.x)
      .attr('y', top - w.at.y)
      .attr('width', width)
      .attr('height', bottom - top);
    boxes.set(e.id, { x0, y0: top, x1: x0 + width, y1: bottom });
  });
  return boxes;
}

/** Presence (links appear on their date) and stance colours for position edges. */
export function styleEdges(edges: EdgeSel, labels: LabelSel | null, state: GraphState): void {
  edges
    .attr('data-present', (e) => String(state.edges[e.id]?.present ?? true))
    .attr('data-stance', (e) => state.edges[e.id]?.stance ?? null);
  // Stance colours, widths and dashes come from the stylesheet generated from the encoding table, by data-stance.
  labels?.attr('data-present', (e) => String(state.edges[e.id]?.present ?? true));
}

/** A route as an SVG path: through its corners, from its start to the arrow's tip. */
function routePath(route: Route): string {
  return routePoints(route)
    .map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`)
    .join(' ');
}
