import { describe, expect, it, vi } from 'vitest';
import { importLegiScan } from '../../src/ingest/legiscan';
import { formatProblem, validateDataset } from '../../src/model';
import { evaluate, explain, generateDataset, stuckLaws, tiedPackages } from '../../src/engine';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import { sessionFiles } from '../fixtures/legiscanData';

// Counted straight from the CSV text, independently of the importer's CSV parser.
function countCsv(files: Array<{ name: string; text: string }>) {
  const bills = files.find((f) => f.name === 'bills.csv')!.text;
  const history = files.find((f) => f.name === 'history.csv')!.text;
  const rows = bills.match(/^\d+,\d+,[A-Z]+\d*[A-Z]?,.*$/gm)!;
  const tied = rows.filter((r) => r.includes('TIE BAR WITH:'));
  // Title and long title are the same text in these files, so each target is written twice per row.
  const targets = tied.reduce((n, r) => n + r.match(/[HS]J?[BR] \w+'\d\d/g)!.length / 2, 0);
  const open = rows.filter((r) => /^\d+,\d+,[A-Z]+\d*[A-Z]?,[12],(Introduced|Engrossed),/.test(r)).map((r) => r.split(',')[2]);
  // Every action, but a roll call or act number LegiScan lists twice (same bill, date, chamber and words) once.
  const rowsOf = history.match(/^\d+,\d{4}-\d\d-\d\d,.*$/gm)!;
  const once = new Set<string>();
  let repeats = 0;
  for (const r of rowsOf) {
    if (!/Roll Call # \d+|,"?Assigned Pa /i.test(r)) continue;
    const key = r.replace(/^(\d+,[^,]*,[^,]*),\d+,/, '$1,');
    if (once.has(key)) repeats++;
    once.add(key);
  }
  return { bills: rows.length, history: rowsOf.length - repeats, tied: tied.length, targets, open };
}
// Whole sessions (13 MB each) take seconds to import, validate and compare on a shared 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

const idOf = (number: string) => number.replace(/^([A-Z]+)0*(\d+)$/, '$1$2').toLowerCase();

describe.each([
  ['2019-2020', 4448, 764],
  ['2023-2024', 4043, 1138],
])('LegiScan Michigan %s', (session, billCount, tiedCount) => {
  const files = sessionFiles(session);
  const csv = countCsv(files);
  const { dataset, report } = importLegiScan(files);

  it('imports every bill, every action as an event (once), and every tie-bar list', () => {
    expect(csv.bills).toBe(billCount);
    expect(csv.tied).toBe(tiedCount);
    expect(report.bills).toBe(csv.bills);
    expect(dataset.bills.filter((b) => !b.title.includes('named in a tie-bar'))).toHaveLength(csv.bills);
    const events = dataset.bills.flatMap((b) => b.events ?? []);
    expect(events.filter((e) => !e.description.startsWith('Died when'))).toHaveLength(csv.history);
    // A bill tie-barred only to itself makes no link; it is reported instead.
    const selfTies = report.tieChanges.filter((c) => c.outcome.includes('tie-barred to itself'));
    const links = dataset.links!.filter((l) => l.kind === 'tie-bar');
    const linked = new Set(links.map((l) => dataset.bills.find((b) => b.id === l.from)!.label));
    expect(links.length + new Set(selfTies.map((c) => c.bill).filter((b) => !linked.has(b))).size).toBe(csv.tied);
    const twice = report.tieChanges.filter((c) => c.outcome.startsWith('named twice'));
    expect(links.reduce((n, l) => n + l.to.length, 0) + selfTies.length + twice.length).toBe(csv.targets);
    expect(report.targets).toBe(csv.targets);
    // The bills named, each once (what an import's message says beside the number of times).
    expect(report.named).toBe(new Set(links.flatMap((l) => l.to)).size);
    expect(report.named).toBeLessThan(report.targets);
  });

  it('marks the bills still open at the end of the session as died, and no others', () => {
    const died = new Set(dataset.bills.filter((b) => b.events?.some((e) => e.type === 'died')).map((b) => b.id));
    for (const n of csv.open) expect(died.has(idOf(n)), n).toBe(true);
    for (const b of dataset.bills)
      if (b.events?.some((e) => e.type === 'signed' || e.type === 'vetoed')) expect(died.has(b.id), b.id).toBe(false);
  });

  it('resolves every target to a bill, or reports it and keeps a placeholder', () => {
    const ids = new Set(dataset.bills.map((b) => b.id));
    const placeholders = new Set(report.unresolved.map((u) => u.placeholder));
    for (const l of dataset.links!) for (const t of l.to) expect(ids.has(t), `${l.from} -> ${t}`).toBe(true);
    for (const p of placeholders) expect(dataset.bills.find((b) => b.id === p)!.title).toContain('named in a tie-bar');
  });

  it('gives a valid dataset, credited to LegiScan with its licence', () => {
    const r = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(r.ok ? [] : r.errors.slice(0, 5).map(formatProblem)).toEqual([]);
    expect(dataset.credit).toBe('Data: LegiScan (legiscan.com), CC BY 4.0');
    expect(dataset.sources.licence.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(dataset.notes!.join(' ')).toContain('Changed by Tiebar');
  });

  it('slims to every bill and tie, the deciding events and the first sponsors', () => {
    const slim = importLegiScan(files, { slim: true }).dataset;
    expect(slim.bills.map((b) => b.id)).toEqual(dataset.bills.map((b) => b.id));
    expect(slim.links).toEqual(dataset.links);
    const deciding = (d: typeof dataset) => d.bills.flatMap((b) => (b.events ?? []).filter((e) => e.type !== 'other'));
    expect(deciding(slim)).toEqual(deciding(dataset));
    // Of the procedural steps it keeps the enrolment's, all of them (a bill left with the Governor shows the step it is at).
    const enrolment = (b: (typeof dataset.bills)[number]) =>
      (b.events ?? []).filter(
        (e) =>
          e.type === 'other' &&
          (/Ordered Enrolled|^Presented To (The )?Governor|Enrollment Vacated/i.test(e.description) ||
            (b.label.includes('JR ') && /^Filed With Secretary Of State/i.test(e.description))),
      );
    expect(slim.bills.flatMap((b) => (b.events ?? []).filter((e) => e.type === 'other'))).toEqual(dataset.bills.flatMap(enrolment));
    expect(dataset.bills.flatMap(enrolment).length).toBeGreaterThan(1000);
    expect(new Set(slim.positions!.map((p) => p.target)).size).toBe(slim.positions!.length);
    expect(slim.positions).toEqual(dataset.positions!.filter((p) => p.note === 'Primary sponsor'));
    expect(slim.notes!.at(-1)).toContain('Slimmed for the app');
  });

  it('groups tied bills into packages', () => {
    const packages = tiedPackages(evaluate(dataset, { assumptions: {} }));
    const tiedBills = new Set(dataset.links!.flatMap((l) => [l.from, ...l.to]));
    expect(packages.reduce((n, p) => n + p.bills.length, 0)).toBe(tiedBills.size);
    expect(packages[0].bills.length).toBeGreaterThanOrEqual(packages.at(-1)!.bills.length);
  });

  it('opens on its tied bills: the graph leaves the loose ones out, and draws one sponsor per bill', () => {
    const structure = buildGraphStructure(dataset);
    const tiedBills = new Set(dataset.links!.flatMap((l) => [l.from, ...l.to]));
    expect(
      structure.nodes
        .filter((n) => n.kind === 'bill')
        .map((n) => n.id)
        .sort(),
    ).toEqual([...tiedBills].sort());
    const sponsorEdges = structure.edges.filter((e) => e.kind === 'position').map((e) => e.target);
    for (const t of sponsorEdges) expect(tiedBills.has(t)).toBe(true);
    expect(new Set(sponsorEdges).size).toBe(sponsorEdges.length);
    const small = generateDataset({ bills: 2000, links: 10000, seed: 1 });
    expect(buildGraphStructure(small).nodes.filter((n) => n.kind === 'bill')).toHaveLength(2000);
  });
});

describe('the laws of 2019-2020 enacted but tied to a vetoed bill', () => {
  const { dataset } = importLegiScan(sessionFiles('2019-2020'));
  const stuck = stuckLaws(evaluate(dataset, { assumptions: {} }));

  it.each([
    ['hb5444', 'HB 5443'],
    ['sb897', 'SB 1138'],
  ])('%s is found inoperative, and the explanation names %s', (id, vetoed) => {
    const row = stuck.find((s) => s.id === id)!;
    expect(row).toMatchObject({ outcome: 'inoperative' });
    expect(row.sentence).toContain(vetoed);
    expect(row.sentence).toMatch(/vetoed/);
    expect(row.sources.length).toBeGreaterThan(0);
  });

  it('reads the joint resolutions as constitutional amendments', () => {
    expect(dataset.bills.find((b) => b.id === 'sjrg')).toMatchObject({ label: 'SJR G', kind: 'constitutional-amendment' });
  });
});

describe('the liquor package of 2019-2020: a tie-bar asks that its bills be enacted, not that they take effect', () => {
  const { dataset } = importLegiScan(sessionFiles('2019-2020'));
  const ev = evaluate(dataset, { assumptions: {} });
  const package15 = [
    'hb5341',
    'hb5343',
    'hb5344',
    'hb5345',
    'hb5346',
    'hb5347',
    'hb5348',
    'hb5349',
    'hb5350',
    'hb5351',
    'hb5352',
    'hb5353',
    'hb5355',
    'hb5400',
  ];

  it('writes requires: enactment on every Michigan tie-bar', () => {
    const tieBars = dataset.links!.filter((l) => l.kind === 'tie-bar');
    expect(tieBars.length).toBeGreaterThan(700);
    expect(tieBars.every((l) => l.requires === 'enactment')).toBe(true);
  });

  it('HB 5354, whose title ties it to HB 5300 (died), cannot take effect; the package tied to it does, since HB 5354 was enacted', () => {
    expect(ev.outcomes.hb5300).toBe('failed');
    expect(explain(ev, 'hb5354')).toMatchObject({ outcome: 'inoperative', chain: { next: 'hb5300', root: 'hb5300', links: 1 } });
    for (const id of package15) expect(ev.outcomes[id], id).toBe('enacted');
    expect(explain(ev, 'hb5341').sentence).toMatch(
      /^HB 5341 takes effect: it was signed on 1 Jul 2020, and HB 5400, .*, which it hangs on, all take effect too; it is also tied to HB 5354, which was enacted, and its tie asks only that, not that it take effect\. That tie is as the record lists it, not yet checked against the text of the law\.$/,
    );
    // SB 942's package hung on the liquor package through HB 5343: it takes effect too.
    for (const id of ['sb942', 'hb5781', 'hb5811']) expect(ev.outcomes[id], id).toBe('enacted');
  });

  it('the finder lists HB 5354 among the laws that cannot take effect, and none of the package', () => {
    const stuck = stuckLaws(ev).map((s) => s.id);
    expect(stuck).toContain('hb5354');
    for (const id of package15) expect(stuck).not.toContain(id);
  });
});

describe('an enrollment vacated', () => {
  it.each([
    ['2019-2020', 'sb117', '2020-10-13'],
    ['2023-2024', 'sb6', '2023-03-23'],
  ])(
    "%s: %s, its enrollment vacated (on %s) and never enrolled again, died at the session's end, whatever LegiScan's status says",
    (session, id, on) => {
      const { dataset } = importLegiScan(sessionFiles(session));
      const bill = dataset.bills.find((b) => b.id === id)!;
      expect(bill.events!.some((e) => e.date === on && /Enrollment Vacated/.test(e.description ?? ''))).toBe(true);
      expect(bill.events!.at(-1)).toMatchObject({ type: 'died', date: `${session.slice(5)}-12-31` });
      expect(evaluate(dataset, { assumptions: {} }).outcomes[id]).toBe('failed');
    },
  );
});

describe('twin bills (companion links)', () => {
  it("links a never-enacted bill a signed law's tie names to its enacted twin: same act, sections and heading, alike in words", () => {
    const twins = (session: string) =>
      importLegiScan(sessionFiles(session))
        .dataset.links!.filter((l) => l.kind === 'companion')
        .map((l) => [l.from, ...l.to].join('>'));
    expect(twins('2023-2024').sort()).toEqual(['hb4638>sb432', 'sb588>hb5121']);
    // SB 1138 (vetoed; SB 897 is tied to it) amends sec. 203 of 1998 PA 58, as HB 5342 (signed) does, under another heading: not twins.
    expect(twins('2019-2020')).toEqual([]);
  });

  it("says why, with both bills' sources, and the tied laws say their tie may name the twin", () => {
    const { dataset } = importLegiScan(sessionFiles('2023-2024'));
    const l = dataset.links!.find((x) => x.kind === 'companion' && x.from === 'sb588')!;
    expect(l.note).toBe(
      'HB 5121 amends the same sec. 205 of 2006 PA 110 as SB 588, under the same heading ("Land use: zoning and growth management"), and was enacted; SB 588 was not. Found by comparing the bills\' long titles.',
    );
    expect(l.sources).toEqual(expect.arrayContaining(['ls-sb588', 'ls-hb5121']));
    const ev = evaluate(dataset, { assumptions: {} });
    expect(explain(ev, 'hb5120').sentence).toContain(
      "SB 588's companion bill, HB 5121, did become law: if the law names HB 5121 instead, HB 5120 takes effect.",
    );
    expect(explain(ev, 'hb4639').sources).toContain('ls-sb432');
  });
});

describe('the built-in Michigan sessions', () => {
  it.each(['2019-2020', '2023-2024'])('public/data/mi-%s.json is the import of the shared CSVs (not stale)', async (session) => {
    const { readFileSync } = await import('node:fs');
    const built = JSON.parse(readFileSync(`public/data/mi-${session}.json`, 'utf8'));
    const { dataset } = importLegiScan(sessionFiles(session), {
      id: `mi-${session}`,
      title: `Michigan ${session}: the whole session (LegiScan)`,
      slim: true,
    });
    const { layout, ...rest } = built;
    expect(Object.keys(layout)).toEqual(buildGraphStructure(dataset).nodes.map((n) => n.id));
    expect(rest).toEqual(JSON.parse(JSON.stringify(dataset)));
  });
});
