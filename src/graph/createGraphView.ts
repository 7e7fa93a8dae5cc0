/** The graph view: picks the SVG renderer for small graphs and Canvas 2D past a threshold (overridable). */
import type { GraphHandlers, GraphOptions, GraphView } from './types';
import { createSvgView } from './createSvgView';
import { createCanvasView } from './createCanvasView';

export type { GraphHandlers, GraphOptions, GraphView } from './types';

/** Node count past which the automatic choice is Canvas. */
export const CANVAS_THRESHOLD = 1500;

/** Which renderer draws `nodeCount` nodes under these options. */
export function chooseRenderer(nodeCount: number, options: GraphOptions = {}): 'svg' | 'canvas' {
  if (options.renderer === 'svg' || options.renderer === 'canvas') return options.renderer;
  return nodeCount > (options.canvasThreshold ?? CANVAS_THRESHOLD) ? 'canvas' : 'svg';
}

/** Creates the view for a graph of `nodeCount` nodes; its `renderer` says which one it is. */
export function createGraphView(
  container: HTMLElement,
  nodeCount: number,
  handlers: GraphHandlers = {},
  options: GraphOptions = {},
): GraphView {
  return chooseRenderer(nodeCount, options) === 'canvas'
    ? createCanvasView(container, handlers, options)
    : createSvgView(container, handlers, options);
}
