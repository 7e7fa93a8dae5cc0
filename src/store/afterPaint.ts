/**
 * Runs work after the next frame has painted: a frame's animation callback posts a task, and a
 * task posted there runs once that frame's rendering is done. A store change thereby reaches the
 * graph in the frame it lands in, and the panels that explain it right after. Callbacks queued
 * before the same frame share it. A hidden page runs no frames, so a timer stands in.
 */
const queue = new Set<() => void>();
let scheduled = false;
let generation = 0;

function flush() {
  scheduled = false;
  const jobs = [...queue];
  queue.clear();
  for (const job of jobs) job();
}

/** Calls `job` once, after the next painted frame (or within 100 ms when no frame comes); returns a cancel. */
export function afterPaint(job: () => void): () => void {
  queue.add(job);
  if (!scheduled) {
    scheduled = true;
    const gen = ++generation;
    const run = () => {
      if (scheduled && gen === generation) flush();
    };
    const timer = setTimeout(run, 100);
    const post = () => {
      clearTimeout(timer);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        run();
      };
      channel.port2.postMessage(null);
    };
    if (typeof requestAnimationFrame === 'function' && typeof MessageChannel === 'function') requestAnimationFrame(post);
  }
  return () => queue.delete(job);
}
