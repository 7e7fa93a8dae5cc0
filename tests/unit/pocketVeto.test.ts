/**
 * A pocket veto is told as the record words it ("Pocket Veto 01/05/2021": the Governor did not sign
 * before the Legislature adjourned), not as a veto the Governor sent back. Checked against
 * LegiScan's history.csv for Michigan 2019-2020, read apart from the importer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/model';
import { chainLine, evaluate, explain } from '../../src/engine';
import { rawBills, rawHistory, readerNumber } from '../fixtures/legiscanRaw';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "01/05/2021" -> "5 Jan 2021". */
const day = (us: string) => {
  const [m, d, y] = us.split('/').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

describe('a pocket veto (Michigan 2019-2020)', () => {
  const r = parseDatasetText(readFileSync('public/data/mi-2019-2020.json', 'utf8'));
  if (!r.ok) throw new Error('mi-2019-2020 is invalid');
  const ds = r.dataset;
  const ev = evaluate(ds, { assumptions: {} });
  const history = rawHistory('2019-2020');
  // Each bill's veto, as the record words it, and the date the action gives.
  const vetoes = rawBills('2019-2020').flatMap((b) => {
    const veto = (history.get(b.billId) ?? []).filter((a) => /^(Pocket Veto|Vetoed By)/i.test(a.action)).at(-1);
    const date = veto && /(\d\d)\/(\d\d)\/(\d{4})/.exec(veto.action)?.[0];
    return veto && date ? [{ label: readerNumber(b.number), pocket: /^Pocket Veto/i.test(veto.action), date }] : [];
  });

  it('each bill pocket-vetoed is said to have been pocket-vetoed, on the day the record gives; a veto sent back stays "vetoed"', () => {
    expect(vetoes.filter((v) => v.pocket).length).toBeGreaterThan(0);
    expect(vetoes.filter((v) => !v.pocket).length).toBeGreaterThan(0);
    for (const v of vetoes) {
      const bill = ds.bills.find((b) => b.label === v.label)!;
      const said = explain(ev, bill.id).sentence;
      expect(said, v.label).toBe(`${v.label} does not become law: it was ${v.pocket ? 'pocket-vetoed' : 'vetoed'} on ${day(v.date)}.`);
    }
  });

  it("the CLI's chain lines (scenario --chain) say it as the sentences do", () => {
    const label = (id: string) => ds.bills.find((b) => b.id === id)?.label ?? id;
    for (const v of vetoes) {
      const bill = ds.bills.find((b) => b.label === v.label)!;
      const lines = explain(ev, bill.id).reasons.map((r) => chainLine(r, label));
      expect(lines, v.label).toContain(`${v.label} was ${v.pocket ? 'pocket-vetoed' : 'vetoed'} on ${day(v.date)}`);
    }
  });
});
