/**
 * The Canvas 2D renderer, for graphs too big for SVG: edges cached as a bitmap (moved with the
 * camera during a gesture and redrawn when it ends or when edge styles change), nodes culled to the
 * view, labels by zoom, quadtree hit-testing. The camera, fit, reveal, keyboard walk and hit sizes
 * are the shared core's (../core), as in the SVG view.
 */
import { isDecidingLink } from '../../engine/graphSpec';
import type { GraphHandlers, GraphOptions, GraphView } from '../types';
import { createPlacer } from '../positions';
import { focusPoints, neighbourMap, restingOn } from '../neighbours';
import { storyLayout } from '../storyLayout';
import { shelfBlocks, shelfRoutes } from '../shelfLayout';
import { createCamera } from '../core/camera';
import { createBox } from '../core/box';
import { fitTarget, framedRegion } from '../core/fit';
import { READ_ZOOM, touchTap } from '../core/interaction';
import { readPalette } from '../core/theme';
import { ensureGraphStyles } from '../core/styleSheet';
import { focusSpot } from '../core/surroundings';
import type { Point } from '../layout';
import { HOVER_DIMS_EDGES_UP_TO, createEdgeSync } from './edgeSync';
import { createFramePainter } from './canvasFrame';
import { createCanvasInput } from './canvasInput';
import { createModel, highlightOf } from './model';
import { drawnBox, toPng } from './exportPng';

/** Creates a Canvas graph view inside `container`. */
export function createCanvasView(container: HTMLElement, handlers: GraphHandlers = {}, options: GraphOptions = {}): GraphView {
  // The keys around the graph (badges, legend) read the same generated sheet as the SVG.
  ensureGraphStyles(container.ownerDocument);
  const canvas = document.createElement('canvas');
  canvas.className = 'tb-graph-canvas';
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-roledescription', 'graph');
  const live = document.createElement('p');
  live.className = 'tb-visually-hidden';
  live.setAttribute('aria-live', 'polite');
  container.append(canvas, live);
  container.dataset.layout = 'pending';

  const model = createModel();
  // The story's bounds, laid out for the container's box (null for a network).
  let storyBounds: readonly number[] | null = null;
  let gestureTimer = 0;
  let destroyed = false;
  // Large layouts stream refined frames from their worker: each is drawn as it comes.
  const placer = createPlacer(container, { stream: true });
  // Whether the reader moved the camera since the data came (a refined frame then keeps their view).
  let readerMoved = false;
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  const edges = createEdgeSync(
    {
      edges: () => model.structure.edges,
      story: () => Boolean(model.structure.story),
      pos: () => model.pos,
      routes: () => model.routes,
      state: () => model.state,
      // On huge graphs a hover dims nodes only: redrawing 100,000 edges per hover is not worth it.
      highlight: () => highlightOf(model, model.structure.edges.length <= HOVER_DIMS_EDGES_UP_TO),
      ink: () => readPalette(container).ink,
    },
    () => painter.invalidate(),
    (where) => (container.dataset.edges = where),
  );
  const painter = createFramePainter(canvas, container, model, edges, () => gestureTimer !== 0);

  const box = createBox(container);
  const camera = createCamera(canvas, box, {
    wheelZoom: options.wheelZoom ?? 'always',
    glide: false,
    onMoved: (moved) => handlers.onMoved?.(moved),
    onZoom: (t, gesture) => {
      model.view = t;
      // A fit, a resize or a reveal draws in full at once; a reader's gesture moves the last frame.
      if (!gesture) return painter.invalidate();
      readerMoved = true;
      clearTimeout(gestureTimer);
      gestureTimer = window.setTimeout(() => {
        gestureTimer = 0;
        painter.invalidate();
      }, 120);
      painter.invalidate();
    },
    keys: { on: container, fit: () => fit() },
  });

  const input = createCanvasInput(canvas, live, model, {
    onSelect: (id) => {
      tapped = id;
      handlers.onSelect?.(id);
    },
    reveal: (id) => reveal(id),
    invalidate: () => painter.invalidate(),
  });

  /** Matches the canvases to the container; true when that cleared them (a new size). */
  function resizeCanvas(): boolean {
    const rect = box.read();
    model.size = { width: rect.width, height: rect.height };
    return painter.setSize(rect.width, rect.height);
  }

  const target = (w: number, h: number) => fitTarget(model.structure, model.pos, storyBounds)(w, h);

  function fit() {
    const cleared = resizeCanvas();
    if (model.pos.size === 0 || model.size.width === 0) return;
    camera.fit(target);
    painter.redraw(cleared);
  }

  /** Lays a story out for the container's box (the same layout as the SVG view's). */
  function layOutStory() {
    const rect = box.read();
    const story = storyLayout(model.structure, rect.width || 800, rect.height || 600, touchTap(container.ownerDocument.defaultView));
    model.pos = story.pos;
    model.pitch = story.pitch;
    model.cards = story.cards;
    model.routes = story.routes;
    model.subjects = story.subjects;
    storyBounds = story.bounds;
  }

  // The node a reader just tapped, clicked or picked with Enter (its focus comes back through the owner).
  let tapped: string | null = null;

  /**
   * Brings `id` into view, zoomed in to reading size in a network (`withTied`: with what it is tied
   * to, where that fits) unless the reader picked it on screen; for a node the graph leaves out (a
   * session's stakeholder), the bills standing in for it.
   */
  function reveal(id: string, withTied = false) {
    const shown = focusPoints(model.structure, model.pos, id);
    if (shown) camera.reveal(shown.at, model.structure.story || id === tapped ? 0 : READ_ZOOM, withTied ? shown.tied : []);
  }

  function ready() {
    input.index();
    const { nodes, edges: all } = model.structure;
    const bills = nodes.filter((n) => n.kind === 'bill').length;
    const ties = all.filter((e) => e.linkKind && isDecidingLink(e.linkKind)).length;
    canvas.setAttribute(
      'aria-label',
      `Graph of ${bills} bills and ${ties} ties; arrow keys move between nodes, Enter opens one, + and - zoom, 0 shows the whole graph. The table view lists the same data.`,
    );
    if (!camera.fitted() || !readerMoved) fit();
    else painter.invalidate();
  }

  return {
    renderer: 'canvas',
    setData(next) {
      model.structure = next;
      readerMoved = false;
      model.nodeById.clear();
      for (const n of next.nodes) model.nodeById.set(n.id, n);
      model.neighbours = neighbourMap(next);
      model.restingId = restingOn(next, model.nodeById, model.restingId);
      edges.rebuild();
      if (next.story) {
        placer.cancel();
        layOutStory();
        edges.feed();
        return ready();
      }
      storyBounds = null;
      model.cards = [];
      model.pitch = null;
      model.routes = new Map();
      model.subjects = new Map();
      placer.place(next, model.pos, (placed) => {
        model.pos = placed;
        model.routes = next.shelves ? shelfRoutes(next) : new Map();
        edges.feed();
        ready();
      });
    },
    setState(next) {
      // A scenario toggle keeps the same edges object (only dates change edges): nodes redraw only.
      const before = model.state;
      const edgesChanged = next.edges !== before?.edges;
      if (before && !reducedMotion) {
        const ids = model.structure.nodes
          .filter((n) => {
            const now = next.nodes[n.id]?.outcome;
            return n.kind === 'bill' && (now === 'inoperative' || now === 'failed') && before.nodes[n.id]?.outcome !== now;
          })
          .map((n) => n.id);
        painter.startFall(ids);
      }
      model.state = next;
      if (edgesChanged) {
        if (before) painter.startEdgeFade();
        edges.sync(true);
      }
      painter.invalidate();
    },
    setFocus(id) {
      model.focusId = id && model.nodeById.has(id) ? id : null;
      model.keyId = null;
      // A node the graph leaves out (a session's stakeholder) is lit by the bills standing in for it,
      // brought into view once placed (a layout still running places it later).
      model.restingId = restingOn(model.structure, model.nodeById, id);
      if (model.restingId) reveal(model.restingId, true);
      tapped = null;
      painter.invalidate();
    },
    resize() {
      box.forget();
      if (model.structure.story && model.pos.size > 0) {
        // A story is laid out again for its new box, and fitted whole (as in the SVG view).
        layOutStory();
        edges.feed();
        input.index();
        return fit();
      }
      const cleared = resizeCanvas();
      camera.resize(target);
      painter.redraw(cleared);
    },
    fit,
    positions: () => model.pos,
    frames: () => painter.counts(),
    shownRegion(coverRight) {
      const region = camera.region(coverRight);
      return region && framedRegion(region, drawnBox(model.pos, model.cards));
    },
    toPng: (meta, size, scale, region) =>
      toPng(
        {
          nodes: model.structure.nodes,
          edges: model.structure.edges,
          pos: model.pos,
          nodeById: model.nodeById,
          state: model.state,
          story: Boolean(model.structure.story),
          shelves: Boolean(model.structure.shelves),
          blocks: model.structure.shelves ? shelfBlocks(model.structure) : undefined,
          cards: model.cards,
          routes: model.routes,
          subjects: model.subjects,
        },
        meta,
        size,
        scale,
        region,
      ),
    screenPoint(id) {
      const p = model.pos.get(id);
      if (!p) return null;
      const [x, y] = model.view.apply([p.x, p.y]);
      return { x, y };
    },
    focusSpot(id) {
      const toScreen = (p: Point) => {
        const [x, y] = model.view.apply([p.x, p.y]);
        return { x, y };
      };
      const { nodes, edges } = model.structure;
      const struck = (n: string) => Boolean(model.state?.nodes[n]?.struck);
      return focusSpot(id, nodes, edges, model.pos, model.neighbours, model.routes, toScreen, model.view.k, struck, model.subjects);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      placer.cancel();
      painter.destroy();
      clearTimeout(gestureTimer);
      edges.destroy();
      camera.destroy();
      input.destroy();
      canvas.remove();
      live.remove();
      delete container.dataset.layout;
      delete container.dataset.edges;
    },
  };
}
