/**
 * Which links' words are left out, for both renderers: no line runs through a label, and a label
 * that cannot fit is left out (shown on hover and focus), never shrunk (issue #12).
 */
import type { Point } from '../layout';
import { BoxGrid, keepClear } from './labels';
import type { LabelBox } from './labels';

/** A drawn line as points every few units along it. */
export interface DrawnLine {
  /** The link's id; any other id (an arrowhead's) is no label's, so it counts against every label. */
  id: string;
  /** Points along the line. */
  points: readonly Point[];
}

/** The two bills a link joins, either way round: a tie and its reverse (bills tie-barred to each other) share them. */
export const endsOf = (e: { source: string; target: string }) =>
  e.source < e.target ? `${e.source}\n${e.target}` : `${e.target}\n${e.source}`;

/**
 * The labels (by id) that some line's points fall inside, a line never counting against its own
 * label, nor against the label of a link between the same two bills (`ends`, by id): two bills
 * tie-barred to each other are drawn as one line with an arrow at each end, its words on it.
 * Each point looks only at the boxes of its grid cell: with thousands of lines and labels,
 * checking every point against every label never ended.
 */
export function labelsCrossed(
  lines: Iterable<DrawnLine>,
  boxes: ReadonlyMap<string, LabelBox>,
  ends: ReadonlyMap<string, string> = new Map(),
): Set<string> {
  const out = new Set<string>();
  const grid = new BoxGrid<LabelBox & { id: string; ends?: string }>();
  // A box that cannot be gridded (not finite, or huge) is no label a drawn line is worth checking against.
  for (const [id, b] of boxes) grid.add({ ...b, id, ends: ends.get(id) });
  for (const { id: own, points } of lines) {
    const joins = ends.get(own);
    for (const q of points)
      for (const b of grid.at(q.x, q.y))
        if (b.id !== own && (joins === undefined || b.ends !== joins) && q.x > b.x0 && q.x < b.x1 && q.y > b.y0 && q.y < b.y1)
          out.add(b.id);
  }
  return out;
}

/**
 * The links' labels to draw (ids of `boxes`, taken in their order): each kept when it overlaps
 * nothing `taken` (every one of them, even where two overlap: keepClear) nor a label kept before
 * it, and no line runs through it. `linesNear` gives the
 * lines for the labels that passed the first test (a renderer may hand over only those near them).
 */
export function linkLabelsKept(
  taken: readonly LabelBox[],
  boxes: ReadonlyMap<string, LabelBox>,
  linesNear: (boxes: ReadonlyMap<string, LabelBox>) => Iterable<DrawnLine>,
  ends: ReadonlyMap<string, string>,
): Set<string> {
  const ids = [...boxes.keys()];
  const keep = keepClear(taken, [...boxes.values()]);
  const roomy = new Map(ids.filter((_, i) => keep[i]).map((id) => [id, boxes.get(id)!]));
  if (roomy.size === 0) return new Set();
  const crossed = labelsCrossed(linesNear(roomy), roomy, ends);
  return new Set([...roomy.keys()].filter((id) => !crossed.has(id)));
}
