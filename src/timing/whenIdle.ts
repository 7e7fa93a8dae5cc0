/**
 * Deferring work a change's own frame should not carry: names no pixel waits for (whenIdle), and
 * motion that follows a change already on screen (afterShown).
 */

/**
 * Runs `job` once the browser has time to spare (after the frame being drawn, within `timeout` ms),
 * for work no pixel waits for. Where there is no idle callback (Safari, jsdom): in a task posted
 * from the next frame's callbacks, which runs once that frame is drawn (or after `timeout` ms, when
 * no frame comes). Returns a cancel.
 */
export function whenIdle(job: () => void, timeout = 200): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => job(), { timeout });
    return () => cancelIdleCallback(id);
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(late);
    job();
  };
  let next: ReturnType<typeof setTimeout> | undefined;
  const late = setTimeout(once, timeout);
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => (next = setTimeout(once, 0))) : 0;
  if (!frame) next = setTimeout(once, 0);
  return () => {
    done = true;
    clearTimeout(late);
    clearTimeout(next);
    if (frame) cancelAnimationFrame(frame);
  };
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
