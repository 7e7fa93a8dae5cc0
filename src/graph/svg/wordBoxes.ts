/**
 * Where the SVG draws its nodes' words (graph units): a bill's name and outcome, an item's lines, a
 * listed person's lines, a free dot's name. Estimated from the text, not measured: measuring every
 * word would make the browser lay the page out.
 */
import type { Selection } from 'd3-selection';
import type { GraphNode, GraphState } from '../../engine/graphSpec';
import type { Point } from '../layout';
import { FONT, ITEM_TEXT_INSET, MEMBER_TEXT_ROOM, SIZE, fitText, itemLineSpots, memberLineSpots, textWidth } from '../core/encodings';
import { halfSize } from '../core/geometry';
import type { LabelBox } from '../core/labels';

type NodeSel = Selection<SVGGElement, GraphNode, SVGGElement, unknown>;

/** A free dot's name, right of the dot: its box (graph units). */
export function nameBox(p: Point, name: string): LabelBox {
  return { x0: p.x + 9, y0: p.y - 8, x1: p.x + 12 + textWidth(name, FONT.person), y1: p.y + 8 };
}

/** A line of `width` starting at `x`, its baseline at `y`, at font `size`: from its capitals' tops to its descenders. */
const line = (x: number, y: number, width: number, size: number): LabelBox => ({
  x0: x,
  y0: y - 0.8 * size,
  x1: x + width,
  y1: y + 0.25 * size,
});

/** The nodes' words as drawn (billLooks, drawNodes): a free dot's name only where not left out for want of room. */
export function nodeWordBoxes(nodes: NodeSel, pos: ReadonlyMap<string, Point>, state: GraphState | null): LabelBox[] {
  const out: LabelBox[] = [];
  nodes.each(function (d) {
    const p = pos.get(d.id);
    if (!p) return;
    const [hw] = halfSize(d);
    const lines = (spots: ReadonlyArray<{ words: string; y: number }>, x: number, size: number) => {
      for (const s of spots) out.push(line(p.x + x, p.y + s.y + 4.5, textWidth(s.words, size), size));
    };
    if (d.kind === 'bill') {
      const name = textWidth(fitText(d.label, 2 * SIZE.bill.hw - 8, FONT.bill, true), FONT.bill, true);
      out.push(line(p.x - name / 2, p.y - 4, name, FONT.bill));
      const outcome = state?.nodes[d.id]?.outcome;
      // In capitals, spaced out by the stylesheet.
      const word = outcome ? textWidth(outcome.toUpperCase(), FONT.outcome, true) * 1.04 : 0;
      if (word) out.push(line(p.x - word / 2, p.y + 15, word, FONT.outcome));
    } else if (d.kind === 'provision' || d.kind === 'group') lines(itemLineSpots(d.label, d.kinds), -hw + ITEM_TEXT_INSET, FONT.item);
    else if (d.ref) lines(memberLineSpots(d.label), hw + 5, FONT.person);
    else if (!this.querySelector('text.tb-label')?.hasAttribute('data-overlap'))
      out.push(nameBox(p, fitText(d.label, MEMBER_TEXT_ROOM, FONT.person)));
  });
  return out;
}
