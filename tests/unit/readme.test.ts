import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatProblem, parseDatasetText } from '../../src/model';
import { evaluate } from '../../src/engine';
import { runCli } from '../../src/cli/main';

const readme = readFileSync('README.md', 'utf8');

describe('README stays true', () => {
  it('its "Write your own dataset" example is a valid dataset', () => {
    const section = readme.slice(readme.indexOf('## Write your own dataset'));
    const json = /```json\n([\s\S]*?)```/.exec(section)![1];
    const r = parseDatasetText(json);
    expect(r.ok ? [] : r.errors.map(formatProblem)).toEqual([]);
    if (r.ok) expect(evaluate(r.dataset, { assumptions: { hb2: 'failed' } }).outcomes.hb1).toBe('inoperative');
  });

  it('its CLI example output is what the CLI prints', () => {
    const block = /```console\n\$ npm run -s tiebar -- (.*)\n([\s\S]*?)```/.exec(readme)!;
    const out = runCli(block[1].split(' '));
    expect(out.stdout).toContain(block[2]);
  });

  it('names the two commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
  });
});
