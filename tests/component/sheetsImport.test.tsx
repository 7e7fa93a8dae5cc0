import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openSheets } from '../../src/app/SheetsMenu';
import { SHEETS_ORIGIN } from '../../src/shell/datasetSource';
import { datasetToSheets } from '../../src/ingest/sheets';
import type { Dataset } from '../../src/model';
import type { Notice } from '../../src/store';

const story = JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8')) as Dataset;

/** The founding story's sheets with one sheet's text edited, imported as the app's "Import spreadsheets…" does. */
async function importEdited(name: string, edit: (text: string) => string) {
  const files = datasetToSheets(story).map((s) => (s.name === name ? { ...s, text: edit(s.text) } : s));
  const notices: Notice[] = [];
  const opened: Dataset[] = [];
  const origins: Array<string | undefined> = [];
  const openText = async (text: string, _name: string, opts?: { origin?: string }) => (
    opened.push(JSON.parse(text) as Dataset),
    origins.push(opts?.origin),
    true
  );
  const ok = await openSheets(files, { openText, notify: (n) => notices.push(...n) });
  return { ok, opened, notices, origins };
}

describe("the app's spreadsheet import", () => {
  it('opens bills given no id with the ids the editor makes, and one warning line says which', async () => {
    const { ok, opened, notices } = await importEdited('bills.csv', (t) => t.replace(/\n(ab392|sb230|ab931),/g, '\n,'));
    expect(ok).toBe(true);
    expect(opened[0].bills.map((b) => b.id)).toEqual(['ab392', 'sb230', 'ab931']);
    expect(notices.flatMap((n) => n.details ?? []).filter((d) => d.startsWith('bills.csv'))).toEqual([
      'bills.csv row 2, column "id": 3 bills have no id; made from their labels as the editor makes ids: row 2 "AB 392" → ab392, row 3 "SB 230" → sb230, row 4 "AB 931" → ab931',
    ]);
  });

  it('opens them as spreadsheets, so importing them again replaces their earlier import, not a copy beside it', async () => {
    const { ok, origins } = await importEdited('dataset.csv', (t) => t);
    expect(ok).toBe(true);
    expect(origins).toEqual([SHEETS_ORIGIN]);
  });

  it('says a link naming a bill by a mistyped number once, with the id meant', async () => {
    const { ok, notices } = await importEdited('links.csv', (t) => t.replace(',sb230,ab392,', ',sb230,AB 329,'));
    expect(ok).toBe(false);
    expect(notices.map((n) => [n.message, n.details?.filter((d) => !d.startsWith('warning:'))])).toEqual([
      [
        'The spreadsheets could not be read (1 error). The open dataset was not changed.',
        ['links.csv row 2, column "to": no bill with id "AB 329" (did you mean "ab392"?)'],
      ],
    ]);
  });
});
