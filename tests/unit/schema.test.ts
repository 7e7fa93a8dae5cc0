import { describe, expect, it } from 'vitest';
import { formatProblem, parseDatasetText, validateDataset } from '../../src/model';
import { bill, dataset, foundingDataset, link } from '../fixtures/datasets';

/** Validates a mutated copy of a small valid dataset and returns its errors as `path: message`. */
function errorsOf(mutate: (d: Record<string, any>) => void): string[] {
  const d = structuredClone(dataset([bill('ab392', 'enacted'), bill('sb230', 'enacted')], [link('l1', 'sb230', ['ab392'])])) as Record<
    string,
    any
  >;
  d.stakeholders = [{ id: 'aclu', name: 'ACLU', kind: 'advocacy-group', sources: ['s'] }];
  d.positions = [{ stakeholder: 'aclu', target: 'ab392', stance: 'support', sources: ['s'] }];
  mutate(d);
  const r = validateDataset(JSON.parse(JSON.stringify(d)));
  return r.ok ? [] : r.errors.map(formatProblem);
}

describe('validateDataset', () => {
  it('accepts the founding dataset, warning only about the conflicting Assembly tallies', () => {
    const r = parseDatasetText(JSON.stringify(foundingDataset()));
    expect(r.ok).toBe(true);
    expect(r.warnings.map(formatProblem)).toEqual([
      'bills[0].events[4].tallies: sources disagree on the tally: 67-0, 66-0, 68-0 (kept as recorded)',
    ]);
  });

  it.each<[string, (d: Record<string, any>) => void, string]>([
    [
      'a dangling link target, with a suggestion',
      (d) => (d.links[0].to = ['ab329']),
      'links[0].to[0]: no bill with id "ab329" (did you mean "ab392"?)',
    ],
    ['a self-link', (d) => (d.links[0].to = ['sb230']), 'links[0].to[0]: a bill cannot be linked to itself ("sb230")'],
    ['a duplicate bill id', (d) => (d.bills[1].id = 'ab392'), 'bills[1].id: duplicate bill id "ab392" (ids must be unique)'],
    [
      'an unknown stakeholder',
      (d) => (d.positions[0].stakeholder = 'acl'),
      'positions[0].stakeholder: no stakeholder with id "acl" (did you mean "aclu"?)',
    ],
    [
      'an impossible date',
      (d) => (d.bills[0].events[0].date = '2019-02-30'),
      'bills[0].events[0].date: "2019-02-30" is not a day of the calendar',
    ],
    [
      'a javascript: URL',
      (d) => (d.sources.s.url = 'javascript:alert(1)'),
      'sources.s.url: only http(s) links are allowed, not "javascript:"',
    ],
    ['an unknown key', (d) => (d.bills[0].titel = 'x'), 'bills[0]: unknown key "titel" (check the spelling; see the schema)'],
    [
      'a wrong enum value',
      (d) => (d.links[0].kind = 'tiebar'),
      'links[0].kind: is "tiebar" (did you mean "tie-bar"?); expected one of "contingent-enactment", "tie-bar", "double-joint", "procedural", "companion", "related", "prior-session", "replaces", "replaced-by", "same-as", "similar-to"',
    ],
    [
      'a word of a list that is nothing like one',
      (d) => (d.links[0].kind = 'banana'),
      'links[0].kind: is "banana"; expected one of "contingent-enactment", "tie-bar", "double-joint", "procedural", "companion", "related", "prior-session", "replaces", "replaced-by", "same-as", "similar-to"',
    ],
    ['a missing field', (d) => delete d.bills[0].label, 'bills[0].label: is missing (expected string)'],
    ['an unknown source id', (d) => (d.bills[0].sources = ['nope']), 'bills[0].sources[0]: no source with id "nope"'],
    [
      'a link removed before it was added',
      (d) => Object.assign(d.links[0], { added: '2020-05-01', removed: '2020-04-01' }),
      'links[0].removed: removed on 2020-04-01, before it was added on 2020-05-01',
    ],
  ])('reports %s', (_, mutate, expected) => {
    expect(errorsOf(mutate)).toContain(expected);
  });

  it('refuses prototype keys before anything else sees them', () => {
    const r = parseDatasetText('{"schemaVersion":1,"__proto__":{"polluted":true},"id":"x"}');
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map(formatProblem)).toEqual([
      '__proto__: the key "__proto__" is not allowed (it could alter JavaScript objects)',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says a newer schema needs a newer Tiebar', () => {
    const r = validateDataset({ schemaVersion: 7 });
    expect(r.ok ? '' : r.errors[0].message).toMatch(/made by a newer Tiebar \(schema 7; this one reads up to 1\)/);
  });

  it('reports JSON syntax errors', () => {
    const r = parseDatasetText('{"schemaVersion": 1,');
    expect(r.ok ? '' : r.errors[0].message).toMatch(/^not valid JSON/);
  });

  it("says a web page is a web page (a missing file answered with a site's home page)", () => {
    const r = parseDatasetText('<!doctype html>\n<html lang="en"><head><title>Tiebar</title>');
    expect(r.ok ? '' : r.errors[0].message).toBe(
      "is a web page, not a dataset (is the address right? a missing file is often answered with the site's home page)",
    );
  });

  it('refuses a giant string and a too-large file without parsing it', () => {
    const giant = errorsOf((d) => (d.description = 'x'.repeat(1024 * 1024 + 1)));
    expect(giant[0]).toMatch(/^description: a string of 1048577 characters is too long/);
    const r = parseDatasetText(' '.repeat(50 * 1024 * 1024 + 1));
    expect(r.ok ? '' : r.errors[0].message).toMatch(/^the file is 50.0 MB/);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `{"schemaVersion":1,"notes":${'['.repeat(10000)}${']'.repeat(10000)}}`;
    const r = parseDatasetText(deep);
    expect(r.ok ? '' : r.errors[0].message).toMatch(/nested too deeply/);
  });

  it('warns about facts without a source', () => {
    const d = dataset([bill('a')]);
    delete d.bills[0].sources;
    const r = validateDataset(d);
    expect(r.ok).toBe(true);
    expect(r.warnings.map(formatProblem)).toContain('bills[0]: bill "a" cites no source (add "sources": ["S1", ...])');
  });
});

describe('the JSON Schema for editors', () => {
  it('public/schema/dataset.v1.json is up to date with the zod schema (run `npm run schema`)', async () => {
    const { readFileSync } = await import('node:fs');
    const { datasetJsonSchema } = await import('../../src/model/jsonSchema');
    expect(JSON.parse(readFileSync('public/schema/dataset.v1.json', 'utf8'))).toEqual(datasetJsonSchema());
  });

  it('accepts a "$schema" key so editors can find it', () => {
    const d = { $schema: './schema/dataset.v1.json', ...dataset([bill('a')]) };
    expect(validateDataset(d).ok).toBe(true);
  });
});
