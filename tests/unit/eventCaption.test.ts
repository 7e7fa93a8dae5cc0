import { describe, expect, it } from 'vitest';
import { eventCaption } from '../../src/engine/words/captions';

describe("an event's caption", () => {
  it.each([
    ['a date that is the event own, US style', 'Pocket Veto 01/05/2021', '2021-01-05', 'SB 1138: Pocket Veto'],
    ['without leading zeros', 'Bill Electronically Reproduced 2/5/2020', '2020-02-05', 'SB 1138: Bill Electronically Reproduced'],
    ['in ISO style, with a full stop', 'Returned to the Senate 2020-12-30.', '2020-12-30', 'SB 1138: Returned to the Senate'],
    ['another date is kept: it says something', 'Vetoed; effective 01/05/2021', '2020-12-30', 'SB 1138: Vetoed; effective 01/05/2021'],
    ['a date inside the words is kept', 'Passed 01/05/2021 by 20 votes', '2021-01-05', 'SB 1138: Passed 01/05/2021 by 20 votes'],
    ['words with no date', 'Passed the Senate', '2021-01-05', 'SB 1138: Passed the Senate'],
    ['a date alone is kept (nothing else to say)', '01/05/2021', '2021-01-05', 'SB 1138: 01/05/2021'],
  ])('%s', (_, description, date, caption) => {
    expect(eventCaption('SB 1138', description, date)).toBe(caption);
  });

  it('with no date given, is the words as the source has them', () => {
    expect(eventCaption('SB 1138', 'Pocket Veto 01/05/2021')).toBe('SB 1138: Pocket Veto 01/05/2021');
  });
});
