/** The graph view: framework-free D3 (SVG) with zoom, pan, drag and highlight. Returns {setData, setState, setFocus, resize, destroy}. */
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import { drag } from 'd3-drag';
import type { GraphEdge, GraphNode, GraphState, GraphStructure } from '../engine/graphSpec';
import { isDecidingLink } from '../engine/graphSpec';
import type { Point } from './layout';
import { addDefs } from './svgDefs';
import { enterNodes, styleNodes } from './drawNodes';
import { placeEdges, styleEdges } from './drawEdges';
import { createCamera } from './camera';
import { isArrowKey, nextNode } from './keyboard';

/** Callbacks from the graph to its owner. */
export interface GraphHandlers {
  /** A node was clicked or activated with Enter (or Escape cleared the focus: null). */
  onSelect?: (id: string | null) => void;
}

/** Options of the graph view. */
export interface GraphOptions {
  /** Zoom with the wheel always, or only with Ctrl/Cmd held (embeds never hijack page scrolling). */
  wheelZoom?: 'always' | 'modifier';
  /** Whether nodes can be dragged (default true). */
  draggable?: boolean;
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
export function createGraphView(container: HTMLElement, handlers: GraphHandlers = {}, options: GraphOptions = {}): GraphView {
  const svg = select(container)
    .append('svg')
    .attr('class', 'tb-graph-svg')
    .attr('role', 'group')
    .attr('aria-label', 'Graph of bills, provisions, stakeholders and links');
  addDefs(svg);
  const layer = svg.append('g').attr('class', 'tb-camera');
  const edgeLayer = layer.append('g').attr('class', 'tb-edges');
  const nodeLayer = layer.append('g').attr('class', 'tb-nodes');
  const camera = createCamera(svg, layer, container, options.wheelZoom ?? 'always');
  container.dataset.layout = 'pending';

  let structure: GraphStructure = { nodes: [], edges: [] };
  let state: GraphState | null = null;
  let pos = new Map<string, Point>();
  let nodeSel: Selection<SVGGElement, GraphNode, SVGGElement, unknown> | null = null;
  let edgeSel: Selection<SVGGElement, GraphEdge, SVGGElement, unknown> | null = null;
  const nodeById = new Map<string, GraphNode>();
  const neighbours = new Map<string, Set<string>>();
  let focusId: string | null = null;
  let layoutToken = 0;
  let destroyed = false;

  /** Lights `id` and its neighbours and dims the rest (null: nothing dimmed). */
  function highlight(id: string | null) {
    const lit = id ? new Set([id, ...(neighbours.get(id) ?? [])]) : null;
    nodeSel?.attr('data-dim', (d) => (lit && !lit.has(d.id) ? 'true' : null)).attr('data-focus', (d) => (d.id === focusId ? 'true' : null));
    edgeSel?.attr('data-dim', (e) => (lit && !(e.source === id || e.target === id) ? 'true' : null));
  }

  function placeNodes() {
    nodeSel?.attr('transform', (d) => {
      const p = pos.get(d.id) ?? { x: 0, y: 0 };
      return `translate(${p.x},${p.y})`;
    });
    if (edgeSel) placeEdges(edgeSel, pos, nodeById);
  }

  /** Roving tabindex: one node is in the tab order (the focused one, else the first bill). */
  function setTabStop(id: string | null) {
    const stop = id ?? structure.nodes.find((n) => n.kind === 'bill')?.id ?? null;
    nodeSel?.attr('tabindex', (d) => (d.id === stop ? 0 : -1));
  }

  /** Moves keyboard focus to a node, keeping it in view. */
  function moveKeyboardFocus(id: string) {
    setTabStop(id);
    const el = nodeSel?.filter((d) => d.id === id).node();
    el?.focus({ preventScroll: true });
    const p = pos.get(id);
    if (p) camera.reveal(p);
  }

  const tiedBills = () =>
    structure.edges.filter((e) => e.kind === 'link' && e.link && isDecidingLink(e.link.kind)).flatMap((e) => [e.source, e.target]);
  const fit = () =>
    camera.fit(pos, () => (tiedBills().length > 0 ? tiedBills() : structure.nodes.filter((n) => n.kind === 'bill').map((n) => n.id)));

  const dragger = drag<SVGGElement, GraphNode>().on('drag', (event, d) => {
    pos.set(d.id, { x: event.x, y: event.y });
    placeNodes();
  });

  /** Joins the structure to SVG elements, places and styles them, fits, and signals "settled". */
  function render() {
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
    if (options.draggable !== false) nodeSel.call(dragger);
    neighbours.clear();
    for (const e of structure.edges) {
      if (!neighbours.has(e.source)) neighbours.set(e.source, new Set());
      if (!neighbours.has(e.target)) neighbours.set(e.target, new Set());
      neighbours.get(e.source)!.add(e.target);
      neighbours.get(e.target)!.add(e.source);
    }
    nodeSel
      .on('click', (_, d) => handlers.onSelect?.(d.id))
      .on('keydown', (event: KeyboardEvent, d) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          handlers.onSelect?.(d.id);
        } else if (event.key === 'Escape') handlers.onSelect?.(null);
        else if (isArrowKey(event.key)) {
          event.preventDefault();
          const next = nextNode(d.id, event.key, pos, neighbours.get(d.id), (id) => nodeById.get(id)?.kind);
          if (next) moveKeyboardFocus(next);
        }
      })
      .on('mouseenter focus', (_, d) => highlight(d.id))
      .on('mouseleave blur', () => highlight(focusId));
    placeNodes();
    if (state) {
      styleNodes(nodeSel, state);
      styleEdges(edgeSel, state);
    }
    highlight(focusId);
    setTabStop(focusId);
    fit();
    container.dataset.layout = 'settled';
  }

  return {
    setData(next) {
      structure = next;
      nodeById.clear();
      for (const n of structure.nodes) nodeById.set(n.id, n);
      // Positions: kept by id, then baked ones from the dataset; only the rest needs d3-force,
      // loaded on demand (an embed of a baked dataset never downloads it).
      for (const n of structure.nodes) {
        const b = structure.baked?.[n.id];
        if (!pos.has(n.id) && b) pos.set(n.id, { x: b[0], y: b[1] });
      }
      const token = ++layoutToken;
      if (structure.nodes.every((n) => pos.has(n.id))) return render();
      container.dataset.layout = 'running';
      void import('./layout').then(({ computeLayout }) => {
        if (destroyed || token !== layoutToken) return;
        pos = computeLayout(structure, pos);
        render();
      });
    },
    setState(next) {
      state = next;
      if (nodeSel) styleNodes(nodeSel, next);
      if (edgeSel) styleEdges(edgeSel, next);
    },
    setFocus(id) {
      focusId = id && nodeById.has(id) ? id : null;
      highlight(focusId);
      setTabStop(focusId);
      const p = focusId ? pos.get(focusId) : undefined;
      if (p) camera.reveal(p);
    },
    resize: fit,
    positions: () => pos,
    destroy() {
      destroyed = true;
      camera.destroy();
      nodeSel?.on('.drag', null).on('click', null).on('keydown', null).on('mouseenter focus mouseleave blur', null);
      svg.remove();
      nodeSel = null;
      edgeSel = null;
      delete container.dataset.layout;
    },
  };
}
