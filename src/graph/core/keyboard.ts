/** Keyboard walk through the graph: arrow keys move to the neighbour that lies that way. */
import type { Point } from '../layout';

const DIRECTIONS: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

/** True for the keys that walk the graph. */
export function isArrowKey(key: string): boolean {
  return key in DIRECTIONS;
}

/**
 * The node to move to from `from` when `key` is pressed: the nearest one within 70 degrees of the
 * arrow's direction, looking first at neighbours of the same kind (bill to linked bill), then at
 * all neighbours, then at every node.
 */
export function nextNode(
  from: string,
  key: string,
  pos: ReadonlyMap<string, Point>,
  neighbours: ReadonlySet<string> | undefined,
  kindOf: (id: string) => string | undefined = () => undefined,
): string | null {
  const dir = DIRECTIONS[key];
  const p = pos.get(from);
  if (!dir || !p) return null;
  const best = (candidates: Iterable<string>) => {
    let pick: string | null = null;
    let score = Infinity;
    for (const id of candidates) {
      if (id === from) continue;
      const q = pos.get(id);
      if (!q) continue;
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const dist = Math.hypot(dx, dy);
      if (dist === 0) continue;
      const cos = (dx * dir[0] + dy * dir[1]) / dist;
      if (cos < Math.cos((70 * Math.PI) / 180)) continue;
      const s = dist * (2 - cos);
      if (s < score) [pick, score] = [id, s];
    }
    return pick;
  };
  const near = [...(neighbours ?? [])];
  return best(near.filter((id) => kindOf(id) === kindOf(from))) ?? best(near) ?? best(pos.keys());
}
