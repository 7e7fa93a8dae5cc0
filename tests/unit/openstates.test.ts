import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { importOpenStates } from '../../src/ingest/openstates';
import { formatProblem, validateDataset } from '../../src/model';
import { evaluate } from '../../src/engine';

const DIR = 'tests/fixtures/openstates';
const fixtures = () =>
  readdirSync(DIR)
    .filter((f) => f !== 'README.md')
    .map((name) => ({ name, text: readFileSync(`${DIR}/${name}`, 'utf8') }));

describe('importOpenStates', () => {
  const { dataset, report } = importOpenStates(fixtures());

  it('produces a valid dataset from API v3 bills, result lists and bulk files', () => {
    const r = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(r.ok ? [] : r.errors.map(formatProblem)).toEqual([]);
    expect(dataset.bills.map((b) => b.label)).toEqual(['AB 392', 'SB 230', 'SB 1', 'HB 4138', 'HB 4773', 'AB 931']);
    expect(report).toMatchObject({ files: 8, bills: 6, skipped: 4, detected: 2, unresolved: [] });
  });

  it('maps actions, votes and sponsors', () => {
    const ab392 = dataset.bills.find((b) => b.id === 'ab392')!;
    expect(ab392.events!.map((e) => [e.date, e.type])).toEqual([
      ['2019-02-06', 'introduced'],
      ['2019-05-29', 'passed'],
      ['2019-05-29', 'floor-vote'],
      ['2019-07-08', 'passed'],
      ['2019-08-19', 'signed'],
    ]);
    expect(ab392.events![2].tallies).toEqual([{ yes: 67, no: 0, notVoting: 13, sources: ['os-ab392'] }]);
    expect(ab392.authors).toEqual(['Weber', 'McCarty']);
    expect(dataset.positions).toContainEqual({
      stakeholder: 'sponsor-caballero',
      target: 'sb230',
      stance: 'sponsor',
      sources: ['os-sb230'],
    });
    expect(dataset.sources['os-ab392'].url).toBe('https://openstates.org/ca/bills/20192020/AB392/');
  });

  it('turns related bills into loose links and clauses in the text into typed links', () => {
    expect(dataset.links).toContainEqual({
      id: 'rel-ab392-ab931-0',
      kind: 'prior-session',
      from: 'ab392',
      to: ['ab931'],
      sources: ['os-ab392'],
    });
    const tie = dataset.links!.find((l) => l.from === 'sb230')!;
    expect(tie).toMatchObject({ kind: 'contingent-enactment', to: ['ab392'], clauseVerified: true });
    expect(tie.clause).toBe(
      'This bill would also make its provisions operative contingent on the enactment of Assembly Bill 392 of the 2019-20 Regular Session.',
    );
    expect(dataset.links!.find((l) => l.from === 'hb4138')).toMatchObject({ kind: 'tie-bar', to: ['hb4773'] });
    expect(evaluate(dataset, { assumptions: { ab392: 'failed' } }).outcomes.sb230).toBe('inoperative');
  });

  it('reports every bad record by file and JSON path, and skips it', () => {
    expect(report.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([
      'broken.json: : not valid JSON: Expected double-quoted property name in JSON at position 23',
      'malformed.json: [0]: a bill must be a JSON object',
      'malformed.json: [1].identifier: missing: every bill needs its identifier (e.g. "AB 392")',
      'malformed.json: [2].actions[0].date: "yesterday" is not a date; action skipped',
      'malformed.json: [3].identifier: "AB 392" appears twice; kept the first',
      'AB392.json: related_bills[1]: related bill "AB 9999" is not among the imported bills; relation skipped',
    ]);
    expect(dataset.sources).not.toHaveProperty('os-sb1');
  });

  it('reports clause references to bills that were not imported', () => {
    const r = importOpenStates([
      { name: 'a.json', text: JSON.stringify({ identifier: 'SB 5', title: 'Five' }) },
      { name: 'SB5.txt', text: 'This act shall become operative only if Assembly Bill 77 of the 2019–20 Regular Session is enacted.' },
    ]);
    expect(r.report.unresolved).toEqual([{ bill: 'SB 5', ref: 'AB 77' }]);
    expect(r.dataset.links).toBeUndefined();
  });

  it('never throws and always yields a valid dataset, whatever the records hold', () => {
    const record = fc.record(
      {
        identifier: fc.oneof(fc.constantFrom('AB 1', 'SB 2', 'HB 3', 'H.B. 4'), fc.string({ maxLength: 10 })),
        title: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('A title')),
        actions: fc.array(
          fc.record({
            date: fc.oneof(fc.constant('2020-01-02'), fc.string({ maxLength: 12 })),
            description: fc.string(),
            classification: fc.array(fc.constantFrom('passage', 'executive-signature', 'x')),
          }),
        ),
        related_bills: fc.array(fc.record({ identifier: fc.constantFrom('AB 1', 'SB 2', 'XY'), relation_type: fc.string() })),
        sources: fc.array(fc.record({ url: fc.oneof(fc.webUrl(), fc.string()) })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(record, fc.jsonValue()), { maxLength: 6 }), (records) => {
        const { dataset } = importOpenStates([{ name: 'x.json', text: JSON.stringify(records) }]);
        const r = validateDataset(JSON.parse(JSON.stringify(dataset)));
        if (dataset.bills.length > 0) expect(r.ok ? [] : r.errors.map(formatProblem)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
