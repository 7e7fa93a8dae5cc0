import { describe, expect, it } from 'vitest';
import type { Outcome, Scenario } from '../../src/engine';
import { evaluate, explain } from '../../src/engine';
import { bill, dataset, foundingDataset, link } from '../fixtures/datasets';

describe('evaluate on the founding dataset', () => {
  const ds = foundingDataset();
  const cases: Array<{ name: string; scenario: Scenario; ab392: Outcome; sb230: Outcome }> = [
    { name: 'as recorded: both enacted', scenario: { assumptions: {} }, ab392: 'enacted', sb230: 'enacted' },
    { name: 'AB 392 fails: SB 230 inoperative', scenario: { assumptions: { ab392: 'failed' } }, ab392: 'failed', sb230: 'inoperative' },
    { name: 'SB 230 fails: AB 392 still enacted', scenario: { assumptions: { sb230: 'failed' } }, ab392: 'enacted', sb230: 'failed' },
    { name: 'both fail', scenario: { assumptions: { ab392: 'failed', sb230: 'failed' } }, ab392: 'failed', sb230: 'failed' },
    {
      name: 'before the tie (2019-04-22), AB 392 fails: SB 230 only pending',
      scenario: { assumptions: { ab392: 'failed' }, asOf: '2019-04-22' },
      ab392: 'failed',
      sb230: 'pending',
    },
    {
      name: 'after the tie (2019-04-24), AB 392 fails: SB 230 inoperative',
      scenario: { assumptions: { ab392: 'failed' }, asOf: '2019-04-24' },
      ab392: 'failed',
      sb230: 'inoperative',
    },
    {
      name: 'June 2019 on the record: both pending',
      scenario: { assumptions: {}, asOf: '2019-06-01' },
      ab392: 'pending',
      sb230: 'pending',
    },
    {
      name: 'after AB 392 signed, before SB 230 signed',
      scenario: { assumptions: {}, asOf: '2019-08-30' },
      ab392: 'enacted',
      sb230: 'pending',
    },
    {
      name: 'SB 230 assumed law in June while AB 392 is open: contingent',
      scenario: { assumptions: { sb230: 'enacted' }, asOf: '2019-06-01' },
      ab392: 'pending',
      sb230: 'contingent',
    },
  ];
  it.each(cases)('$name', ({ scenario, ab392, sb230 }) => {
    const ev = evaluate(ds, scenario);
    expect(ev.outcomes.ab392).toBe(ab392);
    expect(ev.outcomes.sb230).toBe(sb230);
  });

  it('explains SB 230 falling with AB 392 in one sentence, citing the link and its sources', () => {
    const ex = explain(evaluate(ds, { assumptions: { ab392: 'failed' } }), 'sb230');
    expect(ex.sentence).toBe(
      'SB 230 was signed on 12 Sep 2019 but can never take effect: since 23 Apr 2019 it has depended on AB 392 becoming law, and in this scenario AB 392 fails.',
    );
    expect(ex.reasons.map((r) => r.kind)).toEqual(['event', 'link', 'assumption']);
    expect(ex.reasons[0]).toMatchObject({ kind: 'event', bill: 'sb230', type: 'signed', date: '2019-09-12' });
    expect(ex.sources).toContain('S23');
  });

  it('explains the record with the signing events', () => {
    const ev = evaluate(ds, { assumptions: {} });
    expect(explain(ev, 'ab392').sentence).toBe('AB 392 takes effect: it was signed on 19 Aug 2019.');
    expect(explain(ev, 'sb230').sentence).toContain('AB 392, which it hangs on, takes effect too');
    expect(explain(ev, 'ab931').outcome).toBe('failed');
  });
});

describe('evaluate: link kinds and shapes', () => {
  it('chains: A on B on C, C fails -> A and B inoperative, with the chain in words', () => {
    const ds = dataset([bill('a', 'enacted'), bill('b', 'enacted'), bill('c', 'failed')], [link('l1', 'a', ['b']), link('l2', 'b', ['c'])]);
    const ev = evaluate(ds, { assumptions: {} });
    expect(ev.outcomes).toEqual({ a: 'inoperative', b: 'inoperative', c: 'failed' });
    expect(explain(ev, 'a').sentence).toBe(
      'A was signed on 1 Jun 2020 but can never take effect: it depends on B taking effect, and B in turn hangs on C, which was vetoed on 1 Jun 2020.',
    );
  });

  it('all-of groups: a tie-bar to two bills needs both', () => {
    const ds = dataset([bill('a', 'enacted'), bill('b', 'enacted'), bill('c', 'pending')], [link('t', 'a', ['b', 'c'], {}, 'tie-bar')]);
    expect(evaluate(ds, { assumptions: {} }).outcomes.a).toBe('contingent');
    expect(evaluate(ds, { assumptions: { c: 'enacted' } }).outcomes.a).toBe('enacted');
    expect(evaluate(ds, { assumptions: { c: 'failed' } }).outcomes.a).toBe('inoperative');
  });

  it('mutual tie-bars: all take effect together or none', () => {
    const ds = dataset(
      [bill('a', 'enacted'), bill('b', 'enacted')],
      [link('ab', 'a', ['b'], {}, 'tie-bar'), link('ba', 'b', ['a'], {}, 'tie-bar')],
    );
    expect(evaluate(ds, { assumptions: {} }).outcomes).toEqual({ a: 'enacted', b: 'enacted' });
    expect(evaluate(ds, { assumptions: { b: 'failed' } }).outcomes).toEqual({ a: 'inoperative', b: 'failed' });
  });

  it('longer cycles with one open member: the enacted ones are contingent', () => {
    const ds = dataset(
      [bill('a', 'enacted'), bill('b', 'enacted'), bill('c', 'pending')],
      [link('1', 'a', ['b']), link('2', 'b', ['c']), link('3', 'c', ['a'])],
    );
    expect(evaluate(ds, { assumptions: {} }).outcomes).toEqual({ a: 'contingent', b: 'contingent', c: 'pending' });
  });

  it('deadlines: a target enacted after the deadline does not satisfy the condition', () => {
    const ds = dataset([bill('a', 'enacted'), bill('b', 'enacted', '2020-03-01')], [link('l', 'a', ['b'], { deadline: '2020-01-01' })]);
    const ev = evaluate(ds, { assumptions: {} });
    expect(ev.outcomes.a).toBe('inoperative');
    expect(explain(ev, 'a').sentence).toContain(
      'it depends on B becoming law and taking effect by 1 Jan 2020, and B did not become law in time.',
    );
    const inTime = dataset([bill('a', 'enacted'), bill('b', 'enacted', '2019-12-01')], [link('l', 'a', ['b'], { deadline: '2020-01-01' })]);
    expect(evaluate(inTime, { assumptions: {} }).outcomes.a).toBe('enacted');
  });

  it('loose relations change nothing', () => {
    const ds = dataset(
      [bill('a', 'enacted'), bill('b', 'failed')],
      [link('r', 'a', ['b'], {}, 'related'), link('c', 'a', ['b'], {}, 'companion')],
    );
    expect(evaluate(ds, { assumptions: {} }).outcomes.a).toBe('enacted');
  });

  it('links are in force only between their added and removed dates', () => {
    const ds = dataset(
      [bill('a', 'enacted', '2020-08-01'), bill('b', 'failed', '2020-07-01')],
      [link('l', 'a', ['b'], { added: '2020-03-01', removed: '2020-05-01' })],
    );
    expect(evaluate(ds, { assumptions: {}, asOf: '2020-04-01' }).outcomes.a).toBe('pending');
    expect(evaluate(ds, { assumptions: { b: 'failed' }, asOf: '2020-04-01' }).outcomes.a).toBe('inoperative');
    expect(evaluate(ds, { assumptions: { b: 'failed' }, asOf: '2020-06-01' }).outcomes.a).toBe('pending');
  });

  it('assumptions override the record both ways', () => {
    const ds = dataset([bill('a', 'failed'), bill('b', 'enacted')]);
    expect(evaluate(ds, { assumptions: { a: 'enacted', b: 'failed' } }).outcomes).toEqual({ a: 'enacted', b: 'failed' });
  });

  it('is pure: the dataset is not changed and the same input gives the same output', () => {
    const ds = foundingDataset();
    const before = JSON.stringify(ds);
    const one = evaluate(ds, { assumptions: { ab392: 'failed' } }).outcomes;
    const two = evaluate(ds, { assumptions: { ab392: 'failed' } }).outcomes;
    expect(one).toEqual(two);
    expect(JSON.stringify(ds)).toBe(before);
  });
});
