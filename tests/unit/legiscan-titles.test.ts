import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseTitleTies } from '../../src/ingest/legiscan/ties';
import { mapAction } from '../../src/ingest/legiscan/actions';
import { parseBillNumber } from '../../src/ingest/legiscan/numbers';
import { importLegiScan } from '../../src/ingest/legiscan';
import { evaluate, explain, searchNodes } from '../../src/engine';
import { formatProblem, validateDataset } from '../../src/model';

describe('parseTitleTies', () => {
  it('reads the list at the end of a long title, across spellings and years', () => {
    const title = "Criminal procedure: forfeiture; ... by adding sec. 7523a. TIE BAR WITH: HB 4002'19, SB 0002'19, SJR B'23, HJR F'23";
    const t = parseTitleTies(title);
    expect(t.targets.map((x) => [x.measure.id, x.measure.label, x.measure.kind, x.year])).toEqual([
      ['hb4002', 'HB 4002', 'bill', 2019],
      ['sb2', 'SB 2', 'bill', 2019],
      ['sjrb', 'SJR B', 'constitutional-amendment', 2023],
      ['hjrf', 'HJR F', 'constitutional-amendment', 2023],
    ]);
    expect(title.slice(t.list!.start, t.list!.end)).toBe("HB 4002'19, SB 0002'19, SJR B'23, HJR F'23");
    expect(t.unreadable).toEqual([]);
  });

  it('reports what it cannot read, and reads repeals of enacting sections', () => {
    const t = parseTitleTies("Taxation; repeals (See bill). Repeals enacting sec. 1 of 2008 PA 456. TIE BAR WITH: HB 4002'19, the budget");
    expect(t.targets.map((x) => x.raw)).toEqual(["HB 4002'19"]);
    expect(t.unreadable.map((u) => u.text)).toEqual(['the budget', 'repeals (See bill)']);
    expect(t.changes).toMatchObject([{ kind: 'repeals-enacting-section', sections: [1], act: { year: 2008, number: 456 } }]);
    expect(parseTitleTies('Animals: dogs; breed-specific ordinances; prohibit.')).toMatchObject({ list: null, targets: [], changes: [] });
  });

  it('never throws, and every span points at its text inside the list', () => {
    const item = fc.tuple(
      fc.constantFrom('HB', 'SB', 'HJR', 'SJR', 'H B', 'XB'),
      fc.oneof(fc.integer({ min: 1, max: 99999 }).map(String), fc.constantFrom('A', 'F', 'ZZ')),
      fc.integer({ min: 0, max: 99 }),
    );
    const title = fc.tuple(
      fc.string(),
      fc.constantFrom('TIE BAR WITH: ', 'TIE BAR WITH ', 'tie-bar with:', ''),
      fc.array(
        fc.oneof(
          item.map(([p, n, y]) => `${p} ${n}'${String(y).padStart(2, '0')}`),
          fc.string(),
        ),
        { maxLength: 6 },
      ),
      fc.constantFrom('', '.', ' '),
    );
    fc.assert(
      fc.property(title, ([head, marker, items, tail]) => {
        const text = `${head}${marker}${items.join(', ')}${tail}`;
        const t = parseTitleTies(text);
        for (const x of [...t.targets, ...t.unreadable, ...t.changes]) {
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.end).toBeLessThanOrEqual(text.length);
        }
        for (const x of t.targets) {
          expect(text.slice(x.start, x.end)).toBe(x.raw);
          expect(x.start).toBeGreaterThanOrEqual(t.list!.start);
          expect(x.end).toBeLessThanOrEqual(t.list!.end);
        }
      }),
      { numRuns: 200 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => void parseTitleTies(s)));
  }, 60_000);
});

describe('LegiScan bill numbers and actions', () => {
  it.each([
    ['HB4001', 'hb4001', 'HB 4001', 'bill'],
    ['SB0002', 'sb2', 'SB 2', 'bill'],
    ['HJRE', 'hjre', 'HJR E', 'constitutional-amendment'],
    ['SCR0003', 'scr3', 'SCR 3', 'resolution'],
    ['HR0012', 'hr12', 'HR 12', 'resolution'],
  ])('%s is %s (%s, %s)', (raw, id, label, kind) => expect(parseBillNumber(raw, true)).toMatchObject({ id, label, kind }));

  it.each([
    ['Introduced By Representative Frank Liberati', 'introduced', {}],
    [
      'Passed; Given Immediate Effect Roll Call # 145 Yeas 99 Nays 6 Excused 0 Not Voting 4',
      'passed',
      { tally: { yes: 99, no: 6, notVoting: 4 } },
    ],
    ['Roll Call: Roll Call # 569 Yeas 37 Nays 1 Excused 0 Not Voting 0', 'floor-vote', { tally: { yes: 37, no: 1, notVoting: 0 } }],
    ['Approved By The Governor 10/08/2020 10:52 Am', 'signed', { date: '2020-10-08' }],
    ["Assigned Pa 178'20 With Immediate Effect", 'chaptered', { publicAct: { year: 2020, number: 178 } }],
    ['Vetoed By The Governor 10/08/2020', 'vetoed', { date: '2020-10-08' }],
    ['Pocket Veto 01/05/2021', 'vetoed', { date: '2021-01-05', pocketVeto: true }],
    ['House Substitute (h-2) Concurred In', 'concurred', {}],
    ['Senate Substitute (s-1) Nonconcurred In', 'other', {}],
    ['Presented To The Governor 09/24/2020 12:50 Pm', 'other', {}],
    ['Filed With Secretary Of State 04/05/2023 02:00 Pm', 'other', { date: '2023-04-05' }],
  ])('"%s" is %s', (action, type, extra) => expect(mapAction(action)).toMatchObject({ type, ...extra }));
});

describe('LegiScan JSON (getBill objects and dataset files)', () => {
  const read = (name: string) => ({ name, text: readFileSync(`tests/fixtures/legiscan/${name}`, 'utf8') });
  const { dataset, report } = importLegiScan([
    read('getBill-HB5444.json'),
    read('HB5443.json'),
    { name: 'bad.json', text: '{"bill": {"title": 1}}' },
  ]);

  it('imports API and dataset bill objects into a valid dataset, reporting what it skipped', () => {
    const r = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(r.ok ? [] : r.errors.map(formatProblem)).toEqual([]);
    expect(dataset.bills.map((b) => b.label)).toEqual(['HB 5444', 'HB 5443']);
    expect(report).toMatchObject({ bills: 2, skipped: 1, detected: 2, targets: 2, unresolved: [] });
    expect(report.problems[0]).toMatchObject({ file: 'bad.json', path: 'bill' });
    expect(dataset.stakeholders).toContainEqual(
      expect.objectContaining({ id: 'frank-liberati', kind: 'legislator', note: 'Democrat, House, HD-013' }),
    );
    expect(dataset.bills[0].events!.map((e) => [e.date, e.type])).toEqual([
      ['2020-02-04', 'introduced'],
      ['2020-03-10', 'passed'],
      ['2020-09-16', 'passed'],
      ['2020-09-24', 'other'],
      ['2020-10-08', 'signed'],
      ['2020-10-08', 'chaptered'],
    ]);
    expect(dataset.links).toContainEqual(
      expect.objectContaining({ id: 'rel-hb5443-hb5444', kind: 'same-as', from: 'hb5443', to: ['hb5444'] }),
    );
    expect(dataset.sources['st-hb5444'].url).toBe('http://legislature.mi.gov/doc.aspx?2020-HB-5444');
  });

  it('is searchable by number, title words in any order, and sponsor', () => {
    const ids = (q: string) => searchNodes(dataset, q).map((h) => h.id);
    expect(ids('HB5444')).toEqual(['hb5444']);
    expect(ids('navigator caregiver')).toEqual(['hb5444']);
    expect(ids('Kathy Crawford')).toContain('hb5443');
  });

  it('finds the signed law that cannot take effect, because the bill it is tied to was vetoed', () => {
    const ev = evaluate(dataset, { assumptions: {} });
    expect(ev.outcomes).toEqual({ hb5444: 'inoperative', hb5443: 'failed' });
    expect(explain(ev, 'hb5444').sentence).toContain('HB 5443 was vetoed');
  });

  it('dates a public act number no earlier than the signature and filing its journal entry predates, keeps a roll call listed twice once (other actions may truly repeat), and lists events in date order', () => {
    // HB 4006 of 2023 as LegiScan records it: the journal dates the Governor's approval, the filing and
    // the act number 23 Mar 2023, the day the bill was presented; the actions say 5 Apr. And one
    // roll call listed twice, once before the bill was introduced (as HB 5120's is).
    const files = [
      {
        name: 'hb4006.json',
        text: JSON.stringify({
          bill_id: 1,
          bill_number: 'HB4006',
          state: 'MI',
          session: { year_start: 2023, year_end: 2024 },
          url: 'https://legiscan.com/MI/bill/HB4006/2023',
          description: 'Crimes: abortion.',
          history: [
            ['2023-03-08', 'Senate', 'Passed Roll Call # 47 Yeas 20 Nays 18 Excused 0 Not Voting 0'],
            ['2023-01-12', 'House', 'Introduced By Representative Laurie Pohutsky'],
            ['2023-03-08', 'Senate', 'Passed Roll Call # 47 Yeas 20 Nays 18 Excused 0 Not Voting 0'],
            ['2023-03-08', 'Senate', 'Rules Suspended'],
            ['2023-03-08', 'Senate', 'Rules Suspended'],
            ['2023-03-23', 'House', 'Presented To The Governor 03/31/2023 01:19 Pm'],
            ['2023-03-23', 'House', 'Approved By The Governor 04/05/2023 11:26 Am'],
            ['2023-03-23', 'House', 'Filed With Secretary Of State 04/05/2023 02:00 Pm'],
            ['2023-03-23', 'House', "Assigned Pa 11'23"],
          ].map(([date, chamber, action]) => ({ date, chamber, action })),
        }),
      },
    ];
    const events = importLegiScan(files).dataset.bills[0].events!;
    expect(events.map((e) => [e.date, e.type, e.description.slice(0, 20)])).toEqual([
      ['2023-01-12', 'introduced', 'Introduced By Repres'],
      ['2023-03-08', 'passed', 'Passed Roll Call # 4'],
      ['2023-03-08', 'other', 'Rules Suspended'],
      ['2023-03-08', 'other', 'Rules Suspended'],
      ['2023-03-23', 'other', 'Presented To The Gov'],
      ['2023-04-05', 'signed', 'Approved By The Gove'],
      ['2023-04-05', 'other', 'Filed With Secretary'],
      ['2023-04-05', 'chaptered', "Assigned PA 11'23"],
    ]);
    expect(events.at(-1)!.note).toBe(
      'Dated 2023-04-05, the date the filing with the Secretary of State before it gives; the journal dates it 2023-03-23.',
    );
  });

  it('keeps a target outside the data as a placeholder, and applies a repeal of an enacting section', () => {
    const bill = (number: string, description: string, history: Array<[string, string]>) => ({
      bill_id: number,
      bill_number: number,
      state: 'MI',
      session: { year_start: 2019, year_end: 2020 },
      url: `https://legiscan.com/MI/bill/${number}/2019`,
      description,
      history: history.map(([date, action]) => ({ date, action, chamber: 'House' })),
    });
    const files = [
      {
        name: 'a.json',
        text: JSON.stringify(
          bill('HB4001', "Tied. TIE BAR WITH: HB 4002'19, HB 4999'17", [
            ['2019-05-09', 'Approved By Governor 05/09/2019'],
            ['2019-05-09', "Assigned Pa 8'19"],
          ]),
        ),
      },
      {
        name: 'b.json',
        text: JSON.stringify(bill('HB4002', 'Repeals enacting sec. 1 of 2019 PA 8.', [['2019-06-01', 'Approved By Governor 06/01/2019']])),
      },
    ];
    const r = importLegiScan(files);
    expect(r.report.unresolved).toEqual([
      { bill: 'HB 4001', ref: "HB 4999'17", placeholder: 'hb4999-17', reason: 'of 2017, outside this session' },
    ]);
    expect(r.dataset.bills.find((b) => b.id === 'hb4999-17')).toMatchObject({ label: "HB 4999 ('17)", kind: 'bill' });
    expect(r.dataset.links![0]).toMatchObject({ from: 'hb4001', to: ['hb4002', 'hb4999-17'], removed: '2019-06-01' });
    expect(r.report.tieChanges.at(-1)!.outcome).toBe('applied: HB 4001 (2019 PA 8) loses its tie-bar on 2019-06-01');
  });
});
