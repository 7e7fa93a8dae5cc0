/** The camera: d3-zoom pan/zoom on the SVG, fitting the graph, and bringing a node into view. */
import type { Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import 'd3-transition';
import type { Point } from './layout';

/** Camera controls for one SVG. */
export interface Camera {
  /** Fits the given points (all when `focusIds` is empty) into the container. */
  fit: (pos: ReadonlyMap<string, Point>, core: () => string[]) => void;
  /** The container changed size or moved: keeps the drawing where it was on screen, at the same zoom (fits when never fitted). */
  resize: (pos: ReadonlyMap<string, Point>, core: () => string[]) => void;
  /** Pans (keeping the zoom) so a point is in view. */
  reveal: (p: Point) => void;
  /** Removes listeners and stops transitions. */
  destroy: () => void;
}

/** Creates the camera; `wheelZoom: 'modifier'` zooms with the wheel only while Ctrl/Cmd is held. */
export function createCamera(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  layer: Selection<SVGGElement, unknown, null, undefined>,
  container: HTMLElement,
  wheelZoom: 'always' | 'modifier',
): Camera {
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const zoomer = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.1, 8])
    // In an embed the wheel zooms only with Ctrl/Cmd, and one finger scrolls the page (two pinch).
    .filter((event: Event) => {
      if (event.type === 'wheel') return wheelZoom === 'always' || (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type.startsWith('touch')) return wheelZoom === 'always' || (event as TouchEvent).touches.length >= 2;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event) => {
      layer.attr('transform', event.transform.toString());
      // Level of detail: small labels go when zoomed far out, and come back on zooming in.
      svg.attr('data-zoom', event.transform.k < 0.45 ? 'far' : 'near');
    });
  svg.call(zoomer).on('dblclick.zoom', null);

  function bounds(pos: ReadonlyMap<string, Point>, ids: Iterable<string> | null): number[] {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const id of ids ?? pos.keys()) {
      const p = pos.get(id);
      if (p) [x0, y0, x1, y1] = [Math.min(x0, p.x), Math.min(y0, p.y), Math.max(x1, p.x), Math.max(y1, p.y)];
    }
    return [x0, y0, x1, y1];
  }

  // The size the view was last fitted or resized at; null until a fit succeeded.
  let seen: { left: number; top: number } | null = null;

  return {
    resize(pos, core) {
      const rect = container.getBoundingClientRect();
      if (!seen) return this.fit(pos, core);
      const t = zoomTransform(svg.node()!);
      const [dx, dy] = [seen.left - rect.left, seen.top - rect.top];
      seen = { left: rect.left, top: rect.top };
      svg.call(zoomer.transform, zoomIdentity.translate(t.x + dx, t.y + dy).scale(t.k));
    },
    fit(pos, core) {
      const rect = container.getBoundingClientRect();
      if (pos.size === 0 || rect.width === 0 || rect.height === 0) return;
      seen = { left: rect.left, top: rect.top };
      const pad = 90;
      const scaleFor = ([x0, y0, x1, y1]: number[]) =>
        Math.min(2, rect.width / (x1 - x0 + 2 * pad + 120), rect.height / (y1 - y0 + 2 * pad));
      let box = bounds(pos, null);
      let k = scaleFor(box);
      // Where everything would be unreadably small (a phone), fit the tied bills instead.
      if (k < 0.5) {
        box = bounds(pos, core());
        k = Math.max(k, Math.min(1, scaleFor(box)));
      }
      const [x0, y0, x1, y1] = box;
      svg.call(
        zoomer.transform,
        zoomIdentity.translate(rect.width / 2 - (k * (x0 + x1)) / 2, rect.height / 2 - (k * (y0 + y1)) / 2).scale(k),
      );
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
    destroy() {
      svg.interrupt();
      svg.on('.zoom', null);
    },
  };
}
