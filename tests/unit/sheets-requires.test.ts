import { describe, expect, it } from 'vitest';
import { newLinkRequires } from '../../src/model/edit';
import { linkKinds } from '../../src/model/vocabulary';
import { datasetToSheets, formatSheetProblem, readSheets } from '../../src/ingest/sheets';
import type { SheetFile } from '../../src/ingest/sheets';
import type { Dataset } from '../../src/model';

/** Three bills as a reporter types them, and the links under test (every row cites S1). */
function story(links: string[]): SheetFile[] {
  const sheets: Record<string, string[]> = {
    dataset: ['field,value', 'id,vt', 'title,Vermont 2025'],
    sources: ['id,url', 'S1,https://example.org/s1'],
    bills: ['id,label,title,sources', 'hb10,HB 10,Vouchers,S1', 'sb20,SB 20,Rental tax,S1', 'hb11,HB 11,Screening fees,S1'],
    links: ['id,kind,from,to,requires,sources', ...links],
  };
  return Object.entries(sheets).map(([kind, rows]) => ({ name: `${kind}.csv`, text: `${rows.join('\n')}\n` }));
}
const dataset = (files: SheetFile[]): Dataset => {
  const r = readSheets(files);
  if (!r.ok) throw new Error(r.errors.map(formatSheetProblem).join('\n'));
  return r.dataset;
};

describe("a link's blank requires in the sheets", () => {
  it('is what the editor\'s "New link" starts a tie of its kind at: enactment for a tie-bar, none (take effect) for the others', () => {
    // A double-joint needs its section too: any other kind stands on these columns alone.
    const kinds = linkKinds.filter((kind) => kind !== 'double-joint');
    const links = kinds.map((kind, i) => `l${i},${kind},hb11,hb10,,S1`);
    const ds = dataset(story(links));
    expect(ds.links?.find((l) => l.kind === 'tie-bar')?.requires).toBe('enactment');
    expect(ds.links?.map((l) => l.requires)).toEqual(kinds.map(newLinkRequires));
  });

  it('reads "effect" on a tie-bar as the dataset\'s default, and a tie-bar with no requires is written "effect": both round trips hold', () => {
    const links = ['a,tie bar,hb11,hb10,effect,S1', 'b,tie bar,hb11,sb20,Enactment,S1', 'c,contingent-enactment,hb10,sb20,effect,S1'];
    const ds = dataset(story(links));
    expect(ds.links?.map((l) => l.requires)).toEqual([undefined, 'enactment', 'effect']);
    const sheets = datasetToSheets(ds);
    expect(sheets.find((s) => s.name === 'links.csv')!.text).toContain('a,tie-bar,hb11,hb10,,,,,,effect,');
    expect(dataset(sheets)).toStrictEqual(ds);
    expect(datasetToSheets(dataset(sheets))).toEqual(sheets);
  });
});
