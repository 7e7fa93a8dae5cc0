import { describe, expect, it } from 'vitest';
import { formWords, placeWords } from '../../src/editor/problemWords';
import { bill, dataset, link } from '../fixtures/datasets';

describe("a draft's problems in a reporter's words", () => {
  const draft = dataset(
    [
      { ...bill('hb1'), label: 'HB 1' },
      { ...bill('hb2'), label: '' },
    ],
    [link('tie', 'hb1', ['hb2'])],
  );
  draft.stakeholders = [{ id: 'aclu', name: 'ACLU of California', kind: 'advocacy-group', sources: [] }];

  it.each([
    ['', 'The dataset'],
    ['title', 'Title'],
    ['bills[0].title', 'HB 1, title'],
    ['bills[1].title', 'Bill 2, title'],
    ['bills[0].events[1].date', 'HB 1, event 2, date'],
    ['bills[0].provisions[0].struck', 'HB 1, provision 1, struck on'],
    ['links[0].to[1]', 'Link 1, hangs on, measure 2'],
    ['links[0].from', 'Link 1, bill that hangs'],
    ['stakeholders[0].name', 'ACLU of California, name'],
    ['positions[2].stance', 'Position 3, stance'],
    ['sources.S1.url', 'Source S1, address'],
    ['bills[0].sources', 'HB 1, sources'],
    ['bills', 'Bills'],
    ['toString', 'To string'],
    ['bills[0].constructor', 'HB 1, constructor'],
  ])('%s reads "%s"', (path, words) => {
    expect(placeWords(path, draft)).toBe(words);
  });

  it("puts the file's hint in the form's terms", () => {
    expect(formWords('bill "hb1" cites no source (add "sources": ["S1", ...])')).toBe(
      'bill "hb1" cites no source (in its "Sources" box, paste the address under "New source address", or pick one under "Cite a source")',
    );
    expect(formWords('must not be empty')).toBe('must not be empty');
  });

  it('names the bills and people of the draft as the forms do, not by their ids', () => {
    expect(formWords('bill "hb1" cites no source (add "sources": ["S1", ...])', draft)).toBe(
      'HB 1 cites no source (in its "Sources" box, paste the address under "New source address", or pick one under "Cite a source")',
    );
    // An id the draft does not have is left as it was said.
    expect(formWords('bill "nope" cites no source', draft)).toBe('bill "nope" cites no source');
  });
});
