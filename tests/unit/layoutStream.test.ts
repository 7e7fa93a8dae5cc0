import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { GraphEdge, GraphNode, GraphStructure } from '../../src/engine/graphSpec';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import { generateDataset } from '../../src/engine/generate';
import type { Point } from '../../src/graph/layout';
import { computeLayout, startLayout } from '../../src/graph/layout';
import type { LayoutFrame, LayoutRequest } from '../../src/graph/layoutProtocol';
import { packLayout, positionsOf, unpackLayout } from '../../src/graph/layoutProtocol';
import { FRAME_MS, streamLayout } from '../../src/graph/layoutStream';
import { createPlacer } from '../../src/graph/positions';
import { foundingDataset } from '../fixtures/datasets';

/** The seed placement: the positions before any force has run. */
const seeds = (s: GraphStructure) => {
  const steps = startLayout(s);
  return positionsOf(steps.ids, steps.positions());
};

/** The smallest distance between two of the points. */
function closest(points: Point[]): number {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  let min = Infinity;
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j].x - sorted[i].x < min; j++)
      min = Math.min(min, Math.hypot(sorted[j].x - sorted[i].x, sorted[j].y - sorted[i].y));
  return min;
}

describe('the layout worker protocol', () => {
  const founding = buildGraphStructure(foundingDataset());

  it('round-trips ids, kinds, parents, sides, links, anchors and kept positions: the layout is the same', () => {
    const kept = new Map<string, Point>([['sb230', { x: 12.5, y: -40 }]]);
    const request = packLayout(founding, kept);
    expect(request.ids).toEqual(founding.nodes.map((n) => n.id));
    // Only link edges travel as pairs; positions only as each stakeholder's first anchor.
    expect(request.links.length / 2).toBe(founding.edges.filter((e) => e.kind === 'link').length);
    const back = unpackLayout(structuredClone(request));
    expect(back.previous).toEqual(kept);
    expect([...computeLayout(back.structure, back.previous)]).toEqual([...computeLayout(founding, kept)]);
  });

  it('streams the seeds first, refined frames as time passes, and last the very layout computeLayout gives', () => {
    const structure = buildGraphStructure(generateDataset({ bills: 80, links: 200, seed: 3 }));
    const frames: LayoutFrame[] = [];
    let clock = 0;
    // Each reading of the clock is a third of a frame's wait later: a frame every few ticks.
    streamLayout(
      packLayout(structure, new Map()),
      (f) => frames.push(f),
      () => (clock += FRAME_MS / 3),
    );
    const ids = structure.nodes.map((n) => n.id);
    expect(frames[0].final).toBe(false);
    expect(positionsOf(ids, frames[0].xy)).toEqual(seeds(structure));
    expect(frames.filter((f) => !f.final).length).toBeGreaterThan(2);
    expect(frames.at(-1)!.final).toBe(true);
    expect(frames.filter((f) => f.final)).toHaveLength(1);
    expect(positionsOf(ids, frames.at(-1)!.xy)).toEqual(computeLayout(structure));
  });
});

/** A session-like structure: bills, each with a few provisions and stakeholders on either side, and links. */
const sessionArb = fc
  .record({
    bills: fc.array(fc.record({ provisions: fc.nat(4), up: fc.nat(10), down: fc.nat(10) }), { minLength: 1, maxLength: 80 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 200 }),
  })
  .map(({ bills, links }): GraphStructure => {
    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    bills.forEach((b, i) => {
      nodes.push({ id: `b${i}`, kind: 'bill', label: '', side: 0 });
      for (let p = 0; p < b.provisions; p++) nodes.push({ id: `b${i}p${p}`, kind: 'provision', label: '', parent: `b${i}`, side: 0 });
      for (const [side, count] of [
        [-1, b.up],
        [1, b.down],
      ])
        for (let s = 0; s < count; s++) {
          const id = `b${i}s${side}_${s}`;
          nodes.push({ id, kind: 'stakeholder', label: '', side });
          edges.push({ id: `pos:${id}`, kind: 'position', source: id, target: `b${i}` });
        }
    });
    links.forEach(([a, b], k) => edges.push({ id: `l${k}`, kind: 'link', source: `b${a % bills.length}`, target: `b${b % bills.length}` }));
    return { nodes, edges };
  });

describe('the fast first placement (the seeds)', () => {
  it('puts no two nodes of a session within 20 px of each other, whatever its links', () => {
    fc.assert(
      fc.property(sessionArb, (structure) => {
        const pos = seeds(structure);
        expect(pos.size).toBe(structure.nodes.length);
        expect(closest([...pos.values()])).toBeGreaterThanOrEqual(20);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('keeps a bill with many provisions clear of its stakeholders below', () => {
    const nodes: GraphNode[] = [{ id: 'b', kind: 'bill', label: '', side: 0 }];
    const edges: GraphEdge[] = [];
    for (let p = 0; p < 12; p++) nodes.push({ id: `p${p}`, kind: 'provision', label: '', parent: 'b', side: 0 });
    for (let s = 0; s < 12; s++) {
      nodes.push({ id: `s${s}`, kind: 'stakeholder', label: '', side: 1 });
      edges.push({ id: `pos:s${s}`, kind: 'position', source: `s${s}`, target: 'b' });
    }
    expect(closest([...seeds({ nodes, edges }).values()])).toBeGreaterThanOrEqual(20);
  });

  it('keeps the bills of a 20,000-bill session apart at once, before any force runs', () => {
    const structure = buildGraphStructure(generateDataset({ bills: 20_000, links: 100_000, seed: 12 }));
    expect(closest([...seeds(structure).values()])).toBeGreaterThanOrEqual(300);
  }, 60_000);
});

describe('the placer, with a worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A stand-in Worker that runs the layout worker's code on cloned messages, one frame per task. */
  class FakeWorker {
    static made: FakeWorker[] = [];
    onmessage: ((e: { data: LayoutFrame }) => void) | null = null;
    onerror: ((e: { message: string }) => void) | null = null;
    terminated = false;
    constructor() {
      FakeWorker.made.push(this);
    }
    postMessage(request: LayoutRequest) {
      const frames: LayoutFrame[] = [];
      let clock = 0;
      streamLayout(
        structuredClone(request),
        (f) => frames.push(structuredClone(f)),
        () => (clock += FRAME_MS / 2),
      );
      const deliver = () => {
        const f = frames.shift();
        if (!f || this.terminated) return;
        this.onmessage?.({ data: f });
        setTimeout(deliver, 0);
      };
      setTimeout(deliver, 0);
    }
    terminate() {
      this.terminated = true;
    }
  }

  it('hands a streaming renderer the seeds, then refined frames marked "refining", then the layout, by id', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const structure = buildGraphStructure(generateDataset({ bills: 410, links: 800, seed: 5 }));
    const container = { dataset: {} } as HTMLElement;
    const seen: Array<{ final: boolean; state: string | undefined; pos: Map<string, Point> }> = [];
    const done = new Promise<void>((resolve) =>
      createPlacer(container, { stream: true }).place(structure, new Map(), (pos, final) => {
        seen.push({ final, state: container.dataset.layout, pos });
        if (final) resolve();
      }),
    );
    expect(container.dataset.layout).toBe('running');
    await done;
    expect(seen[0]).toMatchObject({ final: false, state: 'refining' });
    expect(seen[0].pos).toEqual(seeds(structure));
    expect(seen.at(-1)).toMatchObject({ final: true, state: 'running' });
    expect(seen.at(-1)!.pos).toEqual(computeLayout(structure));
    expect(seen.filter((s) => s.final)).toHaveLength(1);
  }, 60_000);

  it('hands a renderer that does not stream only the finished layout; a newer placement stops the older worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.made = [];
    const structure = buildGraphStructure(generateDataset({ bills: 410, links: 800, seed: 6 }));
    const placer = createPlacer({ dataset: {} } as HTMLElement);
    const first = vi.fn();
    placer.place(structure, new Map(), first);
    const finals: Array<Map<string, Point>> = [];
    const second = new Promise<void>((resolve) =>
      placer.place(structure, new Map(), (pos, final) => {
        finals.push(pos);
        expect(final).toBe(true);
        resolve();
      }),
    );
    // The older worker is stopped at once, before it has sent anything.
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0].terminated).toBe(true);
    await second;
    expect(first).not.toHaveBeenCalled();
    expect(finals).toHaveLength(1);
    expect(finals[0]).toEqual(computeLayout(structure));
  }, 60_000);
});
