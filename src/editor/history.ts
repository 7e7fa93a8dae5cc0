/** An immutable, bounded undo/redo history of drafts (framework-free). */

/** Past, present and future states; `key` names the field the last step changed. */
export interface History<T> {
  /** Earlier states, oldest first. */
  past: readonly T[];
  /** The current state. */
  present: T;
  /** States undone, the next redo first. */
  future: readonly T[];
  /** The field the present step changed; typing on in the same field extends that step. */
  key: string | null;
}

/** How many steps are kept. */
export const HISTORY_LIMIT = 200;

/** A history holding one state. */
export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], key: null };
}

/**
 * Records a change. Consecutive changes to the same field (same `key`) are one step, so undo
 * takes back a word typed, not a letter; a change with no key is always its own step.
 */
export function record<T>(h: History<T>, next: T, key: string | null = null, limit = HISTORY_LIMIT): History<T> {
  if (next === h.present) return h;
  if (key !== null && key === h.key && h.past.length > 0) return { ...h, present: next, future: [] };
  const past = [...h.past, h.present];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [], key };
}

/** Steps back one change (no-op at the start). */
export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: h.past[h.past.length - 1], future: [h.present, ...h.future], key: null };
}

/** Steps forward one undone change (no-op when nothing was undone). */
export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0], future: h.future.slice(1), key: null };
}
