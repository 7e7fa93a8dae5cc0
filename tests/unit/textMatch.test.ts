import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, explain, matchesText, searchNodes } from '../../src/engine';
import { parseDatasetText } from '../../src/model';
import { billRows } from '../../src/ui/tableRows';
import { NO_FILTERS } from '../../src/store';
import { bill, dataset, foundingDataset } from '../fixtures/datasets';
import { wholeTitle } from '../../src/model/text';
import { uncitedPaths } from '../../src/model/cited';

describe('one rule for every box that finds things', () => {
  it.each([
    ['firearms storage', ['Firearms: safe storage'], true],
    ['storage firearms', ['Firearms: safe storage'], true],
    ['STORAGE', ['Firearms: safe storage'], true],
    ['storage firearms', ['Firearms: sales'], false],
    // A bill's number is found whole, never as its letters here and its digits there.
    ['SB 418', ['HB 4185', 'Workers: compensation (MCL 418.301). TIE BAR WITH: SB 244'], false],
    ['SB 418', ['SB 418', 'Children'], true],
    ['hjr f', ['HJR F'], true],
    // Copied from a sentence, where a bill's number is kept on one line by a no-break space.
    ['SB\u00a0418', ['SB 418'], true],
    // Written with stops, as a newspaper writes it (the address's focus reads it so too).
    ['H.B. 4638', ['HB 4638'], true],
    ['h.b.4638', ['HB 4638'], true],
    ['S. B. 418', ['SB 418'], true],
    ['H.B. 4638', ['HB 4639'], false],
    ['St. Louis', ['St. Louis County'], true],
    ['', ['anything'], true],
  ])('%j in %j: %s', (query, texts, found) => {
    expect(matchesText(query, ...texts)).toBe(found);
  });

  const parsed = parseDatasetText(readFileSync('public/data/mi-2023-2024.json', 'utf8'));
  if (!parsed.ok) throw new Error('mi-2023-2024 is invalid');
  const ds = parsed.dataset;
  const ev = evaluate(ds, { assumptions: {} });
  const filtered = (text: string) => billRows(ds, ev.outcomes, (id) => explain(ev, id), { ...NO_FILTERS, text }).rows.map((r) => r.cell(0));

  it("the bills table's filter finds title words in any order, as the search does (Michigan 2023-2024)", () => {
    const searched = searchNodes(ds, 'firearms storage', Infinity).map((h) => h.label);
    expect(searched.sort()).toEqual(['HB 4212', 'HB 5450', 'HB 5451', 'HB 6175']);
    expect(filtered('firearms storage').sort()).toEqual(searched);
    expect(filtered('storage firearms').sort()).toEqual(searched);
  });

  it('a search for a number finds that bill, not every title with its letters and its digits somewhere', () => {
    expect(searchNodes(ds, 'SB 418', Infinity).map((h) => h.label)).toEqual(['SB 418']);
    // The table's filter also reads each bill's reason: the bills tied to SB 418 name it there.
    expect(filtered('SB 418')).toContain('SB 418');
    for (const label of filtered('SB 418').filter((l) => l !== 'SB 418'))
      expect(explain(ev, ds.bills.find((b) => b.label === label)!.id).sentence, label).toMatch(/SB\s418\b/);
  });
});

describe("a bill's whole title, where the record's runs past 500 characters", () => {
  it('the bills table and its CSV give it whole, its list of ties to the end (Michigan 2023-2024, HB 5553)', () => {
    const parsed = parseDatasetText(readFileSync('public/data/mi-2023-2024.json', 'utf8'));
    if (!parsed.ok) throw new Error('mi-2023-2024 is invalid');
    const ds = parsed.dataset;
    expect(ds.bills.find((b) => b.label === 'HB 5553')!.title).toMatch(/…$/);
    const rows = billRows(ds, null, null, NO_FILTERS).rows;
    const title = rows.find((r) => r.cell(0) === 'HB 5553')!.cell(1);
    expect(title).toMatch(/TIE BAR WITH: HB 4568'23, HB 4569'23$/);
    // Every title the dataset cut is whole in the table; no other title changes.
    for (const b of ds.bills) {
      const cell = rows.find((r) => r.id === b.id)!.cell(1);
      if (b.title.endsWith('…')) expect(cell.length, b.label).toBeGreaterThan(500);
      else expect(cell).toBe(b.title);
    }
    // The search reads it whole too: HB 4569 is named only past the cut.
    expect(searchNodes(ds, "HB 4569'23", Infinity).map((h) => h.label)).toContain('HB 5553');
  });
});

describe('what the search finds first, and what the Embed dialog counts', () => {
  it('a bill whose number is the whole query comes before those it only starts', () => {
    const ds = dataset([
      { ...bill('hb5000'), label: 'HB 5000' },
      { ...bill('hb500'), label: 'HB 500' },
    ]);
    expect(searchNodes(ds, 'HB 500').map((h) => h.label)).toEqual(['HB 500', 'HB 5000']);
  });

  it('a short title that ends in "…" is its own, whatever the summary says', () => {
    expect(wholeTitle({ title: 'Police: use of force…', summary: 'Police: use of force. This bill would …' })).toBe(
      'Police: use of force…',
    );
  });

  it('counts every fact that cites no source, past the 200 warnings a check lists', () => {
    expect(uncitedPaths(foundingDataset())).toEqual([]);
    const bills = Array.from({ length: 250 }, (_, i) => ({ ...bill(`hb${i + 1}`), sources: [] }));
    // Each bill and its introduction: 500 facts.
    for (const b of bills) b.events![0].sources = [];
    const paths = uncitedPaths(dataset(bills));
    expect(paths).toHaveLength(500);
    expect(paths.slice(0, 2)).toEqual(['bills[0]', 'bills[0].events[0]']);
    // Each by its place in the file, as the checks name it.
    const one = foundingDataset();
    one.positions![0].sources = [];
    expect(uncitedPaths(one)).toEqual(['positions[0]']);
  });
});
