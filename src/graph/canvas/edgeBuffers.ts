/**
 * Edges as flat numbers for the canvas: one Float32Array of segments and one style index per edge,
 * so 100,000 edges are stroked without a string or object per edge, on the main thread or in a worker.
 */
import type { GraphEdge, GraphState } from '../../engine/graphSpec';
import { isDecidingLink } from '../../engine/graphSpec';
import type { Stance } from '../../model/schema';
import type { Point } from '../layout';
import type { Route } from '../storyLayout';
import { EDGE_STYLE, OPACITY, STANCE_STYLE } from '../core/encodings';
import { dashArray } from '../core/looks';
import { LOD } from '../core/interaction';
import { THEME, paint } from '../core/theme';
import type { Highlight } from '../core/highlight';
import { dimsEdge } from '../core/highlight';

/** How one class of edges is stroked (width and dash in screen pixels at zoom 1). */
export interface EdgeStyle {
  /** Stroke colour. */
  stroke: string;
  /** Line width. */
  width: number;
  /** Dash pattern ([] for solid). */
  dash: number[];
}

/** Style index of an edge that is not drawn (not there yet as of the date, or an end without a position). */
export const HIDDEN = 255;

const STANCES: Stance[] = ['sponsor', 'support', 'oppose', 'neutral', 'withdrawn'];
const [DECIDING, LOOSE, PROVISION, STANCE0] = [0, 1, 2, 3];

/** The style table, from the encoding table: deciding links (in the theme's `ink`), loose relations, provisions, then one per stance. */
export function edgeStyles(ink: string): EdgeStyle[] {
  const look = (st: { stroke: string; width: number; dash: string }) => ({
    stroke: paint(st.stroke, { ...THEME.light, ink }),
    width: st.width,
    dash: dashArray(st.dash),
  });
  return [look(EDGE_STYLE.deciding), look(EDGE_STYLE.loose), look(EDGE_STYLE.provision), ...STANCES.map((s) => look(STANCE_STYLE[s]))];
}

const NO_ROUTES: ReadonlyMap<string, Route> = new Map();

/**
 * Segment ends (x1, y1, x2, y2 per edge, in graph coordinates): a story's routed tie along its route
 * (through the space between cards, as the SVG draws it), any other edge centre to centre; an edge
 * with an unplaced end gets NaN.
 */
export function edgeSegments(
  edges: readonly GraphEdge[],
  pos: ReadonlyMap<string, Point>,
  routes: ReadonlyMap<string, Route> = NO_ROUTES,
): Float32Array {
  const segs = new Float32Array(edges.length * 4);
  edges.forEach((e, i) => {
    const route = routes.get(e.id);
    // A lane (a route with corners) is not one segment: drawLinkMarks draws it.
    const a = route?.via ? undefined : (route?.from ?? pos.get(e.source));
    const b = route?.to ?? pos.get(e.target);
    segs.set(a && b ? [a.x, a.y, b.x, b.y] : [NaN, NaN, NaN, NaN], i * 4);
  });
  return segs;
}

/** Each edge's index into `edgeStyles`, or HIDDEN, for a state (its date decides presence and stances); a story draws its ties only. */
export function edgeStyleIndex(edges: readonly GraphEdge[], state: GraphState | null, story = false): Uint8Array {
  const out = new Uint8Array(edges.length);
  edges.forEach((e, i) => {
    const es = state?.edges[e.id];
    if ((es && !es.present) || (story && e.kind !== 'link')) out[i] = HIDDEN;
    else if (e.kind === 'position') out[i] = STANCE0 + STANCES.indexOf(es?.stance ?? 'neutral');
    else if (e.kind === 'link') out[i] = e.linkKind && isDecidingLink(e.linkKind) ? DECIDING : LOOSE;
    else out[i] = PROVISION;
  });
  return out;
}

/** Which edges a highlight dims (1), by the core's rule (highlight.ts), or null when nothing is lit. */
export function edgeDim(edges: readonly GraphEdge[], h: Highlight | null): Uint8Array | null {
  if (!h) return null;
  const out = new Uint8Array(edges.length);
  edges.forEach((e, i) => (out[i] = dimsEdge(h, e) ? 1 : 0));
  return out;
}

/** A pan/zoom transform. */
export interface EdgeView {
  /** Scale. */
  k: number;
  /** Translation x. */
  x: number;
  /** Translation y. */
  y: number;
}

/**
 * Strokes every edge in view: one path per style and dimming, so a session's edges are a dozen
 * strokes; edges wholly outside the `width` x `height` view are skipped.
 */
export function strokeEdges(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  segs: Float32Array,
  style: Uint8Array,
  styles: readonly EdgeStyle[],
  dim: Uint8Array | null,
  view: EdgeView,
  dpr: number,
  width: number,
  height: number,
): void {
  ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
  const [x0, y0] = [-view.x / view.k, -view.y / view.k];
  const [x1, y1] = [x0 + width / view.k, y0 + height / view.k];
  const zoom = Math.max(view.k, LOD.thinnest);
  for (let pass = 0; pass < (dim ? 2 : 1); pass++) {
    // Dimmed edges first (pass 1 draws the lit ones over them).
    const wantDim = dim && pass === 0 ? 1 : 0;
    for (let s = 0; s < styles.length; s++) {
      ctx.beginPath();
      let any = false;
      for (let i = 0; i < style.length; i++) {
        if (style[i] !== s || (dim && dim[i] !== wantDim)) continue;
        const ax = segs[4 * i];
        const ay = segs[4 * i + 1];
        const bx = segs[4 * i + 2];
        const by = segs[4 * i + 3];
        // NaN (an unplaced end) or wholly outside the view: nothing to draw.
        if (ax !== ax || (ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1)) continue;
        ctx.moveTo(ax, ay);
        ctx.lineTo(bx, by);
        any = true;
      }
      if (!any) continue;
      ctx.globalAlpha = wantDim ? OPACITY.dim : 1;
      ctx.strokeStyle = styles[s].stroke;
      ctx.lineWidth = styles[s].width / zoom;
      ctx.setLineDash(styles[s].dash.map((d) => d / zoom));
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}
