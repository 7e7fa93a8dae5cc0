/** Label collision avoidance: labels are placed in priority order, and one that would overlap a placed label is left out. */

/** A label's box in screen pixels. */
export interface LabelBox {
  /** Left. */
  x0: number;
  /** Top. */
  y0: number;
  /** Right. */
  x1: number;
  /** Bottom. */
  y1: number;
}

/**
 * Which labels to draw: each box, in the order given (first = most important), is kept when it
 * overlaps no box kept before it. A grid of `cell`-pixel buckets keeps this near linear.
 */
export function keepUnoverlapped(boxes: readonly LabelBox[], cell = 64): boolean[] {
  const grid = new Map<number, LabelBox[]>();
  // Boxes too big for the grid, or with coordinates past where cells stay exact (1e18, NaN, Infinity),
  // are checked one by one: every loop here ends, whatever the numbers.
  const loose: LabelBox[] = [];
  const key = (cx: number, cy: number) => cx * 65_536 + cy;
  const overlaps = (b: LabelBox, o: LabelBox) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1;
  return boxes.map((b) => {
    const [cx0, cy0, cx1, cy1] = [Math.floor(b.x0 / cell), Math.floor(b.y0 / cell), Math.floor(b.x1 / cell), Math.floor(b.y1 / cell)];
    const span = (cx1 - cx0 + 1) * (cy1 - cy0 + 1);
    const gridded = span >= 1 && span <= 1024 && [cx0, cy0, cx1, cy1].every((c) => Math.abs(c) < 30_000);
    for (const o of loose) if (overlaps(b, o)) return false;
    if (!gridded) {
      for (const list of grid.values()) for (const o of list) if (overlaps(b, o)) return false;
      loose.push(b);
      return true;
    }
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) for (const o of grid.get(key(cx, cy)) ?? []) if (overlaps(b, o)) return false;
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const k = key(cx, cy);
        const list = grid.get(k);
        if (list) list.push(b);
        else grid.set(k, [b]);
      }
    return true;
  });
}
