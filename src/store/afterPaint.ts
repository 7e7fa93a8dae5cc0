/**
 * Runs work after the next frame has painted: in the idle period that follows the frame, or (where
 * there is no idle callback: Safari, jsdom) in a task posted from the frame's animation callback,
 * which runs once that frame's rendering is done. A store change thereby reaches the
 * graph in the frame it lands in, and the panels that explain it right after. Callbacks queued
 * before the same frame share it. A hidden page runs no frames, so a timer stands in.
 */
const queue = new Set<() => void>();
let scheduled = false;
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
// One channel for every frame: the frame's callback only posts to it (making one there cost the frame time).
let channel: MessageChannel | null = null;

function flush() {
  scheduled = false;
  clearTimeout(timer);
  const jobs = [...queue];
  queue.clear();
  for (const job of jobs) job();
}

/** From a frame's callback: flush batch `gen` in the task after that frame (the timer stands down), unless the timer already has. */
function postFlush(gen: number) {
  clearTimeout(timer);
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = (e: MessageEvent<number>) => {
      if (scheduled && e.data === generation) flush();
    };
  }
  channel.port2.postMessage(gen);
}

/** Calls `job` once, after the next painted frame (or within 100 ms when no frame comes); returns a cancel. */
export function afterPaint(job: () => void): () => void {
  queue.add(job);
  if (!scheduled) {
    scheduled = true;
    const gen = ++generation;
    const due = () => scheduled && gen === generation && flush();
    // Chromium and Firefox: the idle period after the frame, or the timeout when no frame comes. The
    // change's own task then asks for one callback, and its frame runs none.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(due, { timeout: 100 });
    else {
      timer = setTimeout(due, 100);
      if (typeof requestAnimationFrame === 'function' && typeof MessageChannel === 'function') requestAnimationFrame(() => postFlush(gen));
    }
  }
  return () => queue.delete(job);
}
