import { describe, expect, it } from 'vitest';
import { billRows } from '../../src/ui/tableRows';
import { evaluate, explain } from '../../src/engine';
import { generateDataset } from '../../src/engine/generate';
import { NO_FILTERS } from '../../src/store';

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
