/** What a screen reader says for a node, in both renderers (the SVG's aria-label, the canvas's live region). */
import type { GraphNode, GraphState } from '../../engine/graphSpec';
import { WHAT_IF } from './encodings';

/**
 * What a screen reader says for a node, starting with the words drawn on it (WCAG 2.5.3):
 * "AB 392 enacted, bill", "AB 392 failed what if (set by the scenario), bill", "SB 230's own
 * standard, provision, struck 23 Apr 2019", "POST training, provision, falls with its bill".
 */
export function accessibleName(node: GraphNode, state: GraphState): string {
  const s = state.nodes[node.id];
  // The tag's words follow the outcome's, as drawn ("AB 392 failed what if"), then what they mean.
  if (node.kind === 'bill')
    return `${node.label} ${s?.outcome ?? 'unknown'}${s?.assumed ? ` ${WHAT_IF.words} (set by the scenario)` : ''}, bill`;
  if (node.kind === 'provision')
    return `${node.label}, provision${s?.struck ? `, struck ${s.struck}` : s?.fallen ? ', falls with its bill' : ''}`;
  if (node.kind === 'group')
    return node.open
      ? `${node.label} listed below${node.fixed ? '' : '; fold them'}`
      : `${node.label}, ${node.members?.length === 1 ? 'stakeholder' : 'stakeholders'}: show each`;
  return `${node.label}, ${(node.stakeholderKind ?? 'stakeholder').replace(/-/g, ' ')}`;
}
