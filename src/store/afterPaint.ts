/**
 * Runs work after the next frame has painted, in the idle period that follows it (see
 * timing/whenIdle). A store change thereby reaches the graph in the frame it lands in, and the
 * panels that explain it right after. Callbacks queued before the same frame share one idle
 * callback, so a change's own task asks for one, however many panels follow it.
 */
import { whenIdle } from '../timing/whenIdle';

const queue = new Set<() => void>();
let asked = false;

function flush() {
  asked = false;
  const jobs = [...queue];
  queue.clear();
  for (const job of jobs) job();
}

/** Calls `job` once, after the next painted frame (or within 100 ms when no frame comes); returns a cancel. */
export function afterPaint(job: () => void): () => void {
  queue.add(job);
  if (!asked) {
    asked = true;
    whenIdle(flush, 100);
  }
  return () => queue.delete(job);
}
