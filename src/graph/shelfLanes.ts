/**
 * How a session's ties run inside one package's block (shelfLayout.ts), so that no line passes
 * behind a bill it does not join: a tie between neighbours in a row is a straight line; any other
 * runs on its bus. A bus belongs to the bill with the most such ties (a package's hub): it rises
 * from the hub's top into the channel above the hub's row, and drops into the top of each bill it
 * joins, in the channel above that bill's row, reached down a trunk left of the block when the row
 * is another. Buses whose spans do not meet share a lane. A package too large or dense for that (more
 * than MAX_LANED_BILLS bills, or MAX_LANES lanes to a channel or trunks: a generated hairball of
 * thousands of ties) keeps its straight lines. Pure: rows in, lanes and routes out.
 */
import type { Point } from './layout';
import type { Route } from './storyLayout';

/** Between two lanes, and between a channel's lowest lane and the boxes below it (graph units). */
export const LANE = 14;

/** The most lanes a channel, or trunks a block, may take (Michigan's densest package, 20 bills and 232 ties, takes 15). */
export const MAX_LANES = 16;

/** The most bills a package may have for its ties to run on lanes (Michigan's largest has 60; a generated one, thousands). */
export const MAX_LANED_BILLS = 200;

/** One tie of the package: its id and its ends (bill ids in the package). */
export interface Tie {
  id: string;
  source: string;
  target: string;
}

/** Where each bill sits in the block: its row and column. */
export type Slots = ReadonlyMap<string, { row: number; col: number }>;

/** What the block needs to leave room for: lanes in the channel above each row, and trunks left of it. */
export interface LanePlan {
  /** Lanes in the channel above each row (0 for none). */
  lanes: number[];
  /** Trunks left of the block. */
  trunks: number;
  /** Draws the routes once the block knows where each bill's box is (its centre and half height). */
  routes: (at: (id: string) => Point, hh: number, hw: number, left: number, rowTop: (row: number) => number) => Map<string, Route>;
}

/** No lanes: every tie a straight line. */
export const NO_LANES: LanePlan = { lanes: [], trunks: 0, routes: () => new Map() };

interface Bus {
  owner: string;
  ties: Tie[];
  /** The bills it joins, the owner's included. */
  ends: Set<string>;
  /** Its lane in each channel it runs in, by row. */
  lane: Map<number, number>;
  /** Its trunk's index, when it reaches another row. */
  trunk?: number;
}

/** Plans the lanes of a block whose bills sit at `slots`, for its ties (links between two of its bills). */
export function planLanes(slots: Slots, ties: readonly Tie[]): LanePlan {
  const neighbours = (t: Tie) => {
    const [a, b] = [slots.get(t.source)!, slots.get(t.target)!];
    return a.row === b.row && Math.abs(a.col - b.col) === 1;
  };
  const routed = ties.filter((t) => t.source !== t.target && !neighbours(t));
  // A tie goes on the bus of its end with more routed ties (the first in the block's order on a draw).
  const count = new Map<string, number>();
  for (const t of routed) for (const id of [t.source, t.target]) count.set(id, (count.get(id) ?? 0) + 1);
  const order = [...slots.keys()];
  const rank = new Map(order.map((id, i) => [id, i]));
  const buses = new Map<string, Bus>();
  for (const t of routed) {
    const [a, b] = [t.source, t.target];
    const owner = count.get(a)! > count.get(b)! || (count.get(a) === count.get(b) && rank.get(a)! < rank.get(b)!) ? a : b;
    const bus: Bus = buses.get(owner) ?? { owner, ties: [], ends: new Set([owner]), lane: new Map() };
    buses.set(owner, bus);
    bus.ties.push(t);
    bus.ends.add(owner === a ? b : a);
  }
  // Lanes: in each channel, a bus takes the lowest lane free along its span there (its ends in that row, and the owner's column).
  const lanes: number[] = [];
  const spans = new Map<number, Array<{ bus: Bus; from: number; to: number }>>();
  let trunks = 0;
  for (const bus of buses.values()) {
    const home = slots.get(bus.owner)!;
    const rows = new Map<number, number[]>();
    for (const id of bus.ends) {
      const s = slots.get(id)!;
      rows.set(s.row, [...(rows.get(s.row) ?? []), s.col]);
    }
    if (rows.size > 1) bus.trunk = trunks++;
    if (trunks > MAX_LANES) return NO_LANES;
    for (const [row, cols] of rows) {
      // A channel reached by the trunk runs from the block's left edge (column -1).
      const reach = row === home.row && rows.size === 1 ? cols : [...cols, row === home.row ? home.col : -1, -1];
      const list = spans.get(row) ?? [];
      spans.set(row, list);
      list.push({ bus, from: Math.min(...reach), to: Math.max(...reach) });
    }
  }
  for (const [row, list] of spans) {
    list.sort((a, b) => a.from - b.from || b.to - a.to);
    const ends: number[] = [];
    for (const s of list) {
      let lane = ends.findIndex((end) => end < s.from);
      if (lane < 0) lane = ends.push(s.to) - 1;
      else ends[lane] = s.to;
      s.bus.lane.set(row, lane);
    }
    if (ends.length > MAX_LANES) return NO_LANES;
    lanes[row] = ends.length;
  }
  for (let r = 0; r < lanes.length; r++) lanes[r] ??= 0;
  return {
    lanes,
    trunks,
    routes(at, hh, hw, left, rowTop) {
      // Where each bus meets a bill's top: spread along the top, one point per bus.
      const meets = new Map<string, string[]>();
      for (const bus of buses.values()) for (const id of bus.ends) meets.set(id, [...(meets.get(id) ?? []), bus.owner]);
      const meet = (id: string, owner: string): Point => {
        const all = meets.get(id)!;
        const step = all.length > 1 ? Math.min(16, (2 * hw - 24) / (all.length - 1)) : 0;
        const p = at(id);
        return { x: p.x + (all.indexOf(owner) - (all.length - 1) / 2) * step, y: p.y - hh };
      };
      const laneY = (bus: Bus, row: number) => rowTop(row) - (bus.lane.get(row)! + 1) * LANE;
      const routes = new Map<string, Route>();
      for (const bus of buses.values()) {
        const home = slots.get(bus.owner)!.row;
        const trunkX = left - (bus.trunk! + 1) * LANE;
        for (const t of bus.ties) {
          const other = t.source === bus.owner ? t.target : t.source;
          const row = slots.get(other)!.row;
          const [o, q] = [meet(bus.owner, bus.owner), meet(other, bus.owner)];
          const points: Point[] = [o, { x: o.x, y: laneY(bus, home) }];
          if (row !== home) points.push({ x: trunkX, y: laneY(bus, home) }, { x: trunkX, y: laneY(bus, row) });
          points.push({ x: q.x, y: laneY(bus, row) }, q);
          if (t.source !== bus.owner) points.reverse();
          routes.set(t.id, { from: points[0], via: points.slice(1, -1), to: points[points.length - 1] });
        }
      }
      return routes;
    },
  };
}
