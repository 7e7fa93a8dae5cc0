/** The room the desktop layout leaves its graph, and the window height that changes it. */
import { useSyncExternalStore } from 'react';

/**
 * The graph's height in the desktop layout (CSS px): its stage's, less everything else the stage
 * holds (the story sentence, the timeline, the legend), never under `min` (the stylesheet's floor).
 * Null for a graph in no stage.
 */
export function graphRoom(graph: HTMLElement, min: number): number | null {
  const stage = graph.closest<HTMLElement>('.tb-stage');
  if (!stage) return null;
  return Math.max(min, stage.clientHeight - (stage.scrollHeight - graph.offsetHeight));
}

const onResize = (changed: () => void) => {
  window.addEventListener('resize', changed);
  return () => window.removeEventListener('resize', changed);
};

/** The window's inner height, kept current as the window is resized. */
export function useWindowHeight(): number {
  return useSyncExternalStore(
    onResize,
    () => window.innerHeight,
    () => 0,
  );
}
