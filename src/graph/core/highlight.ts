/**
 * What a focus or hover lights, for both renderers: the node and its neighbours, the ties it
 * lights, what it dims (the rest), and which of its ties' words, left out at rest (crossings.ts),
 * it shows ("left out, shown on focus or hover", issue #12).
 */
import type { LabelBox } from './labels';
import { keepClear } from './labels';

/** What a focus or hover rests on, and the nodes it lights. */
export interface Highlight {
  /** The focused or hovered node, or a node the graph leaves out (a session's stakeholder). */
  id: string;
  /** It and its neighbours; for a node left out, it and the bills standing in for it. */
  nodes: ReadonlySet<string>;
  /** True when the graph does not draw `id`: the bills standing in for it are lit instead. */
  standIn: boolean;
}

/** The highlight on `id` (null: nothing is lit, nor for an id the graph neither draws nor has stand-ins for). */
export function highlightOn(
  id: string | null,
  neighbours: ReadonlyMap<string, ReadonlySet<string>>,
  drawn: (id: string) => boolean,
): Highlight | null {
  if (id === null || !(drawn(id) || neighbours.has(id))) return null;
  return { id, nodes: new Set([id, ...(neighbours.get(id) ?? [])]), standIn: !drawn(id) };
}

/**
 * Whether a highlight lights a tie: the ties of the node itself, not those between two of its
 * neighbours. A reader who focuses a bill asks what that bill is tied to; the ties among its
 * neighbours answer another question, and in a package tie-barred all to all (a session's dozens)
 * their words would crowd out the focus's own. A node left out has no ties drawn: the ties between
 * two of its stand-ins are lit instead.
 */
export function lightsTie(h: Highlight, e: { source: string; target: string }): boolean {
  return e.source === h.id || e.target === h.id || (h.standIn && h.nodes.has(e.source) && h.nodes.has(e.target));
}

/** Whether a highlight (null: none) dims a node: every node it does not light. */
export function dimsNode(h: Highlight | null, id: string): boolean {
  return h !== null && !h.nodes.has(id);
}

/**
 * Whether a highlight (null: none) dims an edge: every edge it does not light (lightsTie), its line,
 * its arrowhead and its words drawn at rest. A tie between two of the focus's neighbours is dimmed
 * too: what stands out is what the reader asked about, the focus's own ties, and no line stands out
 * whose words the focus would not show. Its words drawn at rest fade with it, as a node's words fade
 * with the node: none comes or goes as a hover passes over the graph. Words left out at rest stay
 * out unless the highlight lights their tie (litWordsShown).
 */
export function dimsEdge(h: Highlight | null, e: { source: string; target: string }): boolean {
  return h !== null && !lightsTie(h, e);
}

/**
 * Which words of lit ties, left out at rest (`asked`, by tie id, in order), a highlight shows: each
 * that overlaps no words drawn (`drawn`: the nodes' words and the ties' words kept at rest) nor
 * words shown before it. Lines, arrowheads and boxes do not stop them: they are drawn over those
 * (and their tie's arrowhead again over them, so which way it runs still shows). Boxes are in the
 * renderer's units (screen pixels on the canvas, graph units in the SVG).
 */
export function litWordsShown(drawn: readonly LabelBox[], asked: ReadonlyMap<string, LabelBox>): Set<string> {
  const ids = [...asked.keys()];
  const keep = keepClear(drawn, [...asked.values()]);
  return new Set(ids.filter((_, i) => keep[i]));
}
