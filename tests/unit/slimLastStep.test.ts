/**
 * The built-in sessions are slimmed (procedural steps left out), but a bill still open at the end of
 * the record must show the step it is at: ordered enrolled, presented to the Governor, filed for the
 * ballot. Checked against LegiScan's history.csv, read apart from the importer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/model';
import type { Dataset } from '../../src/model';
import { evaluate, explain } from '../../src/engine';
import { rawBills, rawHistory, readerNumber } from '../fixtures/legiscanRaw';

// A history that ends here leaves the bill between the Legislature and the Governor (a joint resolution's filing: the ballot).
const ENROLMENT = /Ordered Enrolled|^Presented To (The )?Governor/i;
const FILED = /^Filed With Secretary Of State/i;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const day = (date: string) => `${Number(date.slice(8))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

function builtIn(session: string): Dataset {
  const r = parseDatasetText(readFileSync(`public/data/mi-${session}.json`, 'utf8'));
  if (!r.ok) throw new Error(`mi-${session} is invalid`);
  return r.dataset;
}

/** Each bill's last row in history.csv (its highest sequence), by the number a reader writes. */
function lastRows(session: string) {
  const history = rawHistory(session);
  return new Map(rawBills(session).map((b) => [readerNumber(b.number), history.get(b.billId)?.at(-1)]));
}

describe("a bill open at the record's end, in a slimmed session", () => {
  it("HB 4096 (2023-2024): the last step its explanation gives is the history's last row", () => {
    const last = lastRows('2023-2024').get('HB 4096')!;
    expect(last.action).toMatch(ENROLMENT);
    const ev = evaluate(builtIn('2023-2024'), { assumptions: {} });
    expect(explain(ev, 'hb4096').sentence).toContain(`(last step on ${day(last.date)}: ${last.action})`);
  });

  it.each(['2019-2020', '2023-2024'])('%s: every bill whose history ends in its enrolment shows that step last', (session) => {
    const ds = builtIn(session);
    const ev = evaluate(ds, { assumptions: {} });
    const byLabel = new Map(ds.bills.map((b, i) => [b.label, i]));
    let checked = 0;
    for (const [label, last] of lastRows(session)) {
      if (!last || !(ENROLMENT.test(last.action) || (/JR /.test(label) && FILED.test(last.action)))) continue;
      const i = byLabel.get(label)!;
      expect(ev.own[i], label).toBe('pending');
      const shown = ev.record.recorded[i].latest!;
      expect({ label, description: shown.description, date: shown.date }).toEqual({
        label,
        description: last.action.replace(/\s+/g, ' ').trim(),
        date: last.date,
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
