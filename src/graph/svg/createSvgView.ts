/** The SVG renderer: framework-free D3 with zoom, pan, drag and highlight. Returns {setData, setState, setFocus, resize, destroy}. */
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import { drag } from 'd3-drag';
import type { GraphEdge, GraphNode, GraphState, GraphStructure } from '../../engine/graphSpec';
import { fell, isDecidingLink, linkNote } from '../../engine/graphSpec';
import type { Point } from '../layout';
import { addDefs } from './svgDefs';
import { completeLooks } from './billLooks';
import { LAYERED_BILLS, drawSubjects, enterNodes, markFallen, nameNodes, sizeRows, styleNode, styleNodes } from './drawNodes';
import { placeEdges, styleEdges } from './drawEdges';
import type { LinkLabelBoxes } from './drawEdges';
import { createLitWords } from './litWords';
import { createCamera } from '../core/camera';
import { createBox } from '../core/box';
import { isArrowKey, keyAction, startNode } from '../core/keyboard';
import type { GraphHandlers, GraphOptions, GraphView } from '../types';
import { createPlacer } from '../positions';
import { focusPoints, neighbourMap, restingOn } from '../neighbours';
import { hideCrowdedLinkLabels, hideCrowdedNames } from './svgLabels';
import type { Route, StoryLayout } from '../storyLayout';
import { storyLayout } from '../storyLayout';
import { shelfRoutes } from '../shelfLayout';
import { fitTarget, framedRegion } from '../core/fit';
import { LOD, READ_ZOOM, hiddenLabels, touchTap } from '../core/interaction';
import { FONT, SIZE } from '../core/encodings';
import { ensureGraphStyles } from '../core/styleSheet';
import { afterShown, whenIdle } from '../../timing/whenIdle';
import { focusSpot } from '../core/surroundings';
import type { Highlight } from '../core/highlight';
import { dimsEdge, dimsNode, highlightOn } from '../core/highlight';

/** Creates an SVG graph view inside `container`. */
export function createSvgView(container: HTMLElement, handlers: GraphHandlers = {}, options: GraphOptions = {}): GraphView {
  ensureGraphStyles(container.ownerDocument);
  // Measured before anything is drawn in it: the story's layout reads it in the same task (setData),
  // and a read after the first elements are added would lay them out there and then.
  const box = createBox(container);
  box.read();
  const svg = select(container)
    .append('svg')
    .attr('class', 'tb-graph-svg')
    .attr('role', 'group')
    .attr('aria-label', 'Graph of bills, provisions, stakeholders and links');
  addDefs(svg);
  const layer = svg.append('g').attr('class', 'tb-camera');
  const cardLayer = layer.append('g').attr('class', 'tb-cards');
  const edgeLayer = layer.append('g').attr('class', 'tb-edges');
  const labelLayer = layer.append('g').attr('class', 'tb-link-labels');
  const nodeLayer = layer.append('g').attr('class', 'tb-nodes');
  // A story's bills' subjects, beside their boxes (drawSubjects).
  const subjectLayer = layer.append('g').attr('class', 'tb-subjects').attr('aria-hidden', 'true');
  // A highlight's ties' words left out at rest, over everything else while lit (litWords).
  const litWords = createLitWords(labelLayer, layer.append('g').attr('class', 'tb-lit-words'));
  // Labels too small to read at the current zoom are left out (they show in the tooltip and details).
  let hidden = '';
  let hitZoom = 1;
  // A click or tap on the graph's empty ground (the background or a card's, not the end of a pan) clears the focus.
  svg.on('click.clear', (event: MouseEvent) => {
    const target = event.target as Element;
    if (target === svg.node() || target.classList.contains('tb-card')) handlers.onSelect?.(null);
  });
  const camera = createCamera(svg.node()!, box, {
    wheelZoom: options.wheelZoom ?? 'always',
    glide: true,
    onMoved: (moved) => handlers.onMoved?.(moved),
    onZoom: (t) => {
      layer.attr('transform', t.toString());
      const h = hiddenLabels(t.k);
      const next = (Object.keys(h) as Array<keyof typeof h>).filter((key) => h[key]).join(' ');
      if (next !== hidden) svg.attr('data-hide', (hidden = next) || null);
      svg.attr('data-zoom', t.k < LOD.labels ? 'far' : 'near');
      // The stylesheet sizes hit areas by the zoom; restyling every dot per frame is not worth a 10% change.
      if (Math.abs(t.k / hitZoom - 1) > 0.1) nodeLayer.style('--tb-k', (hitZoom = t.k));
    },
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
  // What the highlight lights now (null: nothing dimmed).
  let lightNow: Highlight | null = null;
  const placer = createPlacer(container);
  // Nodes whose names (accessible name, tooltip) a state change left behind: named when the browser is
  // idle, since no pixel waits for them and a toggle's frame should carry only what it shows.
  const unnamed = new Set<string>();
  let cancelNaming: (() => void) | null = null;
  // `ask`: ask for an idle period now; otherwise one already asked for names them (fallLater's).
  function nameLater(ids: Iterable<string>, ask = true) {
    for (const id of ids) unnamed.add(id);
    if (ask) cancelNaming ??= whenIdle(nameNow);
  }
  function nameNow() {
    cancelNaming?.();
    cancelNaming = null;
    if (nodeSel && state && unnamed.size)
      nameNodes(unnamed.size === nodeById.size ? nodeSel : nodeSel.filter((d) => unnamed.has(d.id)), state);
    unnamed.clear();
  }

  // The node a reader just tapped or clicked (its focus comes back through the owner).
  let tapped: string | null = null;
  // Whether each bill is drawn in every outcome's look (a small graph) or in one, restyled.
  let allLooks = true;
  // Builds the looks the first frame left out (render's).
  let cancelLooks: (() => void) | null = null;
  // A bill that falls drops (the stylesheet's tb-fall) from the frame after its new look shows. The
  // toggle's own task asks for one idle callback and nothing more, so its frame carries only the
  // look: the idle period after that frame names the nodes and starts the drop in the next frame.
  const falls: Array<() => void> = [];
  let cancelFalls: (() => void) | null = null;
  function fallLater(mark: () => void) {
    falls.push(mark);
    cancelFalls ??= afterShown(() => {
      cancelFalls = null;
      for (const f of falls.splice(0)) f();
      // Names left by a change made after the idle period (which named the rest).
      if (unnamed.size) cancelNaming ??= whenIdle(nameNow);
    }, nameNow);
  }

  /**
   * Lights `id` and its neighbours and dims the rest (null: nothing dimmed). For a node left out
   * (a session's stakeholder), its stand-ins and the ties between them.
   */
  function highlight(id: string | null) {
    const h = highlightOn(id, neighbours, (n) => nodeById.has(n));
    // The core's rule (highlight.ts), as the canvas dims: a dimmed tie's words drawn at rest fade with it.
    const dim = (e: GraphEdge) => (dimsEdge(h, e) ? 'true' : null);
    nodeSel?.attr('data-dim', (d) => (dimsNode(h, d.id) ? 'true' : null)).attr('data-focus', (d) => (d.id === focusId ? 'true' : null));
    edgeSel?.attr('data-dim', dim);
    labelSel?.attr('data-dim', dim);
    lightNow = h;
    showLitWords();
    styleSubjects();
  }

  /** The highlight's ties' words left out at rest, where they find room (litWords). */
  function showLitWords() {
    litWords.show(lightNow, { nodes: nodeSel, edges: edgeSel, labels: labelSel, boxes: labelBoxes, pos, state });
  }

  /** Stakeholders' names that would overlap are left out (and the lit words find room among the rest). */
  function hideNames() {
    if (nodeSel) hideCrowdedNames(nodeSel, pos);
    litWords.forget();
    showLitWords();
  }

  /** A subject is there when its bill is (as of the date), and dims with it. */
  function styleSubjects() {
    subjectSel?.attr('data-present', (d) => String(state?.nodes[d.id]?.present ?? true));
    subjectSel?.attr('data-dim', (d) => (dimsNode(lightNow, d.id) ? 'true' : null));
  }

  /** Lays a story out for the container's size (a story's arrangement depends on its box). */
  function layOutStory() {
    const rect = box.read();
    story = storyLayout(structure, rect.width || 800, rect.height || 600, touchTap(container.ownerDocument.defaultView));
    pos = story.pos;
    cardLayer
      .selectAll('rect')
      .data(story.cards)
      .join('rect')
      .attr('class', 'tb-card')
      .attr('x', (c) => c[0] - SIZE.card.pad)
      .attr('y', (c) => c[1] - SIZE.card.pad)
      .attr('width', (c) => c[2] - c[0] + 2 * SIZE.card.pad)
      .attr('height', (c) => c[3] - c[1] + 2 * SIZE.card.pad)
      .attr('rx', SIZE.card.r);
  }

  function placeNodes() {
    nodeSel?.attr('transform', (d) => {
      const p = pos.get(d.id) ?? { x: 0, y: 0 };
      return `translate(${p.x},${p.y})`;
    });
    if (nodeSel) sizeRows(nodeSel, story?.pitch ?? null);
    if (story) {
      subjectSel = drawSubjects(subjectLayer, structure.nodes, pos, story.subjects);
      styleSubjects();
    } else if (subjectSel) {
      subjectLayer.selectAll('*').remove();
      subjectSel = null;
    }
    if (edgeSel && labelSel) {
      labelBoxes = placeEdges(edgeSel, labelSel, pos, nodeById, routesNow());
      hideCrowdedLinkLabels(labelSel, edgeSel, labelBoxes, structure.nodes, pos);
    }
    litWords.forget();
    showLitWords();
  }

  /** Roving tabindex: one node is in the tab order (the focused one, else the first bill). */
  function setTabStop(id: string | null) {
    const stop = startNode(id, structure.nodes);
    nodeSel?.attr('tabindex', (d) => (d.id === stop ? 0 : -1));
  }

  /** Moves keyboard focus to a node, keeping it in view. */
  function moveKeyboardFocus(id: string) {
    setTabStop(id);
    const el = nodeSel?.filter((d) => d.id === id).node();
    el?.focus({ preventScroll: true });
    const p = pos.get(id);
    if (p) camera.reveal(p, structure.story ? 0 : READ_ZOOM);
  }

  const target = (w: number, h: number) => fitTarget(structure, pos, story?.bounds ?? null)(w, h);
  const fit = () => camera.fit(target);
  const kindOf = (id: string) => nodeById.get(id)?.kind;

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
    litWords.putBack();
    edgeSel = edgeLayer
      .selectAll<SVGGElement, GraphEdge>('g.tb-edge')
      .data(structure.edges, (e) => e.id)
      .join((enter) => {
        const g = enter.append('g');
        g.append('path').attr('fill', 'none');
        return g;
      })
      .attr('class', (e) => `tb-edge tb-edge-${e.kind}${e.linkKind && !isDecidingLink(e.linkKind) ? ' tb-loose' : ''}`)
      .attr('data-id', (e) => e.id)
      .attr('data-kind', (e) => e.linkKind ?? e.kind)
      // In a story a bill's provisions and groups are listed in its card: no line to each.
      .attr('display', (e) => (structure.story && e.kind !== 'link' ? 'none' : null));
    labelSel = labelLayer
      .selectAll<SVGGElement, GraphEdge>('g.tb-link-label')
      .data(
        structure.edges.filter((e) => e.kind === 'link' && e.label),
        (e) => e.id,
      )
      .join((enter) => {
        const g = enter.append('g');
        g.append('rect').attr('class', 'tb-pill').attr('rx', 4);
        g.append('text').attr('class', 'tb-link-words tb-t-link').attr('font-size', FONT.link);
        g.append('text').attr('class', 'tb-link-date tb-t-link').attr('font-size', FONT.date);
        return g;
      })
      .attr('class', (e) => `tb-link-label${e.linkKind && !isDecidingLink(e.linkKind) ? ' tb-loose' : ''}`)
      .attr('data-id', (e) => e.id);
    labelSel.select('text.tb-link-words').text((e) => e.label ?? '');
    labelSel.select('text.tb-link-date').text(linkNote);
    edgeSel
      .filter((e) => e.kind === 'link')
      .select('path')
      .attr('marker-end', (e) => (e.linkKind && isDecidingLink(e.linkKind) ? 'url(#tb-arrow)' : 'url(#tb-arrow-loose)'));
    // The first frame draws each bill in its own look only; the others follow once it has painted.
    nodeSel = enterNodes(nodeLayer, structure.nodes, allLooks ? (d) => [state?.nodes[d.id]?.outcome ?? 'pending'] : () => ['pending']);
    const data = nodeSel.data();
    drawnNodes = nodeSel.nodes().map((el, i) => [el, data[i]] as const);
    cancelLooks?.();
    const drawn = drawnNodes;
    cancelLooks = allLooks ? whenIdle(() => ((cancelLooks = null), completeLooks(drawn))) : null;
    if (options.draggable !== false && !structure.story) nodeSel.call(dragger);
    else nodeSel.on('.drag', null);
    neighbours = neighbourMap(structure);
    nodeSel
      .on('click', (_, d) => {
        tapped = d.id;
        handlers.onSelect?.(d.id);
      })
      .on('keydown', (event: KeyboardEvent, d) => {
        // The focused element is the node: the walk has started from it.
        const action = keyAction(event.key, d.id, true, { pos, neighbours, kindOf });
        if (action?.type === 'select' || isArrowKey(event.key)) event.preventDefault();
        if (action?.type === 'select') handlers.onSelect?.(action.id);
        else if (action?.type === 'clear') handlers.onSelect?.(null);
        else if (action?.type === 'move') moveKeyboardFocus(action.id);
      })
      .on('mouseenter focus', (_, d) => highlight(d.id))
      .on('mouseleave blur', () => highlight(restingId));
    placeNodes();
    hideNames();
    if (state) {
      styleNodes(nodeSel, state, allLooks);
      styleEdges(edgeSel, labelSel, state);
      unnamed.clear();
      nameNodes(nodeSel, state);
    }
    highlight(restingId);
    setTabStop(focusId);
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
      cardLayer.selectAll('rect').remove();
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
      litWords.forget();
      // Only what changed is restyled: a toggle touches the few bills whose outcome moved, and no edge.
      const same = (a: GraphState['nodes'][string] | undefined, b: GraphState['nodes'][string] | undefined) =>
        a?.outcome === b?.outcome &&
        a?.present === b?.present &&
        a?.struck === b?.struck &&
        a?.fallen === b?.fallen &&
        a?.assumed === b?.assumed;
      if (nodeSel && !before) {
        styleNodes(nodeSel, next, allLooks);
        styleSubjects();
        nameLater(nodeById.keys());
      } else if (nodeSel && before) {
        // A plain loop over the drawn elements: a toggle's own task restyles the few that moved.
        const changed = drawnNodes.filter(([, d]) => !same(before.nodes[d.id], next.nodes[d.id]));
        for (const [el, d] of changed) styleNode(el, d, next, allLooks, before);
        if (changed.some(([, d]) => before.nodes[d.id]?.present !== next.nodes[d.id]?.present)) styleSubjects();
        if (changed.length > 0) {
          // fallLater's idle period names what changed.
          nameLater(
            changed.map(([, d]) => d.id),
            false,
          );
          // What falls with a bill follows it: the bill's drop, and its provisions greyed, start the frame after its new look shows.
          fallLater(() => {
            const shown = new Set(changed.map(([el]) => el));
            const moved = nodeSel!.filter(function () {
              return shown.has(this);
            });
            markFalls(moved, before, next);
            markFallen(moved, next, before);
          });
        }
      }
      // Ties there or not as of the date: the highlight's words with them.
      if (edgeSel && next.edges !== before?.edges) {
        styleEdges(edgeSel, labelSel, next);
        showLitWords();
      }
    },
    setFocus(id) {
      focusId = id && nodeById.has(id) ? id : null;
      // A node the graph leaves out (a session's stakeholder) is lit by the bills standing in for it.
      restingId = restingOn(structure, nodeById, id);
      highlight(restingId);
      setTabStop(focusId);
      // Brought into view once placed (a layout still running places it later). A node the reader
      // tapped is where they see it: the graph does not move (or zoom) under their finger.
      const shown = restingId ? focusPoints(structure, pos, restingId) : null;
      if (shown) camera.reveal(shown.at, structure.story || id === tapped ? 0 : READ_ZOOM, shown.tied);
      tapped = null;
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
      const drawn = layer.node()!.getBBox();
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
      cancelNaming?.();
      cancelFalls?.();
      cancelLooks?.();
      camera.destroy();
      nodeSel?.on('.drag', null).on('click', null).on('keydown', null).on('mouseenter focus mouseleave blur', null);
      svg.remove();
      nodeSel = null;
      edgeSel = null;
      labelSel = null;
      delete container.dataset.layout;
    },
  };
}

/** Marks each bill a state change made fail (its drop: the stylesheet's tb-fall), and unmarks one that stands again. */
function markFalls(changed: Selection<SVGGElement, GraphNode, SVGGElement, unknown>, before: GraphState, next: GraphState): void {
  const fallen = (s: GraphState, id: string) => fell(s.nodes[id]?.outcome);
  changed
    .filter((d) => d.kind === 'bill')
    .each(function (d) {
      if (!fallen(next, d.id)) this.removeAttribute('data-fall');
      else if (!fallen(before, d.id)) this.setAttribute('data-fall', '');
    });
}
