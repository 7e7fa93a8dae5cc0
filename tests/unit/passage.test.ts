import { describe, expect, it } from 'vitest';
import { passedBothChambers } from '../../src/engine/passage';
import type { Bill } from '../../src/model/schema';

const event = (date: string, type: 'passed' | 'concurred' | 'other', body: string | undefined, description: string) => ({
  date,
  type,
  ...(body ? { body } : {}),
  description,
  sources: ['S1'],
});
const bill = (events: ReturnType<typeof event>[]) =>
  ({ id: 'hb1', label: 'HB 1', title: 'A bill', sources: ['S1'], events }) as unknown as Bill;
const house = event('2024-06-27', 'passed', 'House', 'Passed Roll Call # 268');
const senate = event('2024-12-20', 'passed', 'Senate', 'Passed Roll Call # 668');
const enrolled = event('2024-12-23', 'other', 'House', 'Bill Ordered Enrolled 12/23/2024');

describe('a bill passed by both chambers', () => {
  it('has, once a step sends it on to the Governor: on the day of its last passage', () => {
    expect(passedBothChambers(bill([house, senate, enrolled]), undefined)).toBe('2024-12-20');
    expect(
      passedBothChambers(bill([house, senate, event('2024-12-27', 'other', undefined, 'Presented To Governor 12/27/2024')]), undefined),
    ).toBe('2024-12-20');
    // California's words for it.
    expect(
      passedBothChambers(
        bill([house, senate, event('2019-08-01', 'other', 'Assembly', 'Enrolled and presented to the Governor at 3:30 p.m.')]),
        undefined,
      ),
    ).toBe('2024-12-20');
  });

  it('has not where no step sent it on: the second chamber amended it, and the first has not agreed yet', () => {
    expect(passedBothChambers(bill([house, senate]), undefined)).toBeUndefined();
  });

  it('has not where its enrolment was vacated, nor where one chamber or none is named', () => {
    expect(
      passedBothChambers(bill([house, senate, enrolled, event('2024-12-24', 'other', 'House', 'Enrollment Vacated')]), undefined),
    ).toBeUndefined();
    expect(passedBothChambers(bill([house, event('2024-07-01', 'passed', 'House', 'Passed again'), enrolled]), undefined)).toBeUndefined();
    expect(
      passedBothChambers(
        bill([event('2024-06-27', 'passed', undefined, 'Passed'), event('2024-12-20', 'passed', undefined, 'Passed'), enrolled]),
        undefined,
      ),
    ).toBeUndefined();
  });

  it('has not yet as of a day before the step that sent it on', () => {
    expect(passedBothChambers(bill([house, senate, enrolled]), '2024-12-21')).toBeUndefined();
    expect(passedBothChambers(bill([house, senate, enrolled]), '2024-12-23')).toBe('2024-12-20');
  });
});
