/**
 * The SVG renderer: framework-free D3 with zoom, pan, drag and highlight. Returns {setData, setState,
 * setFocus, resize, destroy}. Its parts: the layers (svgLayers), the nodes' and edges' drawing
 * (drawNodes, drawEdges), their styling through a state change (nodeStyler), the words left out
 * (svgLabels), the highlight (svgHighlight) and the nodes' input (nodeInput); this file holds their
 * lifecycle: a structure placed and drawn, a state, a focus, a new size.
 */
import type { Selection } from 'd3-selection';
import { drag } from 'd3-drag';
import type { GraphEdge, GraphNode, GraphState, GraphStructure } from '../../engine/graphSpec';
import type { Point } from '../layout';
import { completeLooks } from './billLooks';
import { LAYERED_BILLS, drawSubjects, enterNodes, sizeRows } from './drawNodes';
import { joinEdges, placeEdges, styleEdges } from './drawEdges';
import type { LinkLabelBoxes } from './drawEdges';
import { createNodeStyler } from './nodeStyler';
import { createSvgLayers, drawCards } from './svgLayers';
import { createSvgHighlight } from './svgHighlight';
import { createNodeInput } from './nodeInput';
import { createCamera } from '../core/camera';
import { createBox } from '../core/box';
import type { GraphHandlers, GraphOptions, GraphView } from '../types';
import { createPlacer } from '../positions';
import { focusPoints, neighbourMap, restingOn } from '../neighbours';
import { hideCrowdedLinkLabels, hideCrowdedNames } from './svgLabels';
import type { Route, StoryLayout } from '../storyLayout';
import { storyLayout } from '../storyLayout';
import { shelfRoutes } from '../shelfLayout';
import { fitTarget, framedRegion } from '../core/fit';
import { READ_ZOOM, touchTap } from '../core/interaction';
import { ensureGraphStyles } from '../core/styleSheet';
import { whenIdle } from '../../timing/whenIdle';
import { focusSpot } from '../core/surroundings';
import { highlightOn } from '../core/highlight';

/** Creates an SVG graph view inside `container`. */
export function createSvgView(container: HTMLElement, handlers: GraphHandlers = {}, options: GraphOptions = {}): GraphView {
  ensureGraphStyles(container.ownerDocument);
  // Measured before anything is drawn in it: the story's layout reads it in the same task (setData),
  // and a read after the first elements are added would lay them out there and then.
  const box = createBox(container);
  box.read();
  const layers = createSvgLayers(container);
  const { svg } = layers;
  // A click or tap on the graph's empty ground (the background or a card's, not the end of a pan) clears the focus.
  svg.on('click.clear', (event: MouseEvent) => {
    const target = event.target as Element;
    if (target === svg.node() || target.classList.contains('tb-card')) handlers.onSelect?.(null);
  });
  const camera = createCamera(svg.node()!, box, {
    wheelZoom: options.wheelZoom ?? 'always',
    glide: true,
    onMoved: (moved) => handlers.onMoved?.(moved),
    onZoom: (t) => layers.zoomTo(t),
    keys: { on: container, fit: () => fit() },
  });
  container.dataset.layout = 'pending';

  let structure: GraphStructure = { nodes: [], edges: [] };
  let state: GraphState | null = null;
  let pos = new Map<string, Point>();
  let nodeSel: Selection<SVGGElement, GraphNode, SVGGElement, unknown> | null = null;
  // Each node's element with its node, for restyling a few without a selection.
  let drawnNodes: ReadonlyArray<readonly [SVGGElement, GraphNode]> = [];
  let edgeSel: Selection<SVGGElement, GraphEdge, SVGGElement, unknown> | null = null;
  let labelSel: Selection<SVGGElement, GraphEdge, SVGGElement, unknown> | null = null;
  let labelBoxes: LinkLabelBoxes = new Map();
  let subjectSel: Selection<SVGTextElement, GraphNode, SVGGElement, unknown> | null = null;
  const NO_ROUTES: ReadonlyMap<string, Route> = new Map();
  let story: StoryLayout | null = null;
  /** A session's shelves' routed ties (a copy: a dragged bill's ties go back to curves). */
  let shelf: Map<string, Route> | null = null;
  const routesNow = (): ReadonlyMap<string, Route> => story?.routes ?? shelf ?? NO_ROUTES;
  const nodeById = new Map<string, GraphNode>();
  let neighbours = new Map<string, Set<string>>();
  let focusId: string | null = null;
  // What the highlight rests on: the focus, or a node left out whose stand-ins are lit.
  let restingId: string | null = null;
  const placer = createPlacer(container);
  // Whether each bill is drawn in every outcome's look (a small graph) or in one, restyled.
  let allLooks = true;
  // Builds the looks the first frame left out (render's).
  let cancelLooks: (() => void) | null = null;
  // A state change restyles what moved, and names it and drops what falls after its frame.
  const styler = createNodeStyler({ nodes: () => nodeSel, drawn: () => drawnNodes, state: () => state, allLooks: () => allLooks });
  const lit = createSvgHighlight(
    layers.labels,
    layers.lit,
    () => ({ nodes: nodeSel, edges: edgeSel, labels: labelSel, boxes: labelBoxes, pos, state }),
    () => subjectSel,
  );
  const input = createNodeInput(
    {
      nodes: () => nodeSel,
      structure: () => structure,
      get pos() {
        return pos;
      },
      get neighbours() {
        return neighbours;
      },
      kindOf: (id) => nodeById.get(id)?.kind,
      light: (id) => highlight(id ?? restingId),
      reveal: (p) => camera.reveal(p, structure.story ? 0 : READ_ZOOM),
    },
    handlers,
  );

  /**
   * Lights `id` and its neighbours and dims the rest, by the core's rule (null: nothing dimmed). For
   * a node left out (a session's stakeholder), its stand-ins and the ties between them.
   */
  function highlight(id: string | null) {
    lit.show(
      highlightOn(id, neighbours, (n) => nodeById.has(n)),
      focusId,
    );
  }

  /** Stakeholders' names that would overlap are left out (and the lit words find room among the rest). */
  function hideNames() {
    if (nodeSel) hideCrowdedNames(nodeSel, pos);
    lit.showWords(true);
  }

  /** Lays a story out for the container's size (a story's arrangement depends on its box). */
  function layOutStory() {
    const rect = box.read();
    story = storyLayout(structure, rect.width || 800, rect.height || 600, touchTap(container.ownerDocument.defaultView));
    pos = story.pos;
    drawCards(layers.cards, story.cards);
  }

  function placeNodes() {
    nodeSel?.attr('transform', (d) => {
      const p = pos.get(d.id) ?? { x: 0, y: 0 };
      return `translate(${p.x},${p.y})`;
    });
    if (nodeSel) sizeRows(nodeSel, story?.pitch ?? null);
    if (story) {
      subjectSel = drawSubjects(layers.subjects, structure.nodes, pos, story.subjects);
      lit.styleSubjects();
    } else if (subjectSel) {
      layers.subjects.selectAll('*').remove();
      subjectSel = null;
    }
    if (edgeSel && labelSel) {
      const routes = routesNow();
      labelBoxes = placeEdges(edgeSel, labelSel, pos, nodeById, routes);
      hideCrowdedLinkLabels(labelSel, edgeSel, labelBoxes, structure.nodes, pos, routes);
    }
    lit.showWords(true);
  }

  const target = (w: number, h: number) => fitTarget(structure, pos, story?.bounds ?? null)(w, h);
  const fit = () => camera.fit(target);

  const dragger = drag<SVGGElement, GraphNode>()
    .on('drag', (event, d) => {
      pos.set(d.id, { x: event.x, y: event.y });
      if (shelf) for (const e of structure.edges) if (e.source === d.id || e.target === d.id) shelf.delete(e.id);
      placeNodes();
    })
    .on('end', hideNames);

  /** Joins the structure to SVG elements, places and styles them, fits, and signals "settled". */
  function render() {
    // The join finds the links' words in their own layer.
    lit.putBack();
    ({ edges: edgeSel, labels: labelSel } = joinEdges(layers.edges, layers.labels, structure));
    // The first frame draws each bill in its own look only; the others follow once it has painted.
    nodeSel = enterNodes(layers.nodes, structure.nodes, allLooks ? (d) => [state?.nodes[d.id]?.outcome ?? 'pending'] : () => ['pending']);
    const data = nodeSel.data();
    drawnNodes = nodeSel.nodes().map((el, i) => [el, data[i]] as const);
    cancelLooks?.();
    const drawn = drawnNodes;
    cancelLooks = allLooks ? whenIdle(() => ((cancelLooks = null), completeLooks(drawn))) : null;
    if (options.draggable !== false && !structure.story) nodeSel.call(dragger);
    else nodeSel.on('.drag', null);
    neighbours = neighbourMap(structure);
    input.bind(nodeSel);
    placeNodes();
    hideNames();
    if (state) {
      styler.all(nodeSel, state);
      styleEdges(edgeSel, labelSel, state);
    }
    highlight(restingId);
    input.setTabStop(focusId);
    fit();
    container.dataset.layout = 'settled';
  }

  return {
    renderer: 'svg',
    setData(next) {
      structure = next;
      nodeById.clear();
      for (const n of structure.nodes) nodeById.set(n.id, n);
      // A focus the new structure draws neither as a node nor by stand-ins lights nothing.
      restingId = restingOn(structure, nodeById, restingId);
      allLooks = structure.nodes.reduce((c, n) => c + (n.kind === 'bill' ? 1 : 0), 0) <= LAYERED_BILLS;
      svg.attr('data-layers', allLooks ? '' : null);
      // A story's bills have room beside them for a what-if's tag (the stylesheet shows it only there).
      svg.attr('data-story', structure.story ? '' : null);
      if (structure.story) {
        placer.cancel();
        layOutStory();
        return render();
      }
      story = null;
      layers.cards.selectAll('rect').remove();
      placer.place(structure, pos, (placed) => {
        pos = placed;
        shelf = structure.shelves ? new Map(shelfRoutes(structure)) : null;
        render();
      });
    },
    setState(next) {
      const before = state;
      state = next;
      // A bill's outcome word is among the words the lit ones find room among.
      lit.forget();
      // Only what changed is restyled: a toggle touches the few bills whose outcome moved, and no edge.
      if (styler.change(before, next)) lit.styleSubjects();
      // Ties there or not as of the date: the highlight's words with them.
      if (edgeSel && next.edges !== before?.edges) {
        styleEdges(edgeSel, labelSel, next);
        lit.showWords();
      }
    },
    setFocus(id) {
      focusId = id && nodeById.has(id) ? id : null;
      // A node the graph leaves out (a session's stakeholder) is lit by the bills standing in for it.
      restingId = restingOn(structure, nodeById, id);
      highlight(restingId);
      input.setTabStop(focusId);
      // Brought into view once placed (a layout still running places it later). A node the reader
      // tapped is where they see it: the graph does not move (or zoom) under their finger.
      const shown = restingId ? focusPoints(structure, pos, restingId) : null;
      const tapped = input.tapped(id);
      if (shown) camera.reveal(shown.at, structure.story || tapped ? 0 : READ_ZOOM, shown.tied);
    },
    resize() {
      box.forget();
      if (!story) return camera.resize(target);
      // A story is laid out again for its new box, and fitted whole.
      layOutStory();
      placeNodes();
      hideNames();
      fit();
    },
    fit,
    positions: () => pos,
    shownRegion(coverRight) {
      const region = camera.region(coverRight);
      if (!region) return null;
      const drawn = layers.camera.node()!.getBBox();
      return framedRegion(region, [drawn.x, drawn.y, drawn.x + drawn.width, drawn.y + drawn.height]);
    },
    screenPoint(id) {
      // Where the node's centre is drawn: its position through the camera (as on the canvas).
      const p = nodeSel ? pos.get(id) : undefined;
      if (!p) return null;
      const t = camera.transform();
      return { x: t.k * p.x + t.x, y: t.k * p.y + t.y };
    },
    focusSpot(id) {
      if (!nodeSel) return null;
      const t = camera.transform();
      const toScreen = (p: Point) => ({ x: t.k * p.x + t.x, y: t.k * p.y + t.y });
      const struck = (n: string) => Boolean(state?.nodes[n]?.struck);
      return focusSpot(id, structure.nodes, structure.edges, pos, neighbours, routesNow(), toScreen, t.k, struck, story?.subjects);
    },
    destroy() {
      placer.cancel();
      styler.destroy();
      cancelLooks?.();
      camera.destroy();
      nodeSel?.on('.drag', null);
      input.unbind();
      svg.remove();
      nodeSel = null;
      edgeSel = null;
      labelSel = null;
      delete container.dataset.layout;
    },
  };
}
