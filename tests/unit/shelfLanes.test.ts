/**
 * A session's ties on shelves never pass behind a bill they do not join: a tie between neighbours
 * in a row is a straight line; any other runs on lanes above the rows (shelfLanes.ts). Checked on
 * both built-in Michigan sessions (where a third of the ties ran behind other bills before) and on
 * a made-up star.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/model';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import type { GraphStructure } from '../../src/engine/graphSpec';
import { buildStoryStructure } from '../../src/engine/storyGraph';
import { generateDataset } from '../../src/engine/generate';
import { shelfLayout, shelfRoutes } from '../../src/graph/shelfLayout';
import { LANE, planLanes } from '../../src/graph/shelfLanes';
import { halfSize, routePoints } from '../../src/graph/core/geometry';
import type { Point } from '../../src/graph/layout';

function session(file: string): GraphStructure {
  const r = parseDatasetText(readFileSync(`public/data/${file}.json`, 'utf8'));
  if (!r.ok) throw new Error(`${file} is invalid`);
  return buildStoryStructure(r.dataset, buildGraphStructure(r.dataset), 'grouped', new Set());
}

type Box = { id: string; x0: number; y0: number; x1: number; y1: number };

/** Whether the segment a-b runs inside the box (touching its edge does not count). */
function through(a: Point, b: Point, box: Box): boolean {
  let [t0, t1] = [0, 1];
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  for (const [p, q] of [
    [-dx, a.x - box.x0],
    [dx, box.x1 - a.x],
    [-dy, a.y - box.y0],
    [dy, box.y1 - a.y],
  ]) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return t1 - t0 > 1e-9;
}

/** The ties (by id) whose drawn line runs behind a bill other than their own two. */
function behindOthers(
  s: GraphStructure,
  pos: ReadonlyMap<string, Point>,
  routes: ReadonlyMap<string, { from: Point; via?: Point[]; to: Point }>,
) {
  const boxes: Box[] = s.nodes.map((n) => {
    const p = pos.get(n.id)!;
    const [hw, hh] = halfSize(n);
    return { id: n.id, x0: p.x - hw, y0: p.y - hh, x1: p.x + hw, y1: p.y + hh };
  });
  const out: string[] = [];
  for (const e of s.edges) {
    const route = routes.get(e.id);
    const points = route ? routePoints(route) : [pos.get(e.source)!, pos.get(e.target)!];
    const hit = boxes.some((b) => b.id !== e.source && b.id !== e.target && points.some((p, i) => i > 0 && through(points[i - 1], p, b)));
    if (hit) out.push(e.id);
  }
  return out;
}

describe("a session's ties on shelves", () => {
  for (const file of ['mi-2023-2024', 'mi-2019-2020']) {
    it(`${file}: no tie runs behind a bill it does not join, and each routed one runs square from its source's top to its target's`, () => {
      const s = session(file);
      expect(s.shelves).toBe(true);
      const pos = shelfLayout(s);
      const routes = shelfRoutes(s);
      // Straight, centre to centre, over 400 ties would run behind another bill in each session.
      expect(behindOthers(s, pos, new Map()).length).toBeGreaterThan(400);
      expect(behindOthers(s, pos, routes)).toEqual([]);
      expect(routes.size).toBeGreaterThan(600);
      for (const e of s.edges) {
        const route = routes.get(e.id);
        if (!route) {
          // Unrouted: neighbours in a row.
          const [a, b] = [pos.get(e.source)!, pos.get(e.target)!];
          expect(a.y).toBe(b.y);
          continue;
        }
        const points = routePoints(route);
        const [a, b] = [pos.get(e.source)!, pos.get(e.target)!];
        const [hw, hh] = halfSize(s.nodes.find((n) => n.id === e.source)!);
        expect(points[0].y).toBe(a.y - hh);
        expect(Math.abs(points[0].x - a.x)).toBeLessThan(hw);
        expect(points.at(-1)!.y).toBe(b.y - hh);
        expect(Math.abs(points.at(-1)!.x - b.x)).toBeLessThan(hw);
        for (let i = 1; i < points.length; i++) expect(points[i].x === points[i - 1].x || points[i].y === points[i - 1].y).toBe(true);
      }
    });
  }

  it("no two buses share a stretch of a lane, in either Michigan session (each line is one bill's ties)", () => {
    for (const file of ['mi-2023-2024', 'mi-2019-2020']) {
      const s = session(file);
      const routes = shelfRoutes(s);
      // Each bus's level runs (y, x from, x to), by the bill that owns it: a tie's route runs from its owner's top.
      const runs = new Map<number, Array<{ owner: string; x0: number; x1: number }>>();
      for (const e of s.edges) {
        const route = routes.get(e.id);
        if (!route) continue;
        const points = routePoints(route);
        // The owner is the end whose top the route leaves from or lands on first along its shared riser: the same for all its ties.
        const owner = [e.source, e.target].sort().join('|');
        for (let i = 1; i < points.length; i++) {
          const [p, q] = [points[i - 1], points[i]];
          if (p.y !== q.y) continue;
          const list = runs.get(p.y) ?? [];
          runs.set(p.y, list);
          list.push({ owner, x0: Math.min(p.x, q.x), x1: Math.max(p.x, q.x) });
        }
      }
      let shared = 0;
      for (const list of runs.values()) {
        list.sort((a, b) => a.x0 - b.x0);
        for (let i = 0; i < list.length; i++)
          for (let j = i + 1; j < list.length && list[j].x0 < list[i].x1; j++) {
            const [a, b] = [list[i].owner.split('|'), list[j].owner.split('|')];
            // Two ties of one bus share a bill (their owner); ties of different buses share none.
            if (!a.some((id) => b.includes(id))) shared++;
          }
      }
      expect(shared, file).toBe(0);
    }
  });

  it("a star: the hub's bus rises once, runs along one lane, and drops into each bill it joins; neighbours stay straight", () => {
    // Hub h in the middle of a row of five, tied to each other bill: h-b and h-c are neighbours, h-a is too; h-e skips d.
    const slots = new Map(['a', 'h', 'b', 'd', 'e'].map((id, col) => [id, { row: 0, col }]));
    const ties = ['a', 'b', 'd', 'e'].map((id) => ({ id: `t-${id}`, source: id, target: 'h' }));
    const plan = planLanes(slots, ties);
    expect(plan.lanes).toEqual([1]);
    expect(plan.trunks).toBe(0);
    const at = (id: string) => ({ x: 100 * slots.get(id)!.col, y: 50 });
    const routes = plan.routes(at, 20, 40, 0, () => 30);
    // a and b sit beside the hub: straight lines. d and e: up to the lane 14 above the row's top, across, down into h.
    expect([...routes.keys()].sort()).toEqual(['t-d', 't-e']);
    for (const id of ['t-d', 't-e']) {
      const points = routePoints(routes.get(id)!);
      expect(points.map((p) => p.y)).toEqual([30, 30 - LANE, 30 - LANE, 30]);
      expect(points[0].x).toBe(at(id.slice(2)).x);
      expect(points.at(-1)!.x).toBe(at('h').x);
    }
  });

  it('two buses over the same bills take two lanes; over bills apart, they share one', () => {
    const slots = new Map(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, col) => [id, { row: 0, col }]));
    const tie = (s: string, t: string) => ({ id: `${s}-${t}`, source: s, target: t });
    expect(planLanes(slots, [tie('a', 'c'), tie('b', 'd')]).lanes).toEqual([2]);
    expect(planLanes(slots, [tie('a', 'c'), tie('e', 'g')]).lanes).toEqual([1]);
    // Two ties of one bill (c, the end both share) are one bus: one lane.
    expect(planLanes(slots, [tie('a', 'c'), tie('c', 'e')]).lanes).toEqual([1]);
  });

  it('a generated hairball of 2,000 bills keeps straight lines (too dense for lanes), laid out as before', () => {
    const ds = generateDataset({ bills: 2000, links: 10_000, seed: 11 });
    const s = buildStoryStructure(ds, buildGraphStructure(ds), 'grouped', new Set());
    expect(shelfRoutes(s).size).toBe(0);
  });
});
