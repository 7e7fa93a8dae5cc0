import { describe, expect, it } from 'vitest';
import { addBill, addLink, addStakeholder, newDraft } from '../../src/model/edit';
import { readSaid, sheetsOf } from '../fixtures/sheets';

/** A small story as a reporter types it (the Vermont story of a user test): every row cites S1. */
const SHEETS: Record<string, string[]> = {
  dataset: ['field,value', 'id,vt', 'title,Vermont 2025'],
  sources: ['id,url', 'S1,https://example.org/s1', 'S2,https://example.org/s2'],
  bills: ['id,label,title,sources', 'hb10,HB 10,Vouchers,S1', 'sb20,SB 20,Rental tax,S1', 'hb11,HB 11,Screening fees,S1'],
  links: ['id,kind,from,to,requires,sources', 'hb10-on-sb20,contingent enactment,HB 10,SB 20,,S1'],
  stakeholders: ['id,name,kind,sources', 'tenants,Vermont Tenants Union,advocacy group,S1'],
  positions: ['stakeholder,bill,stance,sources', 'tenants,HB 10,support,S1'],
};

const story = (rows: Record<string, string[]> = {}) => sheetsOf(SHEETS, rows);
const read = readSaid;

describe('a link with no id in the sheets', () => {
  it('gets the id the editor would give it, made from its ends once read as ids, with one note for the sheet', () => {
    const links = [
      ',contingent enactment,HB 10,SB 20,,S1',
      ',tie bar,HB 11,HB 10; SB 20,,S1',
      ',related,hb10,sb20,,S1',
      ',companion,hb10,sb20,,S1',
    ];
    const { errors, warnings, result } = read(story({ links }));
    expect(errors).toEqual([]);
    let draft = newDraft('Vermont 2025');
    for (const label of ['HB 10', 'SB 20', 'HB 11']) [draft] = addBill(draft, label);
    const made: string[] = [];
    for (const [from, to] of [
      ['hb10', ['sb20']],
      ['hb11', ['hb10', 'sb20']],
      ['hb10', ['sb20']],
      ['hb10', ['sb20']],
    ] as const) {
      let id: string;
      [draft, id] = addLink(draft, 'related', from, [...to]);
      made.push(id);
    }
    expect(made).toEqual(['hb10-on-sb20', 'hb11-on-hb10-sb20', 'hb10-on-sb20-2', 'hb10-on-sb20-3']);
    expect(result.ok && result.dataset.links?.map((l) => l.id)).toEqual(made);
    expect(warnings).toEqual([
      'links.csv row 2, column "id": 4 links have no id; made from their "from" and "to" as the editor makes ids: row 2 "hb10" on "sb20" → hb10-on-sb20, row 3 "hb11" on "hb10", "sb20" → hb11-on-hb10-sb20, row 4 "hb10" on "sb20" → hb10-on-sb20-2, row 5 "hb10" on "sb20" → hb10-on-sb20-3',
    ]);
  });

  it('takes no id another row gives, and says one made in one short note', () => {
    const { warnings, result } = read(story({ links: ['hb10-on-sb20,related,hb11,sb20,,S1', ',contingent enactment,HB 10,SB 20,,S1'] }));
    expect(result.ok && result.dataset.links?.map((l) => l.id)).toEqual(['hb10-on-sb20', 'hb10-on-sb20-2']);
    expect(warnings).toEqual([
      'links.csv row 3, column "id": no id; made from its "from" and "to" as the editor makes ids: "hb10" on "sb20" → hb10-on-sb20-2',
    ]);
  });

  it('with no ends to make one from either, is one error naming its rows', () => {
    const { errors } = read(story({ links: [',related,,sb20,,S1', ',related,hb10,,,S1'] }));
    expect(errors).toContain(
      'links.csv row 2, column "id": no id, and nothing to make one from: name the bill that hangs in "from" and the bills it hangs on in "to" (rows 2, 3)',
    );
    expect(errors.join('\n')).not.toContain('is missing (expected string)');
  });
});

describe('a stakeholder with no id in the sheets', () => {
  it('gets the id the editor would give them, with one note; positions name them by that id or by their name, in any case', () => {
    const stakeholders = [',Vermont Tenants Union,advocacy group,S1', ',Vermont Realtors Association,business,S1'];
    const positions = [
      'Vermont Tenants Union,HB 10,support,S1',
      'vermont realtors association,SB 20,oppose,S1',
      'vermont-tenants-union,HB 11,support,S1',
    ];
    const { errors, warnings, result } = read(story({ stakeholders, positions }));
    expect(errors).toEqual([]);
    let draft = newDraft('Vermont 2025');
    for (const label of ['HB 10', 'SB 20', 'HB 11']) [draft] = addBill(draft, label);
    const made = ['Vermont Tenants Union', 'Vermont Realtors Association'].map((name) => {
      let id: string;
      [draft, id] = addStakeholder(draft, name);
      return id;
    });
    expect(made).toEqual(['vermont-tenants-union', 'vermont-realtors-association']);
    expect(result.ok && result.dataset.stakeholders?.map((s) => s.id)).toEqual(made);
    expect(result.ok && result.dataset.positions?.map((p) => p.stakeholder)).toEqual([made[0], made[1], made[0]]);
    expect(warnings).toEqual([
      'stakeholders.csv row 2, column "id": 2 stakeholders have no id; made from their names as the editor makes ids: row 2 "Vermont Tenants Union" → vermont-tenants-union, row 3 "Vermont Realtors Association" → vermont-realtors-association',
    ]);
  });

  it("takes no bill's id, and an id written in a position wins over a name", () => {
    const stakeholders = [',HB 10,other,S1', 'tenants,hb10-2,other,S1'];
    const { errors, result } = read(story({ stakeholders, positions: ['hb10-2,HB 10,support,S1'] }));
    expect(errors).toEqual([]);
    expect(result.ok && result.dataset.stakeholders?.map((s) => s.id)).toEqual(['hb10-2', 'tenants']);
    expect(result.ok && result.dataset.positions?.[0].stakeholder).toBe('hb10-2');
  });

  it('named by a name two stakeholders share, is an error naming both ids', () => {
    const stakeholders = ['tenants,Vermont Tenants Union,advocacy group,S1', 'vtu,vermont tenants union,union,S1'];
    const { errors } = read(story({ stakeholders, positions: ['Vermont Tenants Union,HB 10,support,S1'] }));
    expect(errors).toEqual([
      'positions.csv row 2, column "stakeholder": "Vermont Tenants Union" is the name of 2 stakeholders ("tenants", "vtu"): write the id of the one meant',
    ]);
  });

  it('with no name either, is one error naming its rows', () => {
    const { errors } = read(story({ stakeholders: [',,union,S1', ',,other,S1'], positions: [] }));
    expect(errors).toEqual([
      'stakeholders.csv row 2, column "id": no id, and no name to make one from: write who it is in "name" (rows 2, 3)',
    ]);
  });
});

describe('a source with no id in the sheets', () => {
  it('is named by the citations it leaves missing, instead of a near id', () => {
    const sources = ['S1,https://example.org/s1', ',https://example.org/s5'];
    const { errors } = read(story({ sources, positions: ['tenants,HB 10,support,S5'] }));
    expect(errors).toEqual([
      'sources.csv row 3, column "id": the source has no id',
      'positions.csv row 2, column "sources": no source with id "S5": sources.csv row 3 has no id (if it is that source, write "S5" there)',
    ]);
  });

  it('several are listed; with every source given its id, a mistyped one still gets its hint', () => {
    const sources = ['S1,https://example.org/s1', ',https://example.org/s5', ',https://example.org/s6'];
    expect(read(story({ sources, positions: ['tenants,HB 10,support,S5'] })).errors.at(-1)).toBe(
      'positions.csv row 2, column "sources": no source with id "S5": sources.csv rows 3, 4 have no id (if one is that source, write "S5" in its id)',
    );
    expect(read(story({ positions: ['tenants,HB 10,support,S3'] })).errors).toEqual([
      'positions.csv row 2, column "sources": no source with id "S3" (did you mean "S1"?)',
    ]);
  });
});
