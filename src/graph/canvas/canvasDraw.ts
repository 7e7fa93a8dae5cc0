/** Drawing the graph's nodes on a 2D canvas: by kind and outcome, labels by level of detail (edges: edgeBuffers.ts; link marks and cards: drawMarks.ts). */
import type { GraphNode, GraphState } from '../../engine/graphSpec';
import type { Point } from '../layout';
import type { BoxStyle } from '../core/encodings';
import {
  ITEM_LINES,
  ITEM_TEXT_INSET,
  MARK_STYLE,
  FONT,
  MIN_PX,
  WHAT_IF,
  WHAT_IF_PILL,
  whatIfPill,
  SUBJECT,
  cornerRadius,
  fitText,
  itemLineSpots,
  MEMBER_TEXT_ROOM,
  memberLineSpots,
  itemTextRoom,
  shorten,
} from '../core/encodings';
import { drawKindMarks } from './drawMarks';
import { halfSize } from '../core/geometry';
import { keepUnoverlapped } from '../core/labels';
import type { LabelBox } from '../core/labels';
import { dashArray, nodeLook, nodeOpacity } from '../core/looks';
import type { Highlight } from '../core/highlight';
import { LOD, hiddenLabels } from '../core/interaction';
import type { Palette } from '../core/theme';
import { paint } from '../core/theme';
import { textWidthIn } from './textWidths';
import type { SubjectRoom } from '../storyLayout';

/** Canvas labels are drawn in screen pixels, at the smallest readable size (MIN_PX): bills bold. */
const LABEL_FONTS = [`${MIN_PX.label}px system-ui, sans-serif`, `700 ${MIN_PX.bill}px system-ui, sans-serif`] as const;
const LABEL_FONT = (bill: boolean) => LABEL_FONTS[bill ? 1 : 0];

/** A pan/zoom transform (d3-zoom's shape). */
export interface View {
  /** Scale. */
  k: number;
  /** Translation x. */
  x: number;
  /** Translation y. */
  y: number;
}

export type { Palette } from '../core/theme';

/**
 * Draws the nodes in view and, by level of detail, their labels; `drop` moves nodes mid-fall down by
 * that many screen pixels; `subjects`, a story's bills' subjects beside their boxes (StoryLayout.subjects).
 */
export function drawNodes(
  ctx: CanvasRenderingContext2D,
  nodes: GraphNode[],
  pos: ReadonlyMap<string, Point>,
  state: GraphState | null,
  view: View,
  size: { width: number; height: number },
  dpr: number,
  highlight: Highlight | null,
  focus: string | null,
  palette: Palette,
  drop: ReadonlyMap<string, number> | null = null,
  whatIfBelow = false,
  subjects: ReadonlyMap<string, SubjectRoom> | null = null,
): LabelBox[] {
  const withSubjects = subjects && subjects.size > 0 && !hiddenLabels(view.k).subject ? subjects : null;
  ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
  const [x0, y0] = [-view.x / view.k, -view.y / view.k];
  const [x1, y1] = [x0 + size.width / view.k, y0 + size.height / view.k];
  const minPx = 3 / view.k;
  const labels: Array<{ n: GraphNode; p: Point }> = [];
  if (view.k < LOD.far) {
    drawFar(ctx, nodes, pos, state, { x0, y0, x1, y1 }, view.k, highlight, palette, drop);
    if (focus) {
      const p = pos.get(focus);
      if (p) {
        ctx.strokeStyle = paint(MARK_STYLE.focus.stroke, palette);
        ctx.lineWidth = MARK_STYLE.focus.width / view.k;
        ctx.strokeRect(p.x - 70, p.y - 34, 140, 68);
      }
    }
    return [];
  }
  for (const n of nodes) {
    const p = dropped(pos.get(n.id), drop?.get(n.id), view.k);
    if (!p || p.x < x0 - 80 || p.x > x1 + 80 || p.y < y0 - 40 || p.y > y1 + 40) continue;
    const s = state?.nodes[n.id];
    ctx.globalAlpha = nodeOpacity(n.id, highlight, s);
    const [hw, hh] = halfSize(n);
    const look = nodeLook(n, s);
    // Outlines keep their width on screen when zoomed out (down to a quarter).
    const zoom = Math.max(view.k, LOD.thinnest);
    ctx.fillStyle = paint(look.fill, palette);
    ctx.strokeStyle = paint(look.stroke, palette);
    ctx.lineWidth = look.width / zoom;
    ctx.setLineDash(dashArray(look.dash).map((d) => d / zoom));
    if (n.kind === 'stakeholder') {
      ctx.beginPath();
      ctx.arc(p.x, p.y, Math.max(hw, minPx), 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
    } else {
      const w = Math.max(hw, minPx);
      const h = Math.max(hh, minPx);
      // Rounded as the SVG draws them (a group's round ends say "people"), where the box is big enough to show it.
      ctx.beginPath();
      ctx.roundRect(p.x - w, p.y - h, 2 * w, 2 * h, Math.min(cornerRadius(n.kind), w, h));
      ctx.fill();
      if (look.width > 0) ctx.stroke();
      if (n.kind === 'group') drawKindMarks(ctx, n, p, zoom, palette);
    }
    ctx.setLineDash([]);
    if (n.id === focus) {
      ctx.strokeStyle = paint(MARK_STYLE.focus.stroke, palette);
      ctx.lineWidth = MARK_STYLE.focus.width / view.k;
      ctx.strokeRect(p.x - hw - 4 / view.k, p.y - hh - 4 / view.k, 2 * hw + 8 / view.k, 2 * hh + 8 / view.k);
    }
    if (labels.length < 600 && (view.k > LOD.labels || (n.kind === 'bill' && view.k > LOD.billLabels))) labels.push({ n, p });
  }
  ctx.globalAlpha = 1;
  // Labels are drawn in screen pixels so they stay readable at every zoom; the focused and lit
  // nodes' labels first, then bills', then the rest, each left out where it would overlap one placed.
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.textBaseline = 'middle';
  const rank = (n: GraphNode) => (n.id === focus ? 0 : highlight?.nodes.has(n.id) ? 1 : n.kind === 'bill' ? 2 : 3);
  const placed = labels
    .map(({ n, p }) => {
      const bill = n.kind === 'bill';
      const sx = p.x * view.k + view.x;
      const sy = p.y * view.k + view.y;
      // A provision's words stay inside its (light) box, whatever the zoom; a stakeholder's run beside its dot.
      // A provision's or group's words fit the room the SVG gives them, at the canvas's screen-size font.
      const item = n.kind === 'provision' || n.kind === 'group';
      // A listed person's name too, on the lines the SVG gives it.
      const lines = item
        ? linesAt(n.label, itemLineSpots(n.label, n.kinds), itemTextRoom(n.kinds), view.k)
        : n.ref
          ? linesAt(n.label, memberLineSpots(n.label), MEMBER_TEXT_ROOM, view.k)
          : [{ words: shorten(n.label, bill ? 16 : view.k < 1 ? 20 : 27), dy: 0 }];
      const outcome = state?.nodes[n.id]?.outcome;
      const showOutcome = Boolean(bill && outcome && view.k > LOD.outcome);
      const width = Math.max(...lines.map((l) => textWidthIn(ctx, LABEL_FONT(bill), l.words)));
      const tx = bill ? sx : sx + (item ? (ITEM_TEXT_INSET - halfSize(n)[0]) * view.k : 10);
      const x0 = bill ? tx - width / 2 : tx;
      const [above, below] = [lines[0].dy, lines[lines.length - 1].dy];
      const box = { x0: x0 - 1, y0: sy + above - (showOutcome ? 15 : 8), x1: x0 + width + 1, y1: sy + below + (showOutcome ? 16 : 8) };
      // Zoomed out, a bill's words are wider than its box: they sit on the page, over its lines.
      const offBox = bill && width > 2 * halfSize(n)[0] * view.k - 4;
      return { n, bill, sx, sy, tx, lines, outcome, showOutcome, offBox, box };
    })
    .sort((a, b) => rank(a.n) - rank(b.n));
  const keep = keepUnoverlapped(placed.map((l) => l.box));
  const kept: LabelBox[] = [];
  placed.forEach(({ n, bill, sx, sy, tx, lines, outcome, showOutcome, offBox }, i) => {
    if (!keep[i]) return;
    kept.push(placed[i].box);
    // Labels fade with their nodes (outside a highlight, or not there yet as of the date).
    ctx.globalAlpha = nodeOpacity(n.id, highlight, state?.nodes[n.id]);
    ctx.font = LABEL_FONT(bill);
    ctx.textAlign = bill ? 'center' : 'left';
    ctx.lineWidth = MARK_STYLE.halo.name;
    // Words on a box (provisions, groups, a bill's own) take the box's colours; a stakeholder's name,
    // and a bill's words wider than its box, follow the theme, on a halo that keeps lines off them.
    const look = nodeLook(n, state?.nodes[n.id]);
    const onBox = n.kind === 'provision' || n.kind === 'group' || (bill && !offBox);
    // A struck provision: its words struck through and, where there is room, the date under them.
    const struck = n.kind === 'provision' ? state?.nodes[n.id]?.struck : undefined;
    const withDate = struck !== undefined && view.k >= (lines.length === 1 ? LOD.struckDate : LOD.struckDateTwoLines);
    const ty = showOutcome ? sy - 7 : withDate ? sy - 6 : sy;
    ctx.strokeStyle = paint(onBox && !bill ? look.fill : MARK_STYLE.halo.stroke, palette);
    ctx.fillStyle = paint(onBox ? look.text : 'var(--ink)', palette);
    const say = (words: string, x: number, y: number) => {
      // A bill's own box is its words' background; anything else gets a halo.
      if (!(bill && onBox)) ctx.strokeText(words, x, y);
      ctx.fillText(words, x, y);
    };
    for (const l of lines) say(l.words, tx, ty + l.dy);
    const room = bill ? withSubjects?.get(n.id) : undefined;
    if (room) drawSubject(ctx, room, sx + (halfSize(n)[0] + SUBJECT.gap) * view.k, sy, view.k, palette);
    if (showOutcome && outcome) {
      ctx.font = `700 ${MIN_PX.label}px system-ui, sans-serif`;
      say(outcome.toUpperCase(), sx, sy + 9);
      // A bill the scenario sets: tagged "what if" right of its box, as the SVG draws it, in a story
      // and in a session's network too (an image of the graph alone never passes an assumption off as
      // the record); on shelves under the box, clear of the tie beside it (`whatIfBelow`).
      if (state?.nodes[n.id]?.assumed) {
        const [hw, hh] = halfSize(n);
        ctx.font = `italic 700 ${MIN_PX.label}px system-ui, sans-serif`;
        ctx.textAlign = whatIfBelow ? 'center' : 'left';
        const width = ctx.measureText(WHAT_IF.words).width;
        const [wx, wy] = whatIfBelow
          ? [sx, sy + (hh + WHAT_IF.below) * view.k]
          : [sx + (hw + WHAT_IF.dx) * view.k, sy + (-hh + WHAT_IF.dy) * view.k];
        // In its pill, as the SVG draws it (the words are drawn at MIN_PX.label: the pill at that size).
        const pill = whatIfPill(whatIfBelow ? wx - width / 2 : wx, wy, width, MIN_PX.label / FONT.outcome);
        ctx.beginPath();
        ctx.roundRect(pill.x, pill.y, pill.width, pill.height, pill.r);
        ctx.fillStyle = paint(WHAT_IF_PILL.fill, palette);
        ctx.fill();
        ctx.strokeStyle = paint(WHAT_IF_PILL.stroke, palette);
        ctx.lineWidth = WHAT_IF_PILL.width;
        ctx.stroke();
        ctx.fillStyle = paint(WHAT_IF_PILL.text, palette);
        ctx.fillText(WHAT_IF.words, wx, wy);
        // Its room is taken: a tie's words beside the box give way to it.
        kept.push({ x0: pill.x, y0: pill.y, x1: pill.x + pill.width, y1: pill.y + pill.height });
      }
    }
    if (struck !== undefined) {
      ctx.strokeStyle = paint(MARK_STYLE.strike.stroke, palette);
      ctx.lineWidth = MARK_STYLE.strike.width;
      ctx.beginPath();
      for (const l of lines) {
        ctx.moveTo(tx, ty + l.dy);
        ctx.lineTo(tx + textWidthIn(ctx, LABEL_FONT(bill), l.words), ty + l.dy);
      }
      ctx.stroke();
      if (withDate) {
        ctx.font = `700 ${MIN_PX.label}px system-ui, sans-serif`;
        ctx.fillStyle = paint(MARK_STYLE.strike.stroke, palette);
        ctx.fillText(`struck ${struck}`, tx, sy + lines[lines.length - 1].dy + 8);
      }
    }
  });
  ctx.globalAlpha = 1;
  return kept;
}

/** A bill's subject right of its box, on the SVG's lines (subjectSpots) at the canvas's screen-size font, on the card's ground. */
function drawSubject(ctx: CanvasRenderingContext2D, room: SubjectRoom, x: number, sy: number, k: number, palette: Palette): void {
  ctx.save();
  ctx.font = LABEL_FONT(false);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = paint('var(--muted)', palette);
  for (const s of room.spots) ctx.fillText(s.words, x, sy + s.y * k);
  ctx.restore();
}

/**
 * A provision's, group's or listed person's words at zoom `k`, in screen pixels from its centre: the
 * SVG's lines (`spots`), each fitted to its `room` (graph units) at the canvas's screen-size font,
 * where the row is tall enough on screen to hold them apart; else on one line, cut to fit.
 */
function linesAt(label: string, spots: Array<{ words: string; y: number }>, room: number, k: number): Array<{ words: string; dy: number }> {
  const px = Math.max(room * k, 4 * MIN_PX.label);
  if (spots.length === 1 || ITEM_LINES.step * k < MIN_PX.label + 2) return [{ words: fitText(label, px, MIN_PX.label), dy: 0 }];
  return spots.map((l) => ({ words: fitText(l.words, px, MIN_PX.label), dy: l.y * k }));
}

/**
 * Zoomed far out: one filled path per colour and opacity, no outlines or labels (tens of thousands
 * of nodes, so the loop does no more per node than it must); a highlight dims the rest through the
 * opacity. Bills and dots by their fill; other boxes (light in the table) by their outline.
 */
function drawFar(
  ctx: CanvasRenderingContext2D,
  nodes: GraphNode[],
  pos: ReadonlyMap<string, Point>,
  state: GraphState | null,
  area: { x0: number; y0: number; x1: number; y1: number },
  k: number,
  highlight: Highlight | null,
  palette: Palette,
  drop: ReadonlyMap<string, number> | null,
): void {
  const minPx = 3 / k;
  const { x0, y0, x1, y1 } = area;
  // Opacity -> colour -> one path; a colour is worked out once per look (a bill's outcome, a box's style).
  const batches = new Map<number, Map<string, Path2D>>();
  const colours = new Map<string | BoxStyle, string>();
  const { xs, ys } = flatPositions(nodes, pos);
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const x = xs[i];
    const y = drop ? ys[i] + (drop.get(n.id) ?? 0) / k : ys[i];
    // (An unplaced node's NaN fails every test.)
    if (!(x >= x0 - 80 && x <= x1 + 80 && y >= y0 - 40 && y <= y1 + 40)) continue;
    const s = state?.nodes[n.id];
    const look: string | BoxStyle =
      n.kind === 'bill' ? (s?.outcome ?? 'pending') : n.kind === 'stakeholder' ? `dot ${n.stakeholderKind ?? 'other'}` : nodeLook(n, s);
    let colour = colours.get(look);
    if (colour === undefined) {
      const box = typeof look === 'string' ? nodeLook(n, s) : look;
      colours.set(look, (colour = paint(n.kind === 'bill' || n.kind === 'stakeholder' ? box.fill : box.stroke, palette)));
    }
    const alpha = nodeOpacity(n.id, highlight, s);
    let byColour = batches.get(alpha);
    if (!byColour) batches.set(alpha, (byColour = new Map()));
    let path = byColour.get(colour);
    if (!path) byColour.set(colour, (path = new Path2D()));
    const [hw, hh] = halfSize(n);
    const w = Math.max(hw, minPx);
    const h = Math.max(hh, minPx);
    path.rect(x - w, y - h, 2 * w, 2 * h);
  }
  // Faint ones first, so highlighted nodes sit on top.
  for (const [alpha, byColour] of [...batches].sort((a, c) => a[0] - c[0])) {
    ctx.globalAlpha = alpha;
    for (const [colour, path] of byColour) {
      ctx.fillStyle = colour;
      ctx.fill(path);
    }
  }
  ctx.globalAlpha = 1;
}

/** Nodes' centres as flat arrays in the nodes' order (NaN where not placed), made once per positions map (the canvas replaces its map, never edits it). */
const flat = new WeakMap<ReadonlyMap<string, Point>, { nodes: GraphNode[]; xs: Float64Array; ys: Float64Array }>();

function flatPositions(nodes: GraphNode[], pos: ReadonlyMap<string, Point>): { xs: Float64Array; ys: Float64Array } {
  let f = flat.get(pos);
  if (!f || f.nodes !== nodes) {
    f = { nodes, xs: new Float64Array(nodes.length).fill(NaN), ys: new Float64Array(nodes.length).fill(NaN) };
    nodes.forEach((n, i) => {
      const p = pos.get(n.id);
      if (p) [f!.xs[i], f!.ys[i]] = [p.x, p.y];
    });
    flat.set(pos, f);
  }
  return f;
}

/** A node's place, `dy` screen pixels lower while it falls. */
function dropped(p: Point | undefined, dy: number | undefined, k: number): Point | undefined {
  return p && dy ? { x: p.x, y: p.y + dy / k } : p;
}

/** Where a falling bill is, in screen pixels, `t` (0 to 1) into the fall: up 8, down past its place by 3, back (as the SVG's tb-fall). */
export function fallOffset(t: number): number {
  if (t < 0 || t >= 1) return 0;
  return t < 0.6 ? -8 + (11 * t) / 0.6 : 3 - (3 * (t - 0.6)) / 0.4;
}
