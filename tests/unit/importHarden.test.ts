/** The Open States importer on long, odd, bad and large input: valid ids, skipped records, clear limits. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importOpenStates, htmlToText } from '../../src/ingest/openstates';
import { ID_PATTERN, IdMaker, RESERVED_NAMES, SOURCE_ID_PATTERN, formatProblem, safeId, validateDataset } from '../../src/model';

const bill = (identifier: string, extra: object = {}) => ({
  identifier,
  title: `Bill ${identifier}`,
  sources: [{ url: 'https://example.org/b' }],
  ...extra,
});
const problems = (r: ReturnType<typeof importOpenStates>) => r.report.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
const errorsOf = (r: ReturnType<typeof importOpenStates>) => {
  const v = validateDataset(JSON.parse(JSON.stringify(r.dataset)));
  return v.ok ? [] : v.errors.map(formatProblem);
};

describe('safeId', () => {
  const odd = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.constantFrom(...RESERVED_NAMES, '', '---', 'ÅB 392', 'x'.repeat(500), '\u200B', 'AB\u202E392'),
  );

  it('always makes an id the schema accepts, and a source id within 32 characters', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(odd, fc.integer()), { minLength: 1, maxLength: 4 }), (parts) => {
        const id = safeId(parts);
        expect(id).toMatch(ID_PATTERN);
        expect(RESERVED_NAMES.has(id)).toBe(false);
        expect(safeId(parts, 32)).toMatch(SOURCE_ID_PATTERN);
        expect(safeId(parts)).toBe(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps long inputs apart, and IdMaker never hands out the same id twice', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 70, maxLength: 200 }), { minLength: 2, maxLength: 20 }), (names) => {
        const maker = new IdMaker();
        const ids = names.map((n) => maker.make(['rel', n, n]));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(ID_PATTERN);
      }),
      { numRuns: 300 },
    );
  });

  it('an import of bills with long, odd identifiers and relations between them is valid', () => {
    const long = (c: string) => `${c.repeat(55)} ${c}`;
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 60 }), { minLength: 2, maxLength: 6 }), (names) => {
        const idents = names.map((n, i) => `${n}${i}`);
        const records = idents.map((ident, i) => bill(ident, { related_bills: [{ identifier: idents[(i + 1) % idents.length] }] }));
        const r = importOpenStates([{ name: 'x.json', text: JSON.stringify(records) }]);
        if (r.dataset.bills.length > 0) expect(errorsOf(r)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    const r = importOpenStates([
      { name: 'x.json', text: JSON.stringify([bill(long('a'), { related_bills: [{ identifier: long('b') }] }), bill(long('b'))]) },
    ]);
    expect(errorsOf(r)).toEqual([]);
    expect(r.dataset.links).toHaveLength(1);
    expect(r.dataset.links![0].id.length).toBeLessThanOrEqual(64);
  });

  it('a bill numbered "constructor" gets an id that works', () => {
    const r = importOpenStates([{ name: 'x.json', text: JSON.stringify([bill('constructor'), bill('prototype')]) }]);
    expect(errorsOf(r)).toEqual([]);
    expect(r.dataset.bills.map((b) => b.id)).toEqual(['constructor-id', 'prototype-id']);
  });
});

describe('bad records are skipped and reported, never fatal to the rest', () => {
  it('a vote with a negative count is skipped with its path; the bill and the rest are kept', () => {
    const votes = [
      {
        start_date: '2020-05-01',
        counts: [
          { option: 'yes', value: 40 },
          { option: 'not voting', value: -3 },
        ],
      },
      {
        start_date: '2020-05-02',
        counts: [
          { option: 'yes', value: 41 },
          { option: 'no', value: 2 },
        ],
      },
    ];
    const r = importOpenStates([{ name: 'v.json', text: JSON.stringify({ results: [bill('AB 1', { votes }), bill('AB 2')] }) }]);
    expect(errorsOf(r)).toEqual([]);
    expect(r.report.fatal).toBeUndefined();
    expect(r.dataset.bills).toHaveLength(2);
    expect(problems(r)).toEqual(['v.json: results[0].votes[0].counts[1].value: -3 is not a count from 0 to 10,000; vote skipped']);
    expect(r.dataset.bills[0].events?.[0].tallies).toEqual([{ yes: 41, no: 2, sources: ['os-ab1'] }]);
  });

  it('a file that is not JSON is reported as such, and no bills at all is said plainly', () => {
    const r = importOpenStates([{ name: 'bad.json', text: '{"identifier": "AB 1",' }]);
    expect(problems(r)[0]).toMatch(/^bad\.json: : not valid JSON: /);
    expect(r.report.fatal).toBe('no bill could be imported from this file (the problems are listed)');
  });

  it('a record whose label is invisible is skipped with its file and path; the others stay', () => {
    const r = importOpenStates([{ name: 'z.json', text: JSON.stringify([bill('AB 1'), { identifier: '\u200B\u200B', title: 'Ghost' }]) }]);
    expect(errorsOf(r)).toEqual([]);
    expect(r.dataset.bills.map((b) => b.id)).toEqual(['ab1']);
    expect(problems(r)).toEqual([
      'z.json: [1]: the imported bill label: label is made only of invisible characters; write a visible label; record skipped',
    ]);
  });

  it('bidi overrides are dropped from imported text', () => {
    const r = importOpenStates([{ name: 'b.json', text: JSON.stringify([bill('AB 1', { title: 'Safe \u202Etxet' })]) }]);
    expect(r.dataset.bills[0].title).toBe('Safe txet');
  });

  it('a UTF-8 BOM at the start of a file is ignored', () => {
    const r = importOpenStates([{ name: 'b.json', text: `\uFEFF${JSON.stringify([bill('AB 1')])}` }]);
    expect(r.dataset.bills).toHaveLength(1);
  });
});

describe('size', () => {
  it('more bills than a dataset holds is refused in words, before any work', () => {
    const records = Array.from({ length: 50_001 }, (_, i) => ({ identifier: `AB ${i}`, title: 'T' }));
    const r = importOpenStates([{ name: 'big.json', text: JSON.stringify(records) }]);
    expect(r.report.fatal).toBe(
      'the files hold 50,001 bill records, more than one dataset holds (at most 50,000 bills): import fewer files at a time, e.g. one session',
    );
  });
});

describe('htmlToText', () => {
  it('drops tags and scripts, keeps unclosed "<" as text', () => {
    expect(htmlToText('<p>Section 1.</p><script>x<y</script>Bill &amp; text<br>next')).toBe(' Section 1.\n Bill & text\nnext');
    expect(htmlToText('<'.repeat(100_000))).toBe('<'.repeat(100_000));
    expect(htmlToText(`a <script>${'<'.repeat(1000)}`)).toBe(`a ${'<'.repeat(1000)}`);
    expect(htmlToText('a <> b < c')).toBe('a <> b < c');
  });
});
