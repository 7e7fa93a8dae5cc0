/** How tall the timeline's captions box is: set once per dataset, so a date never resizes it (nor moves the graph). */
import type { TimelineStop } from '../engine/story';
import { CAPTION_LIMIT } from '../store/appSelectors';

/** The fewest lines the box holds: a date, and its count of entries under it. */
export const MIN_CAPTION_ROWS = 2;
/** The most: a session's busy days scroll past five lines rather than push the graph further down. */
export const MAX_CAPTION_ROWS = 5;

/** The lines a moment's captions take (one a caption, up to CAPTION_LIMIT, and "…and N more"). */
const linesOf = (count: number) => Math.min(count, CAPTION_LIMIT) + (count > CAPTION_LIMIT ? 1 : 0);

/**
 * Lines of captions the box shows before it scrolls: enough for three moments in four, between
 * MIN_CAPTION_ROWS and MAX_CAPTION_ROWS. A story of one or two things a day (the founding story)
 * keeps two lines; a session, where most days hold a dozen, gets five.
 */
export function captionRows(stops: readonly TimelineStop[]): number {
  if (stops.length === 0) return MIN_CAPTION_ROWS;
  const lines = stops.map((s) => linesOf(s.count)).sort((a, b) => a - b);
  const most = lines[Math.ceil(lines.length * 0.75) - 1];
  return Math.max(MIN_CAPTION_ROWS, Math.min(MAX_CAPTION_ROWS, most));
}
