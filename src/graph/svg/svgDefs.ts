/** Shared SVG definitions: arrowheads and the hatch pattern for inoperative bills. */
import type { Selection } from 'd3-selection';
import { EDGE_STYLE, HATCH } from '../core/encodings';

/** Adds <defs> with the arrow markers and patterns the graph uses. */
export function addDefs(svg: Selection<SVGSVGElement, unknown, null, undefined>): void {
  const defs = svg.append('defs');
  const hatch = defs
    .append('pattern')
    .attr('id', 'tb-hatch')
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 8)
    .attr('height', 8)
    .attr('patternTransform', 'rotate(45)');
  hatch.append('rect').attr('width', 8).attr('height', 8).attr('fill', HATCH.bg);
  hatch.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 8).attr('stroke', HATCH.line).attr('stroke-width', 2.5);
  // The deciding arrowhead's fill comes from the stylesheet (the theme's ink); the loose one is grey.
  for (const [id, color, size] of [
    ['tb-arrow', null, EDGE_STYLE.deciding.headSize],
    ['tb-arrow-loose', EDGE_STYLE.loose.head, EDGE_STYLE.loose.headSize],
  ] as const) {
    defs
      .append('marker')
      .attr('id', id)
      .attr('viewBox', '0 0 10 10')
      .attr('refX', 9)
      .attr('refY', 5)
      .attr('markerUnits', 'userSpaceOnUse')
      .attr('markerWidth', size)
      .attr('markerHeight', size)
      .attr('orient', 'auto-start-reverse')
      .append('path')
      .attr('d', 'M0,0 L10,5 L0,10 z')
      .attr('class', id === 'tb-arrow' ? 'tb-arrow-head' : null)
      .attr('fill', color);
  }
}
