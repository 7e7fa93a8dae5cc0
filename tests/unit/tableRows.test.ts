import { describe, expect, it } from 'vitest';
import { billRows } from '../../src/ui/tableRows';
import { evaluate, explain } from '../../src/engine';
import { generateDataset } from '../../src/engine/generate';
import { NO_FILTERS } from '../../src/store';
import { foundingDataset } from '../fixtures/datasets';

describe('bill rows', () => {
  const dataset = generateDataset({ bills: 300, links: 600, seed: 5 });
  const ev = evaluate(dataset, { assumptions: {} });
  const counted = () => {
    const asked: string[] = [];
    return { asked, explainOf: (id: string) => (asked.push(id), explain(ev, id)) };
  };

  it('work out a reason only when it is read', () => {
    const { asked, explainOf } = counted();
    const { rows } = billRows(dataset, ev.outcomes, explainOf, NO_FILTERS);
    expect(rows).toHaveLength(300);
    expect(asked).toEqual([]);
    const sorted = [...rows].sort((a, b) => a.cell(1).localeCompare(b.cell(1)));
    expect(asked).toEqual([]); // sorting by title reads no reason
    expect(sorted[0].cells).toEqual([sorted[0].cell(0), sorted[0].cell(1), ev.outcomes[sorted[0].id], explain(ev, sorted[0].id).sentence]);
    expect(asked).toEqual([sorted[0].id]);
    sorted[0].cell(3);
    expect(asked).toHaveLength(1); // read once
  });

  it("with a scenario on: the record's outcome in a column of its own, the bills it changes first, and a filter for them", () => {
    const founding = foundingDataset();
    const record = evaluate(founding, { assumptions: {} });
    const fails = evaluate(founding, { assumptions: { ab392: 'failed' } });
    const table = billRows(founding, fails.outcomes, (id) => explain(fails, id), NO_FILTERS, record.outcomes);
    expect(table.columns).toEqual(['Bill', 'Title', 'Outcome', 'Recorded outcome', 'Why']);
    expect(table.rows.map((r) => [r.id, r.cell(2), r.cell(3), r.was])).toEqual([
      ['ab392', 'failed', 'enacted', 'enacted'],
      ['sb230', 'inoperative', 'enacted', 'enacted'],
      ['ab931', 'failed', 'failed', undefined],
    ]);
    expect(table.rows[1].cells[4]).toBe(explain(fails, 'sb230').sentence);
    const changed = billRows(founding, fails.outcomes, null, { ...NO_FILTERS, changed: true }, record.outcomes);
    expect(changed.rows.map((r) => r.id)).toEqual(['ab392', 'sb230']);
    // Without the record (no scenario), the table is as before.
    expect(billRows(founding, record.outcomes, null, NO_FILTERS).columns).toEqual(['Bill', 'Title', 'Outcome', 'Why']);
  });

  it('filter on outcome without explaining, and on text through the reason only when the cheap cells do not match', () => {
    const { asked, explainOf } = counted();
    const outcome = ev.outcomes[dataset.bills[0].id];
    const byOutcome = billRows(dataset, ev.outcomes, explainOf, { ...NO_FILTERS, outcome });
    expect(byOutcome.rows.every((r) => r.outcome === outcome)).toBe(true);
    expect(asked).toEqual([]);
    const label = dataset.bills[7].label;
    const byText = billRows(dataset, ev.outcomes, explainOf, { ...NO_FILTERS, text: label });
    expect(byText.rows.map((r) => r.id)).toContain(dataset.bills[7].id);
    expect(asked).not.toContain(dataset.bills[7].id);
  });
});
