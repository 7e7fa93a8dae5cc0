import { describe, expect, it } from 'vitest';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import type { GraphStructure } from '../../src/engine/graphSpec';
import { STORY_MAX_BILLS, buildStoryStructure } from '../../src/engine/storyGraph';
import { generateDataset } from '../../src/engine/generate';
import { resolvePositions } from '../../src/graph/positions';
import { SHELF, shelfLayout } from '../../src/graph/shelfLayout';
import type { Point } from '../../src/graph/layout';

/** A session's tied bills as the app draws them by default (no stakeholders). */
function sessionBills(bills: number, links: number, seed: number): GraphStructure {
  const ds = generateDataset({ bills, links, seed });
  return buildStoryStructure(ds, buildGraphStructure(ds), 'grouped', new Set());
}

/** The packages of tied bills: each bill's set of bills reached over links. */
function packages(s: GraphStructure): string[][] {
  const next = new Map<string, string[]>(s.nodes.filter((n) => n.kind === 'bill').map((n) => [n.id, []]));
  for (const e of s.edges) {
    if (e.kind !== 'link' || !next.has(e.source) || !next.has(e.target)) continue;
    next.get(e.source)!.push(e.target);
    next.get(e.target)!.push(e.source);
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const id of next.keys()) {
    if (seen.has(id)) continue;
    const reached = new Set([id]);
    for (const r of reached) for (const n of next.get(r)!) reached.add(n);
    reached.forEach((r) => seen.add(r));
    out.push([...reached]);
  }
  return out;
}

const boxOf = (ids: string[], pos: Map<string, Point>) => {
  const ps = ids.map((id) => pos.get(id)!);
  return [
    Math.min(...ps.map((p) => p.x)),
    Math.min(...ps.map((p) => p.y)),
    Math.max(...ps.map((p) => p.x)),
    Math.max(...ps.map((p) => p.y)),
  ];
};

describe("a session's tied bills on shelves", () => {
  const structure = sessionBills(STORY_MAX_BILLS + 250, 160, 5);

  it('is what the app lays a session out with when it draws no stakeholders, not the baked network; with them, the baked network again', () => {
    const generated = generateDataset({ bills: STORY_MAX_BILLS + 250, links: 160, seed: 5 });
    const network = buildGraphStructure(generated);
    // Baked: every node at a position of its own.
    const layout: Record<string, [number, number]> = Object.fromEntries(network.nodes.map((n, i) => [n.id, [i * 10, -i * 7]]));
    const ds = { ...generated, layout };
    const full = buildGraphStructure(ds);
    const shelves = buildStoryStructure(ds, full, 'none', new Set());
    expect(shelves.shelves).toBe(true);
    expect(shelves.baked).toBeUndefined();
    const onShelves = resolvePositions(shelves, new Map()) as Map<string, Point>;
    expect(onShelves).toEqual(shelfLayout(shelves));
    // "Each one" after "hidden": the view hands over its shelf positions; the baked ones win.
    const all = resolvePositions(buildStoryStructure(ds, full, 'all', new Set()), new Map(onShelves)) as Map<string, Point>;
    expect(all).toEqual(new Map(Object.entries(layout).map(([id, [x, y]]) => [id, { x, y }])));
  });

  it('places every node once, each package apart from the others, and two bills never on one spot', () => {
    const pos = shelfLayout(structure);
    expect([...pos.keys()].sort()).toEqual(structure.nodes.map((n) => n.id).sort());
    const blocks = packages(structure).map((ids) => boxOf(ids, pos));
    // Blocks of bill centres: a box's half (60 px) each side still leaves the gap between packages.
    for (let i = 0; i < blocks.length; i++)
      for (let j = i + 1; j < blocks.length; j++) {
        const [a, b] = [blocks[i], blocks[j]];
        const apartX = Math.max(b[0] - a[2], a[0] - b[2]);
        const apartY = Math.max(b[1] - a[3], a[1] - b[3]);
        expect(Math.max(apartX, apartY)).toBeGreaterThanOrEqual(SHELF.gap);
      }
    const spots = new Set([...pos.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(pos.size);
  });

  it("puts a tie between neighbours: most of a small package's ties join bills side by side in one row", () => {
    const pos = shelfLayout(structure);
    const small = new Set(
      packages(structure)
        .filter((p) => p.length <= SHELF.perRow)
        .flat(),
    );
    const ties = structure.edges.filter((e) => e.kind === 'link' && small.has(e.source));
    expect(ties.length).toBeGreaterThan(20);
    const inRow = ties.filter((e) => pos.get(e.source)!.y === pos.get(e.target)!.y);
    const besides = inRow.filter((e) => Math.abs(pos.get(e.source)!.x - pos.get(e.target)!.x) === SHELF.cell);
    expect(inRow.length).toBe(ties.length);
    expect(besides.length / ties.length).toBeGreaterThan(0.6);
  });

  it('puts the largest package first, at the top left, and the same session the same way each time', () => {
    const pos = shelfLayout(structure);
    const largest = packages(structure).sort((a, b) => b.length - a.length)[0];
    // Every other bill lies right of the largest package's block or below it (the block's own lanes may set its bills lower than the next block's).
    const [, , x1, y1] = boxOf(largest, pos);
    const own = new Set(largest);
    const others = [...pos].filter(([id]) => !own.has(id));
    expect(others.length).toBeGreaterThan(0);
    for (const [, p] of others) expect(p.x > x1 || p.y > y1).toBe(true);
    expect(shelfLayout(sessionBills(STORY_MAX_BILLS + 250, 160, 5))).toEqual(pos);
  });

  it('lays a package of thousands out as a block of its own proportions, not a column', () => {
    const hub = sessionBills(2000, 10_000, 11);
    const [x0, y0, x1, y1] = boxOf([...shelfLayout(hub).keys()], shelfLayout(hub));
    expect((x1 - x0) / (y1 - y0)).toBeGreaterThan(1);
    expect((x1 - x0) / (y1 - y0)).toBeLessThan(4);
  });
});
