/**
 * The canvas renderer's frames: edges from the edge layer (faded across a date change), nodes and
 * link marks over them, bills falling when a scenario fails them; during a reader's pan or zoom the
 * last full frame is moved with the camera instead of redrawn.
 */
import { drawNodes, fallOffset } from './canvasDraw';
import { drawCards, drawLinkMarks } from './drawMarks';
import { drawBlockLabels } from './blockLabels';
import { shelfBlocks } from '../shelfLayout';
import { LOD } from '../core/interaction';
import type { EdgeSync } from './edgeSync';
import type { CanvasModel } from './model';
import { highlightOf } from './model';
import { readPalette } from '../core/theme';
import type { Transform } from '../core/fit';

/** How long a failed bill's fall and a date change's edge fade last. */
const FALL_MS = 600;
const FADE_MS = 350;

/** Draws frames of one canvas. */
export interface FramePainter {
  /** Asks for a frame (at most one per animation frame). */
  invalidate: () => void;
  /** Draws at once when the canvases were just cleared (no blank frame is ever shown), else asks for a frame. */
  redraw: (cleared: boolean) => void;
  /** Matches the canvases to `width` x `height` CSS pixels; true when that cleared them (a new size). */
  setSize: (width: number, height: number) => boolean;
  /** Keeps the edges' current image to fade out from while the new ones fade in. */
  startEdgeFade: () => void;
  /** Drops these bills and lets them settle. */
  startFall: (ids: string[]) => void;
  /** Frames drawn so far: in full, and mid-gesture as the last full one moved. */
  counts: () => { full: number; moved: number };
  /** Stops asking for frames. */
  destroy: () => void;
}

/** Creates the painter; `gesturing` is true while a reader pans or zooms. */
export function createFramePainter(
  canvas: HTMLCanvasElement,
  container: HTMLElement,
  model: CanvasModel,
  edges: EdgeSync,
  gesturing: () => boolean,
): FramePainter {
  const ctx = canvas.getContext('2d')!;
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The last full frame: during a pan or zoom it is moved with the camera instead of redrawn. It
  // is copied off the canvas when a gesture starts (not after every frame: a copy of the whole
  // canvas costs milliseconds); `drawnView` is the view the canvas shows, until a gesture moves it.
  const snapshot = document.createElement('canvas');
  const snapCtx = snapshot.getContext('2d')!;
  let snapView: Transform | null = null;
  let drawnView: Transform | null = null;
  // The edges as they were before a date change, faded out while the new ones fade in.
  const fadeCanvas = document.createElement('canvas');
  let fade: { view: Transform; start: number } | null = null;
  let falling: { ids: string[]; start: number } | null = null;
  let frame = 0;
  let destroyed = false;
  const drawn = { full: 0, moved: 0 };
  const dpr = () => window.devicePixelRatio || 1;

  /** An image moved and scaled from the view it was drawn for to the current one. */
  function drawMoved(source: CanvasImageSource, from: Transform, alpha: number) {
    const { view } = model;
    const [d, s] = [dpr(), view.k / from.k];
    ctx.globalAlpha = alpha;
    ctx.setTransform(s, 0, 0, s, d * (view.x - from.x * s), d * (view.y - from.y * s));
    ctx.drawImage(source, 0, 0);
    ctx.globalAlpha = 1;
  }

  function draw() {
    frame = 0;
    if (destroyed || model.pos.size === 0) return;
    const { view, size } = model;
    const d = dpr();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    // Mid-gesture: move the last full frame with the camera (one drawImage, whatever the size).
    if (gesturing()) {
      if (drawnView) {
        snapCtx.setTransform(1, 0, 0, 1, 0, 0);
        snapCtx.clearRect(0, 0, snapshot.width, snapshot.height);
        snapCtx.drawImage(canvas, 0, 0);
        [snapView, drawnView] = [drawnView, null];
      }
      if (snapView) {
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        drawn.moved++;
        return drawMoved(snapshot, snapView, 1);
      }
    }
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const palette = readPalette(container);
    edges.sync(false, palette.ink);
    const layer = edges.layer();
    const edgeFrame = { view: { k: view.k, x: view.x, y: view.y }, dpr: d, width: size.width, height: size.height };
    const edgesReady = layer?.isCurrent(edgeFrame) ?? false;
    if (layer && !edgesReady) layer.request(edgeFrame);
    drawCards(ctx, model.cards, view, d, palette);
    const image = layer?.image();
    // After a date change the new edges fade in over the old ones once drawn (links appear on their date).
    let t = 1;
    if (fade) {
      if (Number.isNaN(fade.start) && layer?.isCurrent(edgeFrame)) fade.start = performance.now();
      t = Number.isNaN(fade.start) ? 0 : Math.min(1, (performance.now() - fade.start) / FADE_MS);
    }
    if (fade && t < 1) drawMoved(fadeCanvas, fade.view, 1 - t);
    if (image && t > 0) drawMoved(image.source, image.view, t);
    if (fade && t >= 1) fade = null;
    const highlight = highlightOf(model);
    let drop: Map<string, number> | null = null;
    if (falling) {
      // The fall starts with the first frame that shows it, however late that frame comes.
      if (Number.isNaN(falling.start)) falling.start = performance.now();
      const f = (performance.now() - falling.start) / FALL_MS;
      if (f >= 1) falling = null;
      else drop = new Map(falling.ids.map((id) => [id, fallOffset(f)]));
    }
    const { structure, pos, state, nodeById } = model;
    const taken = drawNodes(
      ctx,
      structure.nodes,
      pos,
      state,
      view,
      size,
      d,
      highlight,
      model.keyId ?? model.focusId,
      palette,
      drop,
      !!structure.shelves,
      model.subjects,
    );
    drawLinkMarks(ctx, structure.edges, pos, nodeById, state, view, size, d, palette, taken, highlight, model.routes);
    // Too far out for bills' names: a session's packages are named instead.
    if (structure.shelves && view.k < LOD.far) drawBlockLabels(ctx, shelfBlocks(structure), nodeById, view, size, d, palette);
    drawnView = { k: view.k, x: view.x, y: view.y };
    drawn.full++;
    if (falling || fade) invalidate();
    // Settled once a frame shows the edges for this very view (a worker's image may come a frame later).
    const shown = layer?.isCurrent(edgeFrame) ?? edgesReady;
    if (shown && container.dataset.layout !== 'settled' && container.dataset.layout !== 'refining') container.dataset.layout = 'settled';
  }

  function invalidate() {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  return {
    invalidate,
    redraw(cleared) {
      if (!cleared) return invalidate();
      cancelAnimationFrame(frame);
      draw();
    },
    setSize(width, height) {
      const [w, h] = [Math.max(1, Math.round(width * dpr())), Math.max(1, Math.round(height * dpr()))];
      if (canvas.width === w && canvas.height === h) return false;
      for (const c of [canvas, snapshot]) [c.width, c.height] = [w, h];
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      [snapView, drawnView] = [null, null];
      return true;
    },
    startEdgeFade() {
      const image = edges.layer()?.image();
      if (!image || reducedMotion) return;
      [fadeCanvas.width, fadeCanvas.height] = [canvas.width, canvas.height];
      const c = fadeCanvas.getContext('2d')!;
      c.clearRect(0, 0, fadeCanvas.width, fadeCanvas.height);
      c.drawImage(image.source, 0, 0);
      fade = { view: { ...image.view }, start: NaN };
    },
    startFall(ids) {
      if (!reducedMotion && ids.length > 0) falling = { ids, start: NaN };
    },
    counts: () => ({ ...drawn }),
    destroy() {
      destroyed = true;
      cancelAnimationFrame(frame);
    },
  };
}
