import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import type { Dataset } from '../../src/model';
import { validateDataset } from '../../src/model';
import { MAX_COORDINATE } from '../../src/model/limits';
import { SHEETS, blankSheets, datasetToSheets, formatSheetProblem, readSheets } from '../../src/ingest/sheets';
import type { SheetFile } from '../../src/ingest/sheets';
import { escapeCell, joinList, splitList, unescapeCell } from '../../src/ingest/sheets/cells';

const builtIns = (JSON.parse(readFileSync('public/data/index.json', 'utf8')) as { datasets: Array<{ id: string; file: string }> }).datasets;
const load = (file: string) => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as Dataset;

/** Reads sheets that must be valid. */
function read(files: SheetFile[]): Dataset {
  const r = readSheets(files);
  if (!r.ok) throw new Error(r.errors.map(formatSheetProblem).join('\n'));
  return r.dataset;
}

/** The founding story's sheets with one sheet's text changed. */
function founding(edit: Record<string, (text: string) => string>): SheetFile[] {
  return datasetToSheets(load('ca-2019-deadly-force.json')).map((s) => (edit[s.name] ? { ...s, text: edit[s.name](s.text) } : s));
}
const problems = (files: SheetFile[]) => {
  const r = readSheets(files);
  return { errors: r.ok ? [] : r.errors.map(formatSheetProblem), warnings: r.warnings.map(formatSheetProblem), result: r };
};

describe('spreadsheet round trips', () => {
  // A whole session is 5.7 MB both ways: more than the default 5 s on a busy 2-core machine.
  it.each(builtIns.map((b) => [b.id, b.file]))(
    'built-in %s -> sheets -> dataset is unchanged, and back to the same sheets',
    (_, file) => {
      const ds = load(file);
      const sheets = datasetToSheets(ds);
      const back = read(sheets);
      expect(back).toStrictEqual(ds);
      expect(datasetToSheets(back)).toEqual(sheets);
    },
    60_000,
  );

  it('the example in docs/sheets/example is the founding story, freshly exported', () => {
    const sheets = datasetToSheets(load('ca-2019-deadly-force.json'));
    expect(readdirSync('docs/sheets/example').sort()).toEqual(sheets.map((s) => s.name).sort());
    for (const s of sheets) expect(readFileSync(`docs/sheets/example/${s.name}`, 'utf8'), s.name).toBe(s.text);
  });

  it('the blank template in docs/sheets/template is fresh, and filling in a title and one bill makes a dataset', () => {
    const blank = blankSheets();
    for (const s of blank) expect(readFileSync(`docs/sheets/template/${s.name}`, 'utf8'), s.name).toBe(s.text);
    const filled = blank.map((s) =>
      s.name === 'dataset.csv'
        ? { ...s, text: s.text.replace('id,\n', 'id,my-story\n').replace('title,\n', 'title,My story\n') }
        : s.name === 'bills.csv'
          ? { ...s, text: `${s.text}hb1,HB 1,,A bill,,,,,,\n` }
          : s,
    );
    expect(read(filled)).toEqual({
      schemaVersion: 1,
      id: 'my-story',
      title: 'My story',
      sources: {},
      bills: [{ id: 'hb1', label: 'HB 1', title: 'A bill' }],
    });
    // Left blank, the id is made from the title, as the editor makes it.
    const untitled = filled.map((s) =>
      s.name === 'dataset.csv'
        ? { ...s, text: s.text.replace('id,my-story\n', 'id,\n').replace('title,My story\n', 'title,Oregon 2025: Paid leave\n') }
        : s,
    );
    expect(read(untitled)).toMatchObject({ id: 'oregon-2025-paid-leave', title: 'Oregon 2025: Paid leave' });
  });

  it('the guide in docs/sheets/README.md names every sheet and column', () => {
    const guide = readFileSync('docs/sheets/README.md', 'utf8');
    for (const sheet of SHEETS) {
      expect(guide).toContain(`${sheet.kind}.csv`);
      for (const col of sheet.columns) expect(guide, `${sheet.kind}: ${col.header}`).toContain(`\`${col.header}\``);
    }
  });

  const unit = fc.constantFrom('a', 'B', ' ', '=', '+', '-', '@', "'", '"', ',', ';', '\\', '\n', '\r\n', '\t', 'é', '“', '0');
  // Labels must show something (an all-invisible label is refused), so every text has a visible character.
  const text = fc.string({ unit, minLength: 1, maxLength: 12 }).filter((s) => /[\p{L}\p{N}\p{P}\p{S}]/u.test(s));
  const item = text.map((s) => s.trim()).filter((s) => s.length > 0);
  const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const date = fc.constantFrom('2019-04-23', '2019', '2019-05');
  const refs = opt(fc.uniqueArray(fc.constantFrom('S1', 'S-2'), { minLength: 1, maxLength: 2 }));
  const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  const arbDataset: fc.Arbitrary<Dataset> = fc
    .record({
      title: text,
      description: opt(text),
      notes: opt(fc.array(text, { minLength: 1, maxLength: 3 })),
      jurisdictions: opt(fc.array(item, { minLength: 1, maxLength: 2 })),
      bills: fc.array(
        fc
          .record({
            label: text,
            title: text,
            authors: opt(fc.array(item, { minLength: 1, maxLength: 3 })),
            summary: opt(text),
            events: opt(
              fc.array(
                fc
                  .record({
                    date,
                    type: fc.constantFrom('introduced', 'floor-vote', 'signed'),
                    description: text,
                    tallies: opt(
                      fc.array(fc.record({ yes: fc.nat(99), no: fc.nat(99), notVoting: opt(fc.nat(9)), sources: refs }).map(strip), {
                        minLength: 1,
                        maxLength: 2,
                      }),
                    ),
                    note: opt(text),
                    sources: refs,
                  })
                  .map(strip),
                { minLength: 1, maxLength: 3 },
              ),
            ),
            provisions: opt(
              fc.array(
                fc
                  .record({ label: text, struck: opt(date), sections: opt(fc.array(item, { minLength: 1, maxLength: 2 })), sources: refs })
                  .map(strip),
                { minLength: 1, maxLength: 2 },
              ),
            ),
            sources: refs,
          })
          .map(strip),
        { minLength: 1, maxLength: 4 },
      ),
      context: opt(fc.array(fc.record({ date, description: text, sources: refs }).map(strip), { minLength: 1, maxLength: 2 })),
      clause: opt(text),
      verified: opt(fc.boolean()),
      layout: opt(
        fc.array(
          fc.tuple(
            fc.double({ noNaN: true, min: -MAX_COORDINATE, max: MAX_COORDINATE }),
            fc.integer({ min: -MAX_COORDINATE, max: MAX_COORDINATE }),
          ),
          { minLength: 1, maxLength: 3 },
        ),
      ),
    })
    .map((r) => {
      const bills = r.bills.map((b, i) => ({
        id: `b${i}`,
        ...b,
        provisions: b.provisions?.map((p, j) => ({ id: `b${i}-p${j}`, ...p })),
      }));
      const ds: Dataset = strip({
        schemaVersion: 1 as const,
        id: 'prop',
        title: r.title,
        description: r.description,
        notes: r.notes,
        jurisdictions: r.jurisdictions,
        sources: { S1: { url: 'https://example.org/a,b;c' }, 'S-2': { url: 'https://example.org/', title: '=cmd' } },
        bills: bills.map(strip),
        context: r.context,
        links:
          bills.length > 1
            ? [
                strip({
                  id: 'l1',
                  kind: 'contingent-enactment' as const,
                  from: 'b0',
                  to: bills.slice(1).map((b) => b.id),
                  clause: r.clause,
                  clauseVerified: r.verified,
                  sources: ['S1'],
                }),
              ]
            : undefined,
        stakeholders: [{ id: 'p1', name: r.title, kind: 'union' as const }],
        positions: [{ stakeholder: 'p1', target: 'b0', stance: 'oppose' as const, note: r.description }].map(strip),
        // Baked positions only for bills the dataset has (a position for no node is refused).
        layout:
          r.layout &&
          Object.fromEntries(r.layout.slice(0, bills.length).map(([x, y], i) => [`b${i}`, [x || 0, y || 0] as [number, number]])),
      });
      return ds;
    });

  it('any dataset -> sheets -> dataset is unchanged, and sheets -> dataset -> sheets too (fast-check)', () => {
    fc.assert(
      fc.property(arbDataset, (ds) => {
        expect(validateDataset(ds).ok).toBe(true);
        const sheets = datasetToSheets(ds);
        const back = read(sheets);
        expect(back).toStrictEqual(ds);
        expect(datasetToSheets(back)).toEqual(sheets);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the formula escape', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'=already", "''=already"],
    ["it's fine", "it's fine"],
    ['plain', 'plain'],
  ])('%s is written %s', (value, written) => {
    expect(escapeCell(value)).toBe(written);
    expect(unescapeCell(written).value).toBe(value);
  });

  it('is reversed exactly by the import, and no escaped cell starts a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', "'", 'a', '\t', '\r') }), (s) => {
        const e = escapeCell(s);
        expect(e).not.toMatch(/^[=+\-@\t\r]/);
        expect(unescapeCell(e).value).toBe(s);
      }),
    );
  });

  it('lists keep ";" and "\\" inside an item', () => {
    const items = ['a;b', 'c\\', '\\;', 'plain'];
    expect(splitList(joinList(items))).toEqual(items);
    expect(splitList(' Weber ;McCarty;; ')).toEqual(['Weber', 'McCarty']);
  });

  it('exported sheets escape formula-like text, and a spreadsheet cell is never left starting with =', () => {
    const ds = load('ca-2019-deadly-force.json');
    ds.title = '=HYPERLINK("http://evil.example","Click")';
    const csv = datasetToSheets(ds).find((s) => s.name === 'dataset.csv')!.text;
    expect(csv).toContain(`title,"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    for (const s of datasetToSheets(ds))
      for (const line of s.text.split('\n')) expect(line.split(',').some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });
});

describe('hostile and mistaken sheets', () => {
  it('names the sheet, row and column of an unknown id, with a suggestion', () => {
    const { errors } = problems(
      founding({
        'links.csv': (t) => t.replace('sb230-on-ab392,contingent-enactment,sb230,ab392', 'sb230-on-ab392,contingent-enactment,sb230,ab329'),
      }),
    );
    expect(errors).toContain('links.csv row 2, column "to": no bill with id "ab329" (did you mean "ab392"?)');
  });

  it('reads a kind or stance as a reporter types it ("Tie bar", "Contingent Enactment", " SUPPORT")', () => {
    const ds = read(
      founding({
        'links.csv': (t) => t.replace('sb230-on-ab392,contingent-enactment,', 'sb230-on-ab392,Contingent Enactment,'),
        'positions.csv': (t) => t.replace(',support,', ', SUPPORT ,'),
      }),
    );
    expect(ds.links!.find((l) => l.id === 'sb230-on-ab392')!.kind).toBe('contingent-enactment');
    expect(ds.positions!.some((p) => p.stance === 'support')).toBe(true);
    expect(ds.positions!.every((p) => ['sponsor', 'support', 'oppose', 'neutral', 'withdrawn'].includes(p.stance))).toBe(true);
  });

  it('reads month/day/year dates as a US spreadsheet shows them, says so once a column, and names slashed dates it cannot read', () => {
    const us = (t: string) =>
      t.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y: string, m: string, d: string) => `${Number(m)}/${Number(d)}/${y}`);
    const r = problems(founding({ 'events.csv': us }));
    expect(r.errors).toEqual([]);
    expect(r.result.ok && r.result.dataset).toEqual(read(founding({})));
    expect(r.warnings.filter((w) => w.includes('month/day/year'))).toEqual([
      expect.stringMatching(
        /^events\.csv row 2, column "date": dates with slashes were read month\/day\/year \(US\): "\d{1,2}\/\d{1,2}\/\d{4}" is \d{4}-\d{2}-\d{2} \(\d+ dates in this column\)$/,
      ),
    ]);
    const firstDate = (t: string, to: string) => t.replace(/\b\d{4}-\d{2}-\d{2}\b/, to);
    expect(problems(founding({ 'events.csv': (t) => firstDate(t, '23/4/2019') })).errors).toEqual([
      'events.csv row 2, column "date": "23/4/2019" reads as day/month/year; a date with slashes is read month/day/year (US): write 2019-04-23 for 23 April 2019',
    ]);
    expect(problems(founding({ 'events.csv': (t) => firstDate(t, '4/23/19') })).errors).toEqual([
      'events.csv row 2, column "date": "4/23/19" has a two-digit year: write the date as YYYY-MM-DD (2019-04-23, if it is 2019)',
    ]);
    // No reading makes these a date: nothing impossible is suggested.
    for (const bad of ['31/2/2019', '32/1/2019', '0/0/2019', '2/29/2019'])
      expect(problems(founding({ 'events.csv': (t) => firstDate(t, bad) })).errors).toEqual([
        `events.csv row 2, column "date": "${bad}" is not a date: write YYYY-MM-DD (or month/day/year)`,
      ]);
    expect(read(founding({ 'events.csv': (t) => firstDate(t, '2/29/2020') })).bills[0].events![0].date).toBe('2020-02-29');
    // With its month named, as a story dates it (the CSV quotes its comma): read, with nothing to say
    // (no reading of it is in doubt).
    const named = problems(founding({ 'events.csv': (t) => firstDate(t, '"April 23, 2019"') }));
    expect([...named.errors, ...named.warnings.filter((w) => w.includes('April'))]).toEqual([]);
    expect(read(founding({ 'events.csv': (t) => firstDate(t, '"April 23, 2019"') })).bills[0].events![0].date).toBe('2019-04-23');
    expect(read(founding({ 'events.csv': (t) => firstDate(t, '23 Apr 2019') })).bills[0].events![0].date).toBe('2019-04-23');
    expect(problems(founding({ 'events.csv': (t) => firstDate(t, '"April 31, 2019"') })).errors).toEqual([
      'events.csv row 2, column "date": "April 31, 2019" is not a day of the calendar',
    ]);
    // With the time an export may add to a date.
    for (const withTime of ['4/23/2019 0:00:00', '4/23/2019 12:00 PM'])
      expect(read(founding({ 'events.csv': (t) => firstDate(t, withTime) })).bills[0].events![0].date).toBe('2019-04-23');
    // A date that cannot be read does not hide the run's other problems, and is said once.
    const all = problems(
      founding({
        'events.csv': (t) => firstDate(t, '23/5/2019'),
        'links.csv': (t) => t.replace('sb230-on-ab392,contingent-enactment,sb230,ab392', 'sb230-on-ab392,contingent-enactment,sb230,ab329'),
      }),
    ).errors;
    expect(all).toEqual([
      'events.csv row 2, column "date": "23/5/2019" reads as day/month/year; a date with slashes is read month/day/year (US): write 2019-05-23 for 23 May 2019',
      'links.csv row 2, column "to": no bill with id "ab329" (did you mean "ab392"?)',
    ]);
    expect(problems(founding({ 'events.csv': (t) => firstDate(t, '2/30/2020') })).errors).toEqual([
      'events.csv row 2, column "date": "2/30/2020" is not a date: write YYYY-MM-DD (or month/day/year)',
    ]);
  });

  it('maps validator errors after assembly back to the cell', () => {
    const { errors } = problems(
      founding({
        'positions.csv': (t) => t.replace('weber,ab392,sponsor', 'weber,ab392,sponsored'),
        'sources.csv': (t) => t.replace('S2,https://aclusocal.org', 'S2,javascript://aclusocal.org'),
      }),
    );
    expect(errors).toContain(
      'positions.csv row 2, column "stance": is "sponsored" (did you mean "sponsor"?); expected one of "sponsor", "support", "oppose", "neutral", "withdrawn"',
    );
    expect(errors).toContain('sources.csv row 3, column "url": only http(s) links are allowed, not "javascript:"');
    const refs = problems(founding({ 'events.csv': (t) => t.replace(/S1\n/, 'S99\n') })).errors;
    expect(refs).toEqual(['events.csv row 2, column "sources": no source with id "S99" (did you mean "S9"?)']);
  });

  it('keeps a formula as plain text with a warning naming the cell, and exports it escaped', () => {
    const evil = '=HYPERLINK("http://evil.example","Click me")';
    const { warnings, result } = problems(
      founding({ 'stakeholders.csv': (t) => t.replace('Shirley Weber', `"${evil.replace(/"/g, '""')}"`) }),
    );
    expect(warnings).toContain(
      'stakeholders.csv row 2, column "name": "=HYPERLINK("http://evil.example","Click …" looks like a spreadsheet formula: kept as plain text (Tiebar never runs it)',
    );
    expect(result.ok && result.dataset.stakeholders![0].name).toBe(evil);
    if (result.ok) expect(datasetToSheets(result.dataset).find((s) => s.name === 'stakeholders.csv')!.text).toContain(`"'=HYPERLINK(`);
  });

  it('refuses a formula where an address or id belongs', () => {
    const { errors } = problems(
      founding({ 'sources.csv': (t) => t.replace('https://aclusocal.org/en/acttosavelives', '=HYPERLINK("x")') }),
    );
    expect(errors.some((e) => e === 'sources.csv row 3, column "url": "=HYPERLINK(\\"x\\")" is not a URL (expected https://...)')).toBe(
      true,
    );
  });

  it('reads quoted commas, quotes and line breaks, strips a BOM, and names an unclosed quote', () => {
    const files = founding({ 'bills.csv': (t) => t.replace('Peace officers: deadly force', '"Peace ""officers"", deadly\nforce"') });
    expect(read(files).bills[0].title).toBe('Peace "officers", deadly\nforce');
    expect(files[0].text.startsWith('\uFEFF')).toBe(true);
    const noBom = founding({ 'bills.csv': (t) => t.replace(/^\uFEFF/, '') });
    expect(read(noBom)).toStrictEqual(load('ca-2019-deadly-force.json'));
    expect(problems(founding({ 'stakeholders.csv': (t) => t.replace('Shirley Weber', '"Shirley Weber') })).errors).toEqual([
      'stakeholders.csv: a quote (") opened on line 2 is never closed; check the quotes in that cell',
    ]);
    // A stray quote that closes early leaves the row with too many cells, which is named too.
    expect(problems(founding({ 'bills.csv': (t) => t.replace('Peace officers', '"Peace officers') })).errors).toEqual([
      'bills.csv row 2: has 15 cells but the header names 10 columns; cell 11 has no column',
    ]);
  });

  it('refuses a 1 MB cell by sheet, row and column', () => {
    const big = 'x'.repeat(1024 * 1024);
    const { errors } = problems(founding({ 'stakeholders.csv': (t) => t.replace('Assemblymember; author of AB 392 and AB 931.', big) }));
    expect(errors).toContain('stakeholders.csv row 2, column "note": the cell holds 1,048,576 characters; at most 1,000,000');
  });

  it('refuses a row with more cells than columns, and reads a short row as empty cells with a warning', () => {
    const long = problems(
      founding({ 'positions.csv': (t) => t.replace('weber,ab392,sponsor,,Author.,S1; S2', 'weber,ab392,sponsor,,Author.,S1; S2,extra') }),
    );
    expect(long.errors).toEqual(['positions.csv row 2: has 7 cells but the header names 6 columns; cell 7 has no column']);
    const short = problems(
      founding({
        'stakeholders.csv': (t) =>
          t.replace('weber,Shirley Weber,legislator,Assemblymember; author of AB 392 and AB 931.,S1; S2', 'weber,Shirley Weber,legislator'),
      }),
    );
    expect(short.errors).toEqual([]);
    expect(short.warnings).toContain('stakeholders.csv row 2: has 3 cells, the header 5; the missing ones were read as empty');
  });

  it('names unknown columns and fields, missing sheets, and refuses __proto__ keys', () => {
    expect(problems(founding({ 'links.csv': (t) => t.replace(',clause,', ',clauze,') })).errors).toContain(
      'links.csv row 1, column "clauze": not a column of the links sheet (did you mean "clause"?); its columns: id, kind, from, to, added, removed, deadline, section, order, requires, clause, clause verified, note, sources',
    );
    expect(problems(founding({ 'dataset.csv': (t) => t.replace('credit,', 'credits,') })).errors[0]).toMatch(
      /^dataset\.csv row 5, column "field": "credits" is not a dataset field \(did you mean "credit"\?\)/,
    );
    expect(problems(founding({}).filter((s) => s.name !== 'bills.csv')).errors).toContain('bills.csv: the bills sheet is missing');
    // A bills sheet with a column it does not know is named for that, and is not also called missing.
    const unknown = problems(founding({ 'bills.csv': (t) => t.replace(/^(\uFEFF?)id,/, '$1id,status,') }));
    expect(unknown.errors.some((e) => e.startsWith('bills.csv row 1, column "status": not a column of the bills sheet'))).toBe(true);
    expect(unknown.errors).not.toContain('bills.csv: the bills sheet is missing');
    const unclosed = problems(founding({ 'bills.csv': (t) => `${t}\n"oops,never closed` }));
    expect(unclosed.errors.some((e) => /^bills\.csv: a quote \(".*never closed/.test(e))).toBe(true);
    expect(unclosed.errors).not.toContain('bills.csv: the bills sheet is missing');
    expect(problems(founding({ 'layout.csv': (t) => t.replace('ab392,0,0', '__proto__,0,0') })).errors).toContain(
      'layout.csv row 2, column "node": the key "__proto__" is not allowed (it could alter JavaScript objects)',
    );
  });

  it('knows a sheet by its header when its name says nothing (a published Google Sheet URL)', () => {
    const files = datasetToSheets(load('ca-2019-deadly-force.json')).map((s, i) => ({
      name: `https://docs.google.com/spreadsheets/d/e/x/pub?gid=${i}&output=csv`,
      text: s.text,
    }));
    expect(read(files)).toStrictEqual(load('ca-2019-deadly-force.json'));
    const { errors } = problems(
      files.map((f, i) => (i === 5 ? { ...f, text: f.text.replace(',ab392,2019-04-23', ',ab329,2019-04-23') } : f)),
    );
    expect(errors[0]).toMatch(
      /^links\.csv \(https:\/\/docs\.google\.com\/spreadsheets\/d\/e…\) row 2, column "to": no bill with id "ab329"/,
    );
  });
});
