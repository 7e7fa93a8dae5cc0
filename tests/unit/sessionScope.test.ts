/**
 * A whole session in an embed tells the story of one bill: the bill its sentence leads with (or the
 * one the address focuses) and the bills tied to it, on the real Michigan 2019-2020 session.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/model';
import { evaluate, leadBill, recordStorySentence, suggestQuestions, tiedAround } from '../../src/engine';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import { buildStoryStructure } from '../../src/engine/storyGraph';
import { sessionScope } from '../../src/embed/sessionScope';
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
    expect(scope.sentence).toBe(
      `${label} and the ${scope.bills.size - 1} bills tied to it, of ${session.bills.length.toLocaleString('en-US')} bills.`,
    );
    // Its story draws those bills and nothing of the others.
    const story = buildStoryStructure(session, buildGraphStructure(session), 'grouped', new Set(), scope.bills);
    expect(story.story).toBe(true);
    const drawn = new Set(story.nodes.filter((n) => n.kind === 'bill').map((n) => n.id));
    expect(drawn).toEqual(scope.bills);
    for (const n of story.nodes) if (n.kind !== 'bill') expect(scope.bills.has(n.parent!), n.id).toBe(true);
    for (const e of story.edges)
      expect(story.nodes.some((n) => n.id === e.source) && story.nodes.some((n) => n.id === e.target)).toBe(true);
    expect(story.edges.some((e) => e.kind === 'link')).toBe(true);
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

  it('leaves a story whole, and a session where nothing is tied', () => {
    expect(sessionScope(evaluate(foundingDataset(), { assumptions: {} }), null)).toBeUndefined();
    const untied = { ...session, links: [] };
    expect(sessionScope(evaluate(untied, { assumptions: {} }), null)).toBeUndefined();
  });
});
