/**
 * Deferring work a change's own frame should not carry: names no pixel waits for (whenIdle), and
 * motion that follows a change already on screen (inFrameAfterNext).
 */

/**
 * Runs `job` once the browser has time to spare (after the frame being drawn, within `timeout` ms),
 * for work no pixel waits for; where there is no idle callback (Safari, jsdom), in a new task.
 * Returns a cancel.
 */
export function whenIdle(job: () => void, timeout = 200): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => job(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(job, 0);
  return () => clearTimeout(id);
}

/**
 * Runs `job` in the frame after the next one: a change made now is drawn in the next frame, and an
 * animation started here plays from the frame after it, so the change reaches the screen first.
 * Returns a cancel.
 */
export function inFrameAfterNext(job: () => void): () => void {
  let id = requestAnimationFrame(() => {
    id = requestAnimationFrame(job);
  });
  return () => cancelAnimationFrame(id);
}
