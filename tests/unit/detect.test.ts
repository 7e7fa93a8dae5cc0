import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectClauses } from '../../src/ingest/detect';
import { findBillRefs, normaliseIdentifier } from '../../src/ingest/billRefs';

// Real clause wordings, with where they were read:
// - CA1, CA2, DJ1: californiaglobe.com/articles/a-better-approach-to-contingent-enactment-language/
//   (Chris Micheli, 2025-10-08), quoting a 2023 bill, a 2025 bill and a double-jointing section;
//   DJ1's conditions are truncated there and completed with the standard wording quoted in
//   shared/facts/link-mechanics.md ("(1) both bills are enacted ... (3) this bill is enacted after").
// - SB230: the chaptered digest of SB 230 (scribd.com/document/642056110, S23 in shared/facts).
// - MI1: the Michigan enacting-section form in shared/facts/link-mechanics.md.
// - MD1: a Maryland drafting manual example (1library.net, "double drafting").
const CA1 =
  'This act shall become operative only if Assembly Bill 39 of the 2023–24 Regular Session is enacted and takes effect on or before January 1, 2024.';
const CA2 =
  'This act shall become operative only if Assembly Bill 715 of the 2025–26 Regular Session is enacted and becomes effective on or before January 1, 2026.';
const DJ1 =
  'Section 1.5 of this bill incorporates amendments to Section 45500 of the Education Code proposed by this bill, Assembly Bill 147, and Senate Bill 147. That section of this bill shall only become operative if (1) this bill and either Assembly Bill 147 or Senate Bill 147 are enacted and become effective on or before January 1, 2026, (2) each bill amends Section 45500 of the Education Code, and (3) this bill is enacted after Assembly Bill 147 or Senate Bill 147, in which case Section 1 of this bill shall not become operative.';
const SB230 =
  'This bill would also make its provisions operative contingent on the enactment of Assembly Bill 392 of the 2019-20 Regular Session.';
const MI1 =
  'Enacting section 1. This amendatory act does not take effect unless all of the following bills of the 93rd Legislature are enacted into law:\n(a) House Bill No. 4773.\n(b) Senate Bill No. 12.\n';
const MD1 =
  'SECTION 3. AND BE IT FURTHER ENACTED, That Section 2 of this Act shall take effect on the taking effect of Chapter ___ (S.B. 1) of the Acts of the General Assembly of 1994.';

describe('detectClauses: real wordings', () => {
  it.each([
    ['CA 2023 contingent enactment', `SEC. 7. ${CA1}`, 'contingent-enactment', ['ab39'], { deadline: '2024-01-01' }],
    ['CA 2025 contingent enactment', CA2, 'contingent-enactment', ['ab715'], { deadline: '2026-01-01' }],
    ['SB 230 digest', SB230, 'contingent-enactment', ['ab392'], {}],
    ['Michigan tie-bar to a group: it asks that they be enacted', MI1, 'tie-bar', ['hb4773', 'sb12'], { requires: 'enactment' }],
    ['double-jointing', `SEC. 4. ${DJ1}`, 'double-joint', ['ab147', 'sb147'], { section: 'Education Code 45500', order: 'after' }],
    ['Maryland "on the taking effect of"', MD1, 'contingent-enactment', ['sb1'], {}],
  ])('%s', (_, text, kind, targets, extra) => {
    const [d, ...rest] = detectClauses(text);
    expect(rest).toEqual([]);
    expect(d.kind).toBe(kind);
    expect(d.targets.map((t) => t.id)).toEqual(targets);
    expect(d).toMatchObject(extra);
    expect(text.slice(d.start, d.end)).toBe(d.clause);
    expect(d.confidence).toBeGreaterThan(0.5);
  });

  it('a California contingency asks that its bill take effect: it carries no enactment-only requirement', () => {
    for (const text of [CA1, CA2, SB230]) expect(detectClauses(text)[0]).not.toHaveProperty('requires');
  });

  it('finds contingencies on constitutional amendments and budget acts', () => {
    const [aca] = detectClauses(
      'This act shall become operative only if Assembly Constitutional Amendment 5 of the 2019–20 Regular Session is approved by the voters.',
    );
    expect(aca.targets).toMatchObject([{ id: 'aca5', label: 'ACA 5', kind: 'constitutional-amendment' }]);
    const [budget] = detectClauses(
      'This act shall become operative only upon the enactment of the Budget Act of 2020 that appropriates funds for its purposes.',
    );
    expect(budget.targets).toMatchObject([{ id: 'budget-act-2020', kind: 'budget-act' }]);
  });

  it('finds several clauses in one text, in order, and leaves the bill itself out', () => {
    const text = `SEC. 1. Some law. SEC. 2. ${SB230} SEC. 3. ${MI1}`;
    const found = detectClauses(text, 'sb12');
    expect(found.map((d) => d.kind)).toEqual(['contingent-enactment', 'tie-bar']);
    expect(found[1].targets.map((t) => t.id)).toEqual(['hb4773']);
  });

  it.each([
    'This bill is similar to Assembly Bill 931 of the 2017–18 Regular Session, which died in the Senate.',
    'Existing law, as amended by Senate Bill 230 (Chapter 285, Statutes of 2019), requires each agency to maintain a policy.',
    'This act shall become operative on January 1, 2021.',
    'The committee heard House Bill No. 4773 and Senate Bill No. 12 on the same day.',
    'This act does not take effect unless the Governor signs it.',
  ])('does not detect a mere mention: %s', (text) => {
    expect(detectClauses(text)).toEqual([]);
  });
});

describe('bill references', () => {
  it.each([
    ['Assembly Bill No. 392', 'ab392', 'AB 392'],
    ['A.B. 392', 'ab392', 'AB 392'],
    ['AB392', 'ab392', 'AB 392'],
    ['Senate Bill 230', 'sb230', 'SB 230'],
    ['S.B. 230', 'sb230', 'SB 230'],
    ['House Bill No. 4773', 'hb4773', 'HB 4773'],
    ['H.B. 4773', 'hb4773', 'HB 4773'],
    ['HB 04773', 'hb4773', 'HB 4773'],
    ['Senate Constitutional Amendment 1', 'sca1', 'SCA 1'],
    ['A.C.A. 5', 'aca5', 'ACA 5'],
  ])('%s -> %s', (text, id, label) => {
    expect(findBillRefs(text)).toMatchObject([{ id, label, start: 0, end: text.length }]);
    expect(normaliseIdentifier(text)).toBe(id);
  });
});

describe('detection properties', () => {
  it('never throws on arbitrary text, and every span points at its quoted clause', () => {
    const pieces = fc.constantFrom(CA1, CA2, DJ1, SB230, MI1, MD1, 'SEC. 2. ', 'No. ', '(a) ', 'House Bill No. 4773. ', '\n', ': ', '. ');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 40 }), pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        for (const d of detectClauses(text)) {
          expect(text.slice(d.start, d.end)).toBe(d.clause);
          for (const t of d.targets) expect(t.start >= d.start && t.end <= d.end).toBe(true);
        }
      }),
    );
  });
});
