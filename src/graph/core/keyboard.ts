/**
 * The graph's keys (both renderers): arrow keys walk to the neighbour that lies that way, Enter
 * opens, Escape clears; + and - zoom, 0 fits the whole graph, as map widgets do.
 */
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

/** What a key pressed on the graph asks for: open a node, clear the focus, or move to a node. */
export type KeyAction = { type: 'select'; id: string } | { type: 'clear' } | { type: 'move'; id: string } | null;

/** What the walk needs to know about the graph. */
export interface WalkGraph {
  /** Node positions. */
  pos: ReadonlyMap<string, Point>;
  /** Each node's neighbours. */
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /** A node's kind (the walk prefers neighbours of the same kind). */
  kindOf: (id: string) => string | undefined;
}

/**
 * The one keyboard rule of both renderers: Enter or Space opens `current`, Escape clears the focus,
 * an arrow moves to the next node that way (or, when the walk has not `started`, to `current` itself).
 */
export function keyAction(key: string, current: string, started: boolean, graph: WalkGraph): KeyAction {
  if (key === 'Enter' || key === ' ') return { type: 'select', id: current };
  if (key === 'Escape') return { type: 'clear' };
  if (!isArrowKey(key)) return null;
  const next = started ? nextNode(current, key, graph.pos, graph.neighbours.get(current), graph.kindOf) : current;
  return next ? { type: 'move', id: next } : null;
}

/** Where the walk starts, and the node in the tab order: the focused node, else the first bill. */
export function startNode(focusId: string | null, nodes: ReadonlyArray<{ id: string; kind: string }>): string | null {
  return focusId ?? nodes.find((n) => n.kind === 'bill')?.id ?? null;
}

/** What a zoom key asks of the camera: zoom in or out one step, or fit the whole graph. */
export type ZoomKey = 'in' | 'out' | 'fit';

/** How far one press of + or - zooms (as one wheel notch at most). */
export const ZOOM_KEY_STEP = Math.SQRT2;

/**
 * The zoom a key asks for, or null: + (or =, its key unshifted) zooms in, - (or _) out, 0 fits. A key
 * held with Ctrl, Cmd or Alt is the browser's (Ctrl + zooms the page), never the graph's.
 */
export function zoomKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): ZoomKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === '+' || event.key === '=') return 'in';
  if (event.key === '-' || event.key === '_') return 'out';
  return event.key === '0' ? 'fit' : null;
}
