/** Drawing on a 2D canvas, besides the nodes (canvasDraw.ts): links' arrowheads and words, a story's cards and groups' kind dots. */
import type { GraphEdge, GraphNode, GraphState } from '../../engine/graphSpec';
import { isDecidingLink, linkNote } from '../../engine/graphSpec';
import type { Point } from '../layout';
import type { Route } from '../storyLayout';
import { wordsLitOnly } from '../storyRoutes';
import { BOX_STYLE, EDGE_STYLE, FONT, MARK_STYLE, OPACITY, SIZE, STAKEHOLDER_COLOR, groupKindMarks } from '../core/encodings';
import { boxExit, routePoints } from '../core/geometry';
import { LOD } from '../core/interaction';
import { linkLabelsKept } from '../core/crossings';
import type { Highlight } from '../core/highlight';
import { dimsEdge, litWordsShown } from '../core/highlight';
import type { LabelBox } from '../core/labels';
import type { Palette } from '../core/theme';
import { paint } from '../core/theme';
import type { View } from './canvasDraw';
import { textWidthIn } from './textWidths';
import { arrowHead, linesNear, linkLines } from './linkLines';

const linkFont = (weight: number) => `${weight} ${FONT.link}px system-ui, sans-serif`;
const DATE_FONT = `${FONT.date}px system-ui, sans-serif`;

/**
 * Arrowheads (at most 1,500, of the links in view) and labels of links ("operative only if",
 * "tie-bar") with their date ("since 23 Apr 2019"), in screen pixels; a label that would overlap a
 * node's label (`taken`) or an earlier link label, or that a line or an arrowhead runs through, is
 * left out (the core's rule, as the SVG's: crossings.ts). With a highlight, the links it dims are
 * faint, their words too, and the ties it lights show words left out where they find room (the
 * core's rule, as the SVG's: highlight.ts). A story's routed tie (`routes`) ends
 * where its route does, with its words above the line and the date below, where the SVG puts them.
 */
export function drawLinkMarks(
  ctx: CanvasRenderingContext2D,
  edges: GraphEdge[],
  pos: ReadonlyMap<string, Point>,
  nodeById: ReadonlyMap<string, GraphNode>,
  state: GraphState | null,
  view: View,
  size: { width: number; height: number },
  dpr: number,
  palette: Palette,
  taken: readonly LabelBox[] = [],
  highlight: Highlight | null = null,
  routes: ReadonlyMap<string, Route> = new Map(),
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  drawLanes(ctx, edges, state, view, size, palette, highlight, routes);
  if (view.k < LOD.marks) return;
  const labels: Array<{
    id: string;
    /** Lit by the highlight: its words show where left out at rest, room allowing. */
    lit: boolean;
    /** Dimmed by the highlight: its words drawn at rest fade with its line. */
    faint: boolean;
    text: string;
    date: string;
    x: number;
    y: number;
    dy: [number, number];
    align: CanvasTextAlign;
    pill: boolean;
    weight: number;
    box: LabelBox;
  }> = [];
  const heads: Array<{ id: string; corners: Point[]; fill: string }> = [];
  const reach = 80 * view.k + 20;
  for (const e of edges) {
    if (e.kind !== 'link' || heads.length >= 1500) continue;
    // The arrowhead sits on the target's box: skip targets well outside the view before any geometry.
    const b = pos.get(e.target);
    if (!b) continue;
    const [bx, by] = [b.x * view.k + view.x, b.y * view.k + view.y];
    if (bx < -reach || by < -reach || bx > size.width + reach || by > size.height + reach) continue;
    const a = pos.get(e.source);
    if (!a || state?.edges[e.id]?.present === false) continue;
    const route = routes.get(e.id);
    const target = nodeById.get(e.target);
    if (!target) continue;
    const tip = route?.to ?? boxExit(b, a, target);
    const [tx, ty] = [tip.x * view.k + view.x, tip.y * view.k + view.y];
    if (tx < -20 || ty < -20 || tx > size.width + 20 || ty > size.height + 20) continue;
    const points = route ? routePoints(route) : [a, tip];
    const from = points[points.length - 2];
    const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
    const deciding = e.linkKind && isDecidingLink(e.linkKind);
    const faint = dimsEdge(highlight, e);
    ctx.globalAlpha = faint ? OPACITY.dim : 1;
    const look = deciding ? EDGE_STYLE.deciding : EDGE_STYLE.loose;
    const fill = paint(look.head, palette);
    const corners = arrowHead({ x: tx, y: ty }, angle, look.headSize);
    fillHead(ctx, corners, fill);
    heads.push({ id: e.id, corners, fill });
    if (e.label && view.k > LOD.linkLabels && labels.length < 500 && (!route || route.label)) {
      const at = route?.label ?? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, anchor: 'middle' as const };
      const [x, y] = [at.x * view.k + view.x, at.y * view.k + view.y];
      const date = linkNote(e);
      const weight = look.words;
      const width = Math.max(textWidthIn(ctx, linkFont(weight), e.label), textWidthIn(ctx, DATE_FONT, date)) + 4;
      // Words above and the date below a route's line (the line runs between them); on a pill otherwise.
      const pill = !route;
      const dy: [number, number] = !pill && at.anchor === 'middle' ? [-9, 19] : [-4, 12];
      const x0 = at.anchor === 'middle' ? x - width / 2 : x - 2;
      const top = y + dy[0] - FONT.link;
      const bottom = y + (date ? dy[1] + 4 : dy[0] + 4);
      const align = at.anchor === 'middle' ? 'center' : 'left';
      const box = { x0, y0: top, x1: x0 + width, y1: bottom };
      labels.push({
        id: e.id,
        lit: highlight !== null && !faint,
        faint,
        text: e.label,
        date,
        x,
        y,
        dy,
        align,
        pill,
        weight,
        box,
      });
    }
  }
  ctx.globalAlpha = 1;
  // Which lines cross the words depends on the zoom (the words keep their size on screen): a frame
  // samples only the lines through the words that found room; the lines are worked out once per layout.
  const lines = labels.length ? linkLines(edges, pos, nodeById, routes) : null;
  // Words a route shows only while lit (no room at rest) are not asked to find room at rest.
  const boxes = new Map(labels.filter((l) => !wordsLitOnly(routes.get(l.id))).map((l) => [l.id, l.box]));
  const keep = lines ? linkLabelsKept(taken, boxes, (near) => linesNear(lines, heads, near.values(), view, state), lines.ends) : new Set();
  // A highlight shows its ties' words left out at rest, over what they cross, though never over a
  // node's or another tie's words (the core's rule: highlight.ts).
  const asked = new Map(labels.filter((l) => l.lit && !keep.has(l.id)).map((l) => [l.id, l.box]));
  const drawn = asked.size ? [...taken, ...labels.filter((l) => keep.has(l.id)).map((l) => l.box)] : [];
  const shownAnyway = asked.size ? litWordsShown(drawn, asked) : new Set<string>();
  for (const id of shownAnyway) keep.add(id);
  ctx.lineWidth = MARK_STYLE.halo.link;
  ctx.strokeStyle = paint(MARK_STYLE.halo.stroke, palette);
  ctx.fillStyle = paint('var(--ink)', palette);
  // The words of a tie the highlight dims fade with it (set only where it changes: most frames dim none).
  let alpha = 1;
  labels.forEach((l) => {
    if (!keep.has(l.id)) return;
    if ((l.faint ? OPACITY.dim : 1) !== alpha) ctx.globalAlpha = alpha = l.faint ? OPACITY.dim : 1;
    if (l.pill) {
      ctx.fillStyle = paint(MARK_STYLE.halo.stroke, palette);
      ctx.fillRect(l.box.x0, l.box.y0, l.box.x1 - l.box.x0, l.box.y1 - l.box.y0);
      ctx.fillStyle = paint('var(--ink)', palette);
    }
    ctx.textAlign = l.align;
    ctx.font = linkFont(l.weight);
    ctx.strokeText(l.text, l.x, l.y + l.dy[0]);
    ctx.fillText(l.text, l.x, l.y + l.dy[0]);
    if (!l.date) return;
    ctx.font = DATE_FONT;
    ctx.strokeText(l.date, l.x, l.y + l.dy[1]);
    ctx.fillText(l.date, l.x, l.y + l.dy[1]);
  });
  if (alpha !== 1) ctx.globalAlpha = 1;
  // Words shown on a highlight may lie over their tie's arrowhead: it goes on top, so which way the tie runs still shows.
  for (const h of heads) if (shownAnyway.has(h.id)) fillHead(ctx, h.corners, h.fill);
}

function fillHead(ctx: CanvasRenderingContext2D, corners: readonly Point[], fill: string): void {
  ctx.fillStyle = fill;
  ctx.beginPath();
  corners.forEach((p, i) => (i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
  ctx.closePath();
  ctx.fill();
}

/** A story's cards (under everything else), as the SVG draws them: the table's card fill and outline. */
export function drawCards(
  ctx: CanvasRenderingContext2D,
  cards: ReadonlyArray<readonly [number, number, number, number]>,
  view: View,
  dpr: number,
  palette: Palette,
): void {
  if (cards.length === 0) return;
  ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
  const { pad, r } = SIZE.card;
  ctx.fillStyle = paint(BOX_STYLE.card.fill, palette);
  ctx.strokeStyle = paint(BOX_STYLE.card.stroke, palette);
  ctx.lineWidth = BOX_STYLE.card.width;
  for (const [x0, y0, x1, y1] of cards) {
    ctx.beginPath();
    ctx.roundRect(x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad, r);
    ctx.fill();
    ctx.stroke();
  }
}

/** A group's members' most common kinds, as outlined dots at its right end (as the SVG draws them). */
export function drawKindMarks(ctx: CanvasRenderingContext2D, n: GraphNode, p: Point, zoom: number, palette: Palette): void {
  const { r, step, inset } = SIZE.kindMarks;
  ctx.strokeStyle = paint(MARK_STYLE.dotOutline.stroke, palette);
  ctx.lineWidth = MARK_STYLE.dotOutline.width / zoom;
  groupKindMarks(n.kinds).forEach((kind, i) => {
    ctx.beginPath();
    ctx.arc(p.x + SIZE.item.hw - inset - i * step, p.y, r, 0, 2 * Math.PI);
    ctx.fillStyle = paint(STAKEHOLDER_COLOR[kind], palette);
    ctx.fill();
    ctx.stroke();
  });
}

/** A lane: its edge, its points and the box round them (graph units). */
interface Lane {
  e: GraphEdge;
  points: Point[];
  box: [number, number, number, number];
}

/** The lanes of a routes map, worked out once per map (a frame only tests each one's box against the view). */
const laneCache = new WeakMap<ReadonlyMap<string, Route>, Lane[]>();

function lanesOf(edges: readonly GraphEdge[], routes: ReadonlyMap<string, Route>): Lane[] {
  let known = laneCache.get(routes);
  if (known) return known;
  known = [];
  for (const e of edges) {
    const route = routes.get(e.id);
    if (!route?.via) continue;
    const points = routePoints(route);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    known.push({ e, points, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] });
  }
  laneCache.set(routes, known);
  return known;
}

/**
 * Lanes (routes with corners: a story's ties that skip cards, a session's ties between bills that
 * are not neighbours), at every zoom and wherever they cross the view, as the SVG draws them (the
 * edge layer draws straight segments only): one path per look, faint or not.
 */
function drawLanes(
  ctx: CanvasRenderingContext2D,
  edges: GraphEdge[],
  state: GraphState | null,
  view: View,
  size: { width: number; height: number },
  palette: Palette,
  highlight: Highlight | null,
  routes: ReadonlyMap<string, Route>,
): void {
  if (routes.size === 0) return;
  // Paths by look (deciding, loose) and faintness: faint ones first, the lit drawn over them.
  const paths: Array<Path2D | null> = [null, null, null, null];
  for (const { e, points, box } of lanesOf(edges, routes)) {
    if (state?.edges[e.id]?.present === false) continue;
    const [x0, y0, x1, y1] = box;
    if (x1 * view.k + view.x < 0 || y1 * view.k + view.y < 0 || x0 * view.k + view.x > size.width || y0 * view.k + view.y > size.height)
      continue;
    const faint = dimsEdge(highlight, e);
    const slot = (faint ? 0 : 2) + (e.linkKind && isDecidingLink(e.linkKind) ? 0 : 1);
    const path = (paths[slot] ??= new Path2D());
    points.forEach((p, i) => (i ? path.lineTo : path.moveTo).call(path, p.x * view.k + view.x, p.y * view.k + view.y));
  }
  // Thinner zoomed far out, as the edge layer strokes its lines (strokeEdges).
  const thin = Math.min(1, view.k / LOD.thinnest);
  paths.forEach((path, slot) => {
    if (!path) return;
    const look = slot % 2 === 0 ? EDGE_STYLE.deciding : EDGE_STYLE.loose;
    ctx.globalAlpha = slot < 2 ? OPACITY.dim : 1;
    ctx.strokeStyle = paint(look.stroke, palette);
    ctx.lineWidth = look.width * thin;
    ctx.setLineDash(look.dash ? look.dash.split(' ').map((d) => Number(d) * thin) : []);
    ctx.stroke(path);
  });
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
}
