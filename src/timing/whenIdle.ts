/**
 * Deferring work a change's own frame should not carry: names no pixel waits for (whenIdle), and
 * motion that follows a change already on screen (afterShown).
 */

/** A job waiting for an idle period; cancelled jobs stay in their batch, skipped when it runs. */
interface IdleJob {
  run: () => void;
  cancelled: boolean;
}

/**
 * The jobs asked for in the task running now share one idle callback (a toggle's own task asks for
 * one, however many parts of the page defer work), run in the order asked. A later task asks for
 * its own: a callback asked for earlier may run before the frame that task's change draws.
 */
let batch: { jobs: IdleJob[]; due: number } | null = null;
/** How much later than its own timeout a job may wait by joining the batch (100 and 200 ms alike). */
const SLACK = 100;

function runJobs(jobs: IdleJob[]) {
  if (batch?.jobs === jobs) batch = null;
  for (const job of jobs) {
    if (job.cancelled) continue;
    try {
      job.run();
    } catch (e) {
      // One failing job neither stops the others nor goes unreported.
      queueMicrotask(() => {
        throw e;
      });
    }
  }
}

/** Adds `job` to this task's batch, asking for an idle callback within `timeout` ms for a new one. */
function addIdleJob(job: IdleJob, timeout: number) {
  const due = performance.now() + timeout;
  let open = batch;
  if (!open || open.due > due + SLACK) {
    const jobs: IdleJob[] = [];
    const mine = (open = batch = { jobs, due });
    requestIdleCallback(() => runJobs(jobs), { timeout });
    // The batch closes with the task: the next task's jobs ask for a callback of their own.
    queueMicrotask(() => {
      if (batch === mine) batch = null;
    });
  }
  open.jobs.push(job);
}

/**
 * Runs `job` once the browser has time to spare (after the frame being drawn, within `timeout` ms),
 * for work no pixel waits for. Where there is no idle callback (Safari, jsdom): in a task posted
 * from the next frame's callbacks, which runs once that frame is drawn (or after `timeout` ms, when
 * no frame comes). Returns a cancel.
 */
export function whenIdle(job: () => void, timeout = 100): () => void {
  if (typeof requestIdleCallback === 'function') {
    const entry: IdleJob = { run: job, cancelled: false };
    addIdleJob(entry, timeout);
    return () => void (entry.cancelled = true);
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
