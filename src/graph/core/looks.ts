/** A node's look resolved from the encoding table, for drawing without CSS (the canvas); the SVG gets the same from the stylesheet. */
import type { GraphNode, GraphState } from '../../engine/graphSpec';
import type { BoxStyle } from './encodings';
import type { Highlight } from './highlight';
import { dimsNode } from './highlight';
import { BOX_STYLE, HATCH, MARK_STYLE, OPACITY, OUTCOME_STYLE, STAKEHOLDER_COLOR, groupSide } from './encodings';

/** A node's fill, outline, outline width, dash and words' colour (a bill's hatch drawn as its flat colour). */
export function nodeLook(node: GraphNode, s: GraphState['nodes'][string] | undefined): BoxStyle {
  if (node.kind === 'bill') {
    const o = OUTCOME_STYLE[s?.outcome ?? 'pending'];
    return { fill: o.pattern ? HATCH.flat : o.fill, stroke: o.stroke, width: MARK_STYLE.billWidth, dash: o.dash, text: o.text };
  }
  if (node.kind === 'provision') return s?.struck ? BOX_STYLE.struck : s?.fallen ? BOX_STYLE.fallen : BOX_STYLE.provision;
  if (node.kind === 'group') return BOX_STYLE[groupSide(node.side)];
  const { stroke, width } = MARK_STYLE.dotOutline;
  return { fill: STAKEHOLDER_COLOR[node.stakeholderKind ?? 'other'], stroke, width, dash: '', text: 'var(--ink)' };
}

/** How opaque a node (and its words) is: faded where the highlight dims it (highlight.ts), and when not there yet as of the date. */
export function nodeOpacity(id: string, h: Highlight | null, s: GraphState['nodes'][string] | undefined): number {
  return (dimsNode(h, id) ? OPACITY.dim : 1) * (s && !s.present ? OPACITY.absent : 1);
}

/** A dash string from the table as canvas numbers ('' is solid: []). */
export function dashArray(dash: string): number[] {
  return dash ? dash.split(' ').map(Number) : [];
}
