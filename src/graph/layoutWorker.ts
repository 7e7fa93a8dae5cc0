/// <reference lib="webworker" />
/** Runs the deterministic force layout off the main thread; answers with ids and a flat x,y array. */
import type { GraphStructure } from '../engine/graphSpec';
import type { Point } from './layout';
import { computeLayout } from './layout';

self.onmessage = (e: MessageEvent<{ structure: GraphStructure; previous: Array<[string, Point]> }>) => {
  const pos = computeLayout(e.data.structure, new Map(e.data.previous));
  const ids = [...pos.keys()];
  const xy = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = pos.get(id)!;
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  (self as unknown as DedicatedWorkerGlobalScope).postMessage({ ids, xy }, [xy.buffer]);
};
