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
  const key = (cx: number, cy: number) => cx * 65_536 + cy;
  return boxes.map((b) => {
    const [cx0, cy0, cx1, cy1] = [Math.floor(b.x0 / cell), Math.floor(b.y0 / cell), Math.floor(b.x1 / cell), Math.floor(b.y1 / cell)];
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++)
        for (const o of grid.get(key(cx, cy)) ?? []) if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) return false;
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
