/** The canvas's pointer and keyboard: quadtree hit-testing with the shared hit sizes, hover, click, and the shared keyboard walk. */
import { quadtree } from 'd3-quadtree';
import type { Quadtree, QuadtreeLeaf } from 'd3-quadtree';
import type { GraphNode } from '../../engine/graphSpec';
import { hitSearchRadius, hits } from '../core/interaction';
import { isArrowKey, keyAction, startNode } from '../core/keyboard';
import { accessibleName } from '../core/names';
import type { CanvasModel } from './model';

/** The listeners on one canvas. */
export interface CanvasInput {
  /** Indexes the placed nodes for hit-testing (after every layout). */
  index: () => void;
  /** Removes the listeners. */
  destroy: () => void;
}

/** What the input asks of the view. */
export interface InputHooks {
  /** A node was opened (Enter, Space, click) or the focus cleared (Escape: null). */
  onSelect: (id: string | null) => void;
  /** The keyboard walk moved to `id`: bring it into view. */
  reveal: (id: string) => void;
  /** Something drawn changed. */
  invalidate: () => void;
}

/** Listens on `canvas`; `live` is the polite live region that says where the keyboard walk is. */
export function createCanvasInput(canvas: HTMLCanvasElement, live: HTMLElement, model: CanvasModel, hooks: InputHooks): CanvasInput {
  let tree: Quadtree<GraphNode> | null = null;

  /** The node under a pointer, by the shared hit sizes: of the nodes whose hit area holds it, the one nearest its centre. */
  function nodeAt(event: MouseEvent): GraphNode | undefined {
    const rect = canvas.getBoundingClientRect();
    const k = model.view.k;
    const [x, y] = model.view.invert([event.clientX - rect.left, event.clientY - rect.top]);
    const r = hitSearchRadius(k, model.pitch);
    let best: GraphNode | undefined;
    let bestD = Infinity;
    tree?.visit((quad, x0, y0, x1, y1) => {
      if (!quad.length) {
        for (let q: QuadtreeLeaf<GraphNode> | undefined = quad as QuadtreeLeaf<GraphNode>; q; q = q.next) {
          const n = q.data;
          const p = model.pos.get(n.id)!;
          const d = (p.x - x) ** 2 + (p.y - y) ** 2;
          if (d < bestD && hits(n, p, { x, y }, k, model.pitch)) [best, bestD] = [n, d];
        }
      }
      // Skip quadrants wholly farther than the widest hit area.
      return x0 > x + r || y0 > y + r || x1 < x - r || y1 < y - r;
    });
    return best;
  }

  const onMove = (e: MouseEvent) => {
    const n = nodeAt(e);
    canvas.style.cursor = n ? 'pointer' : 'grab';
    if ((n?.id ?? null) !== model.hoverId) {
      model.hoverId = n?.id ?? null;
      // Its name and outcome as a tooltip, as the SVG's nodes carry them (a session's nodes are too small for their words).
      canvas.title = n && model.state ? accessibleName(n, model.state) : '';
      hooks.invalidate();
    }
  };
  // A click or tap on a node selects it; on the empty ground, it clears the focus.
  const onClick = (e: MouseEvent) => {
    hooks.onSelect(nodeAt(e)?.id ?? null);
  };
  const onLeave = () => {
    if (model.hoverId === null) return;
    model.hoverId = null;
    canvas.title = '';
    hooks.invalidate();
  };
  const onKey = (e: KeyboardEvent) => {
    const current = model.keyId ?? startNode(model.focusId, model.structure.nodes);
    if (!current) return;
    const kindOf = (id: string) => model.nodeById.get(id)?.kind;
    // The first arrow press shows where the walk starts; the next ones move.
    const action = keyAction(e.key, current, model.keyId !== null, { pos: model.pos, neighbours: model.neighbours, kindOf });
    if (action?.type === 'select' || isArrowKey(e.key)) e.preventDefault();
    if (action?.type === 'select') hooks.onSelect(action.id);
    else if (action?.type === 'clear') {
      model.keyId = null;
      hooks.onSelect(null);
    } else if (action?.type === 'move') {
      model.keyId = action.id;
      const n = model.nodeById.get(action.id);
      if (n && model.state) live.textContent = accessibleName(n, model.state);
      hooks.reveal(action.id);
      hooks.invalidate();
    }
  };
  canvas.addEventListener('mousemove', onMove);
  canvas.addEventListener('mouseleave', onLeave);
  // A wheel zoom moves the drawing under a still pointer: the node it was over is no longer lit (the next move finds the one under it).
  canvas.addEventListener('wheel', onLeave, { passive: true, capture: true });
  canvas.addEventListener('click', onClick);
  canvas.addEventListener('keydown', onKey);

  return {
    index() {
      const { pos } = model;
      tree = quadtree<GraphNode>()
        .x((n) => pos.get(n.id)!.x)
        .y((n) => pos.get(n.id)!.y)
        .addAll(model.structure.nodes.filter((n) => pos.has(n.id)));
    },
    destroy() {
      canvas.removeEventListener('mousemove', onMove);
      canvas.removeEventListener('wheel', onLeave, { capture: true });
      canvas.removeEventListener('mouseleave', onLeave);
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('keydown', onKey);
    },
  };
}
