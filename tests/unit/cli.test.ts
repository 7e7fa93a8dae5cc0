import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';

const FOUNDING = 'public/data/ca-2019-deadly-force.json';

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tiebar-cli-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('tiebar validate', () => {
  it('exits 0 on the founding dataset and prints its warning with a path', () => {
    const r = runCli(['validate', FOUNDING]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${FOUNDING}: warning: bills[0].events[4].tallies: sources disagree on the tally`);
    expect(r.stdout).toContain(`${FOUNDING}: valid (0 errors, 1 warning)`);
  });

  it('exits 1 with `path: message` lines on an invalid dataset', () => {
    const file = tempFile(
      'bad.json',
      JSON.stringify({ schemaVersion: 1, id: 'x', title: 'X', sources: {}, bills: [{ id: 'a', label: 'A' }] }),
    );
    const r = runCli(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}: bills[0].title: is missing (expected string)`);
  });

  it('exits 2 on an unreadable file', () => {
    const r = runCli(['validate', '/no/such/file.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/no/such/file.json: cannot read (no such file)');
  });

  it('prints JSON with --json', () => {
    const r = runCli(['validate', FOUNDING, '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: FOUNDING, valid: true, errors: [] });
  });
});

describe('tiebar scenario', () => {
  it('prints every bill with outcome and reason', () => {
    const r = runCli(['scenario', FOUNDING, '--assume', 'ab392=failed']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/SB 230\s+inoperative\s+SB 230 was signed on 12 Sep 2019 but can never take effect/);
  });

  it('--json follows the DESIGN.md shape', () => {
    const r = runCli(['scenario', FOUNDING, '--assume=ab392=failed', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.bills.sb230.outcome).toBe('inoperative');
    expect(out.bills.sb230.explanation).toMatch(/^SB 230 was signed on 12 Sep 2019 but can never take effect/);
    expect(out.bills.ab392.outcome).toBe('failed');
  });

  it('--as-of looks from a date and --compare diffs against the record', () => {
    const before = JSON.parse(
      runCli(['scenario', FOUNDING, '--assume', 'ab392=failed', '--as-of', '2019-04-22', '--json', '--compare']).stdout,
    );
    expect(before.bills.sb230).toMatchObject({ outcome: 'pending', recorded: 'pending', changed: false });
    const after = JSON.parse(
      runCli(['scenario', FOUNDING, '--assume', 'ab392=failed', '--as-of', '2019-04-24', '--json', '--compare']).stdout,
    );
    expect(after.bills.sb230).toMatchObject({ outcome: 'inoperative', recorded: 'pending', changed: true });
  });

  it('--as-of a date no record reaches yet: a warning naming it, today and the last moment; the latest record; exit 0', () => {
    const now = new Date(2026, 10, 29, 12);
    const warning =
      '--as-of "2199-01-01" is after today (29 Nov 2026) and after the dataset\'s last moment (1 Jan 2020): no record reaches it yet; showing the latest record instead';
    const text = runCli(['scenario', FOUNDING, '--assume', 'ab392=failed', '--as-of', '2199-01-01'], now);
    expect(text).toEqual({
      ...runCli(['scenario', FOUNDING, '--assume', 'ab392=failed'], now),
      stderr: `${FOUNDING}: warning: ${warning}\n`,
    });
    const json = runCli(['scenario', FOUNDING, '--assume', 'ab392=failed', '--as-of', '2199-01-01', '--json', '--compare'], now);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe(`${FOUNDING}: warning: ${warning}\n`);
    const out = JSON.parse(json.stdout);
    expect(out.scenario).toEqual({ assumptions: { ab392: 'failed' }, asOf: null });
    expect(out.warnings).toEqual([{ option: '--as-of', message: warning }]);
    const latest = JSON.parse(runCli(['scenario', FOUNDING, '--assume', 'ab392=failed', '--json', '--compare'], now).stdout);
    expect(latest.warnings).toEqual([]);
    expect(out.bills).toEqual(latest.bills);
  });

  it('--as-of a moment of the dataset’s own after today is looked from; the day after it is not', () => {
    const now = new Date(2026, 10, 29, 12);
    const ds = JSON.parse(readFileSync(FOUNDING, 'utf8'));
    ds.bills[0].events.push({ date: '2027-07-01', type: 'effective', description: 'Takes effect', sources: ['S1'] });
    const file = tempFile('future.json', JSON.stringify(ds));
    const on = runCli(['scenario', file, '--as-of', '2027-07-01', '--json'], now);
    expect(on.stderr).toBe('');
    expect(JSON.parse(on.stdout)).toMatchObject({ scenario: { asOf: '2027-07-01' }, warnings: [] });
    const after = runCli(['scenario', file, '--as-of', '2027-07-02', '--json'], now);
    expect(after.code).toBe(0);
    expect(after.stderr).toContain(
      `${file}: warning: --as-of "2027-07-02" is after today (29 Nov 2026) and after the dataset's last moment (1 Jul 2027)`,
    );
    expect(JSON.parse(after.stdout).scenario.asOf).toBeNull();
  });

  it('takes a bill by its number as printed, in any case and spacing, as well as by its id', () => {
    const byId = JSON.parse(runCli(['scenario', FOUNDING, '--assume', 'ab392=failed', '--json']).stdout);
    for (const ref of ['AB 392', 'ab 392', 'AB392', 'A.B. 392']) {
      const r = runCli(['scenario', FOUNDING, '--assume', `${ref}=failed`, '--json', '--chain', 'SB 230']);
      expect(r.code, ref).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.scenario.assumptions).toEqual({ ab392: 'failed' });
      expect(out.bills).toEqual(byId.bills);
      expect(Object.keys(out.chains)).toEqual(['sb230']);
    }
  });

  it.each([
    [['scenario', FOUNDING, '--assume', 'ab392=maybe'], '--assume "ab392=maybe" is not <bill>=failed or <bill>=enacted'],
    [['scenario', FOUNDING, '--assume', 'ab329=failed'], '--assume: no bill "ab329" (did you mean "AB 392"?)'],
    [['scenario', FOUNDING, '--chain', 'SB 320'], '--chain: no bill "SB 320" (did you mean "SB 230"?)'],
    [['scenario', FOUNDING, '--as-of', 'yesterday'], '--as-of "yesterday" is not a date'],
    [['frobnicate'], 'unknown command "frobnicate"'],
  ])('usage errors exit 2: %j', (argv, message) => {
    const r = runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('tiebar generate', () => {
  it('makes a valid, seeded dataset of the asked size with every link pattern', async () => {
    const { validateDataset } = await import('../../src/model');
    const r = runCli(['generate', '--bills', '300', '--links', '900', '--seed', '5']);
    expect(r.code).toBe(0);
    const ds = JSON.parse(r.stdout);
    expect(ds.bills).toHaveLength(300);
    expect(ds.links).toHaveLength(900);
    expect(validateDataset(ds).ok).toBe(true);
    expect(new Set(ds.links.map((l: { kind: string }) => l.kind))).toEqual(
      new Set(['contingent-enactment', 'tie-bar', 'related', 'companion']),
    );
    expect(runCli(['generate', '--bills', '300', '--links', '900', '--seed', '5']).stdout).toBe(r.stdout);
    expect(runCli(['generate', '--bills', '300', '--links', '900', '--seed', '6']).stdout).not.toBe(r.stdout);
  });

  it('writes to --out and refuses bad counts', () => {
    const file = tempFile('gen.json', '');
    expect(runCli(['generate', '--bills', '10', '--out', file]).stderr).toContain(`wrote ${file}: 10 bills, 50 links, seed 1`);
    expect(runCli(['generate', '--bills', 'many']).stderr).toContain('--bills "many" is not a whole number');
    expect(runCli(['generate']).stderr).toContain('generate needs --bills N');
  });
});

describe('tiebar scenario --json extras', () => {
  it('includes provision outcomes, and stakeholder impact with --compare', () => {
    const out = JSON.parse(runCli(['scenario', FOUNDING, '--assume', 'ab392=failed', '--json', '--compare']).stdout);
    expect(out.provisions['sb230-standard']).toMatchObject({ outcome: 'struck' });
    expect(out.provisions['sb230-training']).toMatchObject({
      outcome: 'inoperative',
      sentence: 'Falls with SB 230, which cannot take effect.',
    });
    expect(out.stakeholders.find((s: { id: string }) => s.id === 'lwv-ca').verdict).toBe('wins');
  });
});

describe('tiebar import and detect', () => {
  it('imports a folder of Open States files into a valid dataset, reporting what it skipped', () => {
    const out = tempFile('os.json', '');
    const r = runCli(['import', 'openstates', 'tests/fixtures/openstates', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('read 8 files; imported 6 bills, skipped 4 records; 2 links found in bill text');
    expect(r.stderr).toContain('malformed.json: [1].identifier: missing: every bill needs its identifier');
    expect(runCli(['validate', out]).code).toBe(0);
    expect(JSON.parse(runCli(['scenario', out, '--assume', 'ab392=failed', '--json']).stdout).bills.sb230.outcome).toBe('inoperative');
  });

  it('detects clauses in a text file with spans and confidence', () => {
    const r = runCli(['detect', 'tests/fixtures/openstates/HB4138.txt']);
    expect(r.stdout).toContain('tie-bar -> HB 4773  [confidence 0.95, characters 20-165]');
    const json = JSON.parse(runCli(['detect', 'tests/fixtures/openstates/SB230.txt', '--json']).stdout);
    expect(json[0].detections[0]).toMatchObject({ kind: 'contingent-enactment', targets: [{ id: 'ab392' }] });
  });

  it('imports LegiScan JSON into a valid dataset, with the tie-bars and the credit', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tiebar-')), 'mi.json');
    const r = runCli(['import', 'legiscan', 'tests/fixtures/legiscan', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'imported 2 bills, skipped 0 records; 2 bills tie-barred to others, naming 2 bills (2 times), 0 names outside the data',
    );
    expect(r.stderr).toContain('Data: LegiScan (legiscan.com), CC BY 4.0');
    expect(runCli(['scenario', out]).stdout).toContain('HB 5444    inoperative');
  });

  it('usage errors exit 2', () => {
    expect(runCli(['import', 'nonsense', 'x']).stderr).toContain('import needs a format: "openstates" or "legiscan"');
    expect(runCli(['import', 'legiscan', 'tests/fixtures/legiscan']).stderr).toContain('import needs -o <dataset.json>');
    expect(runCli(['import', 'openstates', 'tests/fixtures/openstates']).stderr).toContain('import needs -o <dataset.json>');
    expect(runCli(['detect', '/nope.txt']).code).toBe(2);
  });
});
