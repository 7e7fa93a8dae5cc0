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

  it('makes the ids of bills given none, as the editor does, and says so in one warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiebar-sheets-'));
    expect(runCli(['export-sheets', 'public/data/ca-2019-deadly-force.json', '--out', dir]).code).toBe(0);
    const bills = join(dir, 'bills.csv');
    writeFileSync(bills, readFileSync(bills, 'utf8').replace(/\n(ab392|sb230|ab931),/g, '\n,'));
    const out = join(dir, 'story.json');
    const r = runCli(['sheets', dir, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((line) => line.includes('bills.csv'))).toEqual([
      'warning: bills.csv row 2, column "id": 3 bills have no id; made from their labels as the editor makes ids: row 2 "AB 392" → ab392, row 3 "SB 230" → sb230, row 4 "AB 931" → ab931',
    ]);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8')));
  });

  it('reads a sheet Excel saved as Windows-1252 (not UTF-8) with its accents and quotes, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiebar-sheets-'));
    expect(runCli(['export-sheets', 'public/data/ca-2019-deadly-force.json', '--out', dir]).code).toBe(0);
    // Windows-1252, as Excel writes it: ASCII, Latin-1 letters, and curly quotes and dashes in 0x80-0x9f.
    const BYTES: Record<string, number> = { é: 0xe9, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
    const cp1252 = (text: string) =>
      Uint8Array.from([...text], (ch) => {
        if (ch.charCodeAt(0) < 128) return ch.charCodeAt(0);
        if (!(ch in BYTES)) throw new Error(`no byte for "${ch}" here`);
        return BYTES[ch];
      });
    const sheet = join(dir, 'stakeholders.csv');
    const name = 'Shirley N. Wéber – the author’s “own” office';
    const text = readFileSync(sheet, 'utf8')
      .replace(/^\uFEFF/, '')
      .replace('Shirley Weber', name);
    expect(text).toContain(name);
    writeFileSync(sheet, cp1252(text));
    const out = join(dir, 'story.json');
    const read = runCli(['sheets', dir, '-o', out]);
    expect(read.code).toBe(0);
    expect(read.stderr).toContain('stakeholders.csv: is not UTF-8; it was read as Windows-1252');
    const original = JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8'));
    original.stakeholders.find((s: { id: string }) => s.id === 'weber').name = name;
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(original);
  });

  it('says how to call it', () => {
    expect(runCli(['sheets', 'x.csv']).stderr).toContain('sheets needs -o <dataset.json>');
    expect(runCli(['export-sheets', 'public/data/ca-2019-deadly-force.json']).stderr).toContain('export-sheets needs --out <folder>');
    expect(runCli(['sheets', 'nope.csv', '-o', 'x.json']).code).toBe(2);
  });
});
