/**
 * The story layout: each bill is a card (its box, then its provisions and stakeholder groups listed
 * under it), and the cards are arranged for the box they are drawn in: side by side in a wide box,
 * stacked in a tall narrow one, wrapped into rows or columns for more bills (rows run back and forth,
 * so a chain of ties goes on from one row to the next). Ties between cards next to each other run in
 * the clear space between them, with their words beside them. Linear in size.
 */
import type { GraphStructure } from '../engine/graphSpec';
import type { Point } from './layout';
import { orderBills } from './billOrder';
import { betterOrder } from './storyOrder';
import { FONT, SIZE, SUBJECT, WHAT_IF, WHAT_IF_PILL, subjectSpots, textWidth } from './core/encodings';
import { fitZoom, itemExtraHeight } from './core/geometry';
import type { RowPitch } from './core/interaction';
import type { Arrangement, PlacedCard, Route, RoutePlan } from './storyRoutes';
import { laneRoom, laneRoute, placeLaneWords, planRoutes, routeBoxes, slotOf, tieCost, wordsBox, wordsWidth } from './storyRoutes';
import { drawsWords } from './core/interaction';

export type { Route } from './storyRoutes';

/** A laid-out story. */
export interface StoryLayout {
  /** Node centres. */
  pos: Map<string, Point>;
  /**
   * Links between cards next to each other (side by side, stacked, or in rows one above the other),
   * routed through the clear space between them; links that skip cards, along lanes left of a stack
   * or above a row.
   */
  routes: Map<string, Route>;
  /** Cards (a bill with what is listed under it): x0, y0, x1, y1. */
  cards: Array<[number, number, number, number]>;
  /** Extent of everything drawn: x0, y0, x1, y1. */
  bounds: [number, number, number, number];
  /** How the cards are arranged. */
  arrangement: 'row' | 'stack';
  /** Rows (row) or columns (stack) of cards. */
  lines: number;
  /**
   * How far apart (graph units) the items of a card's list are, centre to centre: a provision or
   * group, and a listed person. Each answers a tap across the whole of its row.
   */
  pitch: RowPitch;
  /**
   * Bills whose subject is drawn in their card's room right of their box, with that room's width
   * (graph units, from SUBJECT.gap right of the box): every bill with a subject, or none where one
   * has no room (a row's centred box) or a tie or its words run through it (cards side by side in a stack).
   */
  subjects: Map<string, SubjectRoom>;
}

/** A bill's subject right of its box: the room's width (graph units, from SUBJECT.gap right of the box), and its lines there (subjectSpots). */
export interface SubjectRoom {
  width: number;
  spots: ReadonlyArray<{ words: string; y: number }>;
}

/** Padding around the drawing inside its box, in CSS pixels. */
export const STORY_PAD = 10;
/** The largest zoom a story is fitted at. */
export const STORY_MAX_ZOOM = 1.5;
/** The zoom a story reads best at: a page that grows to fit its story gives it the height for this zoom (storyHeight). */
export const STORY_READ_ZOOM = 1.15;

const ROW_GAP_X = 150; // between cards side by side: room for "operative only if" and its date
const ROW_GAP_Y = 56; // between rows: a tie to the card below runs here, two lines of words beside it
const STACK_GAP = 60; // between stacked cards: two lines of link words
const STACK_COL_GAP = 48;
const GUTTER = 36; // left of a stack's list: the line down to the next card runs here
const ITEM_GAP = 6;

interface Card {
  bill: string;
  items: string[];
  height: number;
}

/**
 * Lays out a story structure for a box of `width` x `height` CSS pixels. With `tap` (CSS pixels, on
 * a touch screen), the rows of a card's list are spaced so each is a target that tall at the zoom
 * the story reads at (its words stay the same size; the card grows).
 */
export function storyLayout(structure: GraphStructure, width: number, height: number, tap = 0): StoryLayout {
  // The layout storyReads just made for this very story and box, taken once (by the view drawing it).
  const kept = handedOn;
  handedOn = null;
  if (kept && kept.structure === structure && kept.width === width && kept.height === height && kept.tap === tap) return kept.layout;
  return arrange(structure, width, height, tap);
}

/**
 * The layout storyReads made last, for the next storyLayout of the same story and box: a page asks
 * whether its story reads in its room, and its view then lays the story out there, on the same
 * first frame. Taken once, so no two callers hold one layout (a view moves the nodes a reader drags).
 */
let handedOn: { structure: GraphStructure; width: number; height: number; tap: number; layout: StoryLayout } | null = null;

function arrange(structure: GraphStructure, width: number, height: number, tap: number): StoryLayout {
  let order = orderBills(structure);
  const items = new Map<string, string[]>(order.map((id) => [id, []]));
  const kindOf = new Map(structure.nodes.map((n) => [n.id, n.kind]));
  const taller = extraHeights(structure);
  // Provisions first, then the groups and people in the order the structure lists them.
  for (const n of structure.nodes) if (n.kind === 'provision' && n.parent) items.get(n.parent)?.push(n.id);
  for (const n of structure.nodes) if (n.kind !== 'provision' && n.kind !== 'bill' && n.parent) items.get(n.parent)?.push(n.id);
  const cardsFor = (pitch: RowPitch): Card[] =>
    order.map((bill) => {
      const list = items.get(bill)!;
      const rows = list.reduce((s, id) => s + (kindOf.get(id) === 'stakeholder' ? pitch.member : pitch.item) + (taller.get(id) ?? 0), 0);
      return { bill, items: list, height: 2 * SIZE.bill.hh + (list.length ? 12 : 0) + rows };
    });
  const natural = { item: SIZE.item.h + ITEM_GAP, member: SIZE.member.h + ITEM_GAP };
  let cards = cardsFor(natural);
  const n = Math.max(cards.length, 1);
  const index = new Map(order.map((id, i) => [id, i]));
  const ties = tiePairs(structure, index);
  let best = { arrangement: 'row' as Arrangement, lines: 1, k: -1, readable: -1, cost: Infinity };
  const [w, h] = [Math.max(width - 2 * STORY_PAD, 1), Math.max(height - 2 * STORY_PAD, 1)];
  // Try every number of rows and of columns. Best: drawn at full size (or as near as can be), then
  // with ties between neighbours rather than along lanes, and along lanes rather than around other
  // cards, then drawn largest.
  for (const arrangement of ['row', 'stack'] as const) {
    for (let lines = 1; lines <= n; lines++) {
      const per = Math.ceil(n / lines);
      if (lines > 1 && per === Math.ceil(n / (lines - 1))) continue;
      // One card a row is a stack without its gutter: ties would run through the lists. A story of
      // one bill is a stack too: its box at the left, what it is about beside it.
      if (arrangement === 'row' && per === 1) continue;
      // The lanes' room counts too: a stack's lanes widen it (and its outer lanes raise it), a row's raise it.
      const plan = planRoutes(ties, per, arrangement);
      const [ew, eh] = extent(cards, arrangement, lines, plan);
      const k = Math.min(STORY_MAX_ZOOM, w / ew, h / eh);
      const readable = Math.round(Math.min(k, 1) * 20);
      const cost = plan.ties.reduce((sum, t) => sum + tieCost(t.way), 0);
      const better = readable !== best.readable ? readable > best.readable : cost !== best.cost ? cost < best.cost : k > best.k + 1e-9;
      if (better) best = { arrangement, lines, k, readable, cost };
    }
  }
  // The cards reordered, if that ties more of them to neighbours (or draws them larger) as legibly.
  const per = Math.ceil(n / best.lines);
  const reordered =
    best.cost === 0
      ? null
      : betterOrder(n, best, (next) => {
          const at = new Array<number>(n);
          next.forEach((old, i) => (at[old] = i));
          const plan = planRoutes(
            ties.map(([a, b]) => [a === undefined ? a : at[a], b === undefined ? b : at[b]] as const),
            per,
            best.arrangement,
          );
          const cost = plan.ties.reduce((sum, t) => sum + tieCost(t.way), 0);
          if (cost > best.cost) return null;
          const [ew, eh] = extent(
            next.map((i) => cards[i]),
            best.arrangement,
            best.lines,
            plan,
          );
          const k = Math.min(STORY_MAX_ZOOM, w / ew, h / eh);
          return Math.round(Math.min(k, 1) * 20) < best.readable ? null : { cost, k };
        });
  if (reordered) {
    order = reordered.map((i) => order[i]);
    cards = cardsFor(natural);
  }
  // Rows a finger can hit: spaced for the zoom the story reads at in its box's width (a page grows
  // its height to that zoom; the width alone decides it, so the spacing does not move the zoom). A
  // story drawn much smaller keeps its spacing: a reader zooms in to tap there.
  const laid = place(cards, best.arrangement, best.lines, structure, natural, taller);
  const read = Math.min(STORY_READ_ZOOM, w / (laid.bounds[2] - laid.bounds[0]));
  if (!(tap > 0 && read >= MIN_TAP_ZOOM)) return laid;
  const spacedBy = (row: number) => {
    const pitch = { item: Math.max(natural.item, row), member: Math.max(natural.member, row) };
    const spaced = place(cardsFor(pitch), best.arrangement, best.lines, structure, pitch, taller);
    // The zoom the view fits it at in this box (core/fit's, for a story).
    return { spaced, k: fitZoom(spaced.bounds, width, height, STORY_PAD, STORY_MAX_ZOOM) };
  };
  // Rows a whole number of units apart, far enough apart for the zoom they are drawn at: a box a
  // little short of the height asked for draws them a little smaller, so they are spaced for that.
  for (let row = Math.ceil(tap / read), tries = 0; tries < 4; tries++) {
    const { spaced, k } = spacedBy(row);
    if (row * k >= tap) return spaced;
    const next = Math.ceil(tap / k);
    if (next <= row || k < read * 0.9) break;
    row = next;
  }
  // Where the box has not the height for finger-tall rows (a page that caps its height: a long list
  // opened), they are as far apart as it has room for at the zoom the story reads at: squeezed in,
  // wider rows would only draw the words smaller.
  for (let row = Math.ceil(tap / read) - 1; row > Math.min(natural.item, natural.member); row--) {
    const { spaced, k } = spacedBy(row);
    if (k >= read) return spaced;
  }
  return laid;
}

/** How much taller than one line's box each item whose words take more lines is (graph units; only those). */
function extraHeights(structure: GraphStructure): Map<string, number> {
  const extra = new Map<string, number>();
  for (const n of structure.nodes) {
    const more = itemExtraHeight(n);
    if (more > 0) extra.set(n.id, more);
  }
  return extra;
}

/** Below this zoom, a touch screen's rows are not spaced out (a finger-tall row would be far apart on screen). */
const MIN_TAP_ZOOM = 0.6;

/** A structure's ties as pairs of card indices (in the order of its edges: a plan's ties line up with them). */
function tiePairs(structure: GraphStructure, index: ReadonlyMap<string, number>): Array<[number | undefined, number | undefined]> {
  const card = cardBills(structure);
  return structure.edges.filter((e) => e.kind === 'link').map((e) => [index.get(card(e.source)), index.get(card(e.target))]);
}

/** The bill whose card a node is drawn in (a tie to a provision runs to its bill's card). */
function cardBills(structure: GraphStructure): (id: string) => string {
  const parent = new Map(structure.nodes.filter((n) => n.kind !== 'bill' && n.parent).map((n) => [n.id, n.parent!]));
  return (id) => parent.get(id) ?? id;
}

/** The room lanes beside a line of cards take (graph units), the card's margin included; none without lanes. */
function lanesRoom(count: number): number {
  return count === 0 ? 0 : SIZE.card.pad + laneRoom(count);
}

/** The gap left of a stack's column `c` (c > 0): wide enough for its lanes, clear of both cards' margins. */
function columnGap(plan: RoutePlan, c: number): number {
  return Math.max(STACK_COL_GAP, 2 * SIZE.card.pad + laneRoom(plan.lanes.get(c) ?? 0));
}

/** The band above row `r` (r > 0) that its lanes take, over the gap between the rows. */
function bandRoom(plan: RoutePlan, r: number): number {
  return lanesRoom(plan.lanes.get(r) ?? 0);
}

/** Width and height of an arrangement, its lanes included. */
function extent(cards: Card[], arrangement: Arrangement, lines: number, plan: RoutePlan): [number, number] {
  if (cards.length === 0) return [1, 1];
  const per = Math.ceil(cards.length / lines);
  if (arrangement === 'row') {
    const cardW = 2 * SIZE.item.hw;
    let height = lanesRoom(plan.lanes.get(0) ?? 0);
    for (let r = 0; r < lines; r++) {
      height += Math.max(0, ...cards.slice(r * per, (r + 1) * per).map((c) => c.height));
      if (r > 0) height += ROW_GAP_Y + bandRoom(plan, r);
    }
    return [per * cardW + (per - 1) * ROW_GAP_X + lanesRoom(plan.outer), height];
  }
  let height = 0;
  for (let c = 0; c < lines; c++) {
    const col = cards.slice(c * per, (c + 1) * per);
    height = Math.max(
      height,
      col.reduce((s, card) => s + card.height + STACK_GAP, -STACK_GAP),
    );
  }
  const colW = GUTTER + 2 * SIZE.item.hw;
  let width = lines * colW + lanesRoom(plan.lanes.get(0) ?? 0);
  for (let c = 1; c < lines; c++) width += columnGap(plan, c);
  return [width, height + lanesRoom(plan.outer)];
}

function place(
  cards: Card[],
  arrangement: Arrangement,
  lines: number,
  structure: GraphStructure,
  pitch: RowPitch,
  taller: ReadonlyMap<string, number>,
): StoryLayout {
  const pos = new Map<string, Point>();
  const boxes: StoryLayout['cards'] = [];
  const cardOf = new Map<string, PlacedCard>();
  const kindOf = new Map(structure.nodes.map((n) => [n.id, n.kind]));
  const per = Math.ceil(cards.length / lines);
  const listAt = (card: Card, left: number, top: number) => {
    let y = top + 2 * SIZE.bill.hh + 12;
    for (const id of card.items) {
      const member = kindOf.get(id) === 'stakeholder';
      // An item (or a person's name) whose words take two lines is that much taller, and so is its row.
      const extra = taller.get(id) ?? 0;
      const row = (member ? pitch.member : pitch.item) + extra;
      // A row taller than its box (on a touch screen) has the extra space split above and below it.
      const hh = ((member ? SIZE.member.h : SIZE.item.h) + extra) / 2;
      // A listed person is a dot at the list's left edge, their name beside it.
      pos.set(id, { x: member ? left + SIZE.member.r : left + SIZE.item.hw, y: y + hh + (row - 2 * hh - ITEM_GAP) / 2 });
      y += row;
    }
  };
  const links = structure.edges.filter((e) => e.kind === 'link');
  const plan = planRoutes(tiePairs(structure, new Map(cards.map((c, i) => [c.bill, i]))), per, arrangement);
  // Where the lanes run: above the first row and in a band over each lower row; left of each column.
  const base: number[] = [];
  if (arrangement === 'row') {
    const cardW = 2 * SIZE.item.hw;
    let top = 0;
    base.push(-SIZE.card.pad);
    for (let r = 0; r < lines; r++) {
      const row = cards.slice(r * per, (r + 1) * per);
      row.forEach((card, i) => {
        const slot = slotOf(r * per + i, per, arrangement);
        const left = slot.at * (cardW + ROW_GAP_X);
        pos.set(card.bill, { x: left + cardW / 2, y: top + SIZE.bill.hh });
        listAt(card, left, top);
        boxes.push([left, top, left + cardW, top + card.height]);
        cardOf.set(card.bill, { ...slot, top, bottom: top + card.height, left, box: pos.get(card.bill)! });
      });
      const bottom = top + Math.max(0, ...row.map((c) => c.height));
      base.push(bottom + SIZE.card.pad);
      top = bottom + ROW_GAP_Y + bandRoom(plan, r + 1);
    }
  } else {
    const colW = GUTTER + 2 * SIZE.item.hw;
    let left = 0;
    for (let c = 0; c < lines; c++) {
      let top = 0;
      if (c > 0) left += colW + columnGap(plan, c);
      base.push(left - SIZE.card.pad);
      cards.slice(c * per, (c + 1) * per).forEach((card, i) => {
        pos.set(card.bill, { x: left + SIZE.bill.hw, y: top + SIZE.bill.hh });
        listAt(card, left + GUTTER, top);
        boxes.push([left, top, left + colW, top + card.height]);
        cardOf.set(card.bill, { line: c, at: i, top, bottom: top + card.height, left, box: pos.get(card.bill)! });
        top += card.height + STACK_GAP;
      });
    }
  }
  const routes = new Map<string, Route>();
  const frame = { arrangement, base, outerBase: -SIZE.card.pad };
  const card = cardBills(structure);
  links.forEach((e, i) => {
    const [a, b] = [cardOf.get(card(e.source)), cardOf.get(card(e.target))];
    const [pa, pb] = [a?.box, b?.box];
    const tie = plan.ties[i];
    if (!a || !b || !pa || !pb || tie.way === 'none') return;
    if (tie.way === 'lane' || tie.way === 'around') {
      // A link that skips cards runs out of their way, along its card's own lane (a bus: every tie of
      // that card that skips cards runs there, dropping into each bill it joins), and around the
      // cards to another line.
      const route = laneRoute(plan, tie, a, b, frame);
      if (route) routes.set(e.id, route);
      return;
    }
    if (a.line !== b.line && arrangement === 'stack') {
      // A stack: a tie between the tops of columns side by side runs straight across, box to box (through
      // the room beside the left box: its subject gives way), its words over the middle.
      const dir = Math.sign(pb.x - pa.x);
      const [x0, x1] = [pa.x + dir * SIZE.bill.hw, pb.x - dir * SIZE.bill.hw];
      routes.set(e.id, { from: { x: x0, y: pa.y }, to: { x: x1, y: pb.y }, label: { x: (x0 + x1) / 2, y: pa.y, anchor: 'middle' } });
    } else if (a.line !== b.line) {
      // Rows: a tie to the card above or below runs straight between them, out of the upper card's list.
      const down = b.line > a.line;
      const [upper, lower] = down ? [a, b] : [b, a];
      const [y0, y1] = [upper.bottom + SIZE.card.pad, lower.top];
      const [from, to] = down ? [y0, y1] : [y1, y0];
      routes.set(e.id, {
        from: { x: pa.x, y: from },
        to: { x: pa.x, y: to },
        label: { x: pa.x + 10, y: y1 - ROW_GAP_Y / 2, anchor: 'start' },
      });
    } else if (arrangement === 'row') {
      const dir = Math.sign(pb.x - pa.x);
      const [x0, x1] = [pa.x + dir * SIZE.bill.hw, pb.x - dir * SIZE.bill.hw];
      routes.set(e.id, { from: { x: x0, y: pa.y }, to: { x: x1, y: pb.y }, label: { x: (x0 + x1) / 2, y: pa.y, anchor: 'middle' } });
    } else {
      const x = pa.x - SIZE.bill.hw + GUTTER / 2;
      const down = pb.y > pa.y;
      const [y0, y1] = down ? [pa.y + SIZE.bill.hh, pb.y - SIZE.bill.hh] : [pa.y - SIZE.bill.hh, pb.y + SIZE.bill.hh];
      // The words sit in the gap above the lower card, right of the line.
      const gapBottom = Math.max(pa.y, pb.y) - SIZE.bill.hh;
      routes.set(e.id, { from: { x, y: y0 }, to: { x, y: y1 }, label: { x: x + 10, y: gapBottom - STACK_GAP / 2, anchor: 'start' } });
    }
  });
  // Each tie's words as wide as they are drawn (a date with "not yet checked" runs past the usual room).
  const widths = new Map(links.map((e) => [e.id, wordsWidth(e)]));
  for (const [id, r] of routes) if (r.label) r.label.width = widths.get(id);
  const pad = SIZE.card.pad;
  placeLaneWords(
    routes,
    boxes.map(([l, t, r, b]) => ({ x0: l - pad, y0: t - pad, x1: r + pad, y1: b + pad })),
    widths,
  );
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [l, t, r, b] of boxes) [x0, y0, x1, y1] = [Math.min(x0, l), Math.min(y0, t), Math.max(x1, r), Math.max(y1, b)];
  if (boxes.length === 0) [x0, y0, x1, y1] = [0, 0, 1, 1];
  // The lanes, and half a lane's gap past the outermost.
  const first = lanesRoom(plan.lanes.get(0) ?? 0);
  if (arrangement === 'row') y0 = Math.min(y0, -first);
  else x0 = Math.min(x0, -first);
  const outer = lanesRoom(plan.outer);
  if (arrangement === 'row') x0 = Math.min(x0, -outer);
  else y0 = Math.min(y0, -outer);
  // A tie's words are drawn whole: at rest, or (a lane's) while its tie is lit; none reaches past the
  // drawing's bounds, where the fit would cut it at the graph's edge.
  for (const r of routes.values())
    if (r.label && (r.via || !r.label.lit)) {
      const w = wordsBox(r.label);
      [x0, y0, x1, y1] = [Math.min(x0, w.x0), Math.min(y0, w.y0), Math.max(x1, w.x1), Math.max(y1, w.y1)];
    }
  // A bill's "what if" tag (drawn right of its box when a scenario sets it) may reach past its card:
  // the drawing's bounds hold it, so the fit never lays it on the box's edge.
  const tag = SIZE.bill.hw + WHAT_IF.dx + textWidth(WHAT_IF.words, FONT.outcome, true) + WHAT_IF_PILL.pad + WHAT_IF_PILL.width;
  for (const n of structure.nodes) if (n.kind === 'bill' && pos.has(n.id)) x1 = Math.max(x1, pos.get(n.id)!.x + tag);
  const subjects = subjectRooms(structure, pos, routes, cardOf, boxes, links);
  return { pos, routes, cards: boxes, bounds: [x0, y0, x1, y1], arrangement, lines, pitch, subjects };
}

/**
 * The room right of each bill's box for its subject, and its lines there (StoryLayout.subjects):
 * every bill with a subject gets it, or none does (a story half captioned reads as if the rest were
 * about nothing).
 */
function subjectRooms(
  structure: GraphStructure,
  pos: ReadonlyMap<string, Point>,
  routes: ReadonlyMap<string, Route>,
  cardOf: ReadonlyMap<string, unknown>,
  boxes: StoryLayout['cards'],
  links: GraphStructure['edges'],
): Map<string, SubjectRoom> {
  const none = new Map<string, SubjectRoom>();
  // A tie drawn without a route (one within a card, or to a bill not drawn) may run through a box's room.
  if (links.some((e) => cardOf.has(e.source) && cardOf.has(e.target) && !routes.has(e.id))) return none;
  const cardBox = new Map([...cardOf.keys()].map((bill, i) => [bill, boxes[i]]));
  // What the ties take: each straight run of a route's line, and the words beside it (worked out once).
  const taken = [...routes.values()].flatMap(routeBoxes);
  const rooms = new Map<string, SubjectRoom>();
  for (const n of structure.nodes) {
    const p = pos.get(n.id);
    if (n.kind !== 'bill' || !n.subject || !p) continue;
    const card = cardBox.get(n.id);
    const left = p.x + SIZE.bill.hw + SUBJECT.gap;
    const width = (card?.[2] ?? -Infinity) - SUBJECT.inset - left;
    if (!(width >= SUBJECT.min)) return none;
    // A card that lists nothing under its box ends just under it: two lines, not three.
    const listed = card !== undefined && card[3] - card[1] > 2 * SIZE.bill.hh;
    const spots = subjectSpots(n.subject, width, listed ? SUBJECT.lines : 2);
    if (spots.length === 0) continue;
    // The words' own height: an em over the first baseline, a third of one under the last.
    const room = {
      x0: left,
      y0: p.y + spots[0].y - FONT.subject,
      x1: left + width,
      y1: p.y + spots[spots.length - 1].y + FONT.subject / 3,
    };
    if (taken.some((b) => b.x1 > room.x0 && b.x0 < room.x1 && b.y1 > room.y0 && b.y0 < room.y1)) return none;
    rooms.set(n.id, { width, spots });
  }
  return rooms;
}

/**
 * Whether a story laid out for a `width` x `height` box (CSS px) is fitted at a zoom that draws its
 * words: the bills' names, their outcomes, what their cards list and the ties' words (a subject may
 * be left out). A page that lays its graph out in the room it has left asks this to know when to
 * give the story its own height instead (storyHeight).
 */
export function storyReads(structure: GraphStructure, width: number, height: number, tap = 0): boolean {
  const layout = storyLayout(structure, width, height, tap);
  handedOn = { structure, width, height, tap, layout };
  return drawsWords(fitZoom(layout.bounds, width, height, STORY_PAD, STORY_MAX_ZOOM));
}

/**
 * The height at which a story drawn `width` CSS pixels wide reads at full size (clamped to
 * `min`..`max`): the height of the arrangement the story takes in a box of that very height. (The
 * tallest box may stack what a shorter one lays out in rows as legibly: the height is then the rows'.)
 */
export function storyHeight(structure: GraphStructure, width: number, min: number, max: number, tap = 0): number {
  if (!structure.story) return max;
  const readsIn = (height: number) => {
    const layout = storyLayout(structure, width, height, tap);
    const [, y0, , y1] = layout.bounds;
    const k = fitZoom(layout.bounds, width, height, STORY_PAD, STORY_MAX_ZOOM);
    return Math.round(Math.min(max, Math.max(min, (y1 - y0) * Math.min(k, STORY_READ_ZOOM) + 2 * STORY_PAD)));
  };
  // Each box is no taller than the one before, and draws the story as large (up to the zoom it reads at).
  let height = readsIn(max);
  for (let tries = 0; tries < 3; tries++) {
    const next = readsIn(height);
    if (next >= height) break;
    height = next;
  }
  return height;
}
