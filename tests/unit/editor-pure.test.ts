import { describe, expect, it } from 'vitest';
import { fieldId, placeOf, problemsAt, problemsOfItem } from '../../src/editor/fieldProblems';
import type { FieldProblem } from '../../src/editor/fieldProblems';
import { clausePieces, proposeTies } from '../../src/editor/detectedTies';
import { checkDraft } from '../../src/editor/checkDraft';
import { undoKey } from '../../src/editor/useUndoKeys';
import { addBill, newDraft, setIn } from '../../src/model/edit';
import { sourceChoices, sourceName } from '../../src/editor/choices';

const DIGEST =
  'This bill would also make its provisions operative contingent on the enactment of Assembly Bill 392 of the 2019-20 Regular Session.';

describe('problems at their fields', () => {
  const problems: FieldProblem[] = [
    { path: 'links[0].to[1]', message: 'unknown bill', level: 'error' },
    { path: 'links[0]', message: 'link "x" cites no source', level: 'warning' },
    { path: 'links[10].to', message: 'other link', level: 'error' },
    { path: 'title', message: 'must not be empty', level: 'error' },
  ];
  it('a field holds the problems at its path and inside it, not at a sibling with a longer index', () => {
    expect(problemsAt(problems, ['links', 0, 'to']).map((p) => p.message)).toEqual(['unknown bill']);
    expect(problemsAt(problems, ['links', 1, 'to'])).toEqual([]);
    expect(problemsOfItem(problems, ['links', 0]).map((p) => p.message)).toEqual(['link "x" cites no source']);
    expect(problemsAt(problems, ['title'])).toHaveLength(1);
  });
  it('ids are valid DOM ids', () => {
    expect(fieldId(['bills', 0, 'events', 2, 'date'])).toBe('ed-bills-0-events-2-date');
    expect(fieldId(['sources', 'S1', 'url'])).toBe('ed-sources-S1-url');
  });
  it('a problem leads to its tab and item', () => {
    expect(placeOf('bills[3].events[0].date')).toEqual({ tab: 'bills', index: 3 });
    expect(placeOf('positions[2].target')).toEqual({ tab: 'people', index: 2 });
    expect(placeOf('sources.S1.url')).toEqual({ tab: 'sources' });
    expect(placeOf('')).toEqual({ tab: 'dataset' });
  });
  it('a draft is checked by the same validation as a file, every problem with its path', () => {
    const [draft] = addBill(newDraft(''), 'AB 392');
    const { problems, dataset } = checkDraft(draft);
    expect(dataset).toBeNull();
    expect(problems.filter((p) => p.level === 'error').map((p) => p.path)).toEqual(['title', 'bills[0].title']);
    const fixed = checkDraft(setIn(setIn(draft, ['title'], 'T'), ['bills', 0, 'title'], 'Deadly force'));
    expect(fixed.dataset?.bills[0].title).toBe('Deadly force');
    expect(fixed.problems.every((p) => p.level === 'warning')).toBe(true);
  });
});

describe('ties from pasted text', () => {
  it("SB 230's digest proposes its tie to AB 392, the reference marked inside the quoted clause", () => {
    const [draft] = addBill(newDraft('t'), 'SB 230', 'x');
    const text = `Existing law... ${DIGEST} More text.`;
    const [p] = proposeTies(draft, 'sb230', text);
    expect(p.tie).toMatchObject({ kind: 'contingent-enactment', targets: [{ id: 'ab392', label: 'AB 392' }] });
    expect(p.pieces.map((x) => x.text).join('')).toBe(p.tie.clause);
    expect(p.pieces.filter((x) => x.marked).map((x) => x.text)).toEqual(['Assembly Bill 392']);
    expect(p.missing).toEqual(['AB 392']);
    expect(p.accepted).toBe(false);
  });
  it('cuts a clause around spans, ignoring spans outside it', () => {
    expect(
      clausePieces('abcdef', 10, [
        { start: 12, end: 14 },
        { start: 30, end: 31 },
      ]),
    ).toEqual([
      { text: 'ab', marked: false },
      { text: 'cd', marked: true },
      { text: 'ef', marked: false },
    ]);
  });
});

describe('undo keys', () => {
  const k = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
    undoKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it.each([
    [k('z', { ctrlKey: true }), 'undo'],
    [k('z', { metaKey: true }), 'undo'],
    [k('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [k('z', { metaKey: true, shiftKey: true }), 'redo'],
    [k('y', { ctrlKey: true }), 'redo'],
    [k('z'), null],
    [k('z', { ctrlKey: true, altKey: true }), null],
  ])('%s is %s', (got, want) => expect(got).toBe(want));
});

describe('sources where one is picked', () => {
  it('are told apart by the end of their address when they have no title: three pages of one site', () => {
    const page = (bill: string) => ({
      url: `https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202520260${bill}`,
      publisher: 'leginfo.legislature.ca.gov',
    });
    const choices = sourceChoices({ S1: page('AB100'), S2: page('SB20'), S3: { ...page('AB101'), title: 'AB 101 bill page' } });
    expect(choices.map((c) => c.label)).toEqual([
      'S1: leginfo.legislature.ca.gov …lNavClient.xhtml?bill_id=202520260AB100',
      'S2: leginfo.legislature.ca.gov …llNavClient.xhtml?bill_id=202520260SB20',
      'S3: AB 101 bill page',
    ]);
    expect(sourceName({ url: 'https://www.sacbee.com/' })).toBe('sacbee.com');
    expect(sourceName({ url: 'not a url', publisher: 'Sacramento Bee' })).toBe(
      'Sacramento Bee (no web address: fix it under Sources before citing it)',
    );
    // Never named by what a script address holds.
    expect(sourceName({ url: 'javascript:alert(document.domain)' })).toBe(
      'A source (no web address: fix it under Sources before citing it)',
    );
  });
});
