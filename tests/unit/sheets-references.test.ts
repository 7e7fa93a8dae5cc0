import { describe, expect, it } from 'vitest';
import { addBill, newDraft } from '../../src/model/edit';
import { validateDataset } from '../../src/model';
import { readSaid, sheetsOf } from '../fixtures/sheets';

/** A small story as a reporter types it: every row cites S1, so only the problems under test are said. */
const SHEETS: Record<string, string[]> = {
  dataset: ['field,value', 'id,tie', 'title,A tie'],
  sources: ['id,url', 'S1,https://example.org/s1'],
  bills: ['id,label,title,sources', 'ab392,AB 392,Peace officers: deadly force,S1', 'sb230,SB 230,Law enforcement: use of force,S1'],
  provisions: ['bill,id,label,sources', 'ab392,ab392-196,Homicide justified only if necessary,S1'],
  events: ['bill,date,type,description,sources', 'ab392,2019-02-06,introduced,Introduced,S1'],
  links: ['id,kind,from,to,sources', 'sb230-on-ab392,contingent-enactment,sb230,ab392,S1'],
  stakeholders: ['id,name,kind,sources', 'weber,Shirley Weber,legislator,S1'],
  positions: ['stakeholder,bill,stance,sources', 'weber,ab392,sponsor,S1'],
  layout: ['node,x,y', 'ab392,0,0', 'sb230,10,0'],
};

const story = (rows: Record<string, string[]> = {}) => sheetsOf(SHEETS, rows);
const read = readSaid;

describe('a bill with no id in the sheets', () => {
  const blank = [',AB 392,Peace officers: deadly force,S1', ',SB 230,Law enforcement: use of force,S1', ',AB 392,A second AB 392,S1'];

  it('gets the id the editor would give it, with one note for all of them; other sheets name it by that id', () => {
    const { errors, warnings, result } = read(story({ bills: blank }));
    expect(errors).toEqual([]);
    let draft = newDraft('A tie');
    const made = ['AB 392', 'SB 230', 'AB 392'].map((label) => ([draft] = addBill(draft, label))[0].bills.at(-1)!.id);
    expect(made).toEqual(['ab392', 'sb230', 'ab392-2']);
    expect(result.ok && result.dataset.bills.map((b) => b.id)).toEqual(made);
    expect(result.ok && result.dataset.links?.[0]).toMatchObject({ from: 'sb230', to: ['ab392'] });
    expect(warnings).toEqual([
      'bills.csv row 2, column "id": 3 bills have no id; made from their labels as the editor makes ids: row 2 "AB 392" → ab392, row 3 "SB 230" → sb230, row 4 "AB 392" → ab392-2',
    ]);
  });

  it('takes no id another sheet already gives (an id is one thing in the whole story)', () => {
    const only = { provisions: [], events: [], links: [], positions: [], layout: [] };
    const { errors, result } = read(story({ ...only, bills: [',AB 392,Peace officers,S1'], stakeholders: ['ab392,AB Ninety,other,S1'] }));
    expect(errors).toEqual([]);
    expect(result.ok && result.dataset.bills.map((b) => b.id)).toEqual(['ab392-2']);
  });

  it('names the bill in one short note when there is one', () => {
    const { warnings } = read(story({ bills: [',AB 392,Peace officers,S1', 'sb230,SB 230,Use of force,S1'] }));
    expect(warnings).toEqual(['bills.csv row 2, column "id": no id; made from its label as the editor makes ids: "AB 392" → ab392']);
  });

  it('with no label to make one from either, is one error naming its rows (not one a row)', () => {
    const { errors } = read(story({ bills: [...SHEETS.bills.slice(1), ',,A bill with no number,S1', ',,Another,S1'] }));
    expect(errors).toEqual([
      'bills.csv row 4, column "id": no id, and no label to make one from: write the bill\'s number in "label" (rows 4, 5)',
    ]);
  });

  it('lists five of many in its note, and counts the rest', () => {
    const many = ['AB 392', 'SB 230', 'HB 1', 'HB 2', 'HB 3', 'HB 4', 'HB 5'].map((label) => `,${label},A bill,S1`);
    expect(read(story({ bills: many })).warnings).toEqual([
      'bills.csv row 2, column "id": 7 bills have no id; made from their labels as the editor makes ids: row 2 "AB 392" → ab392, row 3 "SB 230" → sb230, row 4 "HB 1" → hb1, row 5 "HB 2" → hb2, row 6 "HB 3" → hb3 and 2 more',
    ]);
  });

  it('with no label either, in one row: the error names that row and the cell to fill', () => {
    expect(read(story({ bills: [',,A bill with no number,S1', ...SHEETS.bills.slice(1)] })).errors).toEqual([
      'bills.csv row 2, column "id": no id, and no label to make one from: write the bill\'s number in "label"',
    ]);
  });

  it('in a row that cannot be read: what names the id its label would make is not also called missing', () => {
    const { errors } = read(story({ bills: ['ab392,AB 392,Peace officers,S1', ',SB 230,Law enforcement, use of force,S1'] }));
    expect(errors).toEqual(['bills.csv row 3: has 5 cells but the header names 4 columns; cell 5 has no column']);
  });

  it('is named by its number as a bill with an id is', () => {
    const byNumber = { links: ['sb230-on-ab392,contingent-enactment,SB 230,AB 392,S1'] };
    const { errors, result } = read(story({ ...byNumber, bills: blank.slice(0, 2) }));
    expect(errors).toEqual([]);
    expect(result.ok && result.dataset.links?.[0]).toMatchObject({ from: 'sb230', to: ['ab392'] });
  });
});

describe('a bill named by its number (its label) where its id belongs', () => {
  const links = (from: string, to: string) => ({ links: [`sb230-on-ab392,contingent-enactment,${from},${to},S1`] });

  it.each([
    ['AB 392', 'SB 230'],
    ['ab 392', 'sb 230'],
    ['AB392', 'SB230'],
    [' Ab  392 ', 'sB230'],
  ])('"%s" and "%s" name ab392 and sb230, with no error', (ab, sb) => {
    const { errors, result } = read(story(links(sb, ab)));
    expect(errors).toEqual([]);
    expect(result.ok && result.dataset.links).toEqual([
      { id: 'sb230-on-ab392', kind: 'contingent-enactment', from: 'sb230', to: ['ab392'], sources: ['S1'] },
    ]);
  });

  it('in every sheet that names a bill: provisions, events, links, positions and layout', () => {
    const { errors, result } = read(
      story({
        provisions: ['AB 392,ab392-196,Homicide justified only if necessary,S1'],
        events: ['ab 392,2019-02-06,introduced,Introduced,S1'],
        links: ['sb230-on-ab392,contingent-enactment,SB 230,AB 392,S1'],
        positions: ['weber,AB 392,sponsor,S1'],
        layout: ['AB 392,0,0', 'SB230,10,0'],
      }),
    );
    expect(errors).toEqual([]);
    if (!result.ok) return;
    const ds = result.dataset;
    expect(ds.bills[0].provisions?.map((p) => p.id)).toEqual(['ab392-196']);
    expect(ds.bills[0].events).toHaveLength(1);
    expect(ds.links?.[0]).toMatchObject({ from: 'sb230', to: ['ab392'] });
    expect(ds.positions?.[0]).toMatchObject({ stakeholder: 'weber', target: 'ab392' });
    expect(ds.layout).toEqual({ ab392: [0, 0], sb230: [10, 0] });
  });

  it('an id wins over a label: "sb1" is the bill with that id, "SB 1" the bill with that label', () => {
    const bills = ['sb1,SB 2,First,S1', 'sb2,SB 1,Second,S1'];
    const only = { provisions: [], events: [], positions: [], layout: [] };
    const { errors, result } = read(story({ ...only, bills, links: ['l,contingent-enactment,sb1,SB 1,S1'] }));
    expect(errors).toEqual([]);
    expect(result.ok && result.dataset.links?.[0]).toMatchObject({ from: 'sb1', to: ['sb2'] });
  });

  it('shared by two bills, is one error at its cell naming both ids (not also "no bill")', () => {
    const bills = [...SHEETS.bills.slice(1), 'ab392-2,AB 392,A second AB 392,S1'];
    const { errors } = read(
      story({
        bills,
        provisions: ['ab 392,ab392-196,Homicide justified only if necessary,S1'],
        links: ['l,tie-bar,SB 230,AB392; sb230,S1'],
      }),
    );
    expect(errors).toEqual([
      'provisions.csv row 2, column "bill": "ab 392" is the label of 2 bills ("ab392", "ab392-2"): write the id of the one meant',
      'links.csv row 2, column "to": "AB392" is the label of 2 bills ("ab392", "ab392-2"): write the id of the one meant',
    ]);
    // The ids still name each bill.
    expect(read(story({ bills, links: ['l,tie-bar,sb230,ab392-2,S1'] })).errors).toEqual([]);
  });

  it('of a bills row that cannot be read is not also called missing', () => {
    const refused = (id: string) => ['ab392,AB 392,Peace officers,S1', `${id},SB 230,Law enforcement, use of force,S1`];
    const said = ['bills.csv row 3: has 5 cells but the header names 4 columns; cell 5 has no column'];
    for (const id of ['', 'sb230', 'x230'])
      expect(read(story({ bills: refused(id), links: links('SB 230', 'AB 392').links })).errors).toEqual(said);
  });
});

describe('a cell naming a bill that does not exist', () => {
  it('is said once, not also as "not a short id"', () => {
    expect(read(story({ links: ['sb230-on-ab392,contingent-enactment,sb230,AB 329,S1'] })).errors).toEqual([
      'links.csv row 2, column "to": no bill with id "AB 329" (did you mean "ab392"?)',
    ]);
  });

  it('is said once in a dataset file too', () => {
    const r = validateDataset({
      schemaVersion: 1,
      id: 'tie',
      title: 'A tie',
      sources: {},
      bills: [
        { id: 'ab392', label: 'AB 392', title: 'Peace officers' },
        { id: 'sb230', label: 'SB 230', title: 'Use of force' },
      ],
      links: [{ id: 'l', kind: 'contingent-enactment', from: 'sb230', to: ['AB 329'] }],
    });
    expect(r.ok ? [] : r.errors).toEqual([{ path: 'links[0].to[0]', message: 'no bill with id "AB 329" (did you mean "ab392"?)' }]);
  });
});

describe('every sheet that names a bill, provision or stakeholder suggests the nearest id', () => {
  it.each<[string, string[], string]>([
    [
      'provisions',
      ['AB 329,ab392-196,Homicide justified only if necessary,S1'],
      'provisions.csv row 2, column "bill": no bill with id "AB 329" (did you mean "ab392"?)',
    ],
    [
      'events',
      ['AB 329,2019-02-06,introduced,Introduced,S1'],
      'events.csv row 2, column "bill": no bill with id "AB 329" (did you mean "ab392"?)',
    ],
    [
      'links',
      ['sb230-on-ab392,contingent-enactment,SB 203,ab392,S1'],
      'links.csv row 2, column "from": no bill or provision with id "SB 203" (did you mean "sb230"?)',
    ],
    [
      'positions',
      ['weber,AB 329,sponsor,S1'],
      'positions.csv row 2, column "bill": no bill or provision with id "AB 329" (did you mean "ab392"?)',
    ],
    [
      'positions',
      ['Webber,ab392,sponsor,S1'],
      'positions.csv row 2, column "stakeholder": no stakeholder with id "Webber" (did you mean "weber"?)',
    ],
    [
      'layout',
      ['AB 329,0,0', 'sb230,10,0'],
      'layout.csv row 2, column "node": no bill, provision or stakeholder with id "AB 329" (did you mean "ab392"?); run bake again',
    ],
  ])('%s: %s', (kind, rows, said) => {
    expect(read(story({ [kind]: rows })).errors).toEqual([said]);
  });
});
