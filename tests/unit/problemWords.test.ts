import { describe, expect, it } from 'vitest';
import { formWords, placeWords, problemLine } from '../../src/editor/problemWords';
import { bill, dataset, link } from '../fixtures/datasets';
import { validateDataset } from '../../src/model';

describe("a draft's problems in a reporter's words", () => {
  const draft = dataset(
    [
      { ...bill('hb1'), label: 'HB 1' },
      { ...bill('hb2'), label: '' },
    ],
    [link('tie', 'hb1', ['hb2'])],
  );
  draft.stakeholders = [{ id: 'aclu', name: 'ACLU of California', kind: 'advocacy-group', sources: [] }];
  draft.positions = [{ stakeholder: 'aclu', target: 'hb1', stance: 'support', sources: [] }];
  draft.bills[0].provisions = [
    { id: 'hb1-sb-230-s-own-use-of-force-standard-penal-code-19', label: "SB 230's own use-of-force standard (Penal Code 196)" },
  ];
  draft.bills[0].events!.push({ date: '2019-04-23', type: 'amended', description: '', sources: [] });

  it.each([
    ['', 'The dataset'],
    ['title', 'Title'],
    ['bills[0].title', 'HB 1, title'],
    ['bills[1].title', 'Bill 2, title'],
    ['bills[0].events[1].date', 'HB 1, event 2, date'],
    ['bills[1].provisions[0].struck', 'Bill 2, provision 1, struck on'],
    ['links[0].to[1]', 'The contingent enactment from HB 1 to hb2, hangs on, measure 2'],
    ['links[0].from', 'The contingent enactment from HB 1 to hb2, bill that hangs'],
    ['stakeholders[0].name', 'ACLU of California, name'],
    ['positions[2].stance', 'Position 3, stance'],
    ['positions[0].stance', 'ACLU of California on HB 1, stance'],
    ['bills[0].provisions[0].label', "HB 1, provision “SB 230's own use-of-force standard…”, label"],
    ['bills[0].events[0].date', 'HB 1, event “Introduced”, date'],
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

  it('says each warning once, the fact named by its place alone, in words (an editor\'s "Show all" list)', () => {
    const validated = validateDataset(draft);
    const lines = validated.warnings.map((p) => problemLine(p, draft));
    const hint = '(in its "Sources" box, paste the address under "New source address", or pick one under "Cite a source")';
    expect(lines).toContain(`ACLU of California on HB 1: cites no source ${hint}`);
    expect(lines).toContain(`ACLU of California: cites no source ${hint}`);
    expect(lines).toContain(`HB 1, provision “SB 230's own use-of-force standard…”: cites no source ${hint}`);
    expect(lines).toContain(`HB 1, event 2: cites no source ${hint}`);
    expect(lines.join('\n')).not.toMatch(/event ""|hb1-sb-230|Position 1/);
  });

  it('names a link by what it joins, never by its place in the list ("Link 3")', () => {
    const session = dataset(
      [
        { ...bill('hb10'), label: 'HB 10' },
        { ...bill('hb11'), label: 'HB 11' },
        { ...bill('hb12'), label: 'HB 12' },
      ],
      [
        link('a', 'hb12', ['hb10'], {}, 'companion'),
        link('b', 'hb12', ['hb10', 'hb11'], { sources: [] }),
        link('t1', 'hb11', ['hb10'], {}, 'tie-bar'),
        link('t2', 'hb11', ['hb10'], { sources: [] }, 'tie-bar'),
      ],
    );
    const lines = validateDataset(session).warnings.map((p) => problemLine(p, session));
    const hint = '(in its "Sources" box, paste the address under "New source address", or pick one under "Cite a source")';
    expect(lines).toContain(`The contingent enactment from HB 12 to HB 10 and HB 11: cites no source ${hint}`);
    expect(lines).toContain(`The tie-bar from HB 11 to HB 10: cites no source ${hint}`);
    expect(lines).toContain('The tie-bar from HB 11 to HB 10: makes the same tie as a link listed before it: one of them can go');
    expect(lines.join('\n')).not.toMatch(/\bLink \d|links\[/);
    expect(placeWords('links[0].kind', session)).toBe('The companion link from HB 12 to HB 10, kind');
  });
});
