/** Draws nodes (bills, provisions, stakeholder groups, stakeholders) into an SVG group and restyles them by state. */
import { select } from 'd3-selection';
import type { Selection } from 'd3-selection';
import type { GraphNode, GraphState } from '../../engine/graphSpec';
import {
  FONT,
  ITEM_TEXT_INSET,
  WHAT_IF,
  SIZE,
  SUBJECT,
  cornerRadius,
  fitText,
  groupKindMarks,
  groupSide,
  itemLineSpots,
  MEMBER_TEXT_ROOM,
  memberLineSpots,
  textWidth,
  whatIfPill,
} from '../core/encodings';
import { halfSize, itemExtraHeight } from '../core/geometry';
import { hitHalfSize, rowBox } from '../core/interaction';
import type { RowPitch } from '../core/interaction';
import { accessibleName } from '../core/names';
import type { SubjectRoom } from '../storyLayout';
import type { Point } from '../layout';
import type { LookWord } from './billLooks';
import { LOOK_WORDS, ensureLook } from './billLooks';

type NodeSel = Selection<SVGGElement, GraphNode, SVGGElement, unknown>;

/**
 * Up to this many bills, each bill is drawn in every outcome's look, each its own compositor layer
 * (five a bill); a larger graph draws one look a bill and restyles it.
 */
export const LAYERED_BILLS = 40;

/**
 * A story's bills' subjects in the room right of their boxes (StoryLayout.subjects), as text only,
 * in their own layer (`layer`): not part of the bill's button, whose box (and centre, where a
 * screen reader's tap lands) stays the bill's own. Hidden from screen readers, which find the
 * subject in the bill's caption.
 */
export function drawSubjects(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  nodes: readonly GraphNode[],
  pos: ReadonlyMap<string, Point>,
  rooms: ReadonlyMap<string, SubjectRoom>,
): Selection<SVGTextElement, GraphNode, SVGGElement, unknown> {
  const x = SIZE.bill.hw + SUBJECT.gap;
  return layer
    .selectAll<SVGTextElement, GraphNode>('text.tb-subject')
    .data(
      nodes.filter((d) => rooms.has(d.id) && pos.has(d.id)),
      (d) => d.id,
    )
    .join((enter) => enter.append('text').attr('class', 'tb-subject tb-t-subject').attr('font-size', FONT.subject))
    .attr('data-id', (d) => d.id)
    .attr('transform', (d) => `translate(${pos.get(d.id)!.x},${pos.get(d.id)!.y})`)
    .each(function (d) {
      // Lines apart by a space, so the words read (and are found) as the subject runs.
      this.replaceChildren();
      rooms.get(d.id)!.spots.forEach(({ words, y }, i) => {
        if (i > 0) this.append(' ');
        select(this).append('tspan').attr('x', x).attr('y', y).text(words);
      });
    });
}

/** Creates one <g> per node with its shapes and text (text only, never HTML); `looks`: the outcomes each bill is drawn in. */
export function enterNodes(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  nodes: GraphNode[],
  looks: (d: GraphNode) => readonly LookWord[] = () => LOOK_WORDS,
): NodeSel {
  const g = layer
    .selectAll<SVGGElement, GraphNode>('g.tb-node')
    .data(nodes, (d) => d.id)
    .join('g')
    .attr('class', (d) => `tb-node tb-${d.kind}${d.ref ? ' tb-member' : ''}`)
    .attr('data-id', (d) => d.id)
    .attr('tabindex', -1)
    .attr('role', 'button');
  // Everything drawn before goes (the space text nodes between a bill's words too, which no selector finds).
  g.each(function () {
    this.replaceChildren();
  });
  g.append('title');
  // A listed item's row, which answers a tap across its whole height (sized by sizeRows).
  g.filter((d) => d.kind === 'provision' || d.kind === 'group' || Boolean(d.ref))
    .append('rect')
    .attr('class', 'tb-tap');
  const box = (sel: Selection<SVGGElement, GraphNode, SVGGElement, unknown>) =>
    sel
      .append('rect')
      .attr('class', 'tb-shape')
      .attr('x', (d) => -halfSize(d)[0])
      .attr('y', (d) => -halfSize(d)[1])
      .attr('width', (d) => 2 * halfSize(d)[0])
      .attr('height', (d) => 2 * halfSize(d)[1])
      .attr('rx', (d) => cornerRadius(d.kind));
  box(g.filter((d) => d.kind !== 'stakeholder' && d.kind !== 'bill'));
  g.filter((d) => d.kind === 'group').attr('data-side', (d) => groupSide(d.side));
  // A bill is drawn once per outcome, each look over the others, and the stylesheet shows the bill's
  // own (by data-outcome): a toggle changes which look is opaque, and nothing else, so the browser
  // neither lays out nor paints anew (each look is its own compositor layer). The first frame builds
  // the looks `looks` names (completeLooks adds the rest). A large graph draws one look a bill, and
  // styleNodes turns it into the bill's outcome.
  const bills = g.filter((d) => d.kind === 'bill');
  bills.each(function (d) {
    for (const word of looks(d)) ensureLook(this, d, word);
  });
  // Shown (stylesheet) beside a bill whose outcome the scenario sets: a reader sees it is a what-if,
  // not the record. A space before it, so the text read out of the bill runs "failed what if", not
  // "failedwhat if" (as accessibility checks compare it with the accessible name).
  bills.each(function () {
    this.append(' ');
  });
  const tag = bills.append('g').attr('class', 'tb-whatif tb-t-small');
  const pill = whatIfPill(SIZE.bill.hw + WHAT_IF.dx, -SIZE.bill.hh + WHAT_IF.dy, textWidth(WHAT_IF.words, FONT.outcome, true));
  tag.append('rect').attr('x', pill.x).attr('y', pill.y).attr('width', pill.width).attr('height', pill.height).attr('rx', pill.r);
  tag
    .append('text')
    .attr('x', SIZE.bill.hw + WHAT_IF.dx)
    .attr('y', -SIZE.bill.hh + WHAT_IF.dy)
    .attr('font-size', FONT.outcome)
    .text(WHAT_IF.words);
  const items = g.filter((d) => d.kind === 'provision' || d.kind === 'group');
  // An item's words on one line or two (itemLines), each line's baseline centred in its box; the
  // lines are joined by a space, so the words read out run on as written.
  items
    .append('text')
    .attr('class', 'tb-label tb-t-item')
    .attr('font-size', FONT.item)
    .each(function (d) {
      itemLineSpots(d.label, d.kinds).forEach(({ words, y }, i) => {
        if (i > 0) this.append(' ');
        select(this)
          .append('tspan')
          .attr('x', -SIZE.item.hw + ITEM_TEXT_INSET)
          .attr('y', y + 4.5)
          .text(words);
      });
    });
  // A struck provision's words are struck through, line by line.
  g.filter((d) => d.kind === 'provision')
    .selectAll('line.tb-strike')
    .data((d) => itemLineSpots(d.label, d.kinds))
    .join('line')
    .attr('class', 'tb-strike')
    .attr('x1', -SIZE.item.hw + 6)
    .attr('x2', (l) => -SIZE.item.hw + ITEM_TEXT_INSET + 2 + textWidth(l.words, FONT.item))
    .attr('y1', (l) => l.y)
    .attr('y2', (l) => l.y);
  // A group's members' kinds, as small dots at its right end (most common first).
  g.filter((d) => d.kind === 'group')
    .selectAll('circle')
    .data((d) => groupKindMarks(d.kinds).map((k, i) => ({ k, i })))
    .join('circle')
    .attr('class', 'tb-kind-mark')
    .attr('r', SIZE.kindMarks.r)
    .attr('cx', (m) => SIZE.item.hw - SIZE.kindMarks.inset - m.i * SIZE.kindMarks.step)
    .attr('cy', 0)
    .attr('data-kind', (m) => m.k);
  const people = g.filter((d) => d.kind === 'stakeholder');
  // A listed member sits on a row as wide as a card's items, so no line shows through its name.
  people
    .filter((d) => Boolean(d.ref))
    .append('rect')
    .attr('class', 'tb-row')
    .attr('x', -SIZE.member.r - 2)
    .attr('y', (d) => -(SIZE.member.h + itemExtraHeight(d)) / 2)
    .attr('width', 2 * SIZE.item.hw)
    .attr('height', (d) => SIZE.member.h + itemExtraHeight(d));
  // A free dot answers the pointer over the shared hit area (core/interaction.ts), sized for the zoom by the stylesheet.
  people
    .filter((d) => !d.ref)
    .append('circle')
    .attr('class', 'tb-hit')
    .attr('r', (d) => hitHalfSize(d, 1)[0]);
  people
    .append('circle')
    .attr('class', 'tb-shape')
    .attr('r', (d) => halfSize(d)[0])
    .attr('data-kind', (d) => d.stakeholderKind ?? 'other');
  // A free dot's name on one line beside it; a listed person's on two where one would cut it.
  people
    .append('text')
    .attr('class', 'tb-label tb-t-item')
    .attr('font-size', FONT.person)
    .each(function (d) {
      const spots = d.ref ? memberLineSpots(d.label) : [{ words: fitText(d.label, MEMBER_TEXT_ROOM, FONT.person), y: 0 }];
      spots.forEach(({ words, y }, i) => {
        if (i > 0) this.append(' ');
        select(this)
          .append('tspan')
          .attr('x', halfSize(d)[0] + 5)
          .attr('y', y + 4.5)
          .text(words);
      });
    });
  return g;
}

/**
 * Sizes each listed item's tap row to the story's row `pitch` (graph units; a person's row starts
 * at their dot, an item's is centred on its box), or to its box where there is no story.
 */
export function sizeRows(g: NodeSel, pitch: RowPitch | null): void {
  g.select<SVGRectElement>('rect.tb-tap').each(function (d) {
    const row = rowBox(d, pitch);
    if (!row) return;
    this.setAttribute('x', String(row.x));
    this.setAttribute('y', String(row.y));
    this.setAttribute('width', String(row.width));
    this.setAttribute('height', String(row.height));
  });
}

type NodeData = GraphState['nodes'][string] | undefined;
const outcomeOf = (n: NodeData) => n?.outcome ?? null;
const presentOf = (n: NodeData) => String(n?.present ?? true);
const struckOf = (n: NodeData) => (n?.struck ? 'true' : 'false');

/**
 * Restyles nodes for a scenario and date: outcome look, struck provisions, presence. With every
 * look drawn (`allLooks`) only attributes change; colours, outlines, dashes and which look shows
 * come from the stylesheet generated from the encoding table. A bill drawn in one look has that
 * look and its word turned into the bill's outcome.
 */
export function styleNodes(g: NodeSel, state: GraphState, allLooks = true, before?: GraphState): void {
  g.each(function (d) {
    styleNode(this, d, state, allLooks, before);
  });
  // After a change, the view greys a fallen bill's provisions, and tags a bill the scenario sets, the
  // frame after the bill shows its new look (markFallen).
  if (!before) markFallen(g, state);
}

/**
 * Restyles one node's element (plain DOM: a toggle's own task restyles a few nodes, and a selection
 * a call costs more than the writes). After a change (`before`), only the attributes whose values
 * moved are written: each write is work in the change's own frame.
 */
export function styleNode(el: SVGGElement, d: GraphNode, state: GraphState, allLooks = true, before?: GraphState): void {
  const now = state.nodes[d.id];
  const was = before?.nodes[d.id];
  const set = (name: string, read: (n: NodeData) => string | null) => {
    const value = read(now);
    if (before && read(was) === value) return;
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  };
  // The look the bill turns to is there before the bill names it (the first frame built only its own).
  if (allLooks && d.kind === 'bill') ensureLook(el, d, now?.outcome ?? 'pending');
  set('data-outcome', outcomeOf);
  set('data-present', presentOf);
  if (d.kind === 'provision') set('data-struck', struckOf);
  // A bill drawn in one look only (a large graph) takes its outcome's look and word.
  if (!allLooks && d.kind === 'bill') {
    const look = el.querySelector('.tb-look');
    const outcome = now?.outcome ?? 'pending';
    look?.setAttribute('data-look', outcome);
    const word = look?.querySelector('.tb-outcome');
    if (word) word.textContent = outcome;
  }
}

/** Marks the provisions whose bill fell (and unmarks those whose bill stands again), where that moved since `before`. */
export function markFallen(g: NodeSel, state: GraphState, before?: GraphState): void {
  const fallen = (s: GraphState, id: string) => Boolean(s.nodes[id]?.fallen);
  g.filter((d) => d.kind === 'provision' && (!before || fallen(before, d.id) !== fallen(state, d.id))).attr('data-fallen', (d) =>
    fallen(state, d.id) ? 'true' : null,
  );
  // And a bill the scenario sets: tagged "what if" (untagged when the scenario lets it go).
  const assumed = (s: GraphState, id: string) => Boolean(s.nodes[id]?.assumed);
  g.filter((d) => d.kind === 'bill' && (!before || assumed(before, d.id) !== assumed(state, d.id))).attr('data-assumed', (d) =>
    assumed(state, d.id) ? 'true' : null,
  );
}

/** Names nodes for a scenario and date ("SB 230 inoperative, bill"): their accessible names and tooltips. */
export function nameNodes(g: NodeSel, state: GraphState): void {
  g.attr('aria-label', (d) => accessibleName(d, state));
  g.select('title').text((d) => accessibleName(d, state));
}
