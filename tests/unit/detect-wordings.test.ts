import { describe, expect, it } from 'vitest';
import { confidenceClass, detectClauses } from '../../src/ingest/detect';
import { readingView } from '../../src/ingest/readingView';

// Short clauses from real texts (tests/fixtures/README.md lists the sources):
// - NY: New York Assembly bills of 2023-24 in ../shared/data/ny-2023-assembly (file named per case).
// - MI_SJR: Michigan SB 75 of 2023 as introduced (legislature.mi.gov, 2023-SIB-0075), enacting section 1.
// - MI_BLANK: the Michigan draft form with the resolution left blank (issue 15's example).
// - CA_SCA: the California form for a tie to a constitutional amendment (issue 15's example, with a number).
const NY_A1000 = ` § 4. This act shall take effect immediately; provided, however, that
 sections one and two of this act shall take effect on the same date  and
 in  the  same manner as a chapter of the laws of 2022 amending the labor
 law relating to establishing the warehouse  worker  protection  act,  as
 proposed  in  legislative  bills numbers S. 8922-A and A. 10020-A, takes
 effect.`;
// A8483: the sentence runs over a page break (running header "A. 8483  4") and a hyphenated line end.
const NY_A8483 = ` § 3. This act shall take effect immediately; provided, however, that section one of this act shall take effect on the same date and in the same manner as a chapter of the laws of 2023 amending the executive law relating to standards for  establishing  and  maintaining  an  emergency
 evacuation plan for individuals with disabilities, as proposed in legis-
 A. 8483  4
 
 lative bills numbers S. 264-A and A. 6291-A, takes effect.`;
// A5056: tied to a concurrent resolution amending the constitution, named by its bill numbers.
const NY_A5056 = ` § 3. This act shall take effect on the effective date of the amendments to the constitution contained in the concurrent resolution entitled "CONCURRENT RESOLUTION OF THE SENATE AND THE ASSEMBLY proposing an amendment to section 5 of article 8 of the constitution, in relation to the exclusion of indebtedness contracted for sewage facilities" as proposed in legislative bills numbers S. 4597 and A. 3776 takes effect, in accordance with article 19 of the constitution.`;
// A9737: the chapter-amendment wording sits inside the quoted text of another law being amended.
const NY_A9737 = ` Section 1. Section 13 of chapter 18 of the laws of 2020 authorizing the commissioner of education to appoint a monitor, is amended to read as follows: § 13. This act shall take effect immediately, provided however: Section one of this act shall take effect on the same date as a chapter of the laws of 2019, authorizing the commissioner of education to appoint a monitor, as proposed in legislative bills numbers S.6588-A and A.8422-A, takes effect. § 2. This act shall take effect immediately.`;
const MI_SJR =
  'Enacting section 1. This act does not take effect unless Senate Joint Resolution B of the 102nd Legislature becomes a part of the state constitution of 1963 as provided in section 1 of article XII of the state constitution of 1963.';
const MI_BLANK =
  'Enacting section 1. This amendatory act does not take effect unless Senate Joint Resolution ___ of the 100th Legislature becomes a part of the state constitution of 1963 as provided in section 1 of article XII of the state constitution of 1963.';
const CA_SCA =
  'SEC. 5. This act shall become operative only if Senate Constitutional Amendment No. 7 of the 2023–24 Regular Session is approved by the voters.';

describe('detect: wordings from real texts', () => {
  it("finds New York's chapter amendment with its bills, versions and chapter year", () => {
    const [d, ...rest] = detectClauses(NY_A1000);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ kind: 'contingent-enactment', confidence: 0.9 });
    expect(d.targets).toMatchObject([
      { id: 's8922', label: 'S 8922-A', version: 'A', chapterYear: 2022, kind: 'bill' },
      { id: 'a10020', label: 'A 10020-A', version: 'A', chapterYear: 2022, kind: 'bill' },
    ]);
    expect(d.clause).toMatch(/^provided, however, that\s+sections one and two .* takes\s+effect\.$/s);
    for (const t of d.targets) expect(NY_A1000.slice(t.start, t.end)).toMatch(/^[AS]\. \d+-A$/);
  });

  it('reads across a page header and a hyphenated line end, quoting the text as printed', () => {
    const [d] = detectClauses(NY_A8483);
    expect(d.targets.map((t) => t.label)).toEqual(['S 264-A', 'A 6291-A']);
    expect(d.clause).toContain('legis-\n A. 8483  4\n \n lative');
    expect(NY_A8483.slice(d.start, d.end)).toBe(d.clause);
  });

  it('finds a New York tie to a constitutional amendment named by its bill numbers', () => {
    const [d] = detectClauses(NY_A5056);
    expect(d.targets).toMatchObject([
      { id: 's4597', kind: 'constitutional-amendment' },
      { id: 'a3776', kind: 'constitutional-amendment' },
    ]);
  });

  it("leaves a tie quoted from another law being amended alone (that law's tie, not this bill's)", () => {
    expect(detectClauses(NY_A9737)).toEqual([]);
  });

  it('finds a Michigan tie to a joint resolution named by letter, as a constitutional amendment', () => {
    const [d] = detectClauses(MI_SJR);
    expect(d).toMatchObject({ kind: 'tie-bar', confidence: 0.95 });
    expect(d.targets).toMatchObject([{ id: 'sjrb', label: 'SJR B', kind: 'constitutional-amendment' }]);
  });

  it('reports a resolution left blank in the low-confidence class, with nothing to link', () => {
    const [d] = detectClauses(MI_BLANK);
    expect(d.targets).toEqual([]);
    expect(d.unnamed).toEqual(['Senate Joint Resolution ___']);
    expect(confidenceClass(d.confidence)).toBe('low');
  });

  it('finds a California tie to a constitutional amendment', () => {
    const [d] = detectClauses(CA_SCA);
    expect(d.targets).toMatchObject([{ id: 'sca7', label: 'SCA 7', kind: 'constitutional-amendment' }]);
  });

  it.each([
    [
      'a federal waiver (A10130)',
      ' § 2. This act shall take effect immediately; provided that section one of this act shall take effect only upon the occurrence of the waiver or authorization from the federal government provided for in such section.',
    ],
    [
      'a vote (A10393)',
      ' § 2. This act shall take effect immediately, provided that the provisions of section one of this act shall not take effect unless and until this act shall have been submitted to the people at the general election to be held in November, 2024.',
    ],
    [
      'New Jersey (A912)',
      ' § 2. This act shall take effect upon the enactment into law by the state of New Jersey of legislation having an identical effect with this act.',
    ],
    [
      'an enacted chapter (A3105)',
      ' § 2. This act shall take effect on the same date and in the same manner as chapter 623 of the laws of 2022 takes effect.',
    ],
    [
      'a chapter amended by bill numbers (A1000, section 1)',
      ' Section 1. Sections 780 and 781 of the labor law, as added by a chapter of the laws of 2022, as proposed in legislative bills numbers S. 8922-A and A. 10020-A, are amended to read as follows:',
    ],
    ['a running header alone (A. 1000  6)', 'the penalty, the commissioner shall\n A. 1000  6\n \n of the employer'],
  ])('leaves a condition that ties to no bill alone: %s', (_, text) => {
    expect(detectClauses(text)).toEqual([]);
  });
});

describe('reading view', () => {
  it('maps every view character back to the printed text', () => {
    const v = readingView(NY_A8483);
    expect(v.text).toContain('as proposed in legislative bills numbers S. 264-A');
    expect(v.text).not.toContain('8483  4');
    for (let i = 0; i < v.text.length; i++) if (!/\s/.test(v.text[i])) expect(NY_A8483[v.at[i]]).toBe(v.text[i]);
  });
});
