/**
 * The SVG's nodes as controls: a click or tap selects one, the keyboard walks from node to node
 * (the core's walk: keyboard.ts) with one node in the tab order, and a hover or keyboard focus
 * lights a node until it leaves, when the highlight goes back to what the focus rests on.
 */
import type { Selection } from 'd3-selection';
import type { GraphNode, GraphStructure } from '../../engine/graphSpec';
import type { Point } from '../layout';
import type { GraphHandlers } from '../types';
import type { WalkGraph } from '../core/keyboard';
import { isArrowKey, keyAction, startNode } from '../core/keyboard';

type NodeSel = Selection<SVGGElement, GraphNode, SVGGElement, unknown>;

/** What the input reads from the view, when it needs it, and what it asks of it. */
export interface InputScene extends WalkGraph {
  /** The nodes drawn (null before the first drawing). */
  nodes: () => NodeSel | null;
  /** What is drawn. */
  structure: () => GraphStructure;
  /** Lights a node (hovered or focused by the keyboard), or with null what the focus rests on. */
  light: (id: string | null) => void;
  /** Brings a node's point into view. */
  reveal: (p: Point) => void;
}

/** The nodes' input. */
export interface NodeInput {
  /** Listens to a new drawing's nodes. */
  bind: (nodes: NodeSel) => void;
  /** Puts one node in the tab order: `id`, else the first bill. */
  setTabStop: (id: string | null) => void;
  /** True (once) when the reader just tapped or clicked `id`: its focus came back from them, so the graph does not move under their finger. */
  tapped: (id: string | null) => boolean;
  /** Stops listening. */
  unbind: () => void;
}

/** Creates the input of a view's nodes. */
export function createNodeInput(scene: InputScene, handlers: GraphHandlers): NodeInput {
  // The node a reader just tapped or clicked (its focus comes back through the owner).
  let tapped: string | null = null;
  const self: NodeInput = {
    bind(nodes) {
      nodes
        .on('click', (_, d) => {
          tapped = d.id;
          handlers.onSelect?.(d.id);
        })
        .on('keydown', (event: KeyboardEvent, d) => {
          // The focused element is the node: the walk has started from it.
          const action = keyAction(event.key, d.id, true, scene);
          if (action?.type === 'select' || isArrowKey(event.key)) event.preventDefault();
          if (action?.type === 'select') handlers.onSelect?.(action.id);
          else if (action?.type === 'clear') handlers.onSelect?.(null);
          else if (action?.type === 'move') moveKeyboardFocus(action.id);
        })
        .on('mouseenter focus', (_, d) => scene.light(d.id))
        .on('mouseleave blur', () => scene.light(null));
    },
    setTabStop(id) {
      const stop = startNode(id, scene.structure().nodes);
      scene.nodes()?.attr('tabindex', (d) => (d.id === stop ? 0 : -1));
    },
    tapped(id) {
      const was = id !== null && id === tapped;
      tapped = null;
      return was;
    },
    unbind: () => void scene.nodes()?.on('click', null).on('keydown', null).on('mouseenter focus mouseleave blur', null),
  };

  /** Moves keyboard focus to a node, keeping it in view. */
  function moveKeyboardFocus(id: string) {
    self.setTabStop(id);
    scene
      .nodes()
      ?.filter((d) => d.id === id)
      .node()
      ?.focus({ preventScroll: true });
    const p = scene.pos.get(id);
    if (p) scene.reveal(p);
  }
  return self;
}
