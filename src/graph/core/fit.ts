/** Fitting the drawing into its box: one rule both renderers use. */
import type { GraphStructure } from '../../engine/graphSpec';
import { isDecidingLink } from '../../engine/graphSpec';
import type { Point } from '../layout';
import { fitZoom } from './geometry';
import { STORY_MAX_ZOOM, STORY_PAD } from '../storyLayout';
import { FONT, MIN_PX } from './encodings';

/** A pan/zoom: screen = k * graph + (x, y). */
export interface Transform {
  /** Scale. */
  k: number;
  /** Translation x. */
  x: number;
  /** Translation y. */
  y: number;
}

/** Bounds x0, y0, x1, y1 of some points (all when `ids` is null); non-finite coordinates are skipped. */
export function boundsOf(pos: ReadonlyMap<string, Point>, ids: Iterable<string> | null): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const id of ids ?? pos.keys()) {
    const p = pos.get(id);
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    [x0, y0, x1, y1] = [Math.min(x0, p.x), Math.min(y0, p.y), Math.max(x1, p.x), Math.max(y1, p.y)];
  }
  return [x0, y0, x1, y1];
}

/**
 * What a picture of part of the graph frames: the region on screen, less the blank ground on its
 * sides where nothing is drawn (a view zoomed to a bill keeps empty ground above and beside it);
 * the region itself when nothing drawn is in it.
 */
export function framedRegion(
  region: readonly [number, number, number, number],
  drawn: readonly [number, number, number, number],
): [number, number, number, number] {
  const [x0, y0, x1, y1] = [
    Math.max(region[0], drawn[0]),
    Math.max(region[1], drawn[1]),
    Math.min(region[2], drawn[2]),
    Math.min(region[3], drawn[3]),
  ];
  return x1 > x0 && y1 > y0 ? [x0, y0, x1, y1] : [...region];
}

/**
 * The part of the drawing a picture of `region` shows in a `width` x `height` frame: the region
 * whole, widened to the frame's shape over what is drawn around it (rather than blank ground),
 * centred on it where the drawing reaches past both its sides.
 */
export function pictureWindow(
  region: readonly [number, number, number, number],
  drawn: readonly [number, number, number, number],
  width: number,
  height: number,
): [number, number, number, number] {
  const k = Math.min(width / Math.max(region[2] - region[0], 1), height / Math.max(region[3] - region[1], 1));
  const [w, h] = [width / k, height / k];
  const slide = (lo: number, hi: number, size: number, drawnLo: number, drawnHi: number) => {
    // A region off the drawing altogether is shown where it is.
    if (hi <= drawnLo || lo >= drawnHi) return (lo + hi) / 2 - size / 2;
    if (size >= drawnHi - drawnLo) return (drawnLo + drawnHi) / 2 - size / 2;
    return Math.min(Math.max((lo + hi) / 2 - size / 2, drawnLo), drawnHi - size);
  };
  const x0 = slide(region[0], region[2], w, drawn[0], drawn[2]);
  const y0 = slide(region[1], region[3], h, drawn[1], drawn[3]);
  return [x0, y0, x0 + w, y0 + h];
}

/** The transform that centres `box` in a `width` x `height` view at the largest zoom up to `maxK` leaving `pad` around it. */
export function fitBox(box: readonly number[], width: number, height: number, pad: number, maxK: number): Transform | null {
  const [x0, y0, x1, y1] = box;
  if (!(x1 >= x0 && y1 >= y0) || width <= 0 || height <= 0) return null;
  const k = fitZoom(box, width, height, pad, maxK);
  return { k, x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2 };
}

/** A story fits whole (its cards' extent) with a small margin. */
export function fitStory(bounds: readonly number[], width: number, height: number): Transform | null {
  return fitBox(bounds, width, height, STORY_PAD, STORY_MAX_ZOOM);
}

/**
 * A network fits whole (node centres, with room for boxes and labels); where everything would be
 * unreadably small (a phone), it fits the tied bills (`core`) instead.
 */
export function fitNetwork(pos: ReadonlyMap<string, Point>, core: () => string[], width: number, height: number): Transform | null {
  if (pos.size === 0) return null;
  const all = boundsOf(pos, null);
  const grow = ([x0, y0, x1, y1]: number[]) => [x0 - 150, y0 - 90, x1 + 150, y1 + 90];
  const whole = fitBox(grow(all), width, height, 0, 2);
  if (!whole || whole.k >= 0.5) return whole;
  const near = fitBox(grow(boundsOf(pos, core())), width, height, 0, 1);
  return near && near.k > whole.k ? near : whole;
}

/** Bills tied by deciding links (all bills when none are): what a phone fits when the whole is too small. */
export function tiedBills(structure: GraphStructure): string[] {
  const tied = structure.edges
    .filter((e) => e.kind === 'link' && e.linkKind && isDecidingLink(e.linkKind))
    .flatMap((e) => [e.source, e.target]);
  return tied.length > 0 ? tied : structure.nodes.filter((n) => n.kind === 'bill').map((n) => n.id);
}

/** The fit for a view: a story whole (its `storyBounds`), else the network whole or, on a phone, its tied bills. */
export function fitTarget(
  structure: GraphStructure,
  pos: ReadonlyMap<string, Point>,
  storyBounds: readonly number[] | null,
): (width: number, height: number) => Transform | null {
  return (w, h) => (storyBounds ? fitStory(storyBounds, w, h) : fitNetwork(pos, () => tiedBills(structure), w, h));
}

/**
 * How far out a revealed node's neighbourhood may be drawn, against the reading zoom: a bill's name
 * stays at its smallest readable size (14 of 16 px) or more.
 */
export const NEIGHBOURHOOD_ZOOM = MIN_PX.bill / FONT.bill;

/** Screen pixels kept clear round a revealed neighbourhood's node centres: half a bill's box at reading size, and a margin. */
const NEIGHBOURHOOD_PAD = { x: 90, y: 48 };

/**
 * A node zoomed in to with what it is tied to: the box round it and as many of the points `around`
 * as fit, nearest first, centred in the part of the view the details panel leaves clear (`cover`
 * px on its right, half the view at most: none where the panel sits below the graph), at
 * `minZoom` or as far out as they need, down to NEIGHBOURHOOD_ZOOM of it. Null when none fits
 * with it (the node is then shown alone).
 */
function neighbourhood(
  p: Point,
  around: readonly Point[],
  width: number,
  height: number,
  minZoom: number,
  cover: number,
): Transform | null {
  const clear = width - Math.min(cover, width / 2);
  const room = { w: clear - 2 * NEIGHBOURHOOD_PAD.x, h: height - 2 * NEIGHBOURHOOD_PAD.y };
  const nearest = around.filter((q) => Number.isFinite(q.x) && Number.isFinite(q.y)).sort((a, b) => far(p, a) - far(p, b));
  let box: [number, number, number, number] = [p.x, p.y, p.x, p.y];
  let best: Transform | null = null;
  for (const q of nearest) {
    box = [Math.min(box[0], q.x), Math.min(box[1], q.y), Math.max(box[2], q.x), Math.max(box[3], q.y)];
    const k = Math.min(minZoom, room.w / Math.max(box[2] - box[0], 1), room.h / Math.max(box[3] - box[1], 1));
    if (!(k >= minZoom * NEIGHBOURHOOD_ZOOM)) break;
    best = { k, x: clear / 2 - (k * (box[0] + box[2])) / 2, y: height / 2 - (k * (box[1] + box[3])) / 2 };
  }
  return best;
}

/** Squared distance between two points. */
const far = (a: Point, b: Point) => (a.x - b.x) ** 2 + (a.y - b.y) ** 2;

/** Screen pixels a revealed node is brought to from the view's edge it lay beyond. */
export const REVEAL_MARGIN = 40;
/** A node whose centre is at least this far inside the view counts as in view, and is left where it is. */
const IN_VIEW = 12;

/** On one axis: how far to move so `at` (screen) lies within [IN_VIEW, size - IN_VIEW]; it stops REVEAL_MARGIN from that edge. */
function nudge(at: number, size: number): number {
  const margin = Math.min(REVEAL_MARGIN, size / 3);
  if (at < IN_VIEW) return margin - at;
  if (at > size - IN_VIEW) return size - margin - at;
  return 0;
}

/** Where across the view a node zoomed in to is put (a fraction of its width). */
export const REVEAL_AT = 0.3;

/**
 * The smallest pan (same zoom) that brings `p` into view when its centre lies outside the view or
 * within a few pixels of its edge; null when it is in view already. A node a reader tapped is in
 * view, so a tap never moves the graph; a node reached by the keyboard slides in just far enough,
 * and the rest of the graph stays where the reader left it. A view further out than `minZoom` is
 * zoomed in to it first. A focus brought from elsewhere (`minZoom` and the points `around` it: a
 * search, a what-if, the address) that lies outside the part of the view the details panel leaves
 * clear is framed with its neighbourhood there, as from further out: slid in just far enough, it
 * would sit at the edge, under the panel or the "Whole graph" button, its ties out of sight.
 */
export function revealTransform(
  t: Transform,
  p: Point,
  width: number,
  height: number,
  minZoom = 0,
  around: readonly Point[] = [],
  cover = 0,
): Transform | null {
  if (width <= 0 || height <= 0) return null;
  // Further out than `minZoom`: zoom in to it, the point left of the middle (clear of the details
  // panel a focus opens over the graph's right side), with what it is tied to (`around`) when they fit.
  if (t.k < minZoom)
    return (
      neighbourhood(p, around, width, height, minZoom, cover) ?? {
        k: minZoom,
        x: width * REVEAL_AT - minZoom * p.x,
        y: height / 2 - minZoom * p.y,
      }
    );
  const at = { x: t.k * p.x + t.x, y: t.k * p.y + t.y };
  if (minZoom > 0 && around.length > 0) {
    const clear = width - Math.min(cover, width / 2);
    if (at.x < IN_VIEW || at.x > clear - IN_VIEW || at.y < IN_VIEW || at.y > height - IN_VIEW)
      return neighbourhood(p, around, width, height, t.k, cover) ?? { k: t.k, x: width * REVEAL_AT - t.k * p.x, y: height / 2 - t.k * p.y };
  }
  const dx = nudge(at.x, width);
  const dy = nudge(at.y, height);
  if (dx === 0 && dy === 0) return null;
  return { k: t.k, x: t.x + dx, y: t.y + dy };
}
