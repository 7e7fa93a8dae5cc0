/** The room the desktop layout leaves its graph, and what changes it. */

/**
 * The graph's height in the desktop layout (CSS px): its stage's, less everything else the stage
 * holds (the story sentence, the timeline, the legend), never under `min` (the stylesheet's floor).
 * Where the graph fills its room, this is its own height, to the fraction of a pixel its view reads.
 * Null for a graph in no stage.
 */
export function graphRoom(graph: HTMLElement, min: number): number | null {
  const stage = graph.closest<HTMLElement>('.tb-stage');
  if (!stage) return null;
  return Math.max(min, stage.clientHeight - stage.scrollHeight + graph.getBoundingClientRect().height);
}

/**
 * Calls `changed` whenever the graph's room may have changed: the stage's height, or the height of
 * anything beside the graph in it (a notice gone, a story sentence that runs to another line, the
 * key opened). Not for the sizes first seen, nor the graph's own. Returns the unsubscribe.
 */
export function watchRoom(graph: HTMLElement, changed: () => void): () => void {
  const stage = graph.closest<HTMLElement>('.tb-stage');
  if (!stage) return () => {};
  const seen = new Map<Element, number>();
  const observer = new ResizeObserver((entries) => {
    let moved = false;
    for (const e of entries) {
      const before = seen.get(e.target);
      seen.set(e.target, e.contentRect.height);
      if (before !== undefined && Math.abs(before - e.contentRect.height) >= 1) moved = true;
    }
    if (moved) changed();
  });
  observer.observe(stage);
  // Everything beside the graph and beside each box that holds it, up to the stage.
  for (let node: Element = graph; node !== stage && node.parentElement; node = node.parentElement)
    for (const sibling of node.parentElement.children) if (sibling !== node) observer.observe(sibling);
  return () => observer.disconnect();
}
