import { describe, expect, it } from 'vitest';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import { STORY_MAX_BILLS, buildStoryStructure } from '../../src/engine/storyGraph';
import { generateDataset } from '../../src/engine/generate';
import { focusPoints, neighbourMap, tiedPoints } from '../../src/graph/neighbours';
import { shelfLayout } from '../../src/graph/shelfLayout';
import { createModel, highlightOf } from '../../src/graph/canvas/model';
import type { Dataset } from '../../src/model/schema';
import { foundingDataset } from '../fixtures/datasets';

/** A generated session, with 20 legislators: each sponsors every 20th bill from their own, and opposes one. */
const generated = generateDataset({ bills: STORY_MAX_BILLS + 120, links: 90, seed: 11 });
const ds: Dataset = {
  ...generated,
  stakeholders: Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, name: `Member ${i}`, kind: 'legislator' as const, sources: ['gen'] })),
  positions: generated.bills.flatMap((b, i) => [
    { stakeholder: `s${i % 20}`, target: b.id, stance: 'sponsor' as const, sources: ['gen'] },
    ...(i % 37 === 0 ? [{ stakeholder: `s${(i + 1) % 20}`, target: b.id, stance: 'oppose' as const, sources: ['gen'] }] : []),
  ]),
};
const full = buildGraphStructure(ds);
const session = buildStoryStructure(ds, full, 'none', new Set());

/** Stakeholder -> the bills and provisions its drawn positions point at, from the full network. */
function positionsOf(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of full.edges) if (e.kind === 'position') out.set(e.source, [...new Set([...(out.get(e.source) ?? []), e.target])]);
  return out;
}

describe("a session's stakeholders, drawn without, stand in by their bills", () => {
  it('names, for each stakeholder left out, the drawn bills it takes a position on', () => {
    const people = new Set((ds.stakeholders ?? []).map((s) => s.id));
    expect(session.nodes.some((n) => people.has(n.id))).toBe(false);
    const drawn = new Set(session.nodes.map((n) => n.id));
    const expected = [...positionsOf()]
      .map(([s, targets]) => [s, targets.filter((t) => drawn.has(t))] as const)
      .filter(([, t]) => t.length);
    expect(expected.length).toBeGreaterThan(10);
    expect([...session.standIns!].map(([s, bills]) => [s, [...bills].sort()])).toEqual(expected.map(([s, t]) => [s, [...t].sort()]));
  });

  it('lights its bills (and nothing lights it: a bill hovered lights its ties, not the people left out)', () => {
    const neighbours = neighbourMap(session);
    const [someone, bills] = [...session.standIns!].find(([, b]) => b.length > 1)!;
    expect([...neighbours.get(someone)!]).toEqual(bills);
    for (const b of bills) expect(neighbours.get(b)?.has(someone) ?? false).toBe(false);
  });

  it('a focus on it looks at its first bill, with the rest; on a drawn bill, at the bill with what it is tied to', () => {
    const pos = shelfLayout(session);
    const [someone, bills] = [...session.standIns!].find(([, b]) => b.length > 2)!;
    expect(focusPoints(session, pos, someone)).toEqual({ at: pos.get(bills[0]), tied: bills.slice(1).map((b) => pos.get(b)) });
    const tiedBill = session.edges.find((e) => e.kind === 'link')!.source;
    expect(focusPoints(session, pos, tiedBill)).toEqual({ at: pos.get(tiedBill), tied: tiedPoints(session, pos, tiedBill) });
    expect(focusPoints(session, pos, 'nobody-at-all')).toBeNull();
  });

  it("lights them on the canvas too: its lit set, resting on the stakeholder, is the stakeholder's bills", () => {
    const [someone, bills] = [...session.standIns!].find(([, b]) => b.length > 1)!;
    const nodeById = new Map(session.nodes.map((n) => [n.id, n]));
    const model = { ...createModel(), structure: session, nodeById, neighbours: neighbourMap(session), restingId: someone };
    expect([...highlightOf(model)!.nodes].sort()).toEqual([someone, ...bills].sort());
    expect(highlightOf(model)!.standIn).toBe(true);
    // A hovered bill lights its own ties instead, while the pointer is on it.
    expect(highlightOf({ ...model, hoverId: bills[0] })!.nodes.has(someone)).toBe(false);
  });

  it('a story draws its stakeholders (in groups), so it has no stand-ins', () => {
    const story = buildStoryStructure(ds, full, 'grouped', new Set(), new Set([ds.bills[0].id]));
    expect(story.standIns).toBeUndefined();
  });
});

describe('an opened group', () => {
  it('lights the members listed under it with it, and each member lights it (not the members of another group)', () => {
    const founding = foundingDataset();
    const structure = buildStoryStructure(founding, buildGraphStructure(founding), 'grouped', new Set(['grp:sb230:back']));
    const neighbours = neighbourMap(structure);
    const listed = structure.nodes.filter((n) => n.id.startsWith('in:sb230:')).map((n) => n.id);
    expect(listed).toContain('in:sb230:porac');
    for (const m of listed) {
      expect(neighbours.get('grp:sb230:back')).toContain(m);
      expect(neighbours.get(m)).toContain('grp:sb230:back');
    }
    expect(neighbours.get('grp:sb230:oppose') ?? new Set()).not.toContain('in:sb230:porac');
  });
});
