/** What the canvas renderer's parts share: the graph, its state, the camera's view and who is lit. */
import { zoomIdentity } from 'd3-zoom';
import type { ZoomTransform } from 'd3-zoom';
import type { GraphNode, GraphState, GraphStructure } from '../../engine/graphSpec';
import type { Point } from '../layout';
import type { Route, SubjectRoom } from '../storyLayout';
import type { Highlight } from '../core/highlight';
import { highlightOn } from '../core/highlight';

/** The canvas view's live data (one object, read by the frame painter, the input handlers and the export). */
export interface CanvasModel {
  /** What is drawn. */
  structure: GraphStructure;
  /** The scenario and date (null before the first). */
  state: GraphState | null;
  /** Node positions. */
  pos: Map<string, Point>;
  /** A story's cards (x0, y0, x1, y1 of each bill's items); none for a network. */
  cards: ReadonlyArray<readonly [number, number, number, number]>;
  /** A story's ties routed through the space between cards (as the SVG draws them); none for a network. */
  routes: ReadonlyMap<string, Route>;
  /** A story's bills whose subject is drawn beside their box, with its room (storyLayout); none for a network. */
  subjects: ReadonlyMap<string, SubjectRoom>;
  /** A story's row pitch (graph units: storyLayout); null for a network. */
  pitch: { item: number; member: number } | null;
  /** Nodes by id. */
  nodeById: Map<string, GraphNode>;
  /** Each node's neighbours. */
  neighbours: Map<string, Set<string>>;
  /** The camera. */
  view: ZoomTransform;
  /** The container's size, CSS pixels. */
  size: { width: number; height: number };
  /** The focused node (from the owner). */
  focusId: string | null;
  /** What the highlight rests on: the focus, or a node left out whose stand-ins are lit (neighbourMap). */
  restingId: string | null;
  /** The node under the pointer. */
  hoverId: string | null;
  /** Where the keyboard walk is (null until an arrow key is pressed). */
  keyId: string | null;
}

/** An empty model. */
export function createModel(): CanvasModel {
  return {
    structure: { nodes: [], edges: [] },
    state: null,
    pos: new Map(),
    cards: [],
    routes: new Map(),
    pitch: null,
    subjects: new Map(),
    nodeById: new Map(),
    neighbours: new Map(),
    view: zoomIdentity,
    size: { width: 0, height: 0 },
    focusId: null,
    restingId: null,
    hoverId: null,
    keyId: null,
  };
}

/**
 * The highlight: on the hovered (else the focused) node, by the core's rule (highlight.ts); null when
 * nothing is lit. Without `hover`, on the focus alone.
 */
export function highlightOf(m: CanvasModel, hover = true): Highlight | null {
  return highlightOn((hover ? m.hoverId : null) ?? m.restingId, m.neighbours, (id) => m.nodeById.has(id));
}
