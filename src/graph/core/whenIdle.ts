/**
 * Deferring work a change's own frame should not carry: names no pixel waits for (whenIdle), and
 * motion that follows a change already on screen (afterShown).
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
 * For a change made now: runs `idle` in the idle period after the frame that draws the change, and
 * `job` in the animation callbacks of the frame after that, so an animation `job` starts plays only
 * once the change is on screen. The change's own frame runs no callback for it. Returns a cancel.
 */
export function afterShown(job: () => void, idle?: () => void): () => void {
  let frame = 0;
  const cancelIdle = whenIdle(() => {
    idle?.();
    frame = requestAnimationFrame(job);
  });
  return () => {
    cancelIdle();
    cancelAnimationFrame(frame);
  };
}
