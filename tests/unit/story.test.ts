import { describe, expect, it } from 'vitest';
import { evaluate, suggestQuestions, tellStory } from '../../src/engine';
import type { Bill, Dataset } from '../../src/model';
import { bill, dataset, foundingDataset, link } from '../fixtures/datasets';

/** Michigan 2020 in miniature: HB 6493 signed, tie-barred to HB 5437 (signed) and HB 5438 (died). */
function michigan(): Dataset {
  const named = (b: Bill, label: string): Bill => ({ ...b, label });
  const dead = bill('hb5438', 'failed', '2020-12-31');
  dead.events![1] = { ...dead.events![1], type: 'died', description: 'Died' };
  return dataset(
    [
      named(bill('hb5437', 'enacted', '2020-12-29'), 'HB 5437'),
      named(dead, 'HB 5438'),
      named(bill('hb6493', 'enacted', '2020-12-30'), 'HB 6493'),
    ],
    [link('t', 'hb6493', ['hb5437', 'hb5438'], {}, 'tie-bar')],
  );
}

const story = (ds: Dataset, assumptions: Record<string, 'enacted' | 'failed'> = {}) =>
  tellStory(evaluate(ds, { assumptions }), evaluate(ds, { assumptions: {} }));

describe('the story in one sentence', () => {
  it.each([
    ['founding, as recorded', foundingDataset(), {}, 'SB 230 takes effect only because AB 392 became law.'],
    [
      'founding, AB 392 fails',
      foundingDataset(),
      { ab392: 'failed' },
      'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    ],
    [
      'founding, AB 931 becomes law',
      foundingDataset(),
      { ab931: 'enacted' },
      'If AB 931 had become law, no other bill would have changed.',
    ],
    ['Michigan, as recorded', michigan(), {}, 'HB 6493 was signed but can never take effect: it is tied to HB 5438, which died.'],
    [
      'Michigan, HB 5438 passes',
      michigan(),
      { hb5438: 'enacted' },
      'If HB 5438 had become law, HB 6493 would have taken effect: it is tie-barred to HB 5437 and HB 5438.',
    ],
    [
      'nothing tied',
      dataset([bill('a', 'enacted'), bill('b', 'failed')]),
      {},
      'No bill here hangs on another: B does not become law and A takes effect.',
    ],
    // A premise the record already holds changes nothing, and says so: the record's story stands after it.
    [
      'founding, AB 392 becomes law as it did',
      foundingDataset(),
      { ab392: 'enacted' },
      'As recorded, AB 392 became law: the what-if changes nothing. SB 230 takes effect only because AB 392 became law.',
    ],
    [
      'founding, AB 392 fails and SB 230 is law as it was: SB 230 still falls, and is said to',
      foundingDataset(),
      { ab392: 'failed', sb230: 'enacted' },
      'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    ],
    [
      'founding, two bills failing: one premise, "both"',
      foundingDataset(),
      { ab392: 'failed', sb230: 'failed' },
      'If AB 392 and SB 230 had both failed, no other bill would have changed.',
    ],
    [
      'an open bill beside a counterfactual one: both premises in the past',
      dataset([bill('a', 'enacted'), bill('b'), bill('c')], [link('l', 'c', ['b'])]),
      { a: 'failed', b: 'failed' },
      'If A and B had both failed, C could never have taken effect: it hangs on B.',
    ],
    [
      'a bill assumed to pass that still cannot take effect is said to',
      dataset([bill('a', 'failed'), bill('b', 'failed')], [link('l', 'a', ['b'])]),
      { a: 'enacted' },
      'If A had become law, A could never have taken effect: it hangs on B.',
    ],
    [
      'open bills only: the present',
      dataset([bill('a'), bill('b'), bill('c')], [link('l', 'c', ['b'])]),
      { a: 'enacted', b: 'failed' },
      'If A becomes law and B fails, C cannot take effect: it hangs on B.',
    ],
    [
      'tied straight to several bills that all fell alike: all named',
      dataset(
        [bill('a', 'enacted'), bill('b', 'failed'), bill('c', 'failed'), bill('d', 'failed')],
        [link('t', 'a', ['b', 'c', 'd'], {}, 'tie-bar')],
      ),
      {},
      'A was signed but can never take effect: it is tied to B, C and D, which were all vetoed.',
    ],
    [
      'tied straight to a bill that fell and one that did not: the one that fell',
      dataset([bill('a', 'enacted'), bill('b', 'failed'), bill('c', 'enacted')], [link('t', 'a', ['b', 'c'], {}, 'tie-bar')]),
      {},
      'A was signed but can never take effect: it is tied to B, which was vetoed.',
    ],
    [
      'a session: its most telling tie, and a count of the rest',
      dataset(
        [bill('a', 'enacted'), bill('b', 'failed'), bill('c'), bill('d'), bill('e'), bill('f')],
        [link('l1', 'c', ['d']), link('l2', 'e', ['f']), link('l3', 'a', ['b']), link('l4', 'd', ['f'])],
      ),
      {},
      'A was signed but can never take effect: it is tied to B, which was vetoed. 3 more bills are tied to others.',
    ],
    [
      'a tie whose wording is not checked: the headline says so',
      dataset([bill('a', 'enacted'), bill('b', 'failed')], [link('l', 'a', ['b'], { clauseVerified: false }, 'tie-bar')]),
      {},
      'A was signed, but the record ties it to B, which was vetoed: if that tie holds, A can never take effect. That tie is as the record lists it, not yet checked against the text of the law.',
    ],
    [
      'a session: a checked tie leads before a more telling unchecked one',
      dataset(
        [bill('a', 'enacted'), bill('b', 'failed'), bill('c', 'enacted'), bill('d', 'enacted'), bill('e'), bill('f'), bill('g'), bill('h')],
        [
          link('l1', 'a', ['b'], { clauseVerified: false }),
          link('l2', 'c', ['d'], { clauseVerified: true }),
          link('l3', 'e', ['f']),
          link('l4', 'g', ['h']),
        ],
      ),
      {},
      'C takes effect only because D became law. 3 more bills are tied to others.',
    ],
    [
      'a pending pair',
      dataset([bill('a'), bill('b')], [link('l', 'a', ['b'], {}, 'tie-bar')]),
      { b: 'failed' },
      'If B fails, A cannot take effect: it is tie-barred to B.',
    ],
  ] as const)('%s', (_, ds, assumptions, words) => expect(story(ds, assumptions)).toBe(words));
});

describe('quick questions change something', () => {
  it('a dead bill others hang on: "had become law", never "fails"', () => {
    expect(suggestQuestions(evaluate(michigan(), { assumptions: {} }))).toEqual([
      { bill: 'hb5438', assumption: 'enacted', text: 'What if HB 5438 had become law?' },
    ]);
  });

  it('a law others hang on: "had failed"; an open one: "fails"', () => {
    expect(suggestQuestions(evaluate(foundingDataset(), { assumptions: {} })).map((q) => q.text)).toEqual(['What if AB 392 had failed?']);
    const open = dataset([bill('a'), bill('b')], [link('l', 'a', ['b'], {}, 'tie-bar')]);
    expect(suggestQuestions(evaluate(open, { assumptions: {} })).map((q) => q.text)).toEqual(['What if B fails?']);
  });

  it('no question about a bill whose fate changes nothing else', () => {
    // A hangs on B and C; C died, so whatever B does, A cannot take effect: only C is worth asking about.
    const ds = dataset([bill('a', 'enacted'), bill('b', 'enacted'), bill('c', 'failed')], [link('l', 'a', ['b', 'c'], {}, 'tie-bar')]);
    expect(suggestQuestions(evaluate(ds, { assumptions: {} }))).toEqual([
      { bill: 'c', assumption: 'enacted', text: 'What if C had become law?' },
    ]);
  });
});

describe('a bill hanging on one signed already', () => {
  it('waits for it to take effect, not to become law (A on B, signed, on C, pending)', () => {
    const ds = dataset([bill('a', 'enacted'), bill('b', 'enacted'), bill('c', 'pending')], [link('1', 'a', ['b']), link('2', 'b', ['c'])]);
    expect(story(ds)).toMatch(
      /^A was signed but takes effect only if B takes effect: it is tied to B, which is tied to C, which is still pending\./,
    );
  });
});
