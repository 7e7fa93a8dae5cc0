/**
 * The canvas renderer's edge layer: an image of every edge for one view, redrawn only when the
 * camera, the size, the styles or the dimming change. Past `WORKER_EDGES` edges it is rasterised
 * in a Web Worker on an OffscreenCanvas, so the main thread never strokes a session's edges; until
 * the new image arrives, the last one is shown moved and scaled to the current view.
 */
import type { EdgeStyle, EdgeView } from './edgeBuffers';
import { strokeEdges } from './edgeBuffers';
import type { EdgeWorkerReply, EdgeWorkerRequest } from './edgeWorker';

/** Edge count from which edges are rasterised in a worker (where the browser has OffscreenCanvas). */
export const WORKER_EDGES = 20_000;

/** One request: a view at a canvas size. */
export interface EdgeFrame {
  /** Camera. */
  view: EdgeView;
  /** Device pixel ratio. */
  dpr: number;
  /** CSS pixels. */
  width: number;
  /** CSS pixels. */
  height: number;
}

/** The latest image of the edges. */
export interface EdgeImage {
  /** What to draw (device pixels). */
  source: CanvasImageSource;
  /** The view it shows. */
  view: EdgeView;
}

/** Keeps the edges' image for the canvas view. */
export interface EdgeLayer {
  /** True when edges are drawn in a worker. */
  readonly inWorker: boolean;
  /** New segment ends (after a layout or a new structure). */
  setSegments: (segs: Float32Array) => void;
  /** New styles (a date changed presence or stances, or the theme changed). */
  setStyles: (style: Uint8Array, styles: EdgeStyle[]) => void;
  /** New dimming (a focus or hover), or null. */
  setDim: (dim: Uint8Array | null) => void;
  /** True when the image shows exactly this frame with the latest data. */
  isCurrent: (frame: EdgeFrame) => boolean;
  /** Makes the image for `frame`: at once on the main thread, or later (then `onImage` is called). */
  request: (frame: EdgeFrame) => void;
  /** The latest image, current or not; null before the first. */
  image: () => EdgeImage | null;
  /** Stops the worker and frees the image. */
  destroy: () => void;
}

const frameKey = (f: EdgeFrame, version: number) => `${version}|${f.view.k}|${f.view.x}|${f.view.y}|${f.dpr}|${f.width}|${f.height}`;

/**
 * Creates the layer: in a worker when `edges` >= WORKER_EDGES and the browser can, else on the main
 * thread. `onImage` is called when a worker's image arrives; `onFail` when the worker cannot run
 * (the caller then makes a main-thread layer and hands it the data again).
 */
export function createEdgeLayer(edges: number, onImage: () => void, onFail: () => void): EdgeLayer {
  const canWork = typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' && typeof createImageBitmap !== 'undefined';
  return edges >= WORKER_EDGES && canWork ? workerLayer(onImage, onFail) : mainLayer();
}

function mainLayer(): EdgeLayer {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  let segs: Float32Array = new Float32Array(0);
  let style: Uint8Array = new Uint8Array(0);
  let styles: EdgeStyle[] = [];
  let dim: Uint8Array | null = null;
  let version = 0;
  let shown: { key: string; view: EdgeView } | null = null;
  return {
    inWorker: false,
    setSegments(s) {
      segs = s;
      version++;
    },
    setStyles(s, table) {
      [style, styles] = [s, table];
      version++;
    },
    setDim(d) {
      dim = d;
      version++;
    },
    isCurrent: (f) => shown?.key === frameKey(f, version),
    request(f) {
      const [w, h] = [Math.max(1, Math.round(f.width * f.dpr)), Math.max(1, Math.round(f.height * f.dpr))];
      if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, w, h);
      if (segs.length === style.length * 4) strokeEdges(ctx, segs, style, styles, dim, f.view, f.dpr, f.width, f.height);
      shown = { key: frameKey(f, version), view: { ...f.view } };
    },
    image: () => (shown ? { source: canvas, view: shown.view } : null),
    destroy() {
      canvas.width = canvas.height = 0;
    },
  };
}

function workerLayer(onImage: () => void, onFail: () => void): EdgeLayer {
  const worker = new Worker(new URL('./edgeWorker.ts', import.meta.url), { type: 'module' });
  worker.onerror = (e) => {
    e.preventDefault();
    if (!destroyed) onFail();
  };
  const post = (m: EdgeWorkerRequest, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  let version = 0;
  let seq = 0;
  // The request being drawn, and the newest one wanted after it (older wishes are dropped).
  let inFlight: { seq: number; key: string } | null = null;
  let wanted: EdgeFrame | null = null;
  const keys = new Map<number, string>();
  let shown: { key: string; view: EdgeView; bitmap: ImageBitmap } | null = null;
  let destroyed = false;

  const send = (f: EdgeFrame) => {
    const key = frameKey(f, version);
    inFlight = { seq: ++seq, key };
    keys.set(seq, key);
    post({ type: 'draw', seq, view: { k: f.view.k, x: f.view.x, y: f.view.y }, dpr: f.dpr, width: f.width, height: f.height });
  };
  worker.onmessage = (e: MessageEvent<EdgeWorkerReply>) => {
    if (destroyed) return e.data.bitmap.close();
    shown?.bitmap.close();
    shown = { key: keys.get(e.data.seq) ?? '', view: e.data.view, bitmap: e.data.bitmap };
    keys.delete(e.data.seq);
    inFlight = null;
    if (wanted) {
      const next = wanted;
      wanted = null;
      if (frameKey(next, version) !== shown.key) send(next);
    }
    onImage();
  };
  return {
    inWorker: true,
    setSegments(segs) {
      version++;
      post({ type: 'segments', segs }, [segs.buffer]);
    },
    setStyles(style, styles) {
      version++;
      post({ type: 'styles', style, styles }, [style.buffer]);
    },
    setDim(dim) {
      version++;
      post({ type: 'dim', dim }, dim ? [dim.buffer] : []);
    },
    isCurrent: (f) => shown?.key === frameKey(f, version),
    request(f) {
      const key = frameKey(f, version);
      if (inFlight?.key === key || shown?.key === key) return;
      if (inFlight) wanted = f;
      else send(f);
    },
    image: () => (shown ? { source: shown.bitmap, view: shown.view } : null),
    destroy() {
      destroyed = true;
      worker.terminate();
      shown?.bitmap.close();
      shown = null;
    },
  };
}
