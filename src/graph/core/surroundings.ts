/**
 * What lies around a focused node on screen, so a caption can be set beside it without hiding what
 * it explains: each node's box and each routed link's words, weighted by how much the reader needs
 * them now (the node itself most, what the focus lights next, what it dims least). One home for
 * both renderers.
 */
import type { GraphEdge, GraphNode } from '../../engine/graphSpec';
import type { Point } from '../layout';
import type { Route } from '../storyLayout';
import { halfSize, itemExtraHeight } from './geometry';
import { FONT, MEMBER_TEXT_ROOM, SIZE, SUBJECT, fitText, textWidth } from './encodings';
import { hiddenLabels } from './interaction';
import type { SubjectRoom } from '../storyLayout';

/** A box on screen (CSS px from the graph's top left) and what covering it costs, per px². */
export interface ScreenBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  weight: number;
}

/** Where the focused node is drawn, and what lies around it. */
export interface FocusSpot {
  /** The node's centre. */
  at: Point;
  /** Every node's box and every routed link's words, the node's own included. */
  around: ScreenBox[];
  /** Whether the graph shows the node's subject beside it now (a caption need not say it again). */
  subjectShown: boolean;
}

/**
 * How much covering a px² costs: the node itself (never), the bills, link words and struck
 * provisions the focus lights (the story), the rest it lights (provisions, groups, people), and
 * what it dims.
 */
export const COVER_WEIGHT = { focused: 50, story: 3, lit: 1, dim: 0.1 } as const;

/** How far from the node (screen px, either way) a box can matter to its caption. */
const NEAR = 1200;

/**
 * How far a node's drawing reaches from its centre (graph units: left, right, up, down): its box,
 * and for a stakeholder its name beside its dot (a listed member, the row it sits on), as the
 * renderers draw them, so a caption never covers a name it explains.
 */
function extent(n: GraphNode): [number, number, number, number] {
  const [hw, hh] = halfSize(n);
  if (n.kind !== 'stakeholder') return [hw, hw, hh, hh];
  if (n.ref) {
    const half = (SIZE.member.h + itemExtraHeight(n)) / 2;
    return [hw + 2, 2 * SIZE.item.hw - hw - 2, half, half];
  }
  const name = textWidth(fitText(n.label, MEMBER_TEXT_ROOM, FONT.person), FONT.person);
  return [hw, hw + 5 + name, Math.max(hh, FONT.person / 2 + 2), Math.max(hh, FONT.person / 2 + 2)];
}

/**
 * The focused node's spot, given how graph points map to the screen (`toScreen`) at zoom `k`. A
 * struck provision the focus lights counts with the story (an amendment that struck it is news).
 */
export function focusSpot(
  id: string,
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  pos: ReadonlyMap<string, Point>,
  neighbours: ReadonlyMap<string, ReadonlySet<string>>,
  routes: ReadonlyMap<string, Route>,
  toScreen: (p: Point) => Point,
  k: number,
  struck: (id: string) => boolean = () => false,
  subjects: ReadonlyMap<string, SubjectRoom> | null = null,
): FocusSpot | null {
  const p = pos.get(id);
  if (!p) return null;
  const at = toScreen(p);
  const lit = neighbours.get(id);
  const around: ScreenBox[] = [];
  const shownSubjects = subjects && !hiddenLabels(k).subject ? subjects : null;
  const add = (c: Point, left: number, right: number, up: number, down: number, weight: number) => {
    const s = toScreen(c);
    // Only what a caption beside the node could reach (a session has thousands of nodes).
    if (Math.abs(s.x - at.x) > NEAR || Math.abs(s.y - at.y) > NEAR) return;
    around.push({ x0: s.x - left * k, y0: s.y - up * k, x1: s.x + right * k, y1: s.y + down * k, weight });
  };
  for (const n of nodes) {
    const c = pos.get(n.id);
    if (!c) continue;
    const [left, right, up, down] = extent(n);
    const weight =
      n.id === id
        ? COVER_WEIGHT.focused
        : !lit?.has(n.id)
          ? COVER_WEIGHT.dim
          : n.kind === 'bill' || struck(n.id)
            ? COVER_WEIGHT.story
            : COVER_WEIGHT.lit;
    add(c, left, right, up, down, weight);
    // A bill's subject beside its box, as dear as the box.
    const room = shownSubjects?.get(n.id);
    if (room) add(c, -(SIZE.bill.hw + SUBJECT.gap), SIZE.bill.hw + SUBJECT.gap + room.width, up, down, weight);
  }
  for (const e of edges) {
    const words = routes.get(e.id)?.label;
    if (!words) continue;
    const width = words.width ?? SIZE.linkWords.width;
    const left = words.anchor === 'middle' ? width / 2 : 0;
    const weight = e.source === id || e.target === id ? COVER_WEIGHT.story : COVER_WEIGHT.dim;
    add(words, left, width - left, SIZE.linkWords.above, SIZE.linkWords.below, weight);
  }
  return { at, around, subjectShown: Boolean(shownSubjects?.has(id)) };
}
