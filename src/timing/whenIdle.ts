/**
 * Deferring work a change's own frame should not carry: names no pixel waits for (whenIdle), and
 * motion that follows a change already on screen (afterShown).
 */

// Jobs asked for before the same idle period share one idle callback (a toggle's own task asks for
// one, however many parts of the page defer work), run in the order they were asked for.
const idleJobs = new Set<() => void>();
// The idle callback asked for: when it is due at the latest (performance.now() ms), and of which
// requestIdleCallback (a page's stays the same; a test may stand in its own).
let asked: { due: number; of: typeof requestIdleCallback } | null = null;
const SLACK = 100;

function runIdleJobs() {
  asked = null;
  const jobs = [...idleJobs];
  idleJobs.clear();
  for (const job of jobs) {
    try {
      job();
    } catch (e) {
      // One failing job neither stops the others nor goes unreported.
      queueMicrotask(() => {
        throw e;
      });
    }
  }
}

/**
 * Asks for an idle callback due within `timeout` ms, unless one asked for already is due about as
 * soon (within SLACK ms of it: the page's deferred work shares one callback, 100 and 200 ms alike).
 */
function askIdle(timeout: number) {
  const now = performance.now();
  const due = now + timeout;
  // One overdue by far was dropped (its page was frozen, say): asked again.
  if (asked && asked.of === requestIdleCallback && asked.due <= due + SLACK && now < asked.due + 1000) return;
  asked = { due, of: requestIdleCallback };
  requestIdleCallback(runIdleJobs, { timeout });
}

/**
 * Runs `job` once the browser has time to spare (after the frame being drawn, within `timeout` ms),
 * for work no pixel waits for. Where there is no idle callback (Safari, jsdom): in a task posted
 * from the next frame's callbacks, which runs once that frame is drawn (or after `timeout` ms, when
 * no frame comes). Returns a cancel.
 */
export function whenIdle(job: () => void, timeout = 200): () => void {
  if (typeof requestIdleCallback === 'function') {
    const entry = () => job();
    idleJobs.add(entry);
    askIdle(timeout);
    return () => void idleJobs.delete(entry);
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
