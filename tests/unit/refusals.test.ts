import { describe, expect, it } from 'vitest';
import { formatProblem, parseDatasetText, validateDataset } from '../../src/model';
import { bill, dataset, link } from '../fixtures/datasets';

/** A small valid dataset (two bills, a tie, a provision, a stakeholder), mutated, then validated: its errors as `path: message`. */
function errorsOf(mutate: (d: Record<string, any>) => void): string[] {
  const d = structuredClone(dataset([bill('ab392', 'enacted'), bill('sb230', 'enacted')], [link('l1', 'sb230', ['ab392'])])) as Record<
    string,
    any
  >;
  d.bills[1].provisions = [{ id: 'sb230-a', label: 'Part A', sources: ['s'] }];
  d.stakeholders = [{ id: 'aclu', name: 'ACLU', kind: 'advocacy-group', sources: ['s'] }];
  mutate(d);
  const r = parseDatasetText(JSON.stringify(d));
  return r.ok ? [] : r.errors.map(formatProblem);
}

describe('the validator refuses what the README says it refuses', () => {
  it('accepts the unmutated dataset (so each refusal below is the mutation’s)', () => {
    expect(errorsOf(() => {})).toEqual([]);
  });

  it.each<[string, (d: Record<string, any>) => void, RegExp]>([
    [
      'a duplicate provision id',
      (d) => d.bills[1].provisions.push({ id: 'sb230-a', label: 'Again', sources: ['s'] }),
      /^bills\[1\]\.provisions\[1\]\.id: duplicate .*"sb230-a"/,
    ],
    [
      'a provision id that is a bill id',
      (d) => (d.bills[1].provisions[0].id = 'ab392'),
      /^bills\[1\]\.provisions\[0\]\.id: duplicate .*"ab392"/,
    ],
    [
      'a duplicate stakeholder id',
      (d) => d.stakeholders.push({ id: 'aclu', name: 'Again', kind: 'union', sources: ['s'] }),
      /^stakeholders\[1\]\.id: duplicate .*"aclu"/,
    ],
    ['a duplicate link id', (d) => d.links.push({ ...d.links[0] }), /^links\[1\]\.id: duplicate link id "l1"/],
    ['a double-joint without a section', (d) => (d.links[0].kind = 'double-joint'), /^links\[0\]\.section: .*section/],
    [
      'a provision struck before it was added',
      (d) => Object.assign(d.bills[1].provisions[0], { added: '2020-05-01', struck: '2020-04-01' }),
      /^bills\[1\]\.provisions\[0\]\.struck: struck on 2020-04-01, before it was added on 2020-05-01$/,
    ],
    ['a string schemaVersion', (d) => (d.schemaVersion = '1'), /^schemaVersion: /],
    [
      'a layout key naming no node',
      (d) => (d.layout = { ab392: [0, 0], nosuchnode: [10, 10] }),
      /^layout(\.nosuchnode|\["nosuchnode"\]|)?: .*nosuchnode/,
    ],
  ])('refuses %s, naming where', (_, mutate, expected) => {
    const errors = errorsOf(mutate);
    expect(
      errors.some((e) => expected.test(e)),
      errors.join('\n'),
    ).toBe(true);
  });

  it.each(['constructor', 'prototype', '__proto__'])('refuses a "%s" key anywhere, by path', (key) => {
    const d = dataset([bill('ab392')]) as unknown as Record<string, any>;
    const text = JSON.stringify(d).replace('"label":', `"${key}":{"x":1},"label":`);
    const r = parseDatasetText(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map(formatProblem)).toContain(
      `bills[0].${key}: the key "${key}" is not allowed (it could alter JavaScript objects)`,
    );
  });

  it('takes nesting of 32 levels and refuses 33', () => {
    // Depth is measured on the raw JSON, before the schema: 32 levels pass the guard, 33 do not.
    const nest = (levels: number) => `{"schemaVersion":1,"x":${'['.repeat(levels - 1)}1${']'.repeat(levels - 1)}}`;
    const messages = (levels: number) => {
      const r = parseDatasetText(nest(levels));
      return r.ok ? [] : r.errors.map((e) => e.message);
    };
    expect(messages(32).some((m) => /nested too deeply/.test(m))).toBe(false);
    expect(messages(33)).toEqual(['nested too deeply (more than 32 levels)']);
  });

  it('validateDataset never trusts a layout that is not pairs of numbers', () => {
    const d = dataset([bill('ab392')]) as unknown as Record<string, any>;
    const r = validateDataset({ ...d, layout: { ab392: [0, 0, 0] } });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toContain('layout.ab392');
  });
});
