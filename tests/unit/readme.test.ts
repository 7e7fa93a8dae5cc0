import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatProblem, parseDatasetText } from '../../src/model';
import { evaluate } from '../../src/engine';
import { runCli } from '../../src/cli/main';
import { parseUrlState } from '../../src/shell/urlState';

const readme = readFileSync('README.md', 'utf8');

describe('README stays true', () => {
  it('its "Write your own dataset" example is a valid dataset', () => {
    const section = readme.slice(readme.indexOf('## Write your own dataset'));
    const json = /```json\n([\s\S]*?)```/.exec(section)![1];
    const r = parseDatasetText(json);
    expect(r.ok ? [] : r.errors.map(formatProblem)).toEqual([]);
    if (r.ok) expect(evaluate(r.dataset, { assumptions: { hb2: 'failed' } }).outcomes.hb1).toBe('inoperative');
  });

  it('its CLI example output is exactly what the CLI prints', () => {
    const block = /```console\n\$ npm run -s tiebar -- (.*)\n([\s\S]*?)```/.exec(readme)!;
    const out = runCli(block[1].split(' '));
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(block[2]);
  });

  it('every npm command it names is a script of package.json (or npm itself)', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    const named = new Set([...readme.matchAll(/\bnpm run (?:-s )?([a-z][\w:-]*)/g)].map((m) => m[1]));
    const direct = new Set([...readme.matchAll(/\bnpm (start|test)\b/g)].map((m) => m[1]));
    expect(named.size).toBeGreaterThan(3);
    expect([...named, ...direct].filter((name) => !(name in scripts))).toEqual([]);
  });

  it('its CLI contract lists exactly the commands and options the CLI declares', () => {
    const section = readme.slice(readme.indexOf('## CLI contract'));
    const documented = /```sh\n([\s\S]*?)```/
      .exec(section)![1]
      .trim()
      .split('\n')
      .map((l) => l.replace(/^npm run tiebar -- /, ''));
    const usage = runCli(['help']).stdout;
    const declared = [...usage.matchAll(/^ {2}([a-z][a-z-]* .*?)(?: {2,}.*)?$/gm)].map((m) => m[1].trim());
    expect(documented).toEqual(declared);
    for (const line of documented) expect(runCli([line.split(' ')[0]]).stderr).not.toMatch(/unknown command/);
  });

  it('its URL contract lists exactly the parameters the app reads, and each bad value is named in a notice', () => {
    const section = readme.slice(readme.indexOf('## URL contract'), readme.indexOf('## CLI contract'));
    const documented = [...section.matchAll(/^\| `(\w+)` /gm)].map((m) => m[1]).sort();
    const read = [...readFileSync('src/shell/urlState.ts', 'utf8').matchAll(/\bget\('(\w+)'\)/g)].map((m) => m[1]).sort();
    expect(documented).toEqual(read);
    // `embed` is on or off; `q` is the table's filter, any text (a hostile one stays text), refused only when too long.
    // The table's own are read with the table only (`view=table`).
    const of = (param: string) => (['tab', 'q', 'sort', 'outcome', 'changed'].includes(param) ? `?view=table&${param}` : `?${param}`);
    for (const param of documented.filter((p) => p !== 'embed' && p !== 'q')) {
      expect(parseUrlState(`${of(param)}=%3Cnot%20valid%3E`).notices.map((n) => n.param)).toEqual([param]);
    }
    expect(parseUrlState(`${of('q')}=${'%3Cnot%20valid%3E'.repeat(100)}`).notices.map((n) => n.param)).toEqual(['q']);
    // A graph's address says nothing of them.
    expect(parseUrlState('?tab=votes&sort=party&outcome=law&changed=yes').notices).toEqual([]);
  });
});

describe('README embed example', () => {
  it('reserves the height the app computes for the founding story on a phone', async () => {
    const { phoneEmbedHeight } = await import('../../src/graph/embedHeight');
    const { buildGraphStructure } = await import('../../src/engine/graphSpec');
    const r = parseDatasetText(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8'));
    if (!r.ok) throw new Error('founding dataset invalid');
    const height = phoneEmbedHeight(r.dataset, buildGraphStructure(r.dataset), 'grouped');
    const section = readme.slice(readme.indexOf('## Embed contract'));
    expect(/```html\n<iframe[\s\S]*?height="(\d+)"/.exec(section)![1]).toBe(String(height));
    expect(section).toContain(`e.g. ${height.toLocaleString('en-US')} px for the`);
  });
});
