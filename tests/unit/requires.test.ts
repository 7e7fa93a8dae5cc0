import { describe, expect, it } from 'vitest';
import type { Requirement } from '../../src/model';
import { evaluate, evaluateProvisions, explain, explainChain, stuckLaws } from '../../src/engine';
import { bill, dataset, foundingDataset, link } from '../fixtures/datasets';

// What a tie asks of its target: `effect` (it must take effect, so conditions chain) or
// `enactment` (it must be enacted, whatever becomes of it: Michigan's "are enacted into law").
const tie = (id: string, from: string, to: string[], requires?: Requirement) => link(id, from, to, requires ? { requires } : {}, 'tie-bar');

describe('a chain of three whose middle bill cannot take effect', () => {
  // A hangs on B, B hangs on C; A and B are law, C died: B is inoperative.
  const chainOf = (requires?: Requirement) =>
    dataset([bill('a', 'enacted'), bill('b', 'enacted'), bill('c', 'failed')], [tie('a-b', 'a', ['b'], requires), tie('b-c', 'b', ['c'])]);

  it('asking for enactment: A takes effect, because B was enacted', () => {
    const ev = evaluate(chainOf('enactment'), { assumptions: {} });
    expect(ev.outcomes).toEqual({ a: 'enacted', b: 'inoperative', c: 'failed' });
    expect(explain(ev, 'a').sentence).toBe(
      'A takes effect: it was signed on 1 Jun 2020; it is tied to B, which was enacted, and its tie asks only that, not that it take effect.',
    );
  });

  it('asking for effect (and by default): A falls with B', () => {
    for (const requires of ['effect', undefined] as const) {
      const ev = evaluate(chainOf(requires), { assumptions: {} });
      expect(ev.outcomes, requires).toEqual({ a: 'inoperative', b: 'inoperative', c: 'failed' });
      expect(explain(ev, 'a').chain).toEqual({ next: 'b', root: 'c', links: 2 });
    }
  });

  it('asking for enactment, when B itself fails: A is inoperative, and its chain stops at B', () => {
    const ev = evaluate(chainOf('enactment'), { assumptions: { b: 'failed' } });
    expect(ev.outcomes).toEqual({ a: 'inoperative', b: 'failed', c: 'failed' });
    const x = explain(ev, 'a');
    expect(x.chain).toEqual({ next: 'b', root: 'b', links: 1 });
    expect(x.sentence).toBe(
      'A was signed on 1 Jun 2020 but can never take effect: it is tie-barred to B, so it depends on B being enacted too, and in this scenario B fails.',
    );
    expect(explainChain(ev, 'a').map((r) => r.kind)).toEqual(['link', 'assumption']);
  });
});

describe('a pending target', () => {
  it.each(['enactment', 'effect'] as const)('asking for %s: a law tied to a pending bill is contingent', (requires) => {
    const ds = dataset([bill('a', 'enacted'), bill('b')], [tie('a-b', 'a', ['b'], requires)]);
    const ev = evaluate(ds, { assumptions: {} });
    expect(ev.outcomes).toEqual({ a: 'contingent', b: 'pending' });
    expect(explain(ev, 'a').sentence).toContain(requires === 'enactment' ? 'B being enacted too' : 'B becoming law too');
  });

  it('asking for enactment: a law tied to a bill that is enacted but still contingent takes effect', () => {
    const ds = dataset(
      [bill('a', 'enacted'), bill('b', 'enacted'), bill('c')],
      [tie('a-b', 'a', ['b'], 'enactment'), tie('b-c', 'b', ['c'], 'enactment')],
    );
    expect(evaluate(ds, { assumptions: {} }).outcomes).toEqual({ a: 'enacted', b: 'contingent', c: 'pending' });
  });
});

describe('cycles', () => {
  // A and B tie-barred to each other; B also hangs on C.
  const cycle = (requires?: Requirement) =>
    dataset(
      [bill('a', 'enacted'), bill('b', 'enacted'), bill('c', 'failed')],
      [tie('a-b', 'a', ['b'], requires), tie('b-a', 'b', ['a'], requires), tie('b-c', 'b', ['c'], requires)],
    );

  it('asking for effect: the whole cycle falls with C', () => {
    expect(evaluate(cycle('effect'), { assumptions: {} }).outcomes).toEqual({ a: 'inoperative', b: 'inoperative', c: 'failed' });
  });

  it('asking for enactment: only B, whose own tie names C, falls; A needs only B enacted', () => {
    expect(evaluate(cycle('enactment'), { assumptions: {} }).outcomes).toEqual({ a: 'enacted', b: 'inoperative', c: 'failed' });
  });

  it.each(['enactment', 'effect'] as const)(
    'asking for %s: a cycle of laws takes effect together, and falls with a failed member',
    (requires) => {
      const ds = dataset(
        [bill('a', 'enacted'), bill('b', 'enacted')],
        [tie('a-b', 'a', ['b'], requires), tie('b-a', 'b', ['a'], requires)],
      );
      expect(evaluate(ds, { assumptions: {} }).outcomes).toEqual({ a: 'enacted', b: 'enacted' });
      expect(evaluate(ds, { assumptions: { b: 'failed' } }).outcomes).toEqual({ a: 'inoperative', b: 'failed' });
      expect(evaluate(ds, { assumptions: { a: 'failed' } }).outcomes).toEqual({ a: 'failed', b: 'inoperative' });
    },
  );
});

describe('procedural deeming and enactment', () => {
  it('a measure deemed passed counts as enacted (even if it cannot take effect) until its trigger cannot take effect', () => {
    // D is produced by T (procedural) but hangs on Y, which failed; A asks only that D be enacted. T hangs on X.
    const ds = dataset(
      // In this order D's own fall is heard after its value has already fallen.
      [bill('y', 'failed'), bill('d'), bill('a', 'enacted'), bill('t', 'enacted'), bill('x', 'enacted')],
      [link('d-t', 'd', ['t'], {}, 'procedural'), tie('d-y', 'd', ['y']), tie('a-d', 'a', ['d'], 'enactment'), tie('t-x', 't', ['x'])],
    );
    const recorded = evaluate(ds, { assumptions: {} });
    expect(recorded.outcomes).toMatchObject({ a: 'enacted', d: 'inoperative' });
    expect(recorded.own[1]).toBe('enacted');
    // X fails: T cannot take effect, so D is no longer deemed passed, and A's condition is open again.
    const ev = evaluate(ds, { assumptions: { x: 'failed' } });
    expect(ev.outcomes).toMatchObject({ a: 'contingent', d: 'inoperative', t: 'inoperative' });
    expect(ev.own[1]).toBe('pending');
  });
});

describe('provisions', () => {
  it('a provision tied to an enacted bill that cannot take effect is operative when its tie asks only for enactment', () => {
    const ds = dataset([bill('a', 'enacted'), bill('b', 'enacted'), bill('c', 'failed')]);
    ds.bills[0].provisions = [{ id: 'a-p', label: 'Part' }];
    ds.links = [link('p-b', 'a-p', ['b'], { requires: 'enactment' }), link('b-c', 'b', ['c'])];
    const ev = evaluate(ds, { assumptions: {} });
    expect(ev.outcomes.b).toBe('inoperative');
    expect(evaluateProvisions(ev)['a-p'].outcome).toBe('operative');
    ds.links[0] = link('p-b', 'a-p', ['b']);
    expect(evaluateProvisions(evaluate(structuredClone(ds), { assumptions: {} }))['a-p'].outcome).toBe('inoperative');
  });
});

describe('the founding dataset keeps its outcomes', () => {
  it('SB 230 is inoperative if AB 392 fails, and takes effect as recorded', () => {
    const ds = foundingDataset();
    expect(ds.links!.every((l) => l.requires === undefined)).toBe(true);
    expect(evaluate(ds, { assumptions: { ab392: 'failed' } }).outcomes.sb230).toBe('inoperative');
    expect(evaluate(ds, { assumptions: {} }).outcomes.sb230).toBe('enacted');
  });
});

describe('the session finder', () => {
  it('lists a law as stuck only when the bill its tie names fails its requirement', () => {
    const ds = dataset(
      [bill('a', 'enacted'), bill('b', 'enacted'), bill('c', 'failed')],
      [tie('a-b', 'a', ['b'], 'enactment'), tie('b-c', 'b', ['c'], 'enactment')],
    );
    expect(stuckLaws(evaluate(ds, { assumptions: {} })).map((s) => s.id)).toEqual(['b']);
  });
});
