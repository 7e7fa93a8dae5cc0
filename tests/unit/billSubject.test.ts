import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUBJECT_MAX, billHeading, billHeadingBesideLabel, billSubject } from '../../src/engine/words';

describe('billSubject: what a bill is about, in a line', () => {
  it.each([
    ['Peace officers: deadly force', 'AB 392', 'Peace officers: deadly force'],
    // Michigan's titles: the record's additions and the closing action go.
    [
      "Children: services; kinship caregiver navigator program; create. Creates new act. TIE BAR WITH: HB 5443'20",
      'HB 5444',
      'Children: services; kinship caregiver navigator program',
    ],
    [
      "Liquor: spirits; definition of mixed spirit drink; modify. Amends sec. 609 of 1998 PA 58 (MCL 436.1609). TIE BAR WITH: SB 1138'20",
      'SB 1140',
      'Liquor: spirits; definition of mixed spirit drink',
    ],
    // The tie-bar marker as the importer reads it, however it is written.
    ["Taxes: income; credit for kinship care; create TIE-BAR WITH HB 4002'19", 'HB 4001', 'Taxes: income; credit for kinship care'],
    ["Taxes: income; credit for kinship care; create. Tiebarred with: HB 4002'19", 'HB 4001', 'Taxes: income; credit for kinship care'],
    // Two parts keep both: the second is the subject, not an action.
    ['Gaming; other; sports betting act', 'SB 664', 'Gaming; other; sports betting act'],
    // A title that is only the number says nothing more.
    ['HB 5444', 'HB 5444', undefined],
    ['  ', 'HB 1', undefined],
  ])('%s', (title, label, subject) => {
    expect(billSubject(title, label)).toBe(subject);
  });

  it(`cuts a long subject at a word, within ${SUBJECT_MAX} characters, and marks the cut`, () => {
    const s = billSubject(
      'Townships: charter; public notice provided under the charter township act; revise to make reference to the local government public notice act. Amends secs. 3a & 8 of 1947 PA 359.',
      'HB 6334',
    )!;
    expect(s).toBe('Townships: charter; public notice provided under the charter township act…');
    expect(s.length).toBeLessThanOrEqual(SUBJECT_MAX + 1);
  });

  it('never ends a cut on a small word, those a source name leaves out among them ("is")', () => {
    expect(billSubject(`Taxes: the rate of the state income tax that applies to wages of workers is ${'x'.repeat(30)}`, 'HB 1')).toBe(
      'Taxes: the rate of the state income tax that applies to wages of workers…',
    );
  });

  it('on both real Michigan sessions, never stops at an initial or an abbreviation, nor ends a cut on a small word', () => {
    for (const id of ['mi-2019-2020', 'mi-2023-2024']) {
      const bills = (JSON.parse(readFileSync(`public/data/${id}.json`, 'utf8')) as { bills: Array<{ label: string; title: string }> })
        .bills;
      for (const b of bills) {
        const s = billSubject(b.title, b.label);
        if (!s) continue;
        // Uncut, a subject ends where the record's own words end or its additions begin.
        if (!s.endsWith('…'))
          expect(b.title.slice(s.length), `${b.label}: ${s}`).not.toMatch(
            /^\.\s+(?!(Amends|Creates|Repeals|Implements|Provides|Adds|Modifies|Appropriates|Makes|Establishes)\b)[A-Z]/,
          );
        expect(s, b.label).not.toMatch(/\s(of|the|to|and|or|a|an|in|for)…$/i);
      }
    }
    expect(billSubject('A resolution directing the impeachment of Gretchen E. Whitmer, Governor of Michigan.', 'HR 324')).toBe(
      'A resolution directing the impeachment of Gretchen E. Whitmer, Governor…',
    );
  });
});

describe('billHeading: what heads a bill (its details, its row in the bills table)', () => {
  it.each([
    // The subject, where it says less than the title.
    [
      "Children: services; kinship caregiver navigator program; create. Creates new act. TIE BAR WITH: HB 5443'20",
      'HB 5444',
      'Children: services; kinship caregiver navigator program',
    ],
    // The title whole, stop and all, where the subject is the title but for its stop, or says nothing.
    ['Peace officers: deadly force.', 'AB 392', 'Peace officers: deadly force.'],
    ['HB 5444', 'HB 5444', 'HB 5444'],
  ])('%s', (title, label, heading) => {
    expect(billHeading(title, label)).toBe(heading);
  });
});

describe("billHeadingBesideLabel: what heads a bill's reason under its number (the embed's table)", () => {
  it.each([
    [
      "Children: services; kinship caregiver navigator program; create. Creates new act. TIE BAR WITH: HB 5443'20",
      'HB 5444',
      'Children: services; kinship caregiver navigator program',
    ],
    ['Peace officers: deadly force.', 'AB 392', 'Peace officers: deadly force.'],
    // Its number said again under it: nothing.
    ['HB 5444', 'HB 5444', undefined],
    ['HB 5444.', 'HB 5444', undefined],
  ])('%s', (title, label, heading) => {
    expect(billHeadingBesideLabel(title, label)).toBe(heading);
  });
});
