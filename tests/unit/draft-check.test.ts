import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataset } from '../../src/model';
import type { Problem } from '../../src/model';
import { createDraftChecker } from '../../src/model/draftCheck';
import { addBill, newDraft, setIn } from '../../src/model/edit';
import { generateDataset } from '../../src/engine/generate';
import { foundingDataset } from '../fixtures/datasets';

const sorted = (ps: Problem[]) => ps.map((p) => `${p.path}: ${p.message}`).sort();

function same(check: ReturnType<typeof createDraftChecker>, draft: unknown) {
  const full = validateDataset(draft);
  const fast = check(draft);
  expect(fast.ok).toBe(full.ok);
  expect(sorted(fast.ok ? [] : fast.errors)).toEqual(sorted(full.ok ? [] : full.errors));
  expect(sorted(fast.warnings)).toEqual(sorted(full.warnings));
}

// Edits a reporter makes by mistake, each at a path the editor writes.
const edits: Array<[string, (string | number)[], unknown]> = [
  ['empty title', ['title'], ''],
  ['bad date', ['bills', 0, 'events', 0, 'date'], '2019-02-31'],
  ['unknown link target', ['links', 0, 'to', 0], 'ab39'],
  ['self link', ['links', 0, 'to', 0], 'sb230'],
  ['bad source address', ['sources', 'S1', 'url'], 'javascript:alert(1)'],
  ['bad source id', ['sources', 'bad id'], { url: 'https://a.example/' }],
  ['unknown stance', ['positions', 0, 'stance'], 'maybe'],
  ['empty bill label', ['bills', 1, 'label'], ''],
  ['unknown key', ['bills', 0, 'colour'], 'red'],
  ['no bills', ['bills'], []],
  ['empty provision label', ['bills', 1, 'provisions', 0, 'label'], ''],
  ['unknown cited source', ['stakeholders', 0, 'sources', 0], 'S999'],
];

describe('the draft checker gives what the full validation gives', () => {
  it.each(edits)('%s', (_name, path, value) => {
    const check = createDraftChecker();
    const ds = foundingDataset();
    same(check, ds);
    const broken = setIn(ds, path, value);
    same(check, broken);
    // Again, from what was kept; then with another item changed beside the broken one.
    same(check, broken);
    same(check, setIn(broken, ['bills', 2, 'summary'], 'Changed beside it'));
    // And after the edit is taken back (the cached items are reused).
    same(check, ds);
  });

  it('on a new draft as it is written', () => {
    const check = createDraftChecker();
    let d = newDraft('');
    same(check, d);
    [d] = addBill(d, 'AB 392');
    same(check, d);
    same(check, setIn(setIn(d, ['title'], 'T'), ['bills', 0, 'title'], 'Deadly force'));
  });

  it('on random edits of a generated session', () => {
    const base = generateDataset({ bills: 40, links: 120, seed: 3 });
    const check = createDraftChecker();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(edits.length - 1), fc.nat(39)), { maxLength: 4 }), (steps) => {
        let d: unknown = base;
        for (const [e, bill] of steps) {
          const [, path, value] = edits[e];
          d = setIn(d, path[0] === 'bills' && typeof path[1] === 'number' ? ['bills', bill, ...path.slice(2)] : path, value);
        }
        same(check, d);
        same(check, d);
      }),
      { numRuns: 60 },
    );
  });

  it('checks again only what changed', () => {
    const check = createDraftChecker();
    const ds = generateDataset({ bills: 300, links: 900, seed: 5 });
    check(ds);
    const edited = setIn(ds, ['bills', 7, 'title'], '');
    const r = check(edited);
    expect(r.ok ? [] : r.errors).toEqual([{ path: 'bills[7].title', message: 'must not be empty' }]);
  });
});
