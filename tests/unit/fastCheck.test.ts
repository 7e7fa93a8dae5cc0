/** The hand-written fast check and the zod schema (with the raw-JSON guards) must agree on every document. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { passesSchemaFast } from '../../src/model/fastCheck';
import { datasetSchema } from '../../src/model/schema';
import { guardJson } from '../../src/model/guard';
import { validateDataset } from '../../src/model';
import { generateDataset } from '../../src/engine/generate';
import { foundingDataset } from '../fixtures/datasets';

const slow = (doc: unknown) => guardJson(doc).length === 0 && datasetSchema.safeParse(doc).success;

const str = (n: number) => 'a'.repeat(n);
/** Values at and around every limit and format the schema has. */
const EDGES: unknown[] = [
  '',
  'x',
  'ab392',
  'AB 392',
  '-a',
  'constructor',
  'prototype',
  '__proto__',
  'tostring',
  str(60),
  str(61),
  str(64),
  str(65),
  str(200),
  str(201),
  str(300),
  str(301),
  str(500),
  str(501),
  str(2000),
  str(2001),
  str(5000),
  str(5001),
  '2020-02-29',
  '2019-02-29',
  '2020-13',
  '2020',
  '1699',
  '2201-01-01',
  '2020-1-1',
  'https://example.org/',
  'http://x.org',
  'javascript:alert(1)',
  'ftp://x',
  'not a url',
  'enacted',
  'signed',
  'introduced',
  'tie-bar',
  'bill',
  'sponsor',
  'legislator',
  'after',
  'before',
  's',
  'S1',
  -1,
  0,
  1,
  1.5,
  10_000,
  10_001,
  1e6,
  -1e6,
  1e6 + 1,
  -1e6 - 1,
  1e18,
  null,
  true,
  false,
  [],
  {},
  [1, 2],
  [1, 2, 3],
  ['s'],
  [0, 0],
  { url: 'https://x.org/' },
];

/** Every path to a value inside a document. */
function paths(doc: unknown, at: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(at);
  if (Array.isArray(doc)) doc.forEach((v, i) => paths(v, [...at, i], out));
  else if (doc && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) paths(v, [...at, k], out);
  return out;
}

const LENGTHS = [
  0, 1, 2, 3, 10, 11, 32, 33, 59, 60, 61, 63, 64, 65, 100, 101, 199, 200, 201, 299, 300, 301, 499, 500, 501, 1999, 2000, 2001, 4999, 5000,
  5001, 20_000, 20_001,
];
const NUMBERS = [-1, 0, 0.5, 10_000, 10_001, 1e6, 1e6 + 0.5, -1e6, -1e6 - 1, Number.MAX_SAFE_INTEGER + 2];

/** A value like the old one at a limit: a string or list of a limit's length, a number at a bound. */
function stretch(old: unknown, n: number): unknown {
  if (typeof old === 'string')
    return (old || 'a').repeat(Math.ceil(LENGTHS[n % LENGTHS.length] / Math.max(1, old.length))).slice(0, LENGTHS[n % LENGTHS.length]);
  if (typeof old === 'number') return NUMBERS[n % NUMBERS.length];
  if (Array.isArray(old))
    return Array.from({ length: Math.min(LENGTHS[n % LENGTHS.length], 120) }, (_, i) => old[i % Math.max(1, old.length)] ?? 'a');
  return old;
}

type Mutation = { pick: number; kind: 'set' | 'delete' | 'add' | 'stretch'; value: unknown; key: string; n: number };
function mutate(doc: any, m: Mutation) {
  const all = paths(doc).filter((p) => p.length > 0);
  const path = all[m.pick % all.length];
  let parent = doc;
  for (const k of path.slice(0, -1)) parent = parent[k];
  const last = path.at(-1)!;
  if (m.kind === 'set') parent[last] = structuredClone(m.value);
  else if (m.kind === 'stretch') parent[last] = stretch(parent[last], m.n);
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (parent && typeof parent === 'object' && !Array.isArray(parent)) parent[m.key] = structuredClone(m.value);
}

const arbMutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('set', 'stretch', 'stretch', 'delete', 'add'),
  n: fc.nat(),
  value: fc.oneof(fc.constantFrom(...EDGES), fc.jsonValue({ maxDepth: 2 })),
  key: fc.constantFrom(
    'id',
    'label',
    'title',
    'sources',
    'date',
    'tallies',
    'layout',
    'notes',
    'extra',
    'text',
    'order',
    'requires',
    'section',
    '$schema',
  ),
});

function seedDocs(): any[] {
  const founding = foundingDataset();
  const small = generateDataset({ bills: 12, links: 30, seed: 4 });
  const tiny = generateDataset({ bills: 2, links: 1, seed: 2 });
  return [
    founding,
    small,
    tiny,
    tiny,
    { ...small, layout: { b0: [1, 2], b1: [-3.5, 4] }, notes: ['n'], context: [{ date: '2025', description: 'd' }] },
  ];
}

/** A small dataset that uses every field of the schema once. */
const RICH = {
  $schema: './schema/dataset.v1.json',
  schemaVersion: 1,
  id: 'rich',
  title: 'Rich',
  description: 'd',
  jurisdictions: ['CA'],
  credit: 'c',
  sources: { s: { url: 'https://example.org/', publisher: 'p', title: 't', date: '2020-01-02' } },
  bills: [
    {
      id: 'a',
      label: 'A',
      kind: 'bill',
      title: 'A bill',
      session: 's',
      jurisdiction: 'j',
      authors: ['x'],
      summary: 'sum',
      events: [
        {
          date: '2020-01-01',
          type: 'introduced',
          body: 'b',
          description: 'd',
          tallies: [{ yes: 1, no: 2, notVoting: 3, sources: ['s'] }],
          note: 'n',
          sources: ['s'],
        },
      ],
      provisions: [{ id: 'a-1', label: 'P', description: 'd', added: '2020-01', struck: '2021', sections: ['1'], sources: ['s'] }],
      text: 'text',
      sources: ['s'],
    },
    { id: 'b', label: 'B', title: 'B bill' },
  ],
  stakeholders: [{ id: 'h', name: 'H', kind: 'union', note: 'n', sources: ['s'] }],
  positions: [{ stakeholder: 'h', target: 'a', stance: 'oppose', date: '2020-02-02', note: 'n', sources: ['s'] }],
  links: [
    {
      id: 'l',
      kind: 'double-joint',
      from: 'a',
      to: ['b'],
      added: '2020-01-01',
      removed: '2020-02-01',
      deadline: '2020-03-01',
      section: '1',
      order: 'after',
      requires: 'enactment',
      clause: 'c',
      clauseVerified: true,
      note: 'n',
      sources: ['s'],
    },
  ],
  context: [{ date: '2020', description: 'd', sources: ['s'] }],
  layout: { a: [0, 1], b: [2.5, -3] },
  notes: ['n'],
};

describe('passesSchemaFast', () => {
  it('agrees with the schema on every field of a rich dataset set to every limit, missing, or replaced', () => {
    expect(passesSchemaFast(structuredClone(RICH))).toBe(true);
    const all = paths(RICH).filter((p) => p.length > 0);
    for (let pick = 0; pick < all.length; pick++) {
      for (let n = 0; n < Math.max(LENGTHS.length, NUMBERS.length); n++) {
        const doc = structuredClone(RICH);
        mutate(doc, { pick, kind: 'stretch', n, value: null, key: '' });
        expect(passesSchemaFast(doc), `${all[pick].join('.')} stretched (${n})`).toBe(slow(doc));
      }
      for (const value of EDGES) {
        const doc = structuredClone(RICH);
        mutate(doc, { pick, kind: 'set', n: 0, value, key: '' });
        expect(passesSchemaFast(doc), `${all[pick].join('.')} = ${JSON.stringify(value)?.slice(0, 30)}`).toBe(slow(doc));
      }
      const doc = structuredClone(RICH);
      mutate(doc, { pick, kind: 'delete', n: 0, value: null, key: '' });
      expect(passesSchemaFast(doc), `${all[pick].join('.')} deleted`).toBe(slow(doc));
    }
  }, 120_000);

  it('accepts the built-in and generated datasets', () => {
    for (const d of seedDocs()) expect(passesSchemaFast(JSON.parse(JSON.stringify(d)))).toBe(true);
  });

  it('agrees with the zod schema and the guards on mutated documents', () => {
    const docs = seedDocs();
    fc.assert(
      fc.property(fc.nat(docs.length - 1), fc.array(arbMutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
        const doc = JSON.parse(JSON.stringify(docs[which]));
        for (const m of mutations) mutate(doc, m);
        expect(passesSchemaFast(doc)).toBe(slow(doc));
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('a link naming a value that cannot be turned into text is an error, not a crash (found by the property below, seed 34550470)', () => {
    const doc = JSON.parse(JSON.stringify(seedDocs()[0]));
    expect(doc.links.length).toBeGreaterThan(0);
    doc.links[0].to = [{ toString: {} }];
    const r = validateDataset(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.path.startsWith('links[0].to'))).toBe(true);
  });

  it('and validateDataset gives the same verdict with the fast path as the full path would', () => {
    const docs = seedDocs();
    fc.assert(
      fc.property(fc.nat(docs.length - 1), arbMutation, (which, m) => {
        const doc = JSON.parse(JSON.stringify(docs[which]));
        mutate(doc, m);
        const r = validateDataset(doc);
        if (!slow(doc)) expect(r.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
