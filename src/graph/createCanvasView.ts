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
import type { GraphNode, GraphState, GraphStructure } from '../engine/graphSpec';
import { isDecidingLink } from '../engine/graphSpec';
import type { Point } from './layout';
import type { GraphHandlers, GraphOptions, GraphView } from './types';
import { createPlacer } from './positions';
import { neighbourMap } from './neighbours';
import { drawEdges, drawLinkMarks, drawNodes } from './canvasDraw';
import { isArrowKey, nextNode } from './keyboard';
import { accessibleName } from './drawNodes';

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
  const edgeCanvas = document.createElement('canvas');
  const edgeCtx = edgeCanvas.getContext('2d')!;
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
  let cached: { k: number; x: number; y: number } | null = null;
  let edgesDirty = true;
  let gestureTimer = 0;
  let frame = 0;
  let focusId: string | null = null;
  let hoverId: string | null = null;
  let keyId: string | null = null;
  const placer = createPlacer(container);
  let destroyed = false;
  let size = { width: 0, height: 0 };
  const dpr = () => window.devicePixelRatio || 1;

  const lit = () => {
    const id = hoverId ?? focusId;
    return id ? new Set([id, ...(neighbours.get(id) ?? [])]) : null;
  };
  // On huge graphs a hover dims nodes only: redrawing 100,000 edges per hover is not worth it.
  const edgeLit = () =>
    structure.edges.length <= 20_000 ? lit() : focusId ? new Set([focusId, ...(neighbours.get(focusId) ?? [])]) : null;

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
    const palette = {
      ink: getComputedStyle(container).getPropertyValue('--ink').trim() || '#1d1d1f',
      bg: getComputedStyle(container).getPropertyValue('--bg').trim() || '#ffffff',
    };
    if (edgesDirty || !cached || cached.k !== view.k || cached.x !== view.x || cached.y !== view.y) {
      edgeCtx.setTransform(1, 0, 0, 1, 0, 0);
      edgeCtx.clearRect(0, 0, edgeCanvas.width, edgeCanvas.height);
      drawEdges(edgeCtx, structure.edges, pos, state, view, d, edgeLit(), palette.ink);
      cached = { k: view.k, x: view.x, y: view.y };
      edgesDirty = false;
    }
    ctx.drawImage(edgeCanvas, 0, 0);
    drawNodes(ctx, structure.nodes, pos, state, view, size, d, lit(), keyId ?? focusId, palette);
    drawLinkMarks(ctx, structure.edges, pos, nodeById, state, view, d, palette);
    snapCtx.setTransform(1, 0, 0, 1, 0, 0);
    snapCtx.clearRect(0, 0, snapshot.width, snapshot.height);
    snapCtx.drawImage(canvas, 0, 0);
    snapView = { k: view.k, x: view.x, y: view.y };
    if (container.dataset.layout !== 'settled') container.dataset.layout = 'settled';
  }

  function invalidate(edges = false) {
    if (edges) edgesDirty = true;
    if (!frame) frame = requestAnimationFrame(draw);
  }

  const zoomer = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.02, 8])
    .filter((event: Event) => {
      if (event.type === 'wheel') return options.wheelZoom !== 'modifier' || (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      if (event.type.startsWith('touch')) return options.wheelZoom !== 'modifier' || (event as TouchEvent).touches.length >= 2;
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event) => {
      view = event.transform;
      clearTimeout(gestureTimer);
      gestureTimer = window.setTimeout(() => {
        gestureTimer = 0;
        invalidate();
      }, 120);
      invalidate();
    });
  const sel = select(canvas);
  sel.call(zoomer).on('dblclick.zoom', null);

  function resizeCanvas() {
    const rect = container.getBoundingClientRect();
    size = { width: rect.width, height: rect.height };
    for (const c of [canvas, edgeCanvas, snapshot]) {
      c.width = Math.max(1, Math.round(rect.width * dpr()));
      c.height = Math.max(1, Math.round(rect.height * dpr()));
    }
    canvas.style.width = `${rect.width}px`;
    canvas.style.height = `${rect.height}px`;
  }

  function fit() {
    resizeCanvas();
    if (pos.size === 0 || size.width === 0) return;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of pos.values()) [x0, y0, x1, y1] = [Math.min(x0, p.x), Math.min(y0, p.y), Math.max(x1, p.x), Math.max(y1, p.y)];
    const k = Math.min(2, size.width / (x1 - x0 + 200), size.height / (y1 - y0 + 160));
    sel.call(
      zoomer.transform,
      zoomIdentity.translate(size.width / 2 - (k * (x0 + x1)) / 2, size.height / 2 - (k * (y0 + y1)) / 2).scale(k),
    );
    invalidate(true);
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
    const hw = n.kind === 'bill' ? 62 : n.kind === 'provision' ? 78 : 7;
    const hh = n.kind === 'bill' ? 26 : n.kind === 'provision' ? 15 : 7;
    const slack = 4 / view.k;
    return Math.abs(wx - p.x) <= hw + slack && Math.abs(wy - p.y) <= hh + slack ? n : undefined;
  }

  const onMove = (e: MouseEvent) => {
    const n = hit(nodeAt(e), e);
    const id = n?.id ?? null;
    canvas.style.cursor = n ? 'pointer' : 'grab';
    if (id !== hoverId) {
      hoverId = id;
      invalidate(structure.edges.length <= 20_000);
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
      invalidate(structure.edges.length <= 20_000);
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
    const ties = structure.edges.filter((e) => e.link && isDecidingLink(e.link.kind)).length;
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
      placer.place(structure, pos, (placed) => {
        pos = placed;
        ready();
      });
    },
    setState(next) {
      // A scenario toggle keeps the same edges object (only dates change edges): nodes redraw only.
      const edgesChanged = next.edges !== state?.edges;
      state = next;
      invalidate(edgesChanged);
    },
    setFocus(id) {
      focusId = id && nodeById.has(id) ? id : null;
      keyId = null;
      if (focusId) revealPoint(pos.get(focusId));
      invalidate(true);
    },
    resize: fit,
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
      drawEdges(c, structure.edges, pos, state, v, scale, null, palette.ink);
      drawNodes(c, structure.nodes, pos, state, v, { width, height: body + 48 }, scale, null, null, palette);
      drawLinkMarks(c, structure.edges, pos, nodeById, state, v, scale, palette);
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
      sel.on('.zoom', null);
      canvas.removeEventListener('mousemove', onMove);
      canvas.removeEventListener('mouseleave', onLeave);
      canvas.removeEventListener('click', onClick);
      canvas.removeEventListener('keydown', onKey);
      canvas.remove();
      live.remove();
      delete container.dataset.layout;
    },
  };
}
