/**
 * Where nodes go: kept by id, then baked positions from the dataset; only the rest is laid out,
 * by d3-force loaded on demand, in a Web Worker for large graphs so the main thread stays free.
 */
import type { GraphStructure } from '../engine/graphSpec';
import type { Point } from './layout';

/** Node count from which the force layout runs in a worker. */
export const WORKER_FROM = 400;

/** Positions for every node: at once when known, else a promise of the laid-out positions. */
export function resolvePositions(
  structure: GraphStructure,
  previous: Map<string, Point>,
): Map<string, Point> | Promise<Map<string, Point>> {
  for (const n of structure.nodes) {
    const b = structure.baked?.[n.id];
    if (!previous.has(n.id) && b) previous.set(n.id, { x: b[0], y: b[1] });
  }
  if (structure.nodes.every((n) => previous.has(n.id))) return previous;
  if (structure.nodes.length >= WORKER_FROM && typeof Worker !== 'undefined') {
    return layoutInWorker(structure, previous).catch(() => layoutHere(structure, previous));
  }
  return layoutHere(structure, previous);
}

async function layoutHere(structure: GraphStructure, previous: Map<string, Point>): Promise<Map<string, Point>> {
  const { computeLayout } = await import('./layout');
  return computeLayout(structure, previous);
}

function layoutInWorker(structure: GraphStructure, previous: Map<string, Point>): Promise<Map<string, Point>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ ids: string[]; xy: Float64Array }>) => {
      worker.terminate();
      const out = new Map<string, Point>();
      e.data.ids.forEach((id, i) => out.set(id, { x: e.data.xy[2 * i], y: e.data.xy[2 * i + 1] }));
      resolve(out);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage({ structure: { nodes: structure.nodes, edges: structure.edges }, previous: [...previous] });
  });
}

/** Places nodes for successive structures; a newer call (or `cancel`) discards a layout still running. */
export interface Placer {
  /** Resolves positions for `structure` and calls `done` with them, at once or when the layout ends. */
  place: (structure: GraphStructure, previous: Map<string, Point>, done: (pos: Map<string, Point>) => void) => void;
  /** Drops any layout still running (on destroy). */
  cancel: () => void;
}

/** A placer for one renderer; marks the container `data-layout="running"` while it lays out. */
export function createPlacer(container: HTMLElement): Placer {
  let token = 0;
  return {
    place(structure, previous, done) {
      const mine = ++token;
      const placed = resolvePositions(structure, previous);
      if (placed instanceof Map) return done(placed);
      container.dataset.layout = 'running';
      void placed.then((pos) => {
        if (mine === token) done(pos);
      });
    },
    cancel() {
      token++;
    },
  };
}
