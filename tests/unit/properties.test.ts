import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset, Link } from '../../src/model';
import { parseDatasetText, validateDataset } from '../../src/model';
import type { Assumption } from '../../src/engine';
import { evaluate, explain, tellStory, suggestQuestions } from '../../src/engine';
import { bill, dataset, link } from '../fixtures/datasets';

const KINDS = ['contingent-enactment', 'tie-bar', 'procedural', 'related', 'companion'] as const;

/** Random small datasets: bills with random fates, links with random kinds and targets. */
const arbDataset: fc.Arbitrary<Dataset> = fc.integer({ min: 1, max: 10 }).chain((n) =>
  fc
    .record({
      fates: fc.array(fc.constantFrom('enacted', 'failed', 'pending') as fc.Arbitrary<'enacted' | 'failed' | 'pending'>, {
        minLength: n,
        maxLength: n,
      }),
      links: fc.array(
        fc.record({
          from: fc.nat(n - 1),
          to: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: 3 }),
          kind: fc.constantFrom(...KINDS),
          added: fc.option(fc.constantFrom('2020-02-01', '2020-05-01'), { nil: undefined }),
          removed: fc.option(fc.constantFrom('2020-04-01', '2020-12-01'), { nil: undefined }),
          deadline: fc.option(fc.constantFrom('2020-03-01', '2021-01-01'), { nil: undefined }),
          requires: fc.option(fc.constantFrom('enactment', 'effect') as fc.Arbitrary<'enactment' | 'effect'>, { nil: undefined }),
        }),
        { maxLength: 2 * n },
      ),
    })
    .map(({ fates, links }) =>
      dataset(
        fates.map((f, i) => bill(`b${i}`, f)),
        links
          .map((l) => ({ ...l, to: l.to.filter((t) => t !== l.from) }))
          .filter((l) => l.to.length > 0)
          .map((l, i) =>
            link(
              `l${i}`,
              `b${l.from}`,
              l.to.map((t) => `b${t}`),
              {
                ...(l.added ? { added: l.added } : {}),
                // A tie removed before it was made is refused by validation: such a draw keeps it.
                ...(l.removed && (!l.added || l.removed >= l.added) ? { removed: l.removed } : {}),
                ...(l.deadline ? { deadline: l.deadline } : {}),
                ...(l.requires ? { requires: l.requires } : {}),
              },
              l.kind,
            ),
          ),
      ),
    ),
);

const arbAssumptions = (ds: Dataset) =>
  fc.dictionary(fc.constantFrom(...ds.bills.map((b) => b.id)), fc.constantFrom<Assumption>('enacted', 'failed'), { maxKeys: 4 });

/** Bills whose outcome may depend on `changed`: those with a path of deciding links to it. */
function dependentsOf(ds: Dataset, changed: Set<string>): Set<string> {
  const out = new Set(changed);
  for (let grew = true; grew;) {
    grew = false;
    for (const l of ds.links ?? []) {
      const deciding = l.kind === 'contingent-enactment' || l.kind === 'tie-bar' || l.kind === 'procedural';
      if (deciding && !out.has(l.from) && l.to.some((t) => out.has(t))) {
        out.add(l.from);
        grew = true;
      }
    }
  }
  return out;
}

describe('evaluation properties', () => {
  it('the generator draws every link field the engine reads: added, removed, deadline and requires', () => {
    const drawn = fc.sample(arbDataset, { numRuns: 200, seed: 1 }).flatMap((ds) => ds.links ?? []);
    for (const field of ['added', 'removed', 'deadline', 'requires'] as const) expect(drawn.some((l) => l[field] !== undefined)).toBe(true);
  });

  it('is deterministic, total, and explains every bill', () => {
    fc.assert(
      fc.property(
        arbDataset.chain((ds) =>
          fc.tuple(fc.constant(ds), arbAssumptions(ds), fc.option(fc.constantFrom('2020-03-01', '2021-01-01'), { nil: undefined })),
        ),
        ([ds, assumptions, asOf]) => {
          const a = evaluate(ds, { assumptions, asOf });
          const b = evaluate(structuredClone(ds), { assumptions, asOf });
          expect(a.outcomes).toEqual(b.outcomes);
          const record = evaluate(ds, { assumptions: {}, asOf });
          const said = [
            ...ds.bills.map((bl) => explain(a, bl.id).sentence),
            tellStory(a, record),
            ...suggestQuestions(record).map((q) => q.text),
          ];
          // Every sentence is whole, short and plain, whatever the shape of the data.
          for (const s of said) expect(s).toMatch(/^[A-Z][^]{0,400}[.?]$/);
          for (const s of said) expect(s).not.toMatch(/undefined|NaN|in doubt|\s,|\s\s|,\s*\./);
        },
      ),
    );
  });

  it('never says enacted for a bill whose condition in force failed', () => {
    fc.assert(
      fc.property(
        arbDataset.chain((ds) => fc.tuple(fc.constant(ds), arbAssumptions(ds))),
        ([ds, assumptions]) => {
          const ev = evaluate(ds, { assumptions });
          const { outcomes } = ev;
          // What the condition reads of a target: its own fate (asking for enactment) or its outcome.
          const reads = (l: Link, t: string) => (l.requires === 'enactment' ? ev.own[ds.bills.findIndex((b) => b.id === t)] : outcomes[t]);
          for (const l of ds.links ?? []) {
            if (l.kind !== 'contingent-enactment' && l.kind !== 'tie-bar') continue;
            if (l.removed) continue; // no longer in force after the last event
            if (l.to.some((t) => reads(l, t) === 'failed' || reads(l, t) === 'inoperative')) {
              expect(['failed', 'inoperative']).toContain(outcomes[l.from]);
            }
            if (outcomes[l.from] === 'enacted') for (const t of l.to) expect(reads(l, t)).toBe('enacted');
          }
        },
      ),
    );
  });

  it('assumptions only change bills that depend on the assumed ones', () => {
    fc.assert(
      fc.property(
        arbDataset.chain((ds) => fc.tuple(fc.constant(ds), arbAssumptions(ds))),
        ([ds, assumptions]) => {
          const record = evaluate(ds, { assumptions: {} }).outcomes;
          const what = evaluate(ds, { assumptions }).outcomes;
          const free = dependentsOf(ds, new Set(Object.keys(assumptions)));
          for (const b of ds.bills) if (!free.has(b.id)) expect(what[b.id]).toBe(record[b.id]);
        },
      ),
    );
  });
});

describe('validation properties', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = validateDataset(value);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(typeof parseDatasetText(text).ok).toBe('boolean');
      }),
    );
  });

  it('never throws on mutated datasets (a field replaced by anything), and a refusal names that field', () => {
    fc.assert(
      fc.property(
        arbDataset,
        fc.constantFrom('bills', 'links', 'sources', 'id', 'title', 'positions'),
        fc.jsonValue(),
        (ds, key, value) => {
          const r = validateDataset({ ...structuredClone(ds), [key]: value });
          // The field itself, somewhere inside it, or (for `sources`) the citations it no longer answers.
          const names = (p: string) =>
            p === key || p.startsWith(`${key}.`) || p.startsWith(`${key}[`) || (key === 'sources' && /\.sources\[\d+\]$/.test(p));
          if (!r.ok) expect(r.errors.map((e) => e.path).some(names)).toBe(true);
        },
      ),
    );
  });

  it('refuses a field of the wrong type, with its path', () => {
    const wrong: Record<string, (v: unknown) => boolean> = {
      bills: (v) => !Array.isArray(v),
      links: (v) => !Array.isArray(v),
      positions: (v) => !Array.isArray(v),
      sources: (v) => v === null || typeof v !== 'object' || Array.isArray(v),
      id: (v) => typeof v !== 'string',
      title: (v) => typeof v !== 'string',
    };
    fc.assert(
      fc.property(
        arbDataset,
        fc.constantFrom(...Object.keys(wrong)).chain((key) => fc.tuple(fc.constant(key), fc.jsonValue().filter(wrong[key]))),
        (ds, [key, value]) => {
          const r = validateDataset({ ...structuredClone(ds), [key]: value });
          expect(r.ok).toBe(false);
          // The field itself, or a hostile key inside it (the guard names `links.prototype`).
          // The field itself, somewhere inside it, or (for `sources`) the citations it no longer answers.
          const names = (p: string) =>
            p === key || p.startsWith(`${key}.`) || p.startsWith(`${key}[`) || (key === 'sources' && /\.sources\[\d+\]$/.test(p));
          if (!r.ok) expect(r.errors.map((e) => e.path).some(names)).toBe(true);
        },
      ),
    );
  });

  it('every valid dataset survives export -> import unchanged', () => {
    fc.assert(
      fc.property(arbDataset, (ds) => {
        const r = parseDatasetText(JSON.stringify(ds));
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.dataset).toEqual(ds);
      }),
    );
  });
});
