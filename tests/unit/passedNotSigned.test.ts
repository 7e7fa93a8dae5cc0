/**
 * A bill that passed both chambers but was never signed, tie-barred to a bill that died or was
 * vetoed, can never take effect: an analyst hunts for exactly these. They are found here from
 * LegiScan's CSVs alone, and the session finder (the built-in sessions, as the app opens them) must
 * list the same bills, saying what they are.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/model';
import type { Dataset } from '../../src/model';
import { evaluate, stuckLaws } from '../../src/engine';
import { recordStorySentence } from '../../src/engine/summary';
import { cannotTakeEffectTitle } from '../../src/engine/words';
import { rawBills, rawHistory, readerNumber } from '../fixtures/legiscanRaw';
import type { RawAction } from '../fixtures/legiscanRaw';

const SESSIONS = ['2019-2020', '2023-2024'];
const ENACTED = /^(Approved By (The )?Governor|Assigned Pa|Became Law Without)/i;
const VETOED = /^(Vetoed By|Pocket Veto)/i;
// Passed by both chambers and sent on: enrolled, presented to the Governor, or (a joint resolution) filed for the ballot.
const SENT_ON = /Ordered Enrolled|^Presented To (The )?Governor|^Filed With Secretary Of State/i;
const VACATED = /Enrollment Vacated/i;
const PASSED = /^Passed\b|Concurred In/i;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const day = (date: string) => `${Number(date.slice(8))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

/** From the CSVs: each bill passed by both chambers, not signed, with the bills it is tie-barred to that are dead, and the day it last passed. */
function passedButTiedToDead(session: string): Map<string, { dead: string[]; passed: string }> {
  const bills = rawBills(session);
  const history = rawHistory(session);
  const years = session.split('-').map((y) => y.slice(2));
  const actions = (billId: string): RawAction[] => history.get(billId) ?? [];
  const byLabel = new Map(bills.map((b) => [readerNumber(b.number), b]));
  const enacted = (id: string) => actions(id).some((a) => ENACTED.test(a.action));
  const vetoed = (id: string) => actions(id).some((a) => VETOED.test(a.action));
  // Sent on and not undone since (an enrollment vacated puts the bill back before the Legislature).
  const sentOn = (id: string) =>
    actions(id).reduce((on, a) => (SENT_ON.test(a.action) ? true : VACATED.test(a.action) ? false : on), false);
  const dead = (id: string) => !enacted(id) && (vetoed(id) || !sentOn(id));
  const out = new Map<string, { dead: string[]; passed: string }>();
  for (const b of bills) {
    const label = readerNumber(b.number);
    if (!/^[HS]B /.test(label) || !sentOn(b.billId) || enacted(b.billId) || vetoed(b.billId)) continue;
    const passes = actions(b.billId).filter((a) => PASSED.test(a.action));
    if (new Set(passes.map((a) => a.chamber)).size < 2) continue;
    const list = /TIE BAR WITH:(.*)$/.exec(b.description)?.[1] ?? '';
    const tied = [...list.matchAll(/([HS]J?[BR]) (\w+)'(\d\d)/g)].filter((m) => years.includes(m[3])).map((m) => readerNumber(m[1] + m[2]));
    const deadTies = tied.filter((t) => t !== label && byLabel.has(t) && dead(byLabel.get(t)!.billId));
    if (deadTies.length > 0)
      out.set(label, {
        dead: deadTies,
        passed: passes
          .map((a) => a.date)
          .sort()
          .at(-1)!,
      });
  }
  return out;
}

function builtIn(session: string): Dataset {
  const r = parseDatasetText(readFileSync(`public/data/mi-${session}.json`, 'utf8'));
  if (!r.ok) throw new Error(`mi-${session} is invalid`);
  return r.dataset;
}

describe('bills passed by both chambers, not signed, tie-barred to a dead bill', () => {
  it('the session finder lists every one the CSVs hold, in each session, and none else', () => {
    const counts: Record<string, number> = {};
    for (const session of SESSIONS) {
      const expected = passedButTiedToDead(session);
      counts[session] = expected.size;
      const listed = stuckLaws(evaluate(builtIn(session), { assumptions: {} })).filter((r) => r.stage === 'passed');
      expect(
        listed.map((r) => r.label),
        session,
      ).toEqual([...expected.keys()]);
      for (const r of listed) expect(r.outcome, r.label).toBe('inoperative');
    }
    // The analyst's case is among them.
    expect([...passedButTiedToDead('2023-2024').keys()]).toContain('HB 5818');
    expect(counts['2019-2020'] + counts['2023-2024']).toBeGreaterThan(0);
  });

  it('says what each one is: passed, when, not signed, and the dead bill its tie names; the heading says the list holds more than laws', () => {
    for (const session of SESSIONS) {
      const expected = passedButTiedToDead(session);
      const ev = evaluate(builtIn(session), { assumptions: {} });
      const rows = stuckLaws(ev).filter((r) => r.outcome === 'inoperative');
      for (const r of rows.filter((x) => x.stage === 'passed')) {
        const { dead, passed } = expected.get(r.label)!;
        expect(r.sentence).toContain(`${r.label} passed both chambers on ${day(passed)} but has not been signed`);
        expect(r.sentence).toMatch(new RegExp(`(${dead.join('|')}) (died|was vetoed|was pocket-vetoed)`));
        // The story told about it (an embed of the session focused on it) says so too.
        expect(recordStorySentence(ev, r.id)).toMatch(
          new RegExp(`^${r.label} passed both chambers on ${day(passed)} and has not been signed, but `),
        );
      }
      const passedCount = rows.filter((r) => r.stage === 'passed').length;
      const heading = cannotTakeEffectTitle(rows.length - passedCount, passedCount);
      if (expected.size > 0) expect(heading, session).toBe('Enacted or passed, but cannot take effect');
      else expect(heading, session).toBe('Enacted but cannot take effect');
    }
  });
});
