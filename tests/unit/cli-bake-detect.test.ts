import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { parseDatasetText } from '../../src/model';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import { bill, dataset } from '../fixtures/datasets';

const FOUNDING = 'public/data/ca-2019-deadly-force.json';
const dir = () => mkdtempSync(join(tmpdir(), 'tiebar-cli-'));

describe('tiebar bake', () => {
  it('writes a layout for every node of the graph, the same as the one the built-in ships (and deterministic)', () => {
    const { layout: shipped, ...unbaked } = JSON.parse(readFileSync(FOUNDING, 'utf8'));
    const d = dir();
    const input = join(d, 'in.json');
    writeFileSync(input, JSON.stringify(unbaked));
    const r = runCli(['bake', input, '--out', join(d, 'out.json')]);
    expect(r.code).toBe(0);
    const out = parseDatasetText(readFileSync(join(d, 'out.json'), 'utf8'));
    if (!out.ok) throw new Error('bake wrote an invalid dataset');
    const nodes = buildGraphStructure(out.dataset).nodes.map((n) => n.id);
    expect(r.stderr).toBe(`baked ${nodes.length} node positions into ${join(d, 'out.json')}\n`);
    expect(Object.keys(out.dataset.layout!).sort()).toEqual(nodes.sort());
    expect(out.dataset.layout).toEqual(shipped);
    expect(JSON.parse(readFileSync(input, 'utf8')).layout).toBeUndefined(); // --out leaves the input alone
    // Everything but the layout is unchanged.
    const { layout: _l, ...rest } = out.dataset;
    expect(rest).toEqual(unbaked);
  });

  it('refuses an invalid dataset (exit 1) and an unreadable one (exit 2), writing nothing', () => {
    const d = dir();
    const bad = join(d, 'bad.json');
    writeFileSync(bad, '{"schemaVersion":1}');
    expect(runCli(['bake', bad])).toMatchObject({ code: 1, stderr: `${bad} is not valid; run validate first\n` });
    expect(readFileSync(bad, 'utf8')).toBe('{"schemaVersion":1}');
    expect(runCli(['bake', join(d, 'missing.json')]).code).toBe(2);
  });
});

describe('tiebar detect on a dataset', () => {
  const withText = () => {
    const ds = dataset([bill('ab392'), bill('sb230'), bill('hb1')]) as unknown as Record<string, any>;
    ds.bills[1].text =
      'SEC. 4. This act shall become operative only if Assembly Bill 392 of the 2019-20 Regular Session is enacted and takes effect on or before January 1, 2020.';
    ds.bills[2].text = 'This act is contingent on the enactment of Senate Bill 999.';
    const file = join(dir(), 'ds.json');
    writeFileSync(file, JSON.stringify(ds));
    return file;
  };

  it('finds the clauses in each bill’s text, naming the bill, and marks references to bills it does not have', () => {
    const r = runCli(['detect', withText()]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('sb230: '))).toMatch(
      /^sb230: contingent-enactment -> AB 392 {2}\[confidence [\d.]+, characters \d+-\d+/,
    );
    expect(lines.find((l) => l.startsWith('hb1: '))).toMatch(/^hb1: contingent-enactment -> SB 999 \(unresolved\)/);
    expect(lines.some((l) => l.startsWith('ab392: '))).toBe(false); // no text, nothing found
  });

  it('--json gives each bill with its detections, targets resolved to ids', () => {
    const runs = JSON.parse(runCli(['detect', withText(), '--json']).stdout);
    expect(runs.map((r: { bill: string }) => r.bill)).toEqual(['sb230', 'hb1']);
    expect(runs[0].detections[0]).toMatchObject({ kind: 'contingent-enactment', targets: [{ id: 'ab392' }] });
  });

  it('refuses an invalid dataset', () => {
    const file = join(dir(), 'bad.json');
    writeFileSync(file, '{"schemaVersion":1,"bills":[]}');
    expect(runCli(['detect', file])).toMatchObject({ code: 1, stderr: `${file} is not a valid dataset; run validate\n` });
  });
});
