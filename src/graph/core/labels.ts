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
 * Boxes bucketed in a grid of `cell`-unit squares, so a box or a point finds the few boxes near it
 * at once. A box too big for the grid (over 1,024 cells), or with coordinates past where cells
 * stay exact (1e18, NaN, Infinity), is not gridded: `add` says so and the caller decides.
 */
export class BoxGrid<T extends LabelBox> {
  private readonly cells = new Map<number, T[]>();

  constructor(private readonly cell = 64) {}

  private key(cx: number, cy: number): number {
    return cx * 65_536 + cy;
  }

  /** The cells a box spans, or null when it cannot be gridded. */
  private span(b: LabelBox): [number, number, number, number] | null {
    const c = this.cell;
    const s: [number, number, number, number] = [Math.floor(b.x0 / c), Math.floor(b.y0 / c), Math.floor(b.x1 / c), Math.floor(b.y1 / c)];
    const n = (s[2] - s[0] + 1) * (s[3] - s[1] + 1);
    return n >= 1 && n <= 1024 && s.every((v) => Math.abs(v) < 30_000) ? s : null;
  }

  /** True when `b` could be gridded (its span is small and exact). */
  fits(b: LabelBox): boolean {
    return this.span(b) !== null;
  }

  /** Adds a box; false (and nothing added) when it cannot be gridded. */
  add(b: T): boolean {
    const s = this.span(b);
    if (!s) return false;
    for (let cx = s[0]; cx <= s[2]; cx++)
      for (let cy = s[1]; cy <= s[3]; cy++) {
        const k = this.key(cx, cy);
        const list = this.cells.get(k);
        if (list) list.push(b);
        else this.cells.set(k, [b]);
      }
    return true;
  }

  /** True when some gridded box overlaps `b` (which must fit the grid). */
  overlaps(b: LabelBox): boolean {
    const s = this.span(b);
    if (!s) return false;
    for (let cx = s[0]; cx <= s[2]; cx++)
      for (let cy = s[1]; cy <= s[3]; cy++) for (const o of this.cells.get(this.key(cx, cy)) ?? []) if (overlap(b, o)) return true;
    return false;
  }

  /** Every gridded box, cell by cell (a box spanning several cells comes once per cell). */
  *all(): Iterable<T> {
    for (const list of this.cells.values()) yield* list;
  }

  /** The gridded boxes whose cell holds the point (x, y). */
  at(x: number, y: number): readonly T[] {
    const [cx, cy] = [Math.floor(x / this.cell), Math.floor(y / this.cell)];
    return Math.abs(cx) < 30_000 && Math.abs(cy) < 30_000 ? (this.cells.get(this.key(cx, cy)) ?? []) : [];
  }
}

const overlap = (b: LabelBox, o: LabelBox) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1;

/**
 * Which labels to draw: each box, in the order given (first = most important), is kept when it
 * overlaps no box kept before it. A grid of `cell`-pixel buckets keeps this near linear.
 */
export function keepUnoverlapped(boxes: readonly LabelBox[], cell = 64): boolean[] {
  return keepClear([], boxes, cell);
}

/**
 * Which of `boxes` to draw among what is drawn already (`obstacles`, every one of them standing,
 * even where two of them overlap): each, in the order given, is kept when it overlaps no obstacle
 * and no box kept before it.
 */
export function keepClear(obstacles: readonly LabelBox[], boxes: readonly LabelBox[], cell = 64): boolean[] {
  const grid = new BoxGrid<LabelBox>(cell);
  // Boxes too big for the grid, or with coordinates past where cells stay exact, are checked one
  // by one: every loop here ends, whatever the numbers.
  const loose: LabelBox[] = [];
  const stand = (b: LabelBox) => grid.add(b) || loose.push(b);
  for (const o of obstacles) stand(o);
  return boxes.map((b) => {
    for (const o of loose) if (overlap(b, o)) return false;
    if (!grid.fits(b)) {
      for (const o of grid.all()) if (overlap(b, o)) return false;
    } else if (grid.overlaps(b)) return false;
    stand(b);
    return true;
  });
}
