/** The camera: d3-zoom pan/zoom on the SVG, fitting the graph, and bringing a node into view. */
import type { Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import 'd3-transition';
import type { Point } from '../layout';
import type { Transform } from './fit';
import { zoomFilter } from './interaction';

/** Camera controls for one SVG. */
export interface Camera {
  /** Fits the drawing: `target` gives the transform for the container's size (null: nothing to fit). */
  fit: (target: (width: number, height: number) => Transform | null) => void;
  /** The container changed size or moved: keeps the drawing where it was on screen, at the same zoom (fits when never fitted). */
  resize: (target: (width: number, height: number) => Transform | null) => void;
  /** Pans (keeping the zoom) so a point is in view. */
  reveal: (p: Point) => void;
  /** The current zoom. */
  zoom: () => number;
  /** Removes listeners and stops transitions. */
  destroy: () => void;
}

/** Creates the camera; `wheelZoom: 'modifier'` zooms with the wheel only while Ctrl/Cmd is held. `onZoom` hears every change. */
export function createCamera(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  layer: Selection<SVGGElement, unknown, null, undefined>,
  container: HTMLElement,
  wheelZoom: 'always' | 'modifier',
  onZoom: (k: number) => void = () => undefined,
): Camera {
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.02, 8])
    .filter(zoomFilter(wheelZoom))
    .on('zoom', (event) => {
      layer.attr('transform', event.transform.toString());
      onZoom(event.transform.k);
    });
  svg.call(zoomer).on('dblclick.zoom', null);

  // Where the view was on the page when last fitted or resized; null until a fit succeeded.
  let seen: { left: number; top: number } | null = null;

  return {
    resize(target) {
      const rect = container.getBoundingClientRect();
      if (!seen) return this.fit(target);
      const t = zoomTransform(svg.node()!);
      const [dx, dy] = [seen.left - rect.left, seen.top - rect.top];
      seen = { left: rect.left, top: rect.top };
      svg.call(zoomer.transform, zoomIdentity.translate(t.x + dx, t.y + dy).scale(t.k));
    },
    fit(target) {
      const rect = container.getBoundingClientRect();
      const t = target(rect.width, rect.height);
      if (!t) return;
      seen = { left: rect.left, top: rect.top };
      svg.call(zoomer.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    },
    reveal(p) {
      const rect = container.getBoundingClientRect();
      if (rect.width === 0) return;
      const t = zoomTransform(svg.node()!);
      const [x, y] = t.apply([p.x, p.y]);
      if (x > 40 && x < rect.width - 40 && y > 40 && y < rect.height - 40) return;
      const next = zoomIdentity.translate(rect.width / 2 - t.k * p.x, rect.height / 2 - t.k * p.y).scale(t.k);
      if (reducedMotion) svg.call(zoomer.transform, next);
      else svg.transition().duration(400).call(zoomer.transform, next);
    },
    zoom: () => zoomTransform(svg.node()!).k,
    destroy() {
      svg.interrupt();
      svg.on('.zoom', null);
    },
  };
}
