/** CLI manners: strict options, files that are not files, a BOM, sizes validate would refuse, a pipe closed early. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';

const FOUNDING = 'public/data/ca-2019-deadly-force.json';

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tiebar-cli-')), name);
  writeFileSync(path, text);
  return path;
}

describe('options are strict', () => {
  it.each([
    [['scenario', FOUNDING, '--asof=2019-01-01'], 'scenario: unknown option "--asof=2019-01-01" (did you mean --as-of?)'],
    [['validate', FOUNDING, '--jsno'], 'validate: unknown option "--jsno" (did you mean --json?)'],
    [['validate', FOUNDING, '--json=yes'], 'validate: --json takes no value'],
    [['scenario', FOUNDING, '--as-of'], 'scenario: --as-of needs a value'],
    [['bake', FOUNDING, '-x'], 'bake: unknown option "-x"'],
  ])('%j is a usage error (exit 2) with the usage', (argv, message) => {
    const r = runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage: npm run tiebar -- <command>');
  });

  it('still reads values in both spellings and repeated options', () => {
    const a = JSON.parse(runCli(['scenario', FOUNDING, '--assume', 'ab392=failed', '--as-of=2019-04-24', '--json']).stdout);
    expect(a.scenario).toEqual({ assumptions: { ab392: 'failed' }, asOf: '2019-04-24' });
    const b = JSON.parse(runCli(['scenario', FOUNDING, '--assume=ab392=failed', '--assume', 'sb230=enacted', '--json']).stdout);
    expect(b.scenario.assumptions).toEqual({ ab392: 'failed', sb230: 'enacted' });
  });
});

describe('files that are not dataset files', () => {
  it('validate /dev/zero fails at once with a message (exit 2)', () => {
    const r = runCli(['validate', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('/dev/zero: cannot read (not a regular file: a device, pipe or socket)\n');
  });

  it('detect and import refuse a device too', () => {
    expect(runCli(['detect', '/dev/zero'])).toMatchObject({
      code: 2,
      stderr: '/dev/zero: cannot read (not a regular file: a device, pipe or socket)\n',
    });
    const out = tempFile('o.json', '');
    expect(runCli(['import', 'openstates', '/dev/zero', '-o', out]).code).toBe(2);
  });

  it('a file over 50 MB is refused before it is read', () => {
    const path = tempFile('big.json', '');
    writeFileSync(path, Buffer.alloc(0));
    truncateSync(path, 50 * 1024 * 1024 + 1);
    const r = runCli(['validate', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${path}: cannot read (it is 50.0 MB; Tiebar reads datasets of at most 50 MB)\n`);
  });

  it('a dataset with a UTF-8 BOM validates as the app opens it', async () => {
    const { readFileSync } = await import('node:fs');
    const path = tempFile('bom.json', `\uFEFF${readFileSync(FOUNDING, 'utf8')}`);
    expect(runCli(['validate', path]).code).toBe(0);
  });
});

describe('validate says how many errors', () => {
  it('15,000 errors are counted, the first 200 listed', () => {
    const bills = Array.from({ length: 15_000 }, (_, i) => ({ id: `b${i}`, label: 'B', title: 'B', sources: ['nope'] }));
    const path = tempFile('many.json', JSON.stringify({ schemaVersion: 1, id: 'x', title: 'X', sources: {}, bills }));
    const r = runCli(['validate', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}: invalid (15,000 errors (the first 200 listed), 0 warnings)`);
    expect(r.stdout.split('\n').filter((l) => l.includes('no source with id')).length).toBe(200);
  });

  it('and how many warnings', () => {
    const bills = Array.from({ length: 15_000 }, (_, i) => ({ id: `b${i}`, label: 'B', title: 'B' }));
    const path = tempFile('uncited.json', JSON.stringify({ schemaVersion: 1, id: 'x', title: 'X', sources: {}, bills }));
    expect(runCli(['validate', path]).stdout).toContain(`${path}: valid (0 errors, 15,000 warnings (the first 200 listed))`);
  });
});

describe('generate makes only what validate accepts', () => {
  it.each([
    [['generate', '--bills', '60000'], 'generate: --bills 60,000 is more than a dataset holds (at most 50,000)'],
    [['generate', '--bills', '1000000'], '--bills 1,000,000 is more than a dataset holds (at most 50,000)'],
    [['generate', '--bills', '100', '--links', '600000'], '--links 600,000 is more than a dataset holds (at most 500,000)'],
  ])('%j is refused in words (exit 2)', (argv, message) => {
    const r = runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message.replace(/^generate: /, ''));
    expect(r.stderr).not.toMatch(/RangeError|\n\s+at /);
  });

  it('refuses a size whose file would be over 50 MB', () => {
    const r = runCli(['generate', '--bills', '50000', '--links', '500000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^50,000 bills and 500,000 links make a \d+\.\d MB file; validate reads at most 50\.0 MB \(about [\d,]+ links fit\)/,
    );
  }, 120_000);
});

describe('import reports before it validates', () => {
  it('a folder of broken JSON says so, not "a dataset needs at least one bill"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiebar-os-'));
    writeFileSync(join(dir, 'a.json'), '{"identifier": ');
    const r = runCli(['import', 'openstates', dir, '-o', join(dir, 'out.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('a.json: not valid JSON: ');
    expect(r.stderr).toContain('nothing written: no bill could be imported from this file (the problems are listed)');
    expect(r.stderr).not.toContain('at least one bill');
  });
});

describe('a pipe closed early', () => {
  it('ends quietly, with no EPIPE stack trace', () => {
    const r = spawnSync('sh', ['-c', 'node --import tsx src/cli/main.ts generate --bills 20000 | head -c 10'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  }, 120_000);
});

describe('bake and validate agree', () => {
  it('a baked dataset validates, whatever names its ids use', () => {
    const ids = ['tostring', 'valueof', 'hasownproperty', 'isprototypeof', 'constructor-id', 'b'];
    const ds = {
      schemaVersion: 1,
      id: 'names',
      title: 'Names',
      sources: { s: { url: 'https://example.org/' } },
      bills: ids.map((id) => ({ id, label: id, title: id, sources: ['s'] })),
      links: [{ id: 'l', kind: 'tie-bar', from: 'tostring', to: ['valueof'], sources: ['s'] }],
    };
    const path = tempFile('names.json', JSON.stringify(ds));
    expect(runCli(['bake', path]).code).toBe(0);
    expect(runCli(['validate', path])).toMatchObject({ code: 0 });
    const constructor = tempFile('c.json', JSON.stringify({ ...ds, bills: [...ds.bills, { id: 'constructor', label: 'C', title: 'C' }] }));
    const r = runCli(['validate', constructor]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'bills[6].id: "constructor" is a reserved word in JavaScript and cannot be an id (use e.g. "constructor-1")',
    );
    expect(runCli(['bake', constructor]).code).toBe(1);
  });
});
