/**
 * The graph view: picks the SVG renderer for small graphs and Canvas 2D past a threshold
 * (overridable). The canvas renderer is loaded only when a graph needs it, so a small graph (an
 * embed of one story, say) never downloads it.
 */
import type { GraphHandlers, GraphOptions, GraphView } from './types';
import { createSvgView } from './svg/createSvgView';
import { loadCanvasView } from './loadCanvas';
import { stopPriming } from './primeGraph';

export type { GraphHandlers, GraphOptions, GraphView } from './types';

/**
 * Node count past which the automatic choice is Canvas: a focus restyles every SVG element, and a
 * session's tied bills alone (974 and 1,377 nodes in the built-in ones) took 0.4 to 1.9 s a focus
 * in SVG, against 15 to 90 ms on a canvas.
 */
export const CANVAS_THRESHOLD = 600;

/** Edge count past which the automatic choice is Canvas too. */
export const CANVAS_EDGE_THRESHOLD = 1200;

/** Which renderer draws `nodeCount` nodes (and `edgeCount` edges) under these options. */
export function chooseRenderer(nodeCount: number, options: GraphOptions = {}, edgeCount = 0): 'svg' | 'canvas' {
  if (options.renderer === 'svg' || options.renderer === 'canvas') return options.renderer;
  return nodeCount > (options.canvasThreshold ?? CANVAS_THRESHOLD) || edgeCount > CANVAS_EDGE_THRESHOLD ? 'canvas' : 'svg';
}

/** Creates the view for a graph of `nodeCount` nodes: at once for SVG, after loading the canvas renderer for Canvas. */
export function createGraphView(
  container: HTMLElement,
  nodeCount: number,
  handlers: GraphHandlers = {},
  options: GraphOptions = {},
): GraphView | Promise<GraphView> {
  // The real view is wanted now: a priming still waiting for its idle period would only hold it up.
  stopPriming();
  if (chooseRenderer(nodeCount, options) === 'svg') return createSvgView(container, handlers, options);
  return loadCanvasView().then((m) => m.createCanvasView(container, handlers, options));
}
