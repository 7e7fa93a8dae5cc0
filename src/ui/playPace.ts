/** How fast "Play" steps through a dataset's moments: a story reads a moment at a time, a session plays in about a minute. */

/** The time a moment stays on screen when there are few of them. */
export const STEP_MS = 2200;
/** The shortest time a moment stays on screen, however many there are. */
export const MIN_STEP_MS = 200;
/** About how long playing every moment takes at most (from the first to the last). */
export const PLAY_MS = 60_000;

/** Milliseconds each of `stops` moments stays on screen while playing. */
export function playStepMs(stops: number): number {
  return Math.round(Math.max(MIN_STEP_MS, Math.min(STEP_MS, PLAY_MS / Math.max(1, stops))));
}
