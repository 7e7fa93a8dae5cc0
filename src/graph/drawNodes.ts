/** Draws nodes (bills, provisions, stakeholders) into an SVG group and restyles them by state. */
import type { Selection } from 'd3-selection';
import type { GraphNode, GraphState } from '../engine/graphSpec';
import { OUTCOME_STYLE, STAKEHOLDER_COLOR, shorten } from './encodings';
import { halfSize } from './geometry';

type NodeSel = Selection<SVGGElement, GraphNode, SVGGElement, unknown>;

/** Creates one <g> per node with its shapes and text (text only, never HTML). */
export function enterNodes(layer: Selection<SVGGElement, unknown, null, undefined>, nodes: GraphNode[]): NodeSel {
  const g = layer
    .selectAll<SVGGElement, GraphNode>('g.tb-node')
    .data(nodes, (d) => d.id)
    .join('g')
    .attr('class', (d) => `tb-node tb-${d.kind}`)
    .attr('data-id', (d) => d.id)
    .attr('tabindex', -1)
    .attr('role', 'button');
  g.selectAll('*').remove();
  g.append('title');
  const boxes = g.filter((d) => d.kind !== 'stakeholder');
  boxes
    .append('rect')
    .attr('class', 'tb-shape')
    .attr('x', (d) => -halfSize(d)[0])
    .attr('y', (d) => -halfSize(d)[1])
    .attr('width', (d) => 2 * halfSize(d)[0])
    .attr('height', (d) => 2 * halfSize(d)[1])
    .attr('rx', (d) => (d.kind === 'bill' ? 8 : 3));
  const bills = g.filter((d) => d.kind === 'bill');
  bills
    .append('text')
    .attr('class', 'tb-label')
    .attr('text-anchor', 'middle')
    .attr('y', -4)
    .text((d) => shorten(d.label, 16));
  bills.append('text').attr('class', 'tb-outcome').attr('text-anchor', 'middle').attr('y', 14);
  const provisions = g.filter((d) => d.kind === 'provision');
  provisions
    .append('text')
    .attr('class', 'tb-label')
    .attr('text-anchor', 'middle')
    .attr('y', -2)
    .text((d) => shorten(d.label, 30));
  provisions.append('text').attr('class', 'tb-struck').attr('text-anchor', 'middle').attr('y', 10);
  provisions.append('line').attr('class', 'tb-strike').attr('x1', -70).attr('x2', 70).attr('y1', -5).attr('y2', -5);
  const people = g.filter((d) => d.kind === 'stakeholder');
  people
    .append('circle')
    .attr('class', 'tb-shape')
    .attr('r', 7)
    .attr('fill', (d) => STAKEHOLDER_COLOR[d.stakeholderKind ?? 'other']);
  people
    .append('text')
    .attr('class', 'tb-label')
    .attr('x', 10)
    .attr('y', 4)
    .text((d) => shorten(d.label, 27));
  return g;
}

/** Restyles nodes for a scenario and date: outcome fill and words, struck provisions, presence. */
export function styleNodes(g: NodeSel, state: GraphState): void {
  g.attr('data-outcome', (d) => state.nodes[d.id]?.outcome ?? null)
    .attr('data-present', (d) => String(state.nodes[d.id]?.present ?? true))
    .attr('aria-label', (d) => accessibleName(d, state));
  g.select('title').text((d) => accessibleName(d, state));
  const bills = g.filter((d) => d.kind === 'bill');
  bills
    .select('rect.tb-shape')
    .attr('fill', (d) => OUTCOME_STYLE[state.nodes[d.id]?.outcome ?? 'pending'].fill)
    .attr('stroke', (d) => OUTCOME_STYLE[state.nodes[d.id]?.outcome ?? 'pending'].stroke)
    .attr('stroke-dasharray', (d) => OUTCOME_STYLE[state.nodes[d.id]?.outcome ?? 'pending'].dash);
  bills.selectAll<SVGTextElement, GraphNode>('text').style('fill', (d) => OUTCOME_STYLE[state.nodes[d.id]?.outcome ?? 'pending'].text);
  bills.select('text.tb-outcome').text((d) => state.nodes[d.id]?.outcome ?? '');
  const provisions = g.filter((d) => d.kind === 'provision');
  provisions.attr('data-struck', (d) => (state.nodes[d.id]?.struck ? 'true' : 'false'));
  provisions.select('text.tb-struck').text((d) => (state.nodes[d.id]?.struck ? `struck ${state.nodes[d.id].struck}` : ''));
}

/** "SB 230, bill, inoperative" - what a screen reader says for a node. */
export function accessibleName(node: GraphNode, state: GraphState): string {
  const s = state.nodes[node.id];
  if (node.kind === 'bill') return `${node.label}, bill, ${s?.outcome ?? 'unknown'}`;
  if (node.kind === 'provision') return `${node.label}, provision${s?.struck ? `, struck ${s.struck}` : ''}`;
  return `${node.label}, ${(node.stakeholderKind ?? 'stakeholder').replace(/-/g, ' ')}`;
}
