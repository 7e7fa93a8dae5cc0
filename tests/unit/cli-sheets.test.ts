import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';

describe('tiebar sheets and export-sheets', () => {
  it('exports the founding story to sheets and reads them back into the same dataset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiebar-sheets-'));
    const exported = runCli(['export-sheets', 'public/data/ca-2019-deadly-force.json', '--out', join(dir, 'sheets')]);
    expect(exported.code).toBe(0);
    expect(readdirSync(join(dir, 'sheets')).sort()).toEqual(
      ['bills', 'dataset', 'events', 'layout', 'links', 'positions', 'provisions', 'sources', 'stakeholders'].map((s) => `${s}.csv`),
    );
    const out = join(dir, 'story.json');
    const read = runCli(['sheets', join(dir, 'sheets'), '-o', out]);
    expect(read.code).toBe(0);
    expect(read.stderr).toContain(`read 9 sheets; wrote ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8')));
  });

  it('exits 1 with sheet, row and column for a bad sheet, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiebar-sheets-'));
    const links = readFileSync('docs/sheets/example/links.csv', 'utf8').replace(',sb230,ab392,', ',sb230,ab329,');
    writeFileSync(join(dir, 'links.csv'), links);
    const files = ['dataset', 'sources', 'bills', 'events'].map((s) => `docs/sheets/example/${s}.csv`);
    const r = runCli(['sheets', ...files, join(dir, 'links.csv'), '-o', join(dir, 'out.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('links.csv row 2, column "to": no bill with id "ab329" (did you mean "ab392"?)');
    expect(readdirSync(dir)).toEqual(['links.csv']);
  });

  it('says how to call it', () => {
    expect(runCli(['sheets', 'x.csv']).stderr).toContain('sheets needs -o <dataset.json>');
    expect(runCli(['export-sheets', 'public/data/ca-2019-deadly-force.json']).stderr).toContain('export-sheets needs --out <folder>');
    expect(runCli(['sheets', 'nope.csv', '-o', 'x.json']).code).toBe(2);
  });
});
