/// <reference lib="webworker" />
/**
 * Rasterises a session's edges off the main thread: keeps the segments and styles it was sent,
 * and answers each draw request with an ImageBitmap of the edges for that view.
 */
import type { EdgeStyle, EdgeView } from './edgeBuffers';
import { strokeEdges } from './edgeBuffers';

/** What the page sends. */
export type EdgeWorkerRequest =
  | { type: 'segments'; segs: Float32Array }
  | { type: 'styles'; style: Uint8Array; styles: EdgeStyle[] }
  | { type: 'dim'; dim: Uint8Array | null }
  | { type: 'draw'; seq: number; view: EdgeView; dpr: number; width: number; height: number };

/** What the worker answers to a draw request. */
export interface EdgeWorkerReply {
  /** The request's number. */
  seq: number;
  /** The view the bitmap shows. */
  view: EdgeView;
  /** The edges, at the request's size times its device pixel ratio. */
  bitmap: ImageBitmap;
}

let segs: Float32Array = new Float32Array(0);
let style: Uint8Array = new Uint8Array(0);
let styles: EdgeStyle[] = [];
let dim: Uint8Array | null = null;
let canvas: OffscreenCanvas | null = null;

self.onmessage = (e: MessageEvent<EdgeWorkerRequest>) => {
  const m = e.data;
  if (m.type === 'segments') segs = m.segs;
  else if (m.type === 'styles') [style, styles] = [m.style, m.styles];
  else if (m.type === 'dim') dim = m.dim;
  else {
    const [w, h] = [Math.max(1, Math.round(m.width * m.dpr)), Math.max(1, Math.round(m.height * m.dpr))];
    if (!canvas || canvas.width !== w || canvas.height !== h) canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    if (segs.length === style.length * 4) strokeEdges(ctx, segs, style, styles, dim, m.view, m.dpr, m.width, m.height);
    const bitmap = canvas.transferToImageBitmap();
    const reply: EdgeWorkerReply = { seq: m.seq, view: m.view, bitmap };
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, [bitmap]);
  }
};
