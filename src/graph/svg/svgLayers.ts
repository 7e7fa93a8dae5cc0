/**
 * The SVG's drawing, layer over layer (a story's cards, the edges, the ties' words, the nodes, the
 * bills' subjects, then the words a highlight lifts over everything), and how it follows the camera:
 * moved by its transform, and marked with the words too small to read at its zoom.
 */
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import type { ZoomTransform } from 'd3-zoom';
import { LOD, hiddenLabels } from '../core/interaction';
import { SIZE } from '../core/encodings';
import { addDefs } from './svgDefs';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** The SVG element and its layers, bottom to top. */
export interface SvgLayers {
  /** The SVG element. */
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  /** What the camera moves: every layer below. */
  camera: G;
  /** A story's cards, under everything else. */
  cards: G;
  /** Edges. */
  edges: G;
  /** The links' words. */
  labels: G;
  /** Nodes. */
  nodes: G;
  /** A story's bills' subjects, beside their boxes (drawSubjects). */
  subjects: G;
  /** A highlight's ties' words left out at rest, over everything else while lit (litWords). */
  lit: G;
  /** Moves the drawing to the camera's transform, and marks the words too small to read there. */
  zoomTo: (t: ZoomTransform) => void;
}

/** Adds the SVG and its layers to `container`. */
export function createSvgLayers(container: HTMLElement): SvgLayers {
  const svg = select(container)
    .append('svg')
    .attr('class', 'tb-graph-svg')
    .attr('role', 'group')
    .attr('aria-label', 'Graph of bills, provisions, stakeholders and links');
  addDefs(svg);
  const camera = svg.append('g').attr('class', 'tb-camera');
  const [cards, edges, labels, nodes] = ['tb-cards', 'tb-edges', 'tb-link-labels', 'tb-nodes'].map((c) =>
    camera.append('g').attr('class', c),
  );
  const subjects = camera.append('g').attr('class', 'tb-subjects').attr('aria-hidden', 'true');
  const lit = camera.append('g').attr('class', 'tb-lit-words');
  // Labels too small to read at the current zoom are left out (they show in the tooltip and details).
  let hidden = '';
  let hitZoom = 1;
  return {
    svg,
    camera,
    cards,
    edges,
    labels,
    nodes,
    subjects,
    lit,
    zoomTo(t) {
      camera.attr('transform', t.toString());
      const h = hiddenLabels(t.k);
      const next = (Object.keys(h) as Array<keyof typeof h>).filter((key) => h[key]).join(' ');
      if (next !== hidden) svg.attr('data-hide', (hidden = next) || null);
      svg.attr('data-zoom', t.k < LOD.labels ? 'far' : 'near');
      // The stylesheet sizes hit areas by the zoom; restyling every dot per frame is not worth a 10% change.
      if (Math.abs(t.k / hitZoom - 1) > 0.1) nodes.style('--tb-k', (hitZoom = t.k));
    },
  };
}

/** A story's cards (x0, y0, x1, y1 of each bill's items), drawn with their margin round them. */
export function drawCards(layer: G, cards: ReadonlyArray<readonly [number, number, number, number]>): void {
  layer
    .selectAll('rect')
    .data(cards)
    .join('rect')
    .attr('class', 'tb-card')
    .attr('x', (c) => c[0] - SIZE.card.pad)
    .attr('y', (c) => c[1] - SIZE.card.pad)
    .attr('width', (c) => c[2] - c[0] + 2 * SIZE.card.pad)
    .attr('height', (c) => c[3] - c[1] + 2 * SIZE.card.pad)
    .attr('rx', SIZE.card.r);
}
