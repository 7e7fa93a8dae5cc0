/** Keeps the canvas's edge layer (edgeLayer.ts) in step with the structure, positions, styles and dimming. */
import type { GraphEdge, GraphState } from '../../engine/graphSpec';
import type { Point } from '../layout';
import type { Route } from '../storyLayout';
import { edgeDim, edgeSegments, edgeStyleIndex, edgeStyles } from './edgeBuffers';
import type { EdgeLayer } from './edgeLayer';
import type { Highlight } from '../core/highlight';
import { createEdgeLayer } from './edgeLayer';

/** Edge count up to which a hover dims the edges too (past it, only a focus does). */
export const HOVER_DIMS_EDGES_UP_TO = 20_000;

/** What the edges are drawn from, read when needed. */
export interface EdgeSource {
  /** The edges. */
  edges: () => readonly GraphEdge[];
  /** Whether the structure is a story (its ties only are drawn). */
  story: () => boolean;
  /** Node positions. */
  pos: () => ReadonlyMap<string, Point>;
  /** A story's routed ties (none for a network). */
  routes: () => ReadonlyMap<string, Route>;
  /** The scenario and date. */
  state: () => GraphState | null;
  /** The highlight the edges are dimmed by (hover or focus), or null. */
  highlight: () => Highlight | null;
  /** The theme's ink now (deciding ties are drawn in it). */
  ink: () => string;
}

/** The edge layer and what it was last handed. */
export interface EdgeSync {
  /** The current layer (null before the first structure). */
  layer: () => EdgeLayer | null;
  /** A new layer for a new structure (in a worker past WORKER_EDGES). */
  rebuild: () => void;
  /** Hands the layer the segments again (positions changed). */
  feed: () => void;
  /** Hands the layer new styles (date or theme changed) or dimming (focus or hover changed), when they did. */
  sync: (stylesChanged?: boolean, ink?: string) => void;
  /** Stops the layer. */
  destroy: () => void;
}

/** Creates the sync; `invalidate` asks for a frame, `onWhere` hears where edges are drawn ('worker' or 'main'). */
export function createEdgeSync(source: EdgeSource, invalidate: () => void, onWhere: (where: 'worker' | 'main') => void): EdgeSync {
  let layer: EdgeLayer | null = null;
  let ink = '';
  let litKey = '';
  const self: EdgeSync = {
    layer: () => layer,
    rebuild() {
      layer?.destroy();
      layer = createEdgeLayer(source.edges().length, invalidate, () => {
        // The worker could not run here: draw the edges on the main thread instead.
        layer?.destroy();
        layer = createEdgeLayer(0, invalidate, () => undefined);
        onWhere('main');
        self.feed();
        invalidate();
      });
      onWhere(layer.inWorker ? 'worker' : 'main');
      self.feed();
    },
    feed() {
      if (!layer || source.pos().size === 0) return;
      layer.setSegments(edgeSegments(source.edges(), source.pos(), source.routes()));
      ink = '';
      litKey = '';
      self.sync();
    },
    sync(stylesChanged = false, nextInk = source.ink()) {
      if (!layer || source.pos().size === 0) return;
      if (stylesChanged || nextInk !== ink) {
        ink = nextInk;
        layer.setStyles(edgeStyleIndex(source.edges(), source.state(), source.story()), edgeStyles(nextInk));
      }
      const h = source.highlight();
      if ((h?.id ?? '') !== litKey) {
        litKey = h?.id ?? '';
        layer.setDim(edgeDim(source.edges(), h));
      }
    },
    destroy: () => layer?.destroy(),
  };
  return self;
}
