/** The graph view: framework-free D3 (SVG) with zoom, pan and drag. Returns {setData, setState, resize, destroy}. */
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import 'd3-transition';
import type { ZoomBehavior } from 'd3-zoom';
import { drag } from 'd3-drag';
import type { GraphEdge, GraphNode, GraphState, GraphStructure } from '../engine/graphSpec';
import { isDecidingLink } from '../engine/graphSpec';
import type { Point } from './layout';
import { computeLayout } from './layout';
import { addDefs } from './svgDefs';
import { enterNodes, styleNodes } from './drawNodes';
import { boxExit, curvePath } from './geometry';
import { STANCE_STYLE } from './encodings';

/** Callbacks from the graph to its owner. */
export interface GraphHandlers {
  /** A node was clicked or activated with Enter (or Escape cleared the focus: null). */
  onSelect?: (id: string | null) => void;
}

/** A live graph in a container element. */
export interface GraphView {
  /** Shows a structure; positions of nodes already shown are kept by id. */
  setData: (structure: GraphStructure) => void;
  /** Restyles for a scenario and date without moving anything. */
  setState: (state: GraphState) => void;
  /** Highlights a node and its neighbours (dimming the rest) and brings it into view; null clears. */
  setFocus: (id: string | null) => void;
  /** Fits the graph to the container again. */
  resize: () => void;
  /** Node positions (for tests and export). */
  positions: () => ReadonlyMap<string, Point>;
  /** Removes everything the view added and every listener. Safe to call twice. */
  destroy: () => void;
}

/** Creates a graph view inside `container`. */
export function createGraphView(container: HTMLElement, handlers: GraphHandlers = {}): GraphView {
  const svg = select(container)
    .append('svg')
    .attr('class', 'tb-graph-svg')
    .attr('role', 'group')
    .attr('aria-label', 'Graph of bills, provisions, stakeholders and links');
  addDefs(svg);
  const camera = svg.append('g').attr('class', 'tb-camera');
  const edgeLayer = camera.append('g').attr('class', 'tb-edges');
  const nodeLayer = camera.append('g').attr('class', 'tb-nodes');
  container.dataset.layout = 'pending';

  let structure: GraphStructure = { nodes: [], edges: [] };
  let state: GraphState | null = null;
  let pos = new Map<string, Point>();
  let nodeSel: Selection<SVGGElement, GraphNode, SVGGElement, unknown> | null = null;
  let edgeSel: Selection<SVGGElement, GraphEdge, SVGGElement, unknown> | null = null;
  const nodeById = new Map<string, GraphNode>();
  let focusId: string | null = null;
  const neighbours = new Map<string, Set<string>>();
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  /** Marks `id` and its neighbours as lit and everything else as dimmed (or clears with null). */
  function highlight(id: string | null) {
    const lit = id ? new Set([id, ...(neighbours.get(id) ?? [])]) : null;
    nodeSel?.attr('data-dim', (d) => (lit && !lit.has(d.id) ? 'true' : null)).attr('data-focus', (d) => (d.id === focusId ? 'true' : null));
    edgeSel?.attr('data-dim', (e) => (lit && !(e.source === id || e.target === id) ? 'true' : null));
  }

  /** Pans (without zooming out) so a node is in view. */
  function reveal(id: string) {
    const p = pos.get(id);
    const rect = container.getBoundingClientRect();
    if (!p || rect.width === 0) return;
    const t = zoomTransform(svg.node()!);
    const [x, y] = t.apply([p.x, p.y]);
    if (x > 40 && x < rect.width - 40 && y > 40 && y < rect.height - 40) return;
    const next = zoomIdentity.translate(rect.width / 2 - t.k * p.x, rect.height / 2 - t.k * p.y).scale(t.k);
    if (reducedMotion) svg.call(zoomer.transform, next);
    else svg.transition().duration(400).call(zoomer.transform, next);
  }

  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.1, 8])
    .on('zoom', (event) => camera.attr('transform', event.transform.toString()));
  svg.call(zoomer).on('dblclick.zoom', null);

  function placeEdges() {
    if (!edgeSel) return;
    const parallel = new Map<string, number>();
    edgeSel.each(function (e) {
      const a = pos.get(e.source);
      const b = pos.get(e.target);
      if (!a || !b) return;
      const key = [e.source, e.target].sort().join('|');
      const k = parallel.get(key) ?? 0;
      parallel.set(key, k + 1);
      const start = boxExit(a, b, nodeById.get(e.source)!);
      const end = boxExit(b, a, nodeById.get(e.target)!);
      const bend = e.kind === 'link' ? 24 + k * 28 : k * 20;
      const { d, mid } = curvePath(start, end, bend);
      const g = select(this);
      g.select('path').attr('d', d);
      g.select('text')
        .attr('x', mid.x)
        .attr('y', mid.y - 6);
    });
  }

  function placeNodes() {
    nodeSel?.attr('transform', (d) => {
      const p = pos.get(d.id) ?? { x: 0, y: 0 };
      return `translate(${p.x},${p.y})`;
    });
    placeEdges();
  }

  function styleEdges() {
    if (!edgeSel || !state) return;
    const s = state;
    edgeSel.attr('data-present', (e) => String(s.edges[e.id]?.present ?? true)).attr('data-stance', (e) => s.edges[e.id]?.stance ?? null);
    edgeSel
      .filter((e) => e.kind === 'position')
      .select('path')
      .style('stroke', (e) => STANCE_STYLE[s.edges[e.id]?.stance ?? 'neutral'].stroke)
      .style('stroke-width', (e) => STANCE_STYLE[s.edges[e.id]?.stance ?? 'neutral'].width)
      .style('stroke-dasharray', (e) => STANCE_STYLE[s.edges[e.id]?.stance ?? 'neutral'].dash);
  }

  /** Bounding box of the given node ids (all nodes when empty). */
  function bounds(ids: Iterable<string> | null): [number, number, number, number] {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const id of ids ?? pos.keys()) {
      const p = pos.get(id);
      if (p) [x0, y0, x1, y1] = [Math.min(x0, p.x), Math.min(y0, p.y), Math.max(x1, p.x), Math.max(y1, p.y)];
    }
    return [x0, y0, x1, y1];
  }

  /** Fits everything; on a narrow screen where that would be unreadable, fits the tied bills instead. */
  function fit() {
    const rect = container.getBoundingClientRect();
    if (pos.size === 0 || rect.width === 0 || rect.height === 0) return;
    const pad = 90;
    const scaleFor = ([x0, y0, x1, y1]: number[]) => Math.min(2, rect.width / (x1 - x0 + 2 * pad + 120), rect.height / (y1 - y0 + 2 * pad));
    let box = bounds(null);
    let k = scaleFor(box);
    if (k < 0.5) {
      const tied = structure.edges
        .filter((e) => e.kind === 'link' && e.link && isDecidingLink(e.link.kind))
        .flatMap((e) => [e.source, e.target]);
      const core = tied.length > 0 ? tied : structure.nodes.filter((n) => n.kind === 'bill').map((n) => n.id);
      box = bounds(core);
      k = Math.max(k, Math.min(1, scaleFor(box)));
    }
    const [x0, y0, x1, y1] = box;
    const t = zoomIdentity.translate(rect.width / 2 - (k * (x0 + x1)) / 2, rect.height / 2 - (k * (y0 + y1)) / 2).scale(k);
    svg.call(zoomer.transform, t);
  }

  const dragger = drag<SVGGElement, GraphNode>().on('drag', (event, d) => {
    pos.set(d.id, { x: event.x, y: event.y });
    placeNodes();
  });

  return {
    setData(next) {
      structure = next;
      nodeById.clear();
      for (const n of structure.nodes) nodeById.set(n.id, n);
      container.dataset.layout = 'running';
      pos = computeLayout(structure, pos);
      edgeSel = edgeLayer
        .selectAll<SVGGElement, GraphEdge>('g.tb-edge')
        .data(structure.edges, (e) => e.id)
        .join((enter) => {
          const g = enter.append('g');
          g.append('path').attr('fill', 'none');
          g.append('text').attr('text-anchor', 'middle');
          return g;
        })
        .attr('class', (e) => `tb-edge tb-edge-${e.kind}${e.link && !isDecidingLink(e.link.kind) ? ' tb-loose' : ''}`)
        .attr('data-id', (e) => e.id)
        .attr('data-kind', (e) => e.link?.kind ?? e.kind);
      edgeSel.select('text').text((e) => e.label ?? '');
      edgeSel
        .filter((e) => e.kind === 'link')
        .select('path')
        .attr('marker-end', (e) => (e.link && isDecidingLink(e.link.kind) ? 'url(#tb-arrow)' : 'url(#tb-arrow-loose)'));
      nodeSel = enterNodes(nodeLayer, structure.nodes);
      nodeSel.call(dragger);
      nodeSel
        .on('click', (_, d) => handlers.onSelect?.(d.id))
        .on('keydown', (event: KeyboardEvent, d) => {
          if (event.key === 'Enter' || event.key === ' ') handlers.onSelect?.(d.id);
        });
      placeNodes();
      if (state) {
        styleNodes(nodeSel, state);
        styleEdges();
      }
      fit();
      container.dataset.layout = 'settled';
    },
    setState(next) {
      state = next;
      if (nodeSel) styleNodes(nodeSel, next);
      styleEdges();
    },
    setFocus(id) {
      focusId = id && nodeById.has(id) ? id : null;
      highlight(focusId);
      if (focusId) reveal(focusId);
    },
    resize: fit,
    positions: () => pos,
    destroy() {
      svg.on('.zoom', null);
      svg.interrupt();
      nodeSel?.on('.drag', null).on('click', null).on('keydown', null).on('mouseenter focus mouseleave blur', null);
      svg.remove();
      nodeSel = null;
      edgeSel = null;
      delete container.dataset.layout;
    },
  };
}
