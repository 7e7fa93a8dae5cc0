/** The layout worker's work, apart from the worker (so it runs in tests): seeds at once, refined frames while it runs, then the last. */
import { startLayout } from './layout';
import type { LayoutFrame, LayoutRequest } from './layoutProtocol';
import { unpackLayout } from './layoutProtocol';

/** At most one refined frame per this many milliseconds (each costs the page a redraw of every edge). */
export const FRAME_MS = 3000;

/**
 * Lays out a request, handing `post` the seed positions first, then a refined frame whenever
 * FRAME_MS have passed, then the finished layout (`final`), which equals `computeLayout`'s.
 */
export function streamLayout(
  request: LayoutRequest,
  post: (frame: LayoutFrame) => void,
  now: () => number = () => performance.now(),
): void {
  const { structure, previous } = unpackLayout(request);
  const steps = startLayout(structure, previous);
  post({ xy: steps.positions(), final: false });
  let last = now();
  while (!steps.step(1)) {
    if (now() - last < FRAME_MS) continue;
    post({ xy: steps.positions(), final: false });
    last = now();
  }
  post({ xy: steps.positions(), final: true });
}
