/**
 * A whole session in an embed tells the story of one bill: the bill its sentence leads with (or the
 * one the address focuses) and the bills tied to it, on the real Michigan 2019-2020 session.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText, sourcesCitedFor } from '../../src/model';
import { evaluate, explain, leadBill, recordStorySentence, suggestQuestions, tellStory, tiedAround } from '../../src/engine';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import { buildStoryStructure } from '../../src/engine/storyGraph';
import { SCOPE_MAX_BILLS, sessionScope } from '../../src/embed/sessionScope';
import { createAppStore, selectNodeSentence, selectWholeRecord } from '../../src/store';
import { foundingDataset } from '../fixtures/datasets';

function builtIn(id: string) {
  const r = parseDatasetText(readFileSync(`public/data/${id}.json`, 'utf8'));
  if (!r.ok) throw new Error(`${id} is invalid`);
  return r.dataset;
}

describe("a session's embed", () => {
  const session = builtIn('mi-2019-2020');
  const record = evaluate(session, { assumptions: {} });

  it('asks first about a bill the sentence names, in a story and in a session', () => {
    for (const ds of [foundingDataset(), session, builtIn('mi-2023-2024')]) {
      const ev = evaluate(ds, { assumptions: {} });
      const [first] = suggestQuestions(ev);
      const label = ds.bills.find((b) => b.id === first.bill)!.label;
      expect(recordStorySentence(ev), ds.id).toContain(label);
    }
  });

  it("draws the sentence's bill and the bills tied to it, and says how many of the session's bills that is", () => {
    const scope = sessionScope(record, null)!;
    const lead = leadBill(record)!;
    expect([...scope.bills][0]).toBe(lead);
    const i = record.record.index.get(lead)!;
    const { conditionsStart, conditions, condTo } = record.record;
    for (let k = conditionsStart[i]; k < conditionsStart[i + 1]; k++)
      expect(scope.bills.has(session.bills[condTo[conditions[k]]].id)).toBe(true);
    const label = session.bills[i].label;
    expect(scope.title).toBe(`${label} and the bill${scope.bills.size > 2 ? 's' : ''} tied to it`);
    expect(scope.sentence).toBe(`Drawn: ${scope.bills.size} of ${session.bills.length.toLocaleString('en-US')} bills.`);
    // Its story draws those bills and nothing of the others.
    const story = buildStoryStructure(session, buildGraphStructure(session), 'grouped', new Set(), scope.bills);
    expect(story.story).toBe(true);
    const drawn = new Set(story.nodes.filter((n) => n.kind === 'bill').map((n) => n.id));
    expect(drawn).toEqual(scope.bills);
    for (const n of story.nodes) if (n.kind !== 'bill') expect(scope.bills.has(n.parent!), n.id).toBe(true);
    for (const e of story.edges)
      expect(story.nodes.some((n) => n.id === e.source) && story.nodes.some((n) => n.id === e.target)).toBe(true);
    expect(story.edges.some((e) => e.kind === 'link')).toBe(true);
    // The record lists each bill's first sponsor: the row says so ("Sponsor: ..."), not that one backs it.
    const listed = story.nodes.filter((n) => n.kind === 'group' || n.kind === 'stakeholder').map((n) => n.label);
    expect(listed.length).toBeGreaterThan(0);
    for (const h of listed) expect(h).toMatch(/^(Sponsor: .+|\d+ sponsors of (HB|SB) \d+:?)$/);
  });

  it('tells the story of the bill the address focuses: its sentence, its questions and the bills tied to it', () => {
    const hb4002 = session.bills.find((b) => b.label === 'HB 4002')!;
    const scope = sessionScope(record, hb4002.id)!;
    expect([...scope.bills]).toEqual(tiedAround(record.record, hb4002.id));
    expect(scope.bills.size).toBeGreaterThan(1);
    expect(recordStorySentence(record, hb4002.id)).toMatch(/^HB 4002 /);
    expect(recordStorySentence(record)).not.toMatch(/^HB 4002 /);
    for (const q of suggestQuestions(record, 3, hb4002.id).slice(0, scope.bills.size - 1)) expect(scope.bills.has(q.bill)).toBe(true);
  });

  const conditionCount = (id: string) => {
    const i = record.record.index.get(id)!;
    return record.record.conditionsStart[i + 1] - record.record.conditionsStart[i];
  };

  it('focused on a bill others hang on, tells the tie of one that hangs on it, among the bills drawn', () => {
    const held = session.bills.find((b) => conditionCount(b.id) === 0 && tiedAround(record.record, b.id).length > 1)!;
    const scope = sessionScope(record, held.id)!;
    expect([...scope.bills][0]).toBe(held.id);
    const sentence = recordStorySentence(record, held.id);
    expect(sentence).toContain(held.label);
    const first = sentence.split(' ').slice(0, 2).join(' ');
    expect([...scope.bills].map((id) => session.bills[record.record.index.get(id)!].label)).toContain(first);
    for (const q of suggestQuestions(record, 3, held.id, scope.bills)) expect(scope.bills.has(q.bill)).toBe(true);
  });

  it('focused on a bill tied to none, a provision or a stakeholder, tells the story of a tied bill', () => {
    const untied = session.bills.find((b) => tiedAround(record.record, b.id).length === 1)!;
    expect(sessionScope(record, untied.id)!.lead).toBe(leadBill(record));
    // And says so, rather than tell another bill's story silently.
    const lead = session.bills[record.record.index.get(leadBill(record)!)!].label;
    expect(sessionScope(record, untied.id)!.sentence).toMatch(
      new RegExp(`^${untied.label} is tied to no other bill, so this is ${lead}'s story\\. Drawn: \\d+ of 4,448 bills\\.$`),
    );
    expect(sessionScope(record, leadBill(record))!.sentence).toMatch(/^Drawn: /);
    const who = session.positions!.find((p) => tiedAround(record.record, p.target).length > 1)!;
    const scope = sessionScope(record, who.stakeholder)!;
    expect(session.positions!.some((p) => p.stakeholder === who.stakeholder && scope.bills.has(p.target))).toBe(true);
    const link = session.links![0];
    expect(sessionScope(record, link.id)!.lead).toBe(link.from);
    expect(sessionScope(record, `grp:${link.from}:back`)!.lead).toBe(link.from);
  });

  it('draws at most eight bills of a hub, and says how many of those tied to it are drawn', () => {
    const hub = session.bills.find((b) => tiedAround(record.record, b.id).length > 9)!;
    const all = tiedAround(record.record, hub.id).length - 1;
    const scope = sessionScope(record, hub.id)!;
    expect(scope.bills.size).toBe(SCOPE_MAX_BILLS);
    // The bills left out are named when they are one or two.
    const left = tiedAround(record.record, hub.id)
      .filter((id) => !scope.bills.has(id))
      .map((id) => session.bills.find((b) => b.id === id)!.label);
    const named = left.length <= 2 ? `; not drawn: ${left.join(' and ')}` : '';
    expect(scope.sentence).toBe(`Drawn: 8 of 4,448 bills (7 of the ${all} tied to ${hub.label}${named}).`);
  });

  it('asks its questions only about the bills drawn, as many as change something (up to three)', () => {
    // Every question worth asking about a scope's bills, found the long way: each bill, each way it
    // could have gone, evaluated.
    const worthAsking = (bills: ReadonlySet<string>) =>
      [...bills].filter((id) =>
        (['enacted', 'failed'] as const).some((a) => {
          const i = record.record.index.get(id)!;
          if (record.own[i] === a) return false;
          const ev = evaluate(session, { assumptions: { [id]: a } });
          return session.bills.some((_, j) => j !== i && ev.outcomeAt(j) !== record.outcomeAt(j));
        }),
      ).length;
    let scopes = 0;
    for (const b of session.bills.filter((x) => tiedAround(record.record, x.id).length > 1).slice(0, 40)) {
      const scope = sessionScope(record, b.id)!;
      const asked = suggestQuestions(record, 3, b.id, scope.bills);
      for (const q of asked) expect(scope.bills.has(q.bill)).toBe(true);
      expect(asked.length, b.label).toBe(Math.min(3, worthAsking(scope.bills)));
      scopes++;
    }
    expect(scopes).toBe(40);
  });

  it('in a scenario, names only the bills it draws and counts the rest', () => {
    const scope = sessionScope(record, 'hb4917')!;
    const sb664 = session.bills.find((b) => b.label === 'SB 664')!;
    const ev = evaluate(session, { assumptions: { [sb664.id]: 'enacted' } });
    const whole = tellStory(ev, record);
    const told = tellStory(ev, record, scope.lead, scope.bills);
    expect(whole).toContain('HB 4918');
    expect(told).not.toContain('HB 4918');
    expect(told).toMatch(/^If SB 664 had become law, HB 4917 and 1 more bill would have taken effect: HB 4917 is tie-barred to /);
  });

  it('leads with a law held back by a veto before one held back by a bill that died, and with a law before a bill not enacted', () => {
    // 2019-2020: HB 5444 (HB 5443 vetoed) before HB 4917 (SB 664 died at the session's end; its tie came with a late substitute).
    expect(leadBill(record)).toBe('hb5444');
    expect(recordStorySentence(record)).toMatch(/^HB 5444 was signed, but the record ties it to HB 5443, which was vetoed/);
    // 2023-2024: HB 4639, signed (its companion's note said), before HB 5818, which passed but was never signed.
    const later = evaluate(builtIn('mi-2023-2024'), { assumptions: {} });
    expect(leadBill(later)).toBe('hb4639');
    expect(recordStorySentence(later)).toContain("HB 4638's companion bill, SB 432, did become law");
  });

  it('among a few bills with no bill to be about (a picture of part of the graph), tells the story of a tie among them', () => {
    const among = new Set(['hb4916', 'hb4917', 'hb4918', 'sb664']);
    expect(tellStory(record, record, null, among)).toMatch(
      /^HB 4917 and HB 4918 were signed, but the record ties them both to SB 664, which died: if those ties hold, neither can ever take effect\./,
    );
    // A few bills tied to nothing: what they come to, not the session's headline.
    const untied = session.bills.filter((b) => !session.links!.some((l) => l.from === b.id || l.to.includes(b.id))).slice(0, 3);
    const told = tellStory(record, record, null, new Set(untied.map((b) => b.id)));
    expect(told).toMatch(/^No bill here hangs on another/);
    for (const b of untied) expect(told).toContain(b.label);
  });

  it('a what-if that changes nothing names the bills hanging on it that are dead anyway: HB 4916 failing leaves HB 4917 and HB 4918 as they were', () => {
    const ev = evaluate(session, { assumptions: { hb4916: 'failed' } });
    expect(tellStory(ev, record)).toBe(
      'If HB 4916 had failed, no other bill would have changed: HB 4917 and HB 4918, which hang on it, could never have taken effect anyway. These ties are as the record lists them, not yet checked against the text of the laws.',
    );
  });

  it('does not count as "one more" a bill whose ties the sentence already tells (a tie-bar back to a bill it is about)', () => {
    // HB 5444 and HB 5443 are tie-barred both ways, SB 897 to three vetoed bills that are tied back: two sentences tell all six.
    const story = evaluate(builtIn('mi-2020-tied-to-vetoed'), { assumptions: {} });
    const sentence = recordStorySentence(story);
    // Two laws held back alike are told in one sentence, not two (the two took 7 lines on a phone).
    expect(sentence).toBe(
      'HB 5444 and SB 897 were signed, but the record ties them to bills that were vetoed (HB 5444 to HB 5443, and SB 897 to SB 1138, SB 1139 and SB 1140): if those ties hold, neither can ever take effect. These ties are as the record lists them, not yet checked against the text of the laws.',
    );
    expect(sentence).not.toMatch(/more bills? (is|are) tied/);
    // In the session, HB 5444's story draws the two bills: nothing more to count.
    const scope = sessionScope(record, 'hb5444')!;
    expect([...scope.bills].sort()).toEqual(['hb5443', 'hb5444']);
    expect(tellStory(record, record, scope.lead, scope.bills)).not.toMatch(/more bills? (is|are) tied/);
  });

  it("as recorded, counts the more tied bills among those it draws, not the session's", () => {
    expect(tellStory(record, record)).toMatch(/ \d{3} more bills are tied to others\.$/);
    // HB 4917's story: its tie to SB 664 and HB 4916 is told; SB 664 hangs on HB 4311 and HB 4308,
    // which the sentence does not name, so it is the one more, named (it is drawn).
    const lead = sessionScope(record, 'hb4917')!;
    expect([...lead.bills].sort()).toEqual(['hb4916', 'hb4917', 'sb664']);
    expect(tellStory(record, record, lead.lead, lead.bills)).toMatch(/ SB 664 also hangs on another bill\.$/);
    // A hub's (eight bills drawn): HB 4011 is tie-barred to the seven others drawn, and each that
    // hangs on anything hangs on HB 4011 alone, which the sentence names: none more to count.
    const hub = sessionScope(record, 'hb4011')!;
    expect(hub.bills.size).toBe(8);
    const told = tellStory(record, record, hub.lead, hub.bills);
    // Named in number order, as a reader looks a bill up (the record lists them HB 4007, HB 4008, HB 4014, …).
    expect(told).toMatch(/^HB 4011 was tie-barred to HB 4007, HB 4008, HB 4009, HB 4010, HB 4012, HB 4013, HB 4014, HB 4015 and HB 4016, /);
    expect(told).not.toMatch(/more bills? (is|are) tied/);
  });

  it('draws, for every tied bill it may be about, the bill whose tie its sentence tells', () => {
    let told = 0;
    for (const b of session.bills) {
      const scope = sessionScope(record, b.id);
      if (!scope || scope.lead !== b.id) continue;
      const label = recordStorySentence(record, b.id).split(' ').slice(0, 2).join(' ');
      const drawn = [...scope.bills].map((id) => session.bills[record.record.index.get(id)!].label);
      expect(drawn, b.label).toContain(label);
      told++;
    }
    expect(told).toBeGreaterThan(900);
  });

  it("cites the sources of what it draws, who took positions on it, and the dataset's own (its licence)", () => {
    const scope = sessionScope(record, null)!;
    const cited = sourcesCitedFor(session, scope.bills);
    expect(cited).toEqual(expect.arrayContaining(['legiscan', 'licence']));
    expect(cited.length).toBeLessThan(30);
  });

  it('picks its story from the whole record: a date set later (by the page, or the timeline) does not move it', () => {
    const store = createAppStore({ dataset: session, datasetRef: 'mi-2019-2020' });
    const before = sessionScope(selectWholeRecord(store.getState())!, null)!;
    store.setState({ asOf: '2020-03-01' });
    const whole = selectWholeRecord(store.getState())!;
    expect(whole.scenario.asOf).toBeUndefined();
    expect(sessionScope(whole, null)!.bills).toEqual(before.bills);
  });

  it('leaves a story whole, and a session where nothing is tied', () => {
    expect(sessionScope(evaluate(foundingDataset(), { assumptions: {} }), null)).toBeUndefined();
    const untied = { ...session, links: [] };
    expect(sessionScope(evaluate(untied, { assumptions: {} }), null)).toBeUndefined();
  });
});

describe('an explanation in a what-if', () => {
  it('says a bill it hangs on takes effect only in the scenario, not as fact', () => {
    const ds = builtIn('mi-2020-tied-to-vetoed');
    const record = evaluate(ds, { assumptions: {} });
    expect(explain(record, 'hb5444').sentence).toMatch(/^HB 5444 was signed on 8 Oct 2020 but can never take effect/);
    const assumed = evaluate(ds, { assumptions: { hb5443: 'enacted' } });
    expect(explain(assumed, 'hb5444').sentence).toBe(
      'HB 5444 takes effect: it was signed on 8 Oct 2020, and HB 5443, which it hangs on, takes effect too in this scenario. That tie is as the record lists it, not yet checked against the text of the law.',
    );
  });
});

describe('an explanation in a what-if, through a chain', () => {
  it('says "in this scenario" when the bill it hangs on takes effect only because of a bill further down the chain', () => {
    // A hangs on B, B on C; A and B signed, C pending. Assume C becomes law.
    const signed = (id: string) => ({
      id,
      label: id.toUpperCase(),
      title: `Bill ${id}`,
      events: [{ date: '2020-01-01', type: 'signed' as const, description: 'Signed', sources: ['s'] }],
      sources: ['s'],
    });
    const ds = {
      ...builtIn('mi-2020-tied-to-vetoed'),
      bills: [signed('a1'), signed('b1'), { id: 'c1', label: 'C1', title: 'Bill c1', sources: ['s'] }],
      links: [
        { id: 'ab', kind: 'contingent-enactment' as const, from: 'a1', to: ['b1'], sources: ['s'] },
        { id: 'bc', kind: 'contingent-enactment' as const, from: 'b1', to: ['c1'], sources: ['s'] },
      ],
      stakeholders: [],
      positions: [],
      provisions: [],
      context: [],
      sources: { s: { url: 'https://example.org/s', title: 'S' } },
    };
    expect(explain(evaluate(ds, { assumptions: {} }), 'a1').outcome).toBe('contingent');
    expect(explain(evaluate(ds, { assumptions: { c1: 'enacted' } }), 'a1').sentence).toBe(
      'A1 takes effect: it was signed on 1 Jan 2020, and B1, which it hangs on, takes effect too in this scenario.',
    );
  });
});

describe('a tie to bills that all met one fate', () => {
  it('says so of all of them, in order, and of one where they differ (Michigan 2020, SB 897)', () => {
    const ds = builtIn('mi-2020-tied-to-vetoed');
    const said = (d: typeof ds) => explain(evaluate(d, { assumptions: {} }), 'sb897').sentence;
    expect(said(ds)).toMatch(
      /^SB 897 was signed on 30 Dec 2020 but can never take effect: it is tie-barred to SB 1138, SB 1139 and SB 1140, so it depends on all three being enacted, and all three were pocket-vetoed on 5 Jan 2021\./,
    );
    // Each veto is a reason, cited: not only the first bill's.
    const why = explain(evaluate(ds, { assumptions: {} }), 'sb897');
    expect(why.reasons.filter((r) => r.kind === 'event').map((r) => (r.kind === 'event' ? r.bill : ''))).toEqual(
      expect.arrayContaining(['sb1138', 'sb1139', 'sb1140']),
    );
    expect(why.sources).toEqual(expect.arrayContaining(['ls-sb1138', 'ls-sb1139', 'ls-sb1140']));
    // SB 1139 pocket-vetoed a day later: all three were still pocket-vetoed, the last that day.
    const later = {
      ...ds,
      bills: ds.bills.map((b) =>
        b.id === 'sb1139' ? { ...b, events: (b.events ?? []).map((e) => (e.type === 'vetoed' ? { ...e, date: '2021-01-06' } : e)) } : b,
      ),
    };
    expect(said(later)).toMatch(/, so it depends on all three being enacted, and all three were pocket-vetoed, the last on 6 Jan 2021\./);
    // SB 1139 died instead: the sentence names the one that decides, as before.
    const died = {
      ...ds,
      bills: ds.bills.map((b) =>
        b.id === 'sb1139' ? { ...b, events: (b.events ?? []).map((e) => (e.type === 'vetoed' ? { ...e, type: 'died' as const } : e)) } : b,
      ),
    };
    expect(said(died)).toMatch(/, so it depends on all three being enacted, and SB 1138 was pocket-vetoed on 5 Jan 2021\./);
  });

  it("a sponsor's caption names the bills the embed draws first, three in all, and counts the rest", () => {
    // Frank Liberati sponsors 16 bills of the session; a reader taps him in HB 5444's story.
    const session = builtIn('mi-2019-2020');
    const store = createAppStore({ dataset: session, datasetRef: 'mi-2019-2020' });
    const scope = sessionScope(selectWholeRecord(store.getState())!, 'hb5444')!;
    expect(selectNodeSentence('frank-liberati', scope.bills)(store.getState())).toBe(
      'Frank Liberati sponsors HB 5444, HB 4460, HB 4566 and 13 more bills.',
    );
    // With nothing drawn to go by, the bills tied to others come first.
    const tied = new Set((session.links ?? []).flatMap((l) => [l.from, ...l.to]));
    const label = new Map(session.bills.map((b) => [b.label, b.id]));
    const named = /sponsors (.*) and 13 more bills\.$/.exec(selectNodeSentence('frank-liberati')(store.getState())!)![1]!.split(', ');
    expect(named).toHaveLength(3);
    for (const bill of named) expect(tied.has(label.get(bill)!), bill).toBe(true);
  });
});
