/**
 * The Canvas 2D renderer, for graphs too big for SVG: edges cached as a bitmap (moved with the
 * camera during a gesture and redrawn when it ends or when edge styles change), nodes culled to the
 * view, labels by zoom, quadtree hit-testing, and the same keyboard walk and focus as the SVG view.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomTransform } from 'd3-zoom';
import { quadtree } from 'd3-quadtree';
import type { Quadtree } from 'd3-quadtree';
import type { GraphNode, GraphState, GraphStructure } from '../../engine/graphSpec';
import { isDecidingLink } from '../../engine/graphSpec';
import type { Point } from '../layout';
import type { GraphHandlers, GraphOptions, GraphView } from '../types';
import { createPlacer } from '../positions';
import { neighbourMap } from '../neighbours';
import { drawLinkMarks, drawNodes, fallOffset } from './canvasDraw';
import { edgeDim, edgeSegments, edgeStyleIndex, edgeStyles, strokeEdges } from './edgeBuffers';
import type { EdgeLayer } from './edgeLayer';
import { createEdgeLayer } from './edgeLayer';
import { isArrowKey, nextNode } from '../core/keyboard';
import { halfSize } from '../core/geometry';
import { accessibleName } from '../svg/drawNodes';
import { storyLayout } from '../storyLayout';
import { fitNetwork, fitStory } from '../core/fit';
import { zoomFilter } from '../core/interaction';

/** Edge count up to which a hover dims the edges too (past it, only a focus does). */
const HOVER_DIMS_EDGES_UP_TO = 20_000;

/** Creates a Canvas graph view inside `container`. */
export function createCanvasView(container: HTMLElement, handlers: GraphHandlers = {}, options: GraphOptions = {}): GraphView {
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
  const ctx = canvas.getContext('2d')!;
  // The last full frame: during a pan or zoom it is moved with the camera instead of redrawn.
  const snapshot = document.createElement('canvas');
  const snapCtx = snapshot.getContext('2d')!;
  let snapView: { k: number; x: number; y: number } | null = null;

  let structure: GraphStructure = { nodes: [], edges: [] };
  let state: GraphState | null = null;
  let pos = new Map<string, Point>();
  const nodeById = new Map<string, GraphNode>();
  let neighbours = new Map<string, Set<string>>();
  let tree: Quadtree<GraphNode> | null = null;
  let view: ZoomTransform = zoomIdentity;
  // The edges' image (see edgeLayer.ts), the ink its styles were made with, and the lit set its dimming shows.
  let edgeLayer: EdgeLayer | null = null;
  let edgeInk = '';
  let edgeLitKey = '';
  let gestureTimer = 0;
  let frame = 0;
  let focusId: string | null = null;
  let hoverId: string | null = null;
  let keyId: string | null = null;
  const placer = createPlacer(container);
  // Bills a scenario or date just made inoperative or failed drop and settle, unless motion is reduced.
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const FALL_MS = 600;
  let falling: { ids: string[]; start: number } | null = null;
  // The edges as they were before a date change, faded out while the new ones fade in.
  const FADE_MS = 350;
  const fadeCanvas = document.createElement('canvas');
  let fade: { view: { k: number; x: number; y: number }; start: number } | null = null;

  /** Keeps the edges' current image to fade out from (when there is one and motion is welcome). */
  function startEdgeFade() {
    const image = edgeLayer?.image();
    if (!image || reducedMotion) return;
    [fadeCanvas.width, fadeCanvas.height] = [canvas.width, canvas.height];
    const c = fadeCanvas.getContext('2d')!;
    c.clearRect(0, 0, fadeCanvas.width, fadeCanvas.height);
    c.drawImage(image.source, 0, 0);
    fade = { view: { ...image.view }, start: NaN };
  }
  let destroyed = false;
  let size = { width: 0, height: 0 };
  const dpr = () => window.devicePixelRatio || 1;

  const lit = () => {
    const id = hoverId ?? focusId;
    return id ? new Set([id, ...(neighbours.get(id) ?? [])]) : null;
  };
  // On huge graphs a hover dims nodes only: redrawing 100,000 edges per hover is not worth it.
  const edgeLitId = () => (structure.edges.length <= HOVER_DIMS_EDGES_UP_TO ? (hoverId ?? focusId) : focusId);

  /** A new edge layer for the structure, handed the segments (once positions are known) and styles. */
  function makeEdgeLayer() {
    edgeLayer?.destroy();
    edgeLayer = createEdgeLayer(
      structure.edges.length,
      () => invalidate(),
      () => {
        // The worker could not run here: draw the edges on the main thread instead.
        edgeLayer?.destroy();
        edgeLayer = createEdgeLayer(
          0,
          () => invalidate(),
          () => undefined,
        );
        container.dataset.edges = 'main';
        feedEdgeLayer();
        invalidate();
      },
    );
    container.dataset.edges = edgeLayer.inWorker ? 'worker' : 'main';
    feedEdgeLayer();
  }

  function feedEdgeLayer() {
    if (!edgeLayer || pos.size === 0) return;
    edgeLayer.setSegments(edgeSegments(structure.edges, pos));
    edgeInk = '';
    edgeLitKey = '';
    syncEdgeLayer();
  }

  /** The theme's text and background colours (one style read). */
  function readPalette(): { ink: string; bg: string } {
    const style = getComputedStyle(container);
    return {
      ink: style.getPropertyValue('--ink').trim() || '#1d1d1f',
      bg: style.getPropertyValue('--bg').trim() || '#ffffff',
    };
  }

  /** Hands the layer new styles (date or theme changed) or dimming (focus or hover changed), when they did. */
  function syncEdgeLayer(stylesChanged = false, ink = readPalette().ink) {
    if (!edgeLayer || pos.size === 0) return;
    if (stylesChanged || ink !== edgeInk) {
      edgeInk = ink;
      edgeLayer.setStyles(edgeStyleIndex(structure.edges, state, structure.story), edgeStyles(ink));
    }
    const litId = edgeLitId();
    const litKey = litId ?? '';
    if (litKey !== edgeLitKey) {
      edgeLitKey = litKey;
      edgeLayer.setDim(edgeDim(structure.edges, litId ? new Set([litId, ...(neighbours.get(litId) ?? [])]) : null));
    }
  }

  function draw() {
    frame = 0;
    if (destroyed || pos.size === 0) return;
    const d = dpr();
    const gesturing = gestureTimer !== 0;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (gesturing && snapView) {
      // Mid-gesture: move the last full frame with the camera (one drawImage, whatever the size).
      const s = view.k / snapView.k;
      ctx.setTransform(s, 0, 0, s, d * (view.x - snapView.x * s), d * (view.y - snapView.y * s));
      ctx.drawImage(snapshot, 0, 0);
      return;
    }
    const palette = readPalette();
    syncEdgeLayer(false, palette.ink);
    const edgeFrame = { view: { k: view.k, x: view.x, y: view.y }, dpr: d, width: size.width, height: size.height };
    const edgesReady = edgeLayer?.isCurrent(edgeFrame) ?? false;
    if (edgeLayer && !edgesReady) edgeLayer.request(edgeFrame);
    // An image of edges, moved and scaled from the view it was drawn for (the identity once current).
    const drawMoved = (source: CanvasImageSource, from: { k: number; x: number; y: number }, alpha: number) => {
      const s = view.k / from.k;
      ctx.globalAlpha = alpha;
      ctx.setTransform(s, 0, 0, s, d * (view.x - from.x * s), d * (view.y - from.y * s));
      ctx.drawImage(source, 0, 0);
      ctx.globalAlpha = 1;
    };
    const edges = edgeLayer?.image();
    // After a date change the new edges fade in over the old ones once drawn (links appear on their date).
    let t = 1;
    if (fade) {
      if (Number.isNaN(fade.start) && edgeLayer?.isCurrent(edgeFrame)) fade.start = performance.now();
      t = Number.isNaN(fade.start) ? 0 : Math.min(1, (performance.now() - fade.start) / FADE_MS);
    }
    if (fade && t < 1) drawMoved(fadeCanvas, fade.view, 1 - t);
    if (edges && t > 0) drawMoved(edges.source, edges.view, t);
    if (fade && t >= 1) fade = null;
    const litNow = lit();
    let drop: Map<string, number> | null = null;
    if (falling) {
      // The fall starts with the first frame that shows it, however late that frame comes.
      if (Number.isNaN(falling.start)) falling.start = performance.now();
      const t = (performance.now() - falling.start) / FALL_MS;
      const dy = fallOffset(t);
      if (t >= 1) falling = null;
      else drop = new Map(falling.ids.map((id) => [id, dy]));
    }
    const taken = drawNodes(ctx, structure.nodes, pos, state, view, size, d, litNow, keyId ?? focusId, palette, drop);
    drawLinkMarks(ctx, structure.edges, pos, nodeById, state, view, size, d, palette, taken, litNow);
    snapCtx.setTransform(1, 0, 0, 1, 0, 0);
    snapCtx.clearRect(0, 0, snapshot.width, snapshot.height);
    snapCtx.drawImage(canvas, 0, 0);
    snapView = { k: view.k, x: view.x, y: view.y };
    if (falling || fade) invalidate();
    // Settled once a frame shows the edges for this very view (a worker's image may come a frame later).
    const shown = edgeLayer?.isCurrent(edgeFrame) ?? edgesReady;
    if (shown && container.dataset.layout !== 'settled') container.dataset.layout = 'settled';
  }

  function invalidate() {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  const zoomer = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.02, 8])
    .filter(zoomFilter(options.wheelZoom ?? 'always'))
    .on('zoom', (event) => {
      view = event.transform;
      // A fit, a resize or a reveal draws in full at once; a reader's gesture moves the last frame.
      if (!event.sourceEvent) return invalidate();
      clearTimeout(gestureTimer);
      gestureTimer = window.setTimeout(() => {
        gestureTimer = 0;
        invalidate();
      }, 120);
      invalidate();
    });
  const sel = select(canvas);
  sel.call(zoomer).on('dblclick.zoom', null);

  /** Matches the canvases to the container; true when that cleared them (a new size). */
  function resizeCanvas(): boolean {
    const rect = container.getBoundingClientRect();
    size = { width: rect.width, height: rect.height };
    origin = { left: rect.left, top: rect.top };
    const [w, h] = [Math.max(1, Math.round(rect.width * dpr())), Math.max(1, Math.round(rect.height * dpr()))];
    if (canvas.width === w && canvas.height === h) return false;
    for (const c of [canvas, snapshot]) {
      c.width = w;
      c.height = h;
    }
    canvas.style.width = `${rect.width}px`;
    canvas.style.height = `${rect.height}px`;
    snapView = null;
    return true;
  }

  /** Redraws at once when the canvases were just cleared, so no blank frame is ever shown. */
  function redraw(cleared: boolean) {
    if (!cleared) return invalidate();
    cancelAnimationFrame(frame);
    draw();
  }

  // Whether a fit has placed the camera yet (a resize before that fits instead of keeping the view).
  let fitted = false;

  // Where the container was on the page at the last fit or resize.
  let origin = { left: 0, top: 0 };

  /** The container changed size or moved: the drawing stays where it was on screen, at the same zoom. */
  function resize() {
    if (!fitted) return fit();
    const before = origin;
    const cleared = resizeCanvas();
    const [dx, dy] = [before.left - origin.left, before.top - origin.top];
    sel.call(zoomer.transform, zoomIdentity.translate(view.x + dx, view.y + dy).scale(view.k));
    redraw(cleared);
  }

  function fit() {
    const cleared = resizeCanvas();
    if (pos.size === 0 || size.width === 0) return;
    // One fitting rule for both renderers (fit.ts): a story whole; a network whole, or its tied bills on a phone.
    const t = structure.story
      ? fitStory(storyLayout(structure, size.width, size.height).bounds, size.width, size.height)
      : fitNetwork(pos, tiedBills, size.width, size.height);
    if (!t) return;
    fitted = true;
    sel.call(zoomer.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    redraw(cleared);
  }

  /** Bills tied by deciding links (all bills when none are). */
  function tiedBills(): string[] {
    const tied = structure.edges
      .filter((e) => e.kind === 'link' && e.linkKind && isDecidingLink(e.linkKind))
      .flatMap((e) => [e.source, e.target]);
    return tied.length > 0 ? tied : structure.nodes.filter((n) => n.kind === 'bill').map((n) => n.id);
  }

  function nodeAt(event: MouseEvent): GraphNode | undefined {
    const rect = canvas.getBoundingClientRect();
    const [wx, wy] = view.invert([event.clientX - rect.left, event.clientY - rect.top]);
    return tree?.find(wx, wy, Math.max(70, 12 / view.k));
  }

  function hit(n: GraphNode | undefined, event: MouseEvent): GraphNode | undefined {
    if (!n) return undefined;
    const p = pos.get(n.id)!;
    const rect = canvas.getBoundingClientRect();
    const [wx, wy] = view.invert([event.clientX - rect.left, event.clientY - rect.top]);
    const [hw, hh] = halfSize(n);
    const slack = 4 / view.k;
    return Math.abs(wx - p.x) <= hw + slack && Math.abs(wy - p.y) <= hh + slack ? n : undefined;
  }

  const onMove = (e: MouseEvent) => {
    const n = hit(nodeAt(e), e);
    const id = n?.id ?? null;
    canvas.style.cursor = n ? 'pointer' : 'grab';
    if (id !== hoverId) {
      hoverId = id;
      invalidate();
    }
  };
  const onClick = (e: MouseEvent) => {
    const n = hit(nodeAt(e), e);
    if (n) handlers.onSelect?.(n.id);
  };
  const announce = (id: string) => {
    const n = nodeById.get(id);
    if (n && state) live.textContent = accessibleName(n, state);
  };
  const onKey = (e: KeyboardEvent) => {
    const current = keyId ?? focusId ?? structure.nodes.find((n) => n.kind === 'bill')?.id ?? null;
    if (!current) return;
    if (isArrowKey(e.key)) {
      e.preventDefault();
      const next = keyId === null ? current : nextNode(current, e.key, pos, neighbours.get(current), (id) => nodeById.get(id)?.kind);
      if (next) {
        keyId = next;
        announce(next);
        revealPoint(pos.get(next));
        invalidate();
      }
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      handlers.onSelect?.(current);
    } else if (e.key === 'Escape') {
      keyId = null;
      handlers.onSelect?.(null);
    }
  };
  const onLeave = () => {
    if (hoverId !== null) {
      hoverId = null;
      invalidate();
    }
  };
  canvas.addEventListener('mousemove', onMove);
  canvas.addEventListener('mouseleave', onLeave);
  canvas.addEventListener('click', onClick);
  canvas.addEventListener('keydown', onKey);

  function revealPoint(p: Point | undefined) {
    if (!p) return;
    const [x, y] = view.apply([p.x, p.y]);
    if (x > 40 && x < size.width - 40 && y > 40 && y < size.height - 40) return;
    sel.call(zoomer.transform, zoomIdentity.translate(size.width / 2 - view.k * p.x, size.height / 2 - view.k * p.y).scale(view.k));
  }

  function ready() {
    tree = quadtree<GraphNode>()
      .x((n) => pos.get(n.id)!.x)
      .y((n) => pos.get(n.id)!.y)
      .addAll(structure.nodes.filter((n) => pos.has(n.id)));
    const bills = structure.nodes.filter((n) => n.kind === 'bill').length;
    const ties = structure.edges.filter((e) => e.linkKind && isDecidingLink(e.linkKind)).length;
    canvas.setAttribute(
      'aria-label',
      `Graph of ${bills} bills and ${ties} ties; arrow keys move between nodes, Enter opens one. The table view lists the same data.`,
    );
    fit();
  }

  return {
    renderer: 'canvas',
    setData(next) {
      structure = next;
      nodeById.clear();
      for (const n of structure.nodes) nodeById.set(n.id, n);
      neighbours = neighbourMap(structure);
      makeEdgeLayer();
      if (structure.story) {
        // The same story layout as the SVG view, for the container's box.
        const rect = container.getBoundingClientRect();
        placer.cancel();
        pos = storyLayout(structure, rect.width || 800, rect.height || 600).pos;
        feedEdgeLayer();
        return ready();
      }
      placer.place(structure, pos, (placed) => {
        pos = placed;
        feedEdgeLayer();
        ready();
      });
    },
    setState(next) {
      // A scenario toggle keeps the same edges object (only dates change edges): nodes redraw only.
      const edgesChanged = next.edges !== state?.edges;
      const before = state;
      if (before && !reducedMotion) {
        const ids = structure.nodes
          .filter((n) => {
            const now = next.nodes[n.id]?.outcome;
            return n.kind === 'bill' && (now === 'inoperative' || now === 'failed') && before.nodes[n.id]?.outcome !== now;
          })
          .map((n) => n.id);
        if (ids.length > 0) falling = { ids, start: NaN };
      }
      state = next;
      if (edgesChanged) {
        if (before) startEdgeFade();
        syncEdgeLayer(true);
      }
      invalidate();
    },
    setFocus(id) {
      focusId = id && nodeById.has(id) ? id : null;
      keyId = null;
      if (focusId) revealPoint(pos.get(focusId));
      invalidate();
    },
    resize,
    fit,
    positions: () => pos,
    async toPng(scale, title, credit) {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const p of pos.values()) [x0, y0, x1, y1] = [Math.min(x0, p.x), Math.min(y0, p.y), Math.max(x1, p.x), Math.max(y1, p.y)];
      const width = Math.max(800, Math.min(4000, size.width));
      const body = Math.max(500, Math.min(4000, size.height));
      const k = Math.min(width / (x1 - x0 + 200), body / (y1 - y0 + 160));
      const v = { k, x: width / 2 - (k * (x0 + x1)) / 2, y: 48 + body / 2 - (k * (y0 + y1)) / 2 };
      const out = document.createElement('canvas');
      out.width = width * scale;
      out.height = (body + 90) * scale;
      const c = out.getContext('2d')!;
      c.fillStyle = '#ffffff';
      c.fillRect(0, 0, out.width, out.height);
      const palette = { ink: '#1d1d1f', bg: '#ffffff' };
      strokeEdges(
        c,
        edgeSegments(structure.edges, pos),
        edgeStyleIndex(structure.edges, state, structure.story),
        edgeStyles(palette.ink),
        null,
        v,
        scale,
        width,
        body + 48,
      );
      const page = { width, height: body + 48 };
      const taken = drawNodes(c, structure.nodes, pos, state, v, page, scale, null, null, palette);
      drawLinkMarks(c, structure.edges, pos, nodeById, state, v, page, scale, palette, taken);
      c.setTransform(scale, 0, 0, scale, 0, 0);
      c.fillStyle = palette.ink;
      c.textAlign = 'left';
      c.font = '700 20px system-ui, sans-serif';
      c.fillText(title, 24, 30);
      c.font = '11px system-ui, sans-serif';
      c.fillText(
        `${credit} · outcomes: enacted (green), contingent (yellow), pending (white), inoperative (orange), failed (grey)`,
        24,
        body + 78,
      );
      return new Promise<Blob>((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
    },
    screenPoint(id) {
      const p = pos.get(id);
      if (!p) return null;
      const [x, y] = view.apply([p.x, p.y]);
      return { x, y };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      placer.cancel();
      cancelAnimationFrame(frame);
      clearTimeout(gestureTimer);
      edgeLayer?.destroy();
      sel.on('.zoom', null);
      canvas.removeEventListener('mousemove', onMove);
      canvas.removeEventListener('mouseleave', onLeave);
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('keydown', onKey);
      canvas.remove();
      live.remove();
      delete container.dataset.layout;
      delete container.dataset.edges;
    },
  };
}
