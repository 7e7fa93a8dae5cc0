/** The links table's filter finds a tie as the bills table finds a bill: by a bill's number in any spelling, and by its bills' title words. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/model';
import { wholeTitle } from '../../src/model/text';
import { NO_FILTERS } from '../../src/store/uiSlice';
import { linkRows } from '../../src/ui/tableRows';

const r = parseDatasetText(readFileSync('public/data/mi-2023-2024.json', 'utf8'));
if (!r.ok) throw new Error('mi-2023-2024 is invalid');
const ds = r.dataset;
const rows = (text: string) => linkRows(ds, null, { ...NO_FILTERS, text }).rows.map((row) => row.id);

describe("the links table's filter (Michigan 2023-2024)", () => {
  it('finds the ties of a bill by its number however it is typed', () => {
    const spelled = rows('HB 4638');
    expect(spelled.length).toBeGreaterThan(0);
    expect(rows('hb4638')).toEqual(spelled);
    expect(rows('hb 4638')).toEqual(spelled);
    // Every one of them joins HB 4638.
    const hb4638 = ds.bills.find((b) => b.label === 'HB 4638')!.id;
    for (const id of spelled) {
      const l = ds.links!.find((x) => x.id === id)!;
      expect([l.from, ...l.to], id).toContain(hb4638);
    }
  });

  it('finds the ties of the bills whose titles hold the words, and only those', () => {
    const found = rows('child advocate');
    expect(found.length).toBeGreaterThan(0);
    const titled = (id: string) =>
      /child/i.test(wholeTitle(ds.bills.find((b) => b.id === id)!)) || /advocate/i.test(wholeTitle(ds.bills.find((b) => b.id === id)!));
    for (const id of found) {
      const l = ds.links!.find((x) => x.id === id)!;
      expect([l.from, ...l.to].some(titled), id).toBe(true);
    }
  });
});
