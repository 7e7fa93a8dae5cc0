/**
 * Where nodes go: a session's tied bills alone on shelves by package; else baked positions from
 * the dataset, then kept by id; only the rest is laid out,
 * by d3-force loaded on demand, in a Web Worker for large graphs so the main thread stays free.
 */
import type { GraphStructure } from '../engine/graphSpec';
import type { Point } from './layout';
import type { LayoutFrame } from './layoutProtocol';
import { packLayout, positionsOf, transferables } from './layoutProtocol';
import { shelfLayout } from './shelfLayout';

/** Node count from which the force layout runs in a worker. */
export const WORKER_FROM = 400;

/** Hears positions: refined frames while a layout runs (`final` false), then the finished layout. */
export type PlacedFn = (pos: Map<string, Point>, final: boolean) => void;

/** Whatever still lays out on behalf of a placement (a worker, to stop when a newer one starts). */
interface Running {
  stop: () => void;
}

/**
 * Positions for every node: at once when known, else `onFrame` hears refined frames (large
 * graphs, from the worker) while the returned promise waits for the finished layout.
 */
export function resolvePositions(
  structure: GraphStructure,
  previous: Map<string, Point>,
  onFrame?: (pos: Map<string, Point>) => void,
  running?: (r: Running) => void,
): Map<string, Point> | Promise<Map<string, Point>> {
  if (structure.shelves) return shelfLayout(structure);
  // A new map, never the one handed in: a renderer keeps what it works out from a map (the canvas's
  // flat positions) for as long as it holds that map.
  const known = new Map(previous);
  // A baked position wins over one kept by id: a session's bills shown on shelves, then with every
  // stakeholder, go back to the network they were baked in (same data, same picture).
  for (const n of structure.nodes) {
    const b = structure.baked?.[n.id];
    if (b) known.set(n.id, { x: b[0], y: b[1] });
  }
  if (structure.nodes.every((n) => known.has(n.id))) return known;
  if (structure.nodes.length >= WORKER_FROM && typeof Worker !== 'undefined') {
    return layoutInWorker(structure, known, onFrame, running).catch(() => layoutHere(structure, known));
  }
  return layoutHere(structure, known);
}

async function layoutHere(structure: GraphStructure, previous: Map<string, Point>): Promise<Map<string, Point>> {
  const { computeLayout } = await import('./layout');
  return computeLayout(structure, previous);
}

function layoutInWorker(
  structure: GraphStructure,
  previous: Map<string, Point>,
  onFrame?: (pos: Map<string, Point>) => void,
  running?: (r: Running) => void,
): Promise<Map<string, Point>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    running?.({ stop: () => worker.terminate() });
    const request = packLayout(structure, previous);
    const ids = request.ids;
    worker.onmessage = (e: MessageEvent<LayoutFrame>) => {
      if (e.data.final) worker.terminate();
      const pos = positionsOf(ids, e.data.xy);
      if (e.data.final) resolve(pos);
      else onFrame?.(pos);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage(request, transferables(request));
  });
}

/** Places nodes for successive structures; a newer call (or `cancel`) discards a layout still running. */
export interface Placer {
  /**
   * Resolves positions for `structure` and calls `done` with them: at once when known, else with
   * the finished layout, and before it (when streaming) with each refined frame the worker sends.
   */
  place: (structure: GraphStructure, previous: Map<string, Point>, done: PlacedFn) => void;
  /** Drops any layout still running (on destroy). */
  cancel: () => void;
}

/**
 * A placer for one renderer. It marks the container `data-layout="running"` while it lays out, and
 * `"refining"` while a streamed frame is shown and the layout goes on (`stream`: the renderer draws
 * frames; without it only the finished layout is handed over).
 */
export function createPlacer(container: HTMLElement, { stream = false } = {}): Placer {
  let token = 0;
  let current: Running | null = null;
  const stop = () => {
    current?.stop();
    current = null;
  };
  return {
    place(structure, previous, done) {
      const mine = ++token;
      stop();
      const onFrame = stream
        ? (pos: Map<string, Point>) => {
            if (mine !== token) return;
            container.dataset.layout = 'refining';
            done(pos, false);
          }
        : undefined;
      const placed = resolvePositions(structure, previous, onFrame, (r) => (current = r));
      if (placed instanceof Map) return done(placed, true);
      container.dataset.layout = 'running';
      void placed.then((pos) => {
        if (mine !== token) return;
        current = null;
        container.dataset.layout = 'running';
        done(pos, true);
      });
    },
    cancel() {
      token++;
      stop();
    },
  };
}
