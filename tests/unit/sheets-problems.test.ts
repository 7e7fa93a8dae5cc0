import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/model';
import { newDraft } from '../../src/model/edit';
import { SHEETS, datasetToSheets, formatSheetProblem, readSheets } from '../../src/ingest/sheets';
import type { SheetFile } from '../../src/ingest/sheets';

const story = JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8')) as Dataset;

/** An edit of one sheet's text that must find what it replaces (else the case would test nothing). */
const change = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`"${from}" is not in the sheet`);
  return text.replace(from, to);
};
const both =
  (...edits: Array<(t: string) => string>) =>
  (text: string) =>
    edits.reduce((t, edit) => edit(t), text);
/** The founding story's sheets, edited; `null` leaves a sheet out. */
const founding = (edits: Record<string, ((t: string) => string) | null>): SheetFile[] =>
  datasetToSheets(story)
    .filter((s) => edits[s.name] !== null)
    .map((s) => (edits[s.name] ? { ...s, text: edits[s.name]!(s.text) } : s));
const errorsOf = (files: SheetFile[]) => {
  const r = readSheets(files);
  return r.ok ? [] : r.errors.map(formatSheetProblem);
};

const badKind = change('sb230,SB 230,bill,', 'sb230,SB 230,statute,');
const KIND =
  'bills.csv row 3, column "kind": is "statute"; expected one of "bill", "constitutional-amendment", "budget-act", "ballot-measure", "resolution"';
const sponsored = change('weber,ab392,sponsor', 'weber,ab392,sponsored');
const STANCE =
  'positions.csv row 2, column "stance": is "sponsored" (did you mean "sponsor"?); expected one of "sponsor", "support", "oppose", "neutral", "withdrawn"';
const toAb329 = change(',sb230,ab392,', ',sb230,ab329,');
const TO = 'links.csv row 2, column "to": no bill with id "ab329" (did you mean "ab392"?)';

describe('every problem of the sheets in one run', () => {
  it.each<[string, Record<string, ((t: string) => string) | null>, string[]]>([
    [
      'a bad date, a provision naming no bill, an unknown link target, a bad bill kind, a bill with no title, a coordinate that is not a number',
      {
        'events.csv': change('ab392,2019-03-27,amended', 'ab392,23/5/2019,amended'),
        'bills.csv': both(
          badKind,
          change('ab931,AB 931,bill,Police use of deadly force (2018 predecessor of AB 392),', 'ab931,AB 931,bill,,'),
        ),
        'provisions.csv': change('ab392,ab392-196,', 'ab329,ab392-196,'),
        'links.csv': toAb329,
        'layout.csv': change('ab392,0,0', 'ab392,zero,0'),
      },
      [
        KIND,
        'bills.csv row 4, column "title": is missing (expected string)',
        'provisions.csv row 3, column "bill": no bill with id "ab329" (did you mean "ab392"?)',
        'events.csv row 3, column "date": "23/5/2019" reads as day/month/year; a date with slashes is read month/day/year (US): write 2019-05-23 for 23 May 2019',
        TO,
        'layout.csv row 2, column "x": "zero" is not a number',
      ],
    ],
    [
      'a bills row that cannot be read: what names that bill or its provisions is not also called missing',
      { 'bills.csv': change('Peace officers', '"Peace officers'), 'positions.csv': sponsored },
      ['bills.csv row 2: has 15 cells but the header names 10 columns; cell 11 has no column', STANCE],
    ],
    [
      'a sheet that cannot be read (an unknown column): the people it holds are not called missing',
      { 'stakeholders.csv': change(',note,', ',notes,'), 'positions.csv': sponsored },
      [
        'stakeholders.csv row 1, column "notes": not a column of the stakeholders sheet (did you mean "note"?); its columns: id, name, kind, note, sources',
        STANCE,
      ],
    ],
    [
      'the sources sheet cannot be read: no cited source is called missing; two unknown ids in one cell are both said',
      {
        'sources.csv': change('S2,https://aclusocal.org', '"S2,https://aclusocal.org'),
        'links.csv': change(',sb230,ab392,', ',sb230,ab329; ab999,'),
      },
      [
        'sources.csv: a quote (") opened on line 3 is never closed; check the quotes in that cell',
        TO,
        'links.csv row 2, column "to": no bill with id "ab999" (did you mean "ab392"?)',
      ],
    ],
    [
      'the bills sheet is missing: the other sheets are still checked, and no row is said to name a missing bill',
      {
        'bills.csv': null,
        'dataset.csv': change('credit,', 'credits,'),
        'sources.csv': change('S2,https://aclusocal.org', 'S1,https://aclusocal.org'),
      },
      [
        'dataset.csv row 5, column "field": "credits" is not a dataset field (did you mean "credit"?); fields: id, title, description, credit, jurisdictions, note, schema version, json schema',
        'sources.csv row 3, column "id": duplicate source id "S1"',
        'bills.csv: the bills sheet is missing',
      ],
    ],
    [
      'cells that could not be read (a required one among them) are said once, with the schema problems',
      {
        'events.csv': both(change('"6-2 [S3, S4]"', 'six to two'), change('Introduced in the Assembly', 'x'.repeat(1_000_001))),
        'links.csv': change(',yes,', ',maybe,'),
        'bills.csv': badKind,
      },
      [
        KIND,
        'events.csv row 2, column "description": the cell holds 1,000,001 characters; at most 1,000,000',
        'events.csv row 4, column "votes": "six to two" is not a vote like "67-0", "67-0 (13 not voting)" or "67-0 [S5, S6]"',
        'links.csv row 2, column "clause verified": "maybe" is not yes or no',
      ],
    ],
    [
      'a story event with a bill-only type and note is said once, with the schema problems',
      { 'events.csv': (t) => `${t},2019-01-01,introduced,Assembly,A story event,,a note,S1\n`, 'bills.csv': badKind },
      [
        KIND,
        'events.csv row 25, column "type": a story event (no bill) has only a date, description and sources; name the bill, or empty this cell',
      ],
    ],
  ])('%s', (_, edits, expected) => {
    expect(errorsOf(founding(edits))).toEqual(expected);
  });

  it('lists the problems by sheet as the files were given, then row, then column left to right', () => {
    const files = founding({
      'layout.csv': change('ab392,0,0', 'ab392,zero,0'),
      'links.csv': both(toAb329, change('2019-04-23,,,,,,This bill', '23/4/2019,,,,,,This bill'), change(',yes,', ',maybe,')),
      'bills.csv': badKind,
    }).reverse();
    expect(files.map((f) => f.name)).toEqual(SHEETS.map((s) => `${s.kind}.csv`).reverse());
    expect(errorsOf(files)).toEqual([
      'layout.csv row 2, column "x": "zero" is not a number',
      TO,
      'links.csv row 2, column "added": "23/4/2019" reads as day/month/year; a date with slashes is read month/day/year (US): write 2019-04-23 for 23 April 2019',
      'links.csv row 2, column "clause verified": "maybe" is not yes or no',
      KIND,
    ]);
  });

  it("says the warnings of every check with the errors, the schema check's among them", () => {
    const r = readSheets(
      founding({ 'links.csv': both(toAb329, change(',yes,', ',maybe,')), 'events.csv': change('2019-02-06', '2/6/2019') }),
    );
    expect(r.ok ? [] : r.errors.map(formatSheetProblem)).toEqual([
      TO,
      'links.csv row 2, column "clause verified": "maybe" is not yes or no',
    ]);
    expect(r.warnings.map(formatSheetProblem)).toEqual([
      'events.csv row 2, column "date": dates with slashes were read month/day/year (US): "2/6/2019" is 2019-02-06',
      // The schema check's (the founding story's own).
      'events.csv row 6, column "votes": sources disagree on the tally: 67-0, 66-0, 68-0 (kept as recorded)',
    ]);
  });
});

describe("a fact that cites nothing, in the sheets' terms", () => {
  it('names the row, and the cell to fill, not the JSON path and JSON to write', () => {
    const r = readSheets(founding({ 'stakeholders.csv': change('author of AB 392 and AB 931.,S1; S2', 'author of AB 392 and AB 931.,') }));
    expect(r.warnings.map(formatSheetProblem)).toContain(
      'stakeholders.csv row 2: stakeholder "weber" cites no source (fill its "sources" cell with ids from the sources sheet, e.g. S1)',
    );
  });
});

describe("a dataset id made from the sheets' title", () => {
  it.each([
    ['SB 230', 'sb230'],
    ['Zürich 2024: police use of force', 'zurich-2024-police-use-of-force'],
    ['A very long title for a story about bills that hang on other bills', 'a-very-long-title-for-a-story-about-bills-that'],
  ])('"%s" gets the id the editor gives it: %s', (title, id) => {
    const r = readSheets(
      founding({
        'dataset.csv': change('id,ca-2019-deadly-force\ntitle,California 2019: SB 230 hangs on AB 392\n', `id,\ntitle,${title}\n`),
      }),
    );
    expect(r.ok && r.dataset.id).toBe(id);
    expect(newDraft(title).id).toBe(id);
  });
});
