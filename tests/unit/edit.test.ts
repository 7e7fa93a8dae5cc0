import { describe, expect, it } from 'vitest';
import { RECORDED, evaluate, recordStorySentence } from '../../src/engine';
import { validateDataset } from '../../src/model';
import {
  acceptTie,
  addBill,
  addLink,
  addSource,
  addStakeholder,
  getIn,
  newDraft,
  removeBill,
  setIn,
  setTitle,
  uniqueId,
} from '../../src/model/edit';
import { labelId } from '../../src/model/ids';
import { foundingDataset } from '../fixtures/datasets';

describe('ids made from labels', () => {
  it.each([
    ['AB 392', 'ab392'],
    ['SB 230', 'sb230'],
    ['ACLU of California', 'aclu-of-california'],
    ['Peace Officers’ Research Association (PORAC)', 'peace-officers-research-association-porac'],
    ['Café Nuñez', 'cafe-nunez'],
    ['  ', 'item'],
  ])('%s -> %s', (label, id) => {
    expect(labelId(label)).toBe(id);
    expect(validateDataset({ ...newDraft('x'), bills: [{ id: labelId(label), label: 'x', title: 'x' }] }).ok).toBe(true);
  });

  it('stays unique', () => {
    expect(uniqueId('ab392', ['ab392', 'ab392-2'])).toBe('ab392-3');
    expect(uniqueId('sb230', ['ab392'])).toBe('sb230');
    const [d1] = addBill(newDraft('t'), 'AB 392', 'one');
    const [d2, id] = addBill(d1, 'AB 392', 'two');
    expect(id).toBe('ab392-2');
    const [, person] = addStakeholder(d2, 'AB 392');
    expect(person).toBe('ab392-3');
  });

  it('never makes an id longer than an id may be: a provision of a long-named bill with a long label', () => {
    const bill = 'b'.repeat(64);
    const base = `${bill}-${labelId('Peace officers may use deadly force only when necessary in defense of human life')}`;
    const first = uniqueId(base, []);
    const second = uniqueId(base, [first]);
    expect(first).toBe('b'.repeat(64));
    expect(second).toBe(`${'b'.repeat(62)}-2`);
    for (const id of [first, second])
      expect(validateDataset({ ...newDraft('x'), bills: [{ id, label: 'x', title: 'x' }] }).ok, id).toBe(true);
  });
});

describe('immutable edits by path', () => {
  it('sets without touching the original, and removes optional fields set to undefined', () => {
    const ds = foundingDataset();
    const before = JSON.stringify(ds);
    const next = setIn(ds, ['bills', 1, 'title'], 'New title');
    expect(JSON.stringify(ds)).toBe(before);
    expect(next.bills[1].title).toBe('New title');
    expect(next.bills[0]).toBe(ds.bills[0]);
    const cleared = setIn(next, ['bills', 0, 'summary'], undefined);
    expect('summary' in cleared.bills[0]).toBe(false);
    const spliced = setIn(ds, ['bills', 0], undefined);
    expect(spliced.bills.map((b) => b.id)).toEqual(ds.bills.slice(1).map((b) => b.id));
    expect(getIn(next, ['bills', 1, 'title'])).toBe('New title');
    expect(getIn(next, ['bills', 99, 'title'])).toBeUndefined();
  });

  it('the id follows the title until it is set apart', () => {
    const d = setTitle(setTitle(newDraft(), 'Deadly force'), 'Deadly force 2019');
    expect(d.id).toBe('deadly-force-2019');
    expect(setTitle({ ...d, id: 'mine' }, 'Other').id).toBe('mine');
  });

  it('a fixed id (the draft was opened or published at it) stays when the title changes', () => {
    const d = setTitle(newDraft(), 'Deadly force');
    expect(setTitle(d, 'Deadly force 2019', true)).toMatchObject({ id: 'deadly-force', title: 'Deadly force 2019' });
  });

  it('reuses a source already known by its address', () => {
    const [d1, a] = addSource(newDraft(), { url: 'https://a.example/' });
    const [d2, b] = addSource(d1, { url: 'https://b.example/' });
    const [d3, again] = addSource(d2, { url: 'https://a.example/' });
    expect([a, b, again]).toEqual(['S1', 'S2', 'S1']);
    expect(d3).toBe(d2);
  });

  it('removing a bill removes the links and positions that name it, so the draft stays valid', () => {
    const next = removeBill(foundingDataset(), 'ab392');
    expect(next.links!.some((l) => l.from === 'ab392' || l.to.includes('ab392'))).toBe(false);
    expect(next.positions!.some((p) => p.target === 'ab392')).toBe(false);
    const { layout: _l, ...rest } = next;
    expect(validateDataset(rest).ok).toBe(true);
  });
});

describe('a tie accepted from text', () => {
  it('adds the missing bill and the link with its clause, unverified', () => {
    let d = newDraft('Story');
    [d] = addBill(d, 'SB 230', 'Training');
    [d] = addSource(d, { url: 'https://example.org/' });
    const [next, id] = acceptTie(d, 'sb230', {
      kind: 'contingent-enactment',
      clause: 'operative contingent on the enactment of Assembly Bill 392',
      targets: [{ id: 'ab392', label: 'AB 392', kind: 'bill' }],
      deadline: '2020-01-01',
    });
    expect(id).toBe('sb230-on-ab392');
    expect(next.bills.map((b) => b.id)).toEqual(['sb230', 'ab392']);
    expect(next.links).toEqual([
      {
        id: 'sb230-on-ab392',
        kind: 'contingent-enactment',
        from: 'sb230',
        to: ['ab392'],
        clause: 'operative contingent on the enactment of Assembly Bill 392',
        clauseVerified: false,
        deadline: '2020-01-01',
      },
    ]);
    const r = validateDataset(next);
    expect(r.ok).toBe(true);
  });

  it("keeps a Michigan tie-bar's requirement: the bills must be enacted", () => {
    const ds = foundingDataset();
    const [next, id] = acceptTie(ds, 'sb230', {
      kind: 'tie-bar',
      clause: 'x',
      targets: [{ id: 'ab392', label: 'AB 392' }],
      requires: 'enactment',
    });
    expect(next.links!.find((l) => l.id === id)).toMatchObject({ kind: 'tie-bar', requires: 'enactment' });
  });

  it('does not duplicate a bill that exists, and gives a second link its own id', () => {
    const ds = foundingDataset();
    const [next, id] = acceptTie(ds, 'sb230', { kind: 'contingent-enactment', clause: 'x', targets: [{ id: 'ab392', label: 'AB 392' }] });
    expect(next.bills).toHaveLength(ds.bills.length);
    expect(id).toBe('sb230-on-ab392-2');
    const [, manual] = addLink(next, 'tie-bar', 'ab392', ['sb230']);
    expect(manual).toBe('ab392-on-sb230');
  });
});

describe('a tie made in the editor', () => {
  /** HB 4639 signed, HB 4638 died: a tie-bar between them decides the headline. */
  function signedAndDied() {
    let d = newDraft('Story');
    [d] = addBill(d, 'HB 4639', 'Signed');
    [d] = addBill(d, 'HB 4638', 'Died');
    const events = { hb4639: 'signed', hb4638: 'died' } as const;
    return {
      ...d,
      bills: d.bills.map((b) => ({ ...b, events: [{ date: '2024-01-01', type: events[b.id as keyof typeof events], description: 'x' }] })),
    };
  }

  it('starts unchecked (clauseVerified: false), so its headline hedges as after ticking and unticking the box', () => {
    const [made, id] = addLink(signedAndDied(), 'tie-bar', 'hb4639', ['hb4638']);
    expect(made.links!.find((l) => l.id === id)!.clauseVerified).toBe(false);
    const unticked = setIn(setIn(made, ['links', 0, 'clauseVerified'], true), ['links', 0, 'clauseVerified'], false);
    const headline = recordStorySentence(evaluate(made, RECORDED));
    expect(headline).toMatch(/if that tie holds.*not yet checked/);
    expect(recordStorySentence(evaluate(unticked, RECORDED))).toBe(headline);
  });

  it('is checked only when the reporter says so', () => {
    const [made] = addLink(signedAndDied(), 'tie-bar', 'hb4639', ['hb4638'], { clauseVerified: true });
    expect(made.links![0].clauseVerified).toBe(true);
    expect(recordStorySentence(evaluate(made, RECORDED))).not.toMatch(/if that tie holds/);
  });
});
