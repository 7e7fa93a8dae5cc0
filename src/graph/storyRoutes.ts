/**
 * Where a story's ties run between its cards. A tie between cards next to each other runs straight
 * across the clear space between them (storyLayout draws those); any other tie is routed around the
 * cards, never over one: along a lane beside its line of cards (left of a stack's column, or in the
 * band above a row) and, to a card on another line, along the outer lane (left of the rows, or above
 * a stack's columns). Each card's ties that skip cards share its lane (a bus).
 */
import type { Point } from './layout';
import { FONT, SIZE, textWidth } from './core/encodings';
import { linkNote } from '../engine/graphSpec';
import type { GraphEdge } from '../engine/graphSpec';
import type { LabelBox } from './core/labels';
import { routePoints } from './core/geometry';

/** Where a link's line runs and where its words go (graph units). */
export interface Route {
  /** Start and end of the line (box edge to box edge). */
  from: Point;
  /** End (the arrow's tip). */
  to: Point;
  /** Corners between them, for a line that runs around what lies between its cards (a lane). */
  via?: Point[];
  /**
   * Where the words go, and how they are anchored there. A route around cards has its words where
   * they cross no card, line or other words; with no such room, `lit`: they are left out at rest and
   * shown (at a spot along the line) while the tie is lit.
   */
  label?: Point & { anchor: 'start' | 'middle'; lit?: true; width?: number };
}

/**
 * How wide a tie's words are drawn (graph units): its words or its date line, whichever is wider,
 * and never less than the room every tie's words are given (SIZE.linkWords). A date with "not yet
 * checked" after it runs past that room, and the drawing's bounds must hold it.
 */
export function wordsWidth(e: GraphEdge): number {
  let width = widthOfWords.get(e);
  if (width === undefined) {
    width = Math.max(SIZE.linkWords.width, textWidth(e.label ?? '', FONT.link, true), textWidth(linkNote(e), FONT.date));
    widthOfWords.set(e, width);
  }
  return width;
}

/** Each edge's words' width, worked out once: a story is laid out many times (each order and box tried). */
const widthOfWords = new WeakMap<GraphEdge, number>();

/** Whether a link's words are shown only while it is lit (its route found them no room at rest): both renderers leave them out at rest. */
export function wordsLitOnly(route: Route | undefined): boolean {
  return Boolean(route?.label?.lit);
}

/** Whether a route's words are drawn at rest (they have words, and room for them: not only while lit). */
export function wordsAtRest(route: Route | undefined): route is Route & { label: NonNullable<Route['label']> } {
  return Boolean(route?.label && !route.label.lit);
}

/** How the cards are arranged: side by side in rows, or stacked in columns. */
export type Arrangement = 'row' | 'stack';

/** Where the card at an index goes: its row (or column, in a stack) and its place along it. */
export interface Slot {
  line: number;
  at: number;
}

const LANE = 14; // between a line of cards and each lane beside it, where a link that skips cards runs
const LANE_MIN = 6; // many lanes (a package whose bills are all tied to each other) run closer, down to this
/** In rows below the first, a lane leaves (or enters) a box this far left of its middle: a tie from the row above arrives at the middle, its words right of it. */
const ROW_LANE_DX = 30;

/**
 * Cards fill rows left to right and the next row right to left (a stack's columns top to bottom), so
 * that the cards on either side of a row's end sit one above the other: a chain of ties runs on
 * from row to row, each tie between neighbours.
 */
export function slotOf(index: number, per: number, arrangement: Arrangement): Slot {
  const line = Math.floor(index / per);
  const along = index % per;
  return { line, at: arrangement === 'row' && line % 2 === 1 ? per - 1 - along : along };
}

/**
 * Whether two cards are next to each other: along a line, or (in rows) one above the other, or (in a
 * stack) at the tops of columns side by side, their boxes level.
 */
export function neighbours(a: Slot, b: Slot, arrangement: Arrangement): boolean {
  if (a.line === b.line) return Math.abs(a.at - b.at) === 1;
  if (Math.abs(a.line - b.line) !== 1) return false;
  return arrangement === 'row' ? a.at === b.at : a.at === 0 && b.at === 0;
}

/**
 * How a tie runs: between neighbours; `beside`, between the tops of a stack's columns side by side
 * (straight across, through the room beside the left box: subjects give way, and its words lie on its
 * cards); along a lane beside its cards' line; or around others to another line; none without two cards.
 */
export type TieWay = 'neighbour' | 'beside' | 'lane' | 'around' | 'none';

/** A tie's way and the lanes it takes (numbered from 1, nearest the cards; 0 for none). */
export interface TiePlan {
  way: TieWay;
  /** Its source card's lane on the source's line (a stack's card at the top of its column leaves from its box's top instead: 0). */
  depart: number;
  /** Its source's outer lane (left of the rows; above a stack's columns), for a tie to another line. */
  outer: number;
  /** Its lane on the target's line, to another line (a stack's card at the top of its column is entered from above: 0). */
  arrive: number;
}

/** The ways and lanes of an arrangement's ties, and how many lanes each line and the outer lane have. */
export interface RoutePlan {
  ties: TiePlan[];
  /** Lanes beside each line (by line). */
  lanes: Map<number, number>;
  /** Outer lanes. */
  outer: number;
}

/**
 * What a tie costs an arrangement: nothing between neighbours, a little along a lane, more beside
 * (across a card's room) or around other cards, most without cards to run between.
 */
export function tieCost(way: TieWay): number {
  return way === 'neighbour' ? 0 : way === 'lane' ? 1 : way === 'beside' || way === 'around' ? 3 : 4;
}

/**
 * Plans the ties (pairs of card indices, in the structure's order) of an arrangement of `per` cards
 * a line: each card's ties that skip cards share its lane on its line, and its ties to other lines
 * its outer lane and one lane on each line they reach.
 */
export function planRoutes(
  ties: ReadonlyArray<readonly [number | undefined, number | undefined]>,
  per: number,
  arrangement: Arrangement,
): RoutePlan {
  const lanes = new Map<number, number>();
  const buses = new Map<string, number>();
  const bus = (key: string, line: number) => {
    let lane = buses.get(key);
    if (lane === undefined) {
      lane = (lanes.get(line) ?? 0) + 1;
      lanes.set(line, lane);
      buses.set(key, lane);
    }
    return lane;
  };
  const outerOf = new Map<number, number>();
  const plans = ties.map(([a, b]): TiePlan => {
    const none = { depart: 0, outer: 0, arrive: 0 };
    if (a === undefined || b === undefined || a === b) return { way: 'none', ...none };
    const [sa, sb] = [slotOf(a, per, arrangement), slotOf(b, per, arrangement)];
    if (neighbours(sa, sb, arrangement)) return { way: arrangement === 'stack' && sa.line !== sb.line ? 'beside' : 'neighbour', ...none };
    if (sa.line === sb.line) return { way: 'lane', ...none, depart: bus(`${a}`, sa.line) };
    const fromTop = arrangement === 'stack' && sa.at === 0;
    const intoTop = arrangement === 'stack' && sb.at === 0;
    const depart = fromTop ? 0 : bus(`${a}`, sa.line);
    let outer = outerOf.get(a);
    if (outer === undefined) outerOf.set(a, (outer = outerOf.size + 1));
    return { way: 'around', depart, outer, arrive: intoTop ? 0 : bus(`${a}>${sb.line}`, sb.line) };
  });
  return { ties: plans, lanes, outer: outerOf.size };
}

/** How far apart `count` lanes run: a few at LANE, more closer, in about the room three take (never under LANE_MIN). */
export function laneGap(count: number): number {
  return count <= 3 ? LANE : Math.max(LANE_MIN, (3 * LANE) / count);
}

/** The room `count` lanes take beside the cards: each lane's gap, and half a gap past the last. */
export function laneRoom(count: number): number {
  return count === 0 ? 0 : (count + 0.5) * laneGap(count);
}

/** A placed card, for routing: its slot, its top and bottom, its left edge, and its bill box's centre. */
export interface PlacedCard extends Slot {
  top: number;
  bottom: number;
  left: number;
  box: Point;
}

/**
 * Where an arrangement's lanes run (graph units): rows, the lanes above the first row count up from
 * `base[0]` and those of a lower row down from `base[line]` (the bottom of the row above it); a
 * stack, the lanes of each column left from `base[line]` (its left edge). The outer lanes count from
 * `outerBase`: left of the rows, above a stack's columns.
 */
export interface LaneFrame {
  arrangement: Arrangement;
  base: number[];
  outerBase: number;
}

/** The route of a tie that skips cards (a lane or around others) from card `a` to card `b`, by its plan. */
export function laneRoute(plan: RoutePlan, tie: TiePlan, a: PlacedCard, b: PlacedCard, frame: LaneFrame): Route | null {
  if (tie.way !== 'lane' && tie.way !== 'around') return null;
  const at = (line: number, lane: number) => {
    const gap = laneGap(plan.lanes.get(line) ?? 0);
    if (frame.arrangement === 'stack') return frame.base[line] - lane * gap;
    return line === 0 ? frame.base[0] - lane * gap : frame.base[line] + lane * gap;
  };
  const outer = (lane: number) => frame.outerBase - lane * laneGap(plan.outer);
  if (frame.arrangement === 'row') {
    // Out of the top of each box, into the band above its row (a lower row's a little left of the
    // box's middle, where a tie from the row above does not arrive).
    const xOf = (c: PlacedCard) => c.box.x - (c.line === 0 ? 0 : ROW_LANE_DX);
    const top = (c: PlacedCard) => c.box.y - SIZE.bill.hh;
    const [xa, xb] = [xOf(a), xOf(b)];
    const ya = at(a.line, tie.depart);
    if (tie.way === 'lane')
      return {
        from: { x: xa, y: top(a) },
        via: [
          { x: xa, y: ya },
          { x: xb, y: ya },
        ],
        to: { x: xb, y: top(b) },
      };
    const [x, yb] = [outer(tie.outer), at(b.line, tie.arrive)];
    return {
      from: { x: xa, y: top(a) },
      via: [
        { x: xa, y: ya },
        { x, y: ya },
        { x, y: yb },
        { x: xb, y: yb },
      ],
      to: { x: xb, y: top(b) },
    };
  }
  // A stack: out of the left of each box, along the lane left of its column.
  const [la, lb] = [a.box.x - SIZE.bill.hw, b.box.x - SIZE.bill.hw];
  if (tie.way === 'lane') {
    const x = at(a.line, tie.depart);
    return {
      from: { x: la, y: a.box.y },
      via: [
        { x, y: a.box.y },
        { x, y: b.box.y },
      ],
      to: { x: la, y: b.box.y },
    };
  }
  // To another column: up to the outer lane above the columns, along it, and down to the other card
  // (into its box's top, at the top of its column; else along the lane left of that column).
  const y = outer(tie.outer);
  const [ta, tb] = [a.box.y - SIZE.bill.hh, b.box.y - SIZE.bill.hh];
  const out: Point[] =
    tie.depart === 0
      ? [{ x: a.box.x, y: ta }]
      : [
          { x: la, y: a.box.y },
          { x: at(a.line, tie.depart), y: a.box.y },
        ];
  out.push({ x: out[out.length - 1].x, y });
  if (tie.arrive === 0) out.push({ x: b.box.x, y }, { x: b.box.x, y: tb });
  else {
    const x = at(b.line, tie.arrive);
    out.push({ x, y }, { x, y: b.box.y }, { x: lb, y: b.box.y });
  }
  return { from: out[0], via: out.slice(1, -1), to: out[out.length - 1] };
}

/** The box a route's words take at `label` (graph units): the words above the spot, the date under it. */
export function wordsBox(label: Point & { anchor: 'start' | 'middle'; width?: number }): LabelBox {
  const { above, below } = SIZE.linkWords;
  const width = label.width ?? SIZE.linkWords.width;
  const x0 = label.anchor === 'start' ? label.x : label.x - width / 2;
  return { x0, y0: label.y - above, x1: x0 + width, y1: label.y + below };
}

/** What a route takes: the box of each straight run of its line (routes run straight across or down), and of its words drawn at rest. */
export function routeBoxes(route: Route): LabelBox[] {
  const points = routePoints(route);
  const out: LabelBox[] = [];
  for (let i = 1; i < points.length; i++) out.push(runBox(points[i - 1], points[i]));
  if (wordsAtRest(route)) out.push(wordsBox(route.label));
  return out;
}

function runBox(a: Point, b: Point): LabelBox {
  return { x0: Math.min(a.x, b.x), y0: Math.min(a.y, b.y), x1: Math.max(a.x, b.x), y1: Math.max(a.y, b.y) };
}

const overlap = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Gives each route around cards (one with corners) its words: beside a run of its line long enough
 * to hold them (across a run, words above and date below; right of a run down) where they lie on no
 * drawn card and cross no other run of any line nor any words; else at the middle of its longest
 * run, `lit` (shown while the tie is lit). `cards` are the drawn cards, margins included.
 */
export function placeLaneWords(
  routes: Map<string, Route>,
  cards: readonly LabelBox[],
  widths: ReadonlyMap<string, number> = new Map(),
): void {
  const runs = [...routes].flatMap(([id, r]) => {
    const points = routePoints(r);
    return points.slice(1).map((p, i) => ({ id, i, box: runBox(points[i], p) }));
  });
  const words = [...routes.values()].flatMap((r) => (wordsAtRest(r) ? [wordsBox(r.label)] : []));
  const { above, below } = SIZE.linkWords;
  for (const [id, route] of routes) {
    if (!route.via || route.label) continue;
    const width = widths.get(id) ?? SIZE.linkWords.width;
    const points = routePoints(route);
    const spots = points
      .slice(1)
      .map((b, i) => {
        const a = points[i];
        const [len, across] = [Math.hypot(b.x - a.x, b.y - a.y), a.y === b.y];
        const at = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        const label = across ? { ...at, anchor: 'middle' as const, width } : { x: at.x + 10, y: at.y, anchor: 'start' as const, width };
        return { i, len, label, fits: len >= (across ? width : above + below) };
      })
      .sort((p, q) => q.len - p.len);
    const clear = spots.find(({ i, label, fits }) => {
      if (!fits) return false;
      const box = wordsBox(label);
      return (
        !cards.some((c) => overlap(box, c)) &&
        !words.some((w) => overlap(box, w)) &&
        !runs.some((r) => !(r.id === id && r.i === i) && overlap(box, r.box))
      );
    });
    if (clear) {
      route.label = clear.label;
      words.push(wordsBox(clear.label));
    } else if (spots.length) route.label = { ...spots[0].label, lit: true };
  }
}
