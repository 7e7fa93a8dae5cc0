import { describe, expect, it } from 'vitest';
import { evaluate, evaluateProvisions, explain, snapshotAsOf, stakeholderImpact } from '../../src/engine';
import { recordedStatus } from '../../src/engine/timeline';
import { aroundCaveat } from '../../src/engine/words';
import type { Bill } from '../../src/model';
import { bill, dataset, foundingDataset, link } from '../fixtures/datasets';

describe('contingencies on measures that are not bills', () => {
  it('a bill operative only if a constitutional amendment is approved by voters', () => {
    const aca: Bill = {
      id: 'aca1',
      label: 'ACA 1',
      kind: 'constitutional-amendment',
      title: 'An amendment',
      events: [{ date: '2020-11-03', type: 'approved-by-voters', description: 'Approved', sources: ['s'] }],
      sources: ['s'],
    };
    const ds = dataset([bill('a', 'enacted'), aca], [link('l', 'a', ['aca1'])]);
    expect(evaluate(ds, { assumptions: {} }).outcomes).toEqual({ a: 'enacted', aca1: 'enacted' });
    expect(evaluate(ds, { assumptions: {}, asOf: '2020-10-01' }).outcomes.a).toBe('contingent');
    const ev = evaluate(ds, { assumptions: { aca1: 'failed' } });
    expect(explain(ev, 'a').sentence).toBe(
      'A was signed on 1 Jun 2020 but can never take effect: it depends on ACA 1 becoming law, and in this scenario ACA 1 fails.',
    );
  });
});

describe('procedural links', () => {
  it('adopting the trigger deems the produced measure passed; its dependents follow', () => {
    const ds = dataset(
      [bill('budget', 'enacted'), bill('debt', 'pending'), bill('c', 'enacted')],
      [link('g', 'debt', ['budget'], {}, 'procedural'), link('l', 'c', ['debt'])],
    );
    const ev = evaluate(ds, { assumptions: {} });
    expect(ev.outcomes).toEqual({ budget: 'enacted', debt: 'enacted', c: 'enacted' });
    expect(explain(ev, 'debt').sentence).toBe(
      'DEBT takes effect: it is deemed passed, because adopting BUDGET produces it (a procedural link).',
    );
    expect(evaluate(ds, { assumptions: { budget: 'failed' } }).outcomes).toEqual({ budget: 'failed', debt: 'pending', c: 'contingent' });
    expect(evaluate(ds, { assumptions: { debt: 'failed' } }).outcomes.debt).toBe('failed');
  });
});

describe('procedural links: a trigger that cannot take effect deems nothing', () => {
  const gephardt = (extra: ReturnType<typeof link>[] = [], bills: Bill[] = []) =>
    dataset(
      [bill('budget', 'enacted'), bill('debt', 'pending'), bill('x', 'pending'), ...bills],
      [link('g', 'debt', ['budget'], {}, 'procedural'), ...extra],
    );

  it('an enacted trigger held back by a failed condition does not deem its measure passed', () => {
    const ds = gephardt([link('c', 'budget', ['x'])]);
    const ev = evaluate(ds, { assumptions: { x: 'failed' } });
    expect(ev.outcomes).toMatchObject({ budget: 'inoperative', debt: 'pending' });
    expect(ev.deemedBy[1]).toBe(-1);
    expect(explain(ev, 'debt').sentence).toBe('DEBT is pending: its own fate is still open (last step on 10 Jan 2020: introduced).');
  });

  it('a trigger that is only contingent does not deem it either; once its condition holds, it does', () => {
    const ds = gephardt([link('c', 'budget', ['x'])]);
    expect(evaluate(ds, { assumptions: {} }).outcomes).toMatchObject({ budget: 'contingent', debt: 'pending' });
    expect(evaluate(ds, { assumptions: { x: 'enacted' } }).outcomes).toMatchObject({ budget: 'enacted', debt: 'enacted' });
  });

  it('a chain of procedural links falls together when its first trigger cannot take effect', () => {
    const ds = gephardt([link('g2', 'more', ['debt'], {}, 'procedural'), link('c', 'budget', ['x'])], [bill('more', 'pending')]);
    expect(evaluate(ds, { assumptions: { x: 'enacted' } }).outcomes).toMatchObject({ debt: 'enacted', more: 'enacted' });
    expect(evaluate(ds, { assumptions: { x: 'failed' } }).outcomes).toMatchObject({ debt: 'pending', more: 'pending' });
  });

  it('a trigger that hangs on the very measure it produces takes effect with it (they stand together)', () => {
    const ds = gephardt([link('c', 'budget', ['debt'])]);
    expect(evaluate(ds, { assumptions: {} }).outcomes).toMatchObject({ budget: 'enacted', debt: 'enacted' });
    expect(evaluate(ds, { assumptions: { debt: 'failed' } }).outcomes).toMatchObject({ budget: 'inoperative', debt: 'failed' });
  });
});

describe('provision-level conditions: a provision that hangs on a bill', () => {
  const withPart = (): Bill => ({
    ...bill('a', 'enacted'),
    provisions: [
      { id: 'a-part', label: 'The part that waits', sources: ['s'] },
      { id: 'a-rest', label: 'The rest', sources: ['s'] },
    ],
  });

  it('is operative only if the bill it hangs on takes effect; the rest of its bill is not affected', () => {
    const ds = dataset([withPart(), bill('b', 'pending')], [link('p', 'a-part', ['b'])]);
    const open = evaluateProvisions(evaluate(ds, { assumptions: {} }));
    expect(open['a-part']).toEqual({
      outcome: 'pending',
      sentence: 'Not sure to take effect: this part of A depends on B becoming law, and B is still pending.',
    });
    expect(open['a-rest'].outcome).toBe('operative');
    const failed = evaluateProvisions(evaluate(ds, { assumptions: { b: 'failed' } }));
    expect(failed['a-part']).toEqual({
      outcome: 'inoperative',
      sentence: 'Cannot take effect: this part of A depends on B becoming law, and B does not become law.',
    });
    expect(evaluate(ds, { assumptions: { b: 'failed' } }).outcomes.a).toBe('enacted');
    expect(evaluateProvisions(evaluate(ds, { assumptions: { b: 'enacted' } }))['a-part']).toEqual({
      outcome: 'operative',
      sentence: 'In force with A.',
    });
  });

  it('a missed deadline makes it inoperative even though the other bill became law', () => {
    const ds = dataset([withPart(), bill('b', 'enacted', '2020-09-01')], [link('p', 'a-part', ['b'], { deadline: '2020-07-01' })]);
    expect(evaluateProvisions(evaluate(ds, { assumptions: {} }))['a-part']).toEqual({
      outcome: 'inoperative',
      sentence: 'Cannot take effect: this part of A depends on B becoming law, and B did not become law in time.',
    });
  });

  it('a provision of a pending bill that hangs on a failed bill is inoperative already', () => {
    const ds = dataset([{ ...withPart(), events: [] }, bill('b', 'failed')], [link('p', 'a-part', ['b'])]);
    expect(evaluateProvisions(evaluate(ds, { assumptions: {} }))['a-part'].outcome).toBe('inoperative');
  });
});

describe('double-jointing: which version of a section prevails', () => {
  const withSection = (id: string, on: string): Bill => ({
    ...bill(id, 'enacted', on),
    provisions: [{ id: `${id}-s1`, label: `${id} changes to Penal Code 1`, sections: ['Penal Code 1'], sources: ['s'] }],
  });

  it('without double-jointing, the bill chaptered last wipes out the other change', () => {
    const ds = dataset([withSection('a', '2020-07-01'), withSection('b', '2020-08-01')]);
    const out = evaluateProvisions(evaluate(ds, { assumptions: {} }));
    expect(out['a-s1']).toMatchObject({ outcome: 'chaptered-out', by: 'b' });
    expect(out['b-s1'].outcome).toBe('operative');
  });

  it('a double-joint clause in the later bill keeps both changes', () => {
    const ds = dataset(
      [withSection('a', '2020-07-01'), withSection('b', '2020-08-01')],
      [link('dj', 'b', ['a'], { section: 'Penal Code 1', order: 'after' }, 'double-joint')],
    );
    const out = evaluateProvisions(evaluate(ds, { assumptions: {} }));
    expect(out['a-s1'].outcome).toBe('operative');
    expect(out['a-s1'].sentence).toContain('it is double-jointed with this bill (its version includes this change), so the change is kept');
  });

  it('a double-joint clause in the earlier bill does not save it when the other is chaptered later', () => {
    const ds = dataset(
      [withSection('a', '2020-07-01'), withSection('b', '2020-08-01')],
      [link('dj', 'a', ['b'], { section: 'Penal Code 1', order: 'after' }, 'double-joint')],
    );
    expect(evaluateProvisions(evaluate(ds, { assumptions: {} }))['a-s1'].outcome).toBe('chaptered-out');
  });

  it('when the later bill fails there is no conflict', () => {
    const ds = dataset([withSection('a', '2020-07-01'), withSection('b', '2020-08-01')]);
    const out = evaluateProvisions(evaluate(ds, { assumptions: { b: 'failed' } }));
    expect(out['a-s1'].outcome).toBe('operative');
    expect(out['b-s1'].outcome).toBe('inoperative');
  });
});

describe('the founding case through time', () => {
  const ds = foundingDataset();

  it('as of 2019-04-22 SB 230 still has its own standard and no link', () => {
    const snap = snapshotAsOf(ds, '2019-04-22');
    expect(snap.provisionsIn).toContain('sb230-standard');
    expect(snap.provisionsStruck).not.toContain('sb230-standard');
    expect(snap.links).not.toContain('sb230-on-ab392');
    expect(evaluateProvisions(evaluate(ds, { assumptions: {}, asOf: '2019-04-22' }))['sb230-standard'].outcome).toBe('pending');
  });

  it('as of 2019-04-24 the standard is struck and SB 230 hangs on AB 392', () => {
    const snap = snapshotAsOf(ds, '2019-04-24');
    expect(snap.provisionsStruck).toContain('sb230-standard');
    expect(snap.links).toContain('sb230-on-ab392');
    expect(snap.events.sb230.map((e) => e.date)).toEqual(['2019-02-08', '2019-04-11', '2019-04-23']);
    expect(evaluateProvisions(evaluate(ds, { assumptions: {}, asOf: '2019-04-24' }))['sb230-standard'].sentence).toBe(
      'Struck from SB 230 on 23 Apr 2019.',
    );
  });

  it('positions change over time: police groups go neutral on 2019-05-23, BLM withdraws in May', () => {
    const stance = (asOf: string, who: string) =>
      snapshotAsOf(ds, asOf).positions.find((p) => p.stakeholder === who && p.target === 'ab392')?.stance;
    expect(stance('2019-05-22', 'porac')).toBe('oppose');
    expect(stance('2019-05-23', 'porac')).toBe('neutral');
    expect(stance('2019-05-01', 'blm')).toBe('sponsor');
    expect(stance('2019-06-01', 'blm')).toBe('withdrawn');
    expect(stance('2019-04-01', 'cal-cities')).toBe('oppose');
    expect(stance('2019-06-01', 'cal-cities')).toBe('neutral');
  });

  it('who wins and who loses if AB 392 fails', () => {
    const record = evaluate(ds, { assumptions: {} });
    const impact = stakeholderImpact(evaluate(ds, { assumptions: { ab392: 'failed' } }), record);
    const verdict = (id: string) => impact.find((i) => i.id === id)?.verdict;
    expect(verdict('weber')).toBe('loses');
    expect(verdict('caballero')).toBe('loses'); // SB 230 falls with AB 392
    expect(verdict('lwv-ca')).toBe('wins'); // opposed SB 230, which no longer takes effect
    expect(verdict('aclu-ca')).toBe('mixed'); // sponsored AB 392, opposed SB 230
    expect(impact.find((i) => i.id === 'porac')!.items).toEqual([{ bill: 'sb230', stance: 'sponsor', scenario: 'no', record: 'yes' }]);
  });
});

describe('the event a bill is said to be enacted (or to fail) by', () => {
  const withEvents = (events: Bill['events']): Bill => ({ id: 'hb1', label: 'HB 1', title: 'A bill', events, sources: ['s'] });
  const ev = (date: string, type: NonNullable<Bill['events']>[number]['type']) => ({ date, type, description: type, sources: ['s'] });

  it('is the first of the run that decided it: signed, then chaptered, reads "was signed"', () => {
    const b = withEvents([ev('2023-05-23', 'introduced'), ev('2023-12-31', 'chaptered'), ev('2023-12-12', 'signed')]);
    expect(recordedStatus(b, undefined)).toMatchObject({ status: 'enacted', event: { type: 'signed', date: '2023-12-12' } });
    // As of a day between them, the signing alone.
    expect(recordedStatus(b, '2023-12-20')).toMatchObject({ status: 'enacted', event: { type: 'signed' } });
    expect(explain(evaluate(dataset([b], []), { assumptions: {} }), 'hb1').sentence).toContain('was signed on 12 Dec 2023');
  });

  it('after a veto, the enactment that overrode it (the last deciding event still decides)', () => {
    const b = withEvents([
      ev('2020-03-01', 'signed'),
      ev('2020-04-01', 'vetoed'),
      ev('2020-05-01', 'enacted'),
      ev('2020-05-20', 'chaptered'),
    ]);
    expect(recordedStatus(b, undefined)).toMatchObject({ status: 'enacted', event: { type: 'enacted', date: '2020-05-01' } });
    expect(recordedStatus(b, '2020-04-15')).toMatchObject({ status: 'failed', event: { type: 'vetoed' } });
  });
});

describe('a tie whose wording is not checked', () => {
  it('a bill held back by it says so after its explanation; checked or unmarked ties do not', () => {
    const said = (extra: Parameters<typeof link>[3]) =>
      explain(
        evaluate(dataset([bill('a', 'enacted'), bill('b', 'failed')], [link('l', 'a', ['b'], extra, 'tie-bar')]), { assumptions: {} }),
        'a',
      ).sentence;
    expect(said({ clauseVerified: false })).toMatch(
      /can never take effect.*\. That tie is as the record lists it, not yet checked against the text of the law\.$/,
    );
    expect(said({ clauseVerified: true })).not.toContain('record lists');
    expect(said({})).not.toContain('record lists');
    // A bill that takes effect because of such a tie says so too.
    const enacted = dataset([bill('a', 'enacted'), bill('b', 'enacted')], [link('l', 'a', ['b'], { clauseVerified: false })]);
    expect(explain(evaluate(enacted, { assumptions: {} }), 'a').sentence).toMatch(/^A takes effect.*\. That tie is as the record lists it/);
  });

  it("gives the caveat apart, word for word as said, so a table can mark it: before a companion's note, and only where it is said", () => {
    const tie = link('l', 'a', ['b'], { clauseVerified: false }, 'tie-bar');
    const twin = link('t', 'b', ['c'], {}, 'companion');
    const x = explain(
      evaluate(dataset([bill('a', 'enacted'), bill('b', 'failed'), bill('c', 'enacted')], [tie, twin]), { assumptions: {} }),
      'a',
    );
    expect(x.caveat).toBe('That tie is as the record lists it, not yet checked against the text of the law.');
    const around = aroundCaveat(x.sentence, x.caveat!)!;
    expect(around[0]).toMatch(/^A was signed on .* but can never take effect: .*\.$/);
    expect(around[1]).toBe(" B's companion bill, C, did become law: if the law names C instead, A takes effect.");
    expect(`${around[0]} ${x.caveat}${around[1]}`).toBe(x.sentence);
    // Checked, or a bill that fails on its own: no caveat said, none given.
    expect(
      explain(evaluate(dataset([bill('a', 'enacted'), bill('b', 'failed')], [{ ...tie, clauseVerified: true }]), { assumptions: {} }), 'a')
        .caveat,
    ).toBeUndefined();
    expect(explain(evaluate(dataset([bill('a', 'failed'), bill('b', 'failed')], [tie]), { assumptions: {} }), 'a')).not.toHaveProperty(
      'caveat',
    );
  });

  it("names the dead bill's enacted companion, citing the companion link, only where the root alone holds the bill back", () => {
    const tie = link('l', 'a', ['b'], { clauseVerified: false }, 'tie-bar');
    const twin = link('t', 'b', ['c'], { sources: ['twin'] }, 'companion');
    const run = (bills: Bill[], links = [tie, twin]) => explain(evaluate(dataset(bills, links), { assumptions: {} }), 'a');
    const x = run([bill('a', 'enacted'), bill('b', 'failed'), bill('c', 'enacted')]);
    expect(x.sentence).toMatch(
      /not yet checked against the text of the law\. B's companion bill, C, did become law: if the law names C instead, A takes effect\.$/,
    );
    expect(x.sources).toContain('twin');
    expect(x.reasons).toContainEqual({ kind: 'link', link: 't', from: 'b', to: 'c', sources: ['twin'] });
    // Not when the companion did not become law, the tie was checked, there is no companion, or another bill holds it back too.
    expect(run([bill('a', 'enacted'), bill('b', 'failed'), bill('c', 'failed')]).sentence).not.toContain('companion');
    expect(
      run([bill('a', 'enacted'), bill('b', 'failed'), bill('c', 'enacted')], [{ ...tie, clauseVerified: true }, twin]).sentence,
    ).not.toContain('companion');
    expect(run([bill('a', 'enacted'), bill('b', 'failed'), bill('c', 'enacted')], [tie]).sentence).not.toContain('companion');
    const two = link('l', 'a', ['b', 'd'], { clauseVerified: false }, 'tie-bar');
    expect(run([bill('a', 'enacted'), bill('b', 'failed'), bill('c', 'enacted'), bill('d', 'failed')], [two, twin]).sentence).not.toContain(
      'companion',
    );
  });

  it('a bill whose sentence tells of no tie (it failed on its own) gets no word on the tie', () => {
    const ds = dataset([bill('a', 'failed'), bill('b', 'enacted')], [link('l', 'a', ['b'], { clauseVerified: false }, 'tie-bar')]);
    expect(explain(evaluate(ds, { assumptions: {} }), 'a').sentence).toBe('A does not become law: it was vetoed on 1 Jun 2020.');
  });
});
