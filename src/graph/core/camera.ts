/**
 * The camera both renderers use: d3-zoom pan/zoom on the drawing's element (an SVG or a canvas),
 * the zoom keys, fitting the graph, keeping it in place on a resize, and bringing a node into view.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import type { ZoomTransform } from 'd3-zoom';
import 'd3-transition';
import type { Point } from '../layout';
import type { Transform } from './fit';
import { revealTransform } from './fit';
import { MOVED, ZOOM_EXTENT, wheelDelta, zoomFilter } from './interaction';
import type { Box } from './box';
import { ZOOM_KEY_STEP, zoomKey } from './keyboard';

/** Camera controls for one drawing. */
export interface Camera {
  /** Fits the drawing: `target` gives the transform for the container's size (null: nothing to fit). */
  fit: (target: (width: number, height: number) => Transform | null) => void;
  /**
   * The container changed size or moved (its box forgotten first): a view the reader has not moved
   * since it was fitted (nor a reveal) is fitted again, to its new box; one only revealed since it
   * was fitted is fitted and revealed again, in its new box (a page that settles after opening on a
   * focus frames it as one that opened settled); one they moved keeps the drawing where it was on
   * screen, at the same zoom.
   */
  resize: (target: (width: number, height: number) => Transform | null) => void;
  /**
   * Pans (keeping the zoom) so a point is in view; zooms in to `minZoom` first when further out,
   * with the points `around` it in view too where they fit.
   */
  reveal: (p: Point, minZoom?: number, around?: readonly Point[]) => void;
  /** The current transform. */
  transform: () => Transform;
  /**
   * The part of the drawing on screen, in its own units (x0, y0, x1, y1), when a reader has moved
   * the view off the whole graph; null while it shows the whole. `coverRight`: CSS px of the view's
   * right side that something over it hides (a focus's details), left out.
   */
  region: (coverRight?: number) => readonly [number, number, number, number] | null;
  /** Whether a fit has placed the camera yet. */
  fitted: () => boolean;
  /** Removes listeners and stops transitions. */
  destroy: () => void;
}

/** How the camera moves: the wheel rule, whether a reveal glides, and who hears each change. */
export interface CameraOptions {
  /** 'modifier': the wheel zooms only while Ctrl/Cmd is held (an embed never hijacks page scrolling). */
  wheelZoom: 'always' | 'modifier';
  /** A reveal glides for 400 ms (unless motion is reduced); false jumps (a canvas of 100,000 nodes). */
  glide: boolean;
  /** Hears every change; `gesture` is true when a reader's wheel, drag, pinch or zoom key made it. */
  onZoom: (t: ZoomTransform, gesture: boolean) => void;
  /** Hears when a reader's gesture moves the view off the fitted whole (true), and when a fit shows it whole again (false). */
  onMoved?: (moved: boolean) => void;
  /**
   * Where the zoom keys (+, -, 0) are heard: the graph's container, to which its nodes, its canvas
   * and its "Whole graph" button pass their keys; `fit` is what 0 does (the view's own fit).
   */
  keys?: { on: HTMLElement; fit: () => void };
}

/** Creates the camera on `element` (the SVG or the canvas), sized by the container's `box`. */
export function createCamera(element: Element, box: Box, options: CameraOptions): Camera {
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const sel = select<Element, unknown>(element);
  const zoomer = zoom<Element, unknown>()
    // The viewport from the kept box: d3's default reads the element's size, laying out all it holds.
    .extent(() => {
      const { width, height } = box.read();
      return [
        [0, 0],
        [width, height],
      ];
    })
    .scaleExtent(ZOOM_EXTENT)
    .filter(zoomFilter(options.wheelZoom))
    .wheelDelta(wheelDelta)
    .on('zoom', (event) => {
      const gesture = Boolean(event.sourceEvent) || keyed;
      options.onZoom(event.transform, gesture);
      if (gesture) {
        touched = true;
        revealed = null;
        tellMoved(offWhole(event.transform));
      }
    });
  sel.call(zoomer).on('dblclick.zoom', null);
  // Set while a zoom key moves the camera: a reader's move, as a wheel's is.
  let keyed = false;
  const onKey = (event: KeyboardEvent) => {
    const asked = event.defaultPrevented ? null : zoomKey(event);
    if (!asked) return;
    event.preventDefault();
    if (asked === 'fit') return options.keys?.fit();
    sel.interrupt();
    keyed = true;
    try {
      // About the view's centre, within the zoom's extent, at once (a press is a step, not a glide).
      zoomer.scaleBy(sel, asked === 'in' ? ZOOM_KEY_STEP : 1 / ZOOM_KEY_STEP);
    } finally {
      keyed = false;
    }
  };
  options.keys?.on.addEventListener('keydown', onKey);
  const apply = (t: Transform) => sel.call(zoomer.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));

  // Where the view was on the page when last fitted or resized; null until a fit succeeded.
  let seen: { left: number; top: number } | null = null;
  // Whether a reader has moved the view off the whole graph, and the transform that shows it whole in the box.
  let moved = false;
  let whole: Transform | null = null;
  // Whether the view has been moved from its fit at all (a gesture, a reveal), even back onto the whole graph.
  let touched = false;
  // The reveal last made, while the view had been moved by reveals only since its fit (a reader's
  // gesture or a fit forgets it): made again from the fit when the box changes.
  let revealed: { p: Point; minZoom: number; around: readonly Point[] } | null = null;
  function tellMoved(now: boolean) {
    if (now !== moved) options.onMoved?.((moved = now));
  }
  const offWhole = (t: Transform) =>
    !whole || Math.abs(t.k / whole.k - 1) > MOVED.zoom || Math.hypot(t.x - whole.x, t.y - whole.y) > MOVED.px;

  /** Brings `p` into view (Camera.reveal), gliding when `glide` says so. */
  function move(p: Point, minZoom: number, around: readonly Point[], glide: boolean) {
    const rect = box.read();
    const before = zoomTransform(element);
    // The page says how much of the view's right side a focus's details cover (`--tb-details-cover`).
    const cover = around.length > 0 ? detailsCover(element) : 0;
    const next = revealTransform(before, p, rect.width, rect.height, minZoom, around, cover);
    if (!next) return;
    // Still only revealed since the fit: this reveal is made again when the box changes.
    revealed = !touched || revealed ? { p, minZoom, around } : null;
    touched = true;
    const to = zoomIdentity.translate(next.x, next.y).scale(next.k);
    if (reducedMotion || !glide) sel.call(zoomer.transform, to);
    else sel.transition().duration(400).call(zoomer.transform, to);
    // Zoomed in to a node, the view no longer shows the whole graph: "Whole graph" brings it back.
    if (next.k !== before.k) tellMoved(offWhole(next));
  }

  return {
    resize(target) {
      // Untouched since its fit, the view shows the whole graph: it goes on showing it (a panel above
      // the graph that grows as the page settles, or a window resized, leaves nothing to keep in place).
      if (!seen || !touched) return this.fit(target);
      if (revealed) {
        const again = revealed;
        this.fit(target);
        return move(again.p, again.minZoom, again.around, false);
      }
      const rect = box.read();
      const t = zoomTransform(element);
      const [dx, dy] = [seen.left - rect.left, seen.top - rect.top];
      seen = { left: rect.left, top: rect.top };
      const kept = { k: t.k, x: t.x + dx, y: t.y + dy };
      apply(kept);
      // Kept where it was, the view may no longer show the whole graph in its new box.
      whole = target(rect.width, rect.height);
      tellMoved(whole !== null && offWhole(kept));
    },
    fit(target) {
      const rect = box.read();
      const t = target(rect.width, rect.height);
      if (!t) return;
      seen = { left: rect.left, top: rect.top };
      whole = t;
      apply(t);
      touched = false;
      revealed = null;
      tellMoved(false);
    },
    reveal: (p, minZoom = 0, around = []) => move(p, minZoom, around, options.glide),
    transform: () => {
      const t = zoomTransform(element);
      return { k: t.k, x: t.x, y: t.y };
    },
    region(coverRight = 0) {
      if (!moved) return null;
      const rect = box.read();
      const seenWidth = rect.width - Math.min(Math.max(coverRight, 0), rect.width / 2);
      if (!(seenWidth > 0 && rect.height > 0)) return null;
      const t = zoomTransform(element);
      return [-t.x / t.k, -t.y / t.k, (seenWidth - t.x) / t.k, (rect.height - t.y) / t.k];
    },
    fitted: () => seen !== null,
    destroy() {
      sel.interrupt();
      sel.on('.zoom', null);
      options.keys?.on.removeEventListener('keydown', onKey);
    },
  };
}

/**
 * `--tb-details-cover` in px, as computed (a registered length); a browser without `@property`
 * keeps the expression as written ("clamp(15rem, …)"), which a hidden probe's width resolves.
 */
function detailsCover(element: Element): number {
  const value = getComputedStyle(element).getPropertyValue('--tb-details-cover').trim();
  const px = parseFloat(value);
  if (!value || /^[\d.]+px$/.test(value)) return px || 0;
  const host = element.parentElement;
  if (!host) return 0;
  const probe = host.ownerDocument.createElement('div');
  probe.style.cssText = 'position:absolute;visibility:hidden;height:0;width:var(--tb-details-cover)';
  host.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
}
