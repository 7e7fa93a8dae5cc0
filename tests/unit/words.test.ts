/** Every sentence shape Tiebar writes, as a table: facts in, words out. */
import { describe, expect, it } from 'vitest';
import type { ChainFact, ExplanationFact, OwnFact, StoryFacts } from '../../src/engine/words';
import {
  allOf,
  cannotTakeEffectTitle,
  chapteredOut,
  countOf,
  explanationSentence,
  fallsWith,
  heldSentence,
  inForceWith,
  joinAnd,
  byNumber,
  joinOr,
  lowerFirst,
  packageHeading,
  passedUnsigned,
  keptByDoubleJoint,
  notYetAdded,
  notYetSentence,
  positionTaken,
  provisionCondition,
  provisionStruck,
  questionText,
  recordSentence,
  scopeSentence,
  scopeTitle,
  scenarioTold,
  STILL_CONTINGENT_TITLE,
  withoutCaveat,
  recordStories,
  recordStory,
  recordTold,
  scenarioSentence,
  stakeChange,
  stakeholderSentence,
  struckFrom,
  tieMade,
  tieRemoved,
  uncheckedNote,
  uncheckedMarkNote,
  UNCHECKED_MARK,
  aroundCaveat,
  companionNote,
  untiedSentence,
  waitsOn,
  when,
} from '../../src/engine/words';

/** A signed law tie-barred to `on`, held back by `root` (straight, one link), for the stories' rows. */
function signedHeldBy(label: string, on: string[], root: string, rootWhat: string): StoryFacts {
  return {
    tie: { label, kind: 'tie-bar', on },
    outcome: 'inoperative',
    ownWhat: 'was signed',
    onState: '',
    chain: { next: root, links: 1, root, rootWhat },
  };
}

const signed = (label: string, date = '2019-09-12'): OwnFact => ({ kind: 'event', label, type: 'signed', date });
const died = (label: string, date = '2018-08-29'): OwnFact => ({ kind: 'event', label, type: 'died', date });
const open = (label: string): OwnFact => ({ kind: 'open', label });
const chain = (over: Partial<ChainFact> = {}): ChainFact => ({
  first: { kind: 'contingent-enactment', group: ['AB 392'], target: 'AB 392', since: '2019-04-23' },
  links: 1,
  next: 'AB 392',
  root: 'AB 392',
  cause: { kind: 'own', own: { kind: 'assumed', label: 'AB 392', assumption: 'failed' } },
  ...over,
});
const fact = (over: Partial<ExplanationFact>): ExplanationFact => ({
  label: 'SB 230',
  outcome: 'enacted',
  own: signed('SB 230'),
  hangsOn: [],
  ...over,
});

const EXPLANATIONS: Array<[string, ExplanationFact, string]> = [
  [
    'failed by an event',
    fact({ label: 'AB 931', outcome: 'failed', own: died('AB 931') }),
    'AB 931 does not become law: it died on 29 Aug 2018.',
  ],
  [
    'failed by assumption',
    fact({ outcome: 'failed', own: { kind: 'assumed', label: 'SB 230', assumption: 'failed' } }),
    'SB 230 does not become law: in this scenario it fails.',
  ],
  [
    'enacted, no conditions',
    fact({ label: 'AB 392', own: signed('AB 392', '2019-08-19') }),
    'AB 392 takes effect: it was signed on 19 Aug 2019.',
  ],
  [
    'enacted, one condition holds',
    fact({ hangsOn: ['AB 392'] }),
    'SB 230 takes effect: it was signed on 12 Sep 2019, and AB 392, which it hangs on, takes effect too.',
  ],
  [
    'enacted, one condition holds only in the scenario',
    fact({ label: 'HB 5444', own: signed('HB 5444', '2020-10-08'), hangsOn: ['HB 5443'], hangsOnAssumed: true }),
    'HB 5444 takes effect: it was signed on 8 Oct 2020, and HB 5443, which it hangs on, takes effect too in this scenario.',
  ],
  [
    'enacted, two conditions hold: "both"',
    fact({ hangsOn: ['HB 5437', 'HB 5438'] }),
    'SB 230 takes effect: it was signed on 12 Sep 2019, and HB 5437 and HB 5438, which it hangs on, both take effect too.',
  ],
  [
    'enacted, three conditions hold: "all"',
    fact({ hangsOn: ['A', 'B', 'C'] }),
    'SB 230 takes effect: it was signed on 12 Sep 2019, and A, B and C, which it hangs on, all take effect too.',
  ],
  [
    'enacted by a procedural link',
    fact({ label: 'DEBT', own: { kind: 'deemed', label: 'DEBT', trigger: 'BUDGET' } }),
    'DEBT takes effect: it is deemed passed, because adopting BUDGET produces it (a procedural link).',
  ],
  [
    'pending, last step with a partial date',
    fact({
      label: 'HB 4138',
      outcome: 'pending',
      own: { kind: 'open', label: 'HB 4138', lastStep: { description: 'Passed the House', date: '2006' } },
      hangsOn: ['HB 4773'],
    }),
    'HB 4138 is pending: its own fate is still open (last step in 2006: passed the House); it also hangs on HB 4773.',
  ],
  [
    'inoperative, signed, one link to an assumption',
    fact({ outcome: 'inoperative', chain: chain() }),
    'SB 230 was signed on 12 Sep 2019 but can never take effect: since 23 Apr 2019 it has depended on AB 392 becoming law, and in this scenario AB 392 fails.',
  ],
  [
    'inoperative, own fate open, to a dead bill',
    fact({
      label: 'HB 4138',
      outcome: 'inoperative',
      own: open('HB 4138'),
      chain: chain({
        first: { kind: 'contingent-enactment', group: ['HB 4773'], target: 'HB 4773' },
        next: 'HB 4773',
        root: 'HB 4773',
        cause: { kind: 'own', own: died('HB 4773', '2006-12-31') },
      }),
    }),
    'HB 4138 cannot take effect, even if it becomes law: it depends on HB 4773 becoming law, and HB 4773 died on 31 Dec 2006.',
  ],
  [
    'inoperative, passed both chambers but not signed, tie-barred to a dead bill',
    fact({
      label: 'HB 5818',
      outcome: 'inoperative',
      own: { kind: 'open', label: 'HB 5818', passed: '2024-12-20' },
      chain: chain({
        first: { kind: 'tie-bar', group: ['HB 4177', 'HB 5317'], target: 'HB 5317', requires: 'enactment' },
        next: 'HB 5317',
        root: 'HB 5317',
        cause: { kind: 'own', own: died('HB 5317', '2024-12-31') },
      }),
    }),
    'HB 5818 passed both chambers on 20 Dec 2024 but has not been signed, and even if it is, it can never take effect: it is tie-barred to HB 4177 and HB 5317, so it depends on both being enacted, and HB 5317 died on 31 Dec 2024.',
  ],
  [
    'failed by a pocket veto',
    fact({
      label: 'SB 1138',
      outcome: 'failed',
      own: { kind: 'event', label: 'SB 1138', type: 'vetoed', date: '2021-01-05', pocket: true },
    }),
    'SB 1138 does not become law: it was pocket-vetoed on 5 Jan 2021.',
  ],
  [
    'inoperative in a scenario that assumes it law',
    fact({ outcome: 'inoperative', own: { kind: 'assumed', label: 'SB 230', assumption: 'enacted' }, chain: chain() }),
    'In this scenario SB 230 becomes law but can never take effect: since 23 Apr 2019 it has depended on AB 392 becoming law, and in this scenario AB 392 fails.',
  ],
  [
    'tie-bar group of two, dead member: no "in doubt"',
    fact({
      label: 'HB 6493',
      outcome: 'inoperative',
      own: signed('HB 6493', '2020-12-30'),
      chain: chain({
        first: { kind: 'tie-bar', group: ['HB 5437', 'HB 5438'], target: 'HB 5438' },
        next: 'HB 5438',
        root: 'HB 5438',
        cause: { kind: 'own', own: died('HB 5438', '2020-12-31') },
      }),
    }),
    'HB 6493 was signed on 30 Dec 2020 but can never take effect: it is tie-barred to HB 5437 and HB 5438, so it depends on both becoming law, and HB 5438 died on 31 Dec 2020.',
  ],
  [
    'tie-bar group of three',
    fact({
      outcome: 'inoperative',
      chain: chain({
        first: { kind: 'tie-bar', group: ['A', 'B', 'C'], target: 'C', since: '2006-05' },
        next: 'C',
        root: 'C',
        cause: { kind: 'own', own: died('C', '2006-12-31') },
      }),
    }),
    'SB 230 was signed on 12 Sep 2019 but can never take effect: since May 2006 it has been tie-barred to A, B and C, so it depends on all three becoming law, and C died on 31 Dec 2006.',
  ],
  [
    'tie-bar group of three, all vetoed the same day',
    fact({
      label: 'SB 897',
      outcome: 'inoperative',
      own: signed('SB 897', '2020-12-30'),
      chain: chain({
        first: { kind: 'tie-bar', group: ['SB 1138', 'SB 1139', 'SB 1140'], target: 'SB 1138', requires: 'enactment' },
        next: 'SB 1138',
        root: 'SB 1138',
        cause: { kind: 'own', own: { kind: 'event', label: 'SB 1138', type: 'vetoed', date: '2021-01-05' } },
        alike: { labels: ['SB 1138', 'SB 1139', 'SB 1140'], last: '2021-01-05' },
      }),
    }),
    'SB 897 was signed on 30 Dec 2020 but can never take effect: it is tie-barred to SB 1138, SB 1139 and SB 1140, so it depends on all three being enacted, and all three were vetoed on 5 Jan 2021.',
  ],
  [
    'tie-bar group of three, all pocket-vetoed the same day',
    fact({
      label: 'SB 897',
      outcome: 'inoperative',
      own: signed('SB 897', '2020-12-30'),
      chain: chain({
        first: { kind: 'tie-bar', group: ['SB 1138', 'SB 1139', 'SB 1140'], target: 'SB 1138', requires: 'enactment' },
        next: 'SB 1138',
        root: 'SB 1138',
        cause: { kind: 'own', own: { kind: 'event', label: 'SB 1138', type: 'vetoed', date: '2021-01-05', pocket: true } },
        alike: { labels: ['SB 1138', 'SB 1139', 'SB 1140'], last: '2021-01-05' },
      }),
    }),
    'SB 897 was signed on 30 Dec 2020 but can never take effect: it is tie-barred to SB 1138, SB 1139 and SB 1140, so it depends on all three being enacted, and all three were pocket-vetoed on 5 Jan 2021.',
  ],
  [
    'tie-bar group of two, both died, on different days',
    fact({
      outcome: 'inoperative',
      chain: chain({
        first: { kind: 'tie-bar', group: ['A', 'B'], target: 'A' },
        next: 'A',
        root: 'A',
        cause: { kind: 'own', own: died('A', '2006-12-31') },
        alike: { labels: ['A', 'B'], last: '2007-01-02' },
      }),
    }),
    'SB 230 was signed on 12 Sep 2019 but can never take effect: it is tie-barred to A and B, so it depends on both becoming law, and both died, the last on 2 Jan 2007.',
  ],
  [
    'tie-bar to one bill',
    fact({
      outcome: 'contingent',
      chain: chain({
        first: { kind: 'tie-bar', group: ['HB 4773'], target: 'HB 4773' },
        next: 'HB 4773',
        root: 'HB 4773',
        cause: { kind: 'own', own: open('HB 4773') },
      }),
    }),
    'SB 230 was signed on 12 Sep 2019 but is not sure to take effect: it is tie-barred to HB 4773, so it depends on HB 4773 becoming law too, and HB 4773 is still pending.',
  ],
  [
    'tie-bar that asks only for enactment, to a dead bill',
    fact({
      label: 'HB 5354',
      outcome: 'inoperative',
      own: { kind: 'event', label: 'HB 5354', type: 'chaptered', date: '2020-07-21' },
      chain: chain({
        first: { kind: 'tie-bar', group: ['HB 5300', 'HB 5341'], target: 'HB 5300', requires: 'enactment' },
        next: 'HB 5300',
        root: 'HB 5300',
        cause: { kind: 'own', own: died('HB 5300', '2020-12-31') },
      }),
    }),
    'HB 5354 was chaptered on 21 Jul 2020 but can never take effect: it is tie-barred to HB 5300 and HB 5341, so it depends on both being enacted, and HB 5300 died on 31 Dec 2020.',
  ],
  [
    'contingency that asks only for enactment, by a deadline',
    fact({
      outcome: 'contingent',
      chain: chain({
        first: { kind: 'contingent-enactment', group: ['AB 1'], target: 'AB 1', deadline: '2020-01-01', requires: 'enactment' },
        next: 'AB 1',
        root: 'AB 1',
        cause: { kind: 'own', own: open('AB 1') },
      }),
    }),
    'SB 230 was signed on 12 Sep 2019 but is not sure to take effect: it depends on AB 1 being enacted by 1 Jan 2020, and AB 1 is still pending.',
  ],
  [
    'a law tied to an enacted bill that does not take effect: enactment is all its tie asks',
    fact({
      label: 'HB 5341',
      own: { kind: 'event', label: 'HB 5341', type: 'chaptered', date: '2020-07-21' },
      hangsOn: ['HB 5355'],
      enactedOnly: ['HB 5354'],
    }),
    'HB 5341 takes effect: it was chaptered on 21 Jul 2020, and HB 5355, which it hangs on, takes effect too; it is also tied to HB 5354, which was enacted, and its tie asks only that, not that it take effect.',
  ],
  [
    'a law tied only to enacted bills that do not take effect',
    fact({ label: 'SB 881', hangsOn: [], enactedOnly: ['SB 353', 'HB 1'] }),
    'SB 881 takes effect: it was signed on 12 Sep 2019; it is tied to SB 353 and HB 1, which were enacted, and its ties ask only that, not that they take effect.',
  ],
  [
    'chain of two links',
    fact({
      label: 'A',
      outcome: 'inoperative',
      own: signed('A', '2020-06-01'),
      chain: chain({
        first: { kind: 'contingent-enactment', group: ['B'], target: 'B' },
        links: 2,
        next: 'B',
        root: 'C',
        cause: { kind: 'own', own: { kind: 'event', label: 'C', type: 'vetoed', date: '2020-06-01' } },
      }),
    }),
    'A was signed on 1 Jun 2020 but can never take effect: it depends on B becoming law, and B in turn hangs on C, which was vetoed on 1 Jun 2020.',
  ],
  [
    'chain of two links, the next bill signed already: it has still to take effect, not to become law',
    fact({
      label: 'SB 20',
      outcome: 'contingent',
      own: signed('SB 20', '2025-09-30'),
      chain: chain({
        first: { kind: 'contingent-enactment', group: ['AB 100'], target: 'AB 100', enacted: true },
        links: 2,
        next: 'AB 100',
        root: 'ACA 5',
        cause: { kind: 'own', own: open('ACA 5') },
      }),
    }),
    'SB 20 was signed on 30 Sep 2025 but is not sure to take effect: it depends on AB 100 taking effect, and AB 100 in turn hangs on ACA 5, which is still pending.',
  ],
  [
    'chain of 9,999 links: bounded',
    fact({
      label: 'B 0',
      outcome: 'inoperative',
      own: open('B 0'),
      chain: chain({
        first: { kind: 'contingent-enactment', group: ['B 1'], target: 'B 1' },
        links: 9999,
        next: 'B 1',
        root: 'B 9999',
        cause: { kind: 'own', own: died('B 9999', '2020') },
      }),
    }),
    'B 0 cannot take effect, even if it becomes law: it depends on B 1 becoming law, and through 9,998 more links it hangs on B 9999, which died in 2020.',
  ],
  [
    'deadline missed, one link',
    fact({
      label: 'A',
      outcome: 'inoperative',
      own: signed('A', '2020-06-01'),
      chain: chain({
        first: { kind: 'contingent-enactment', group: ['B'], target: 'B', deadline: '2020-01-01' },
        next: 'B',
        root: 'B',
        cause: { kind: 'deadline', label: 'B', deadline: '2020-01-01' },
      }),
    }),
    'A was signed on 1 Jun 2020 but can never take effect: it depends on B becoming law and taking effect by 1 Jan 2020, and B did not become law in time.',
  ],
  [
    'deadline missed at the end of a long chain',
    fact({
      label: 'A',
      outcome: 'inoperative',
      own: open('A'),
      chain: chain({
        first: { kind: 'contingent-enactment', group: ['B'], target: 'B' },
        links: 3,
        next: 'B',
        root: 'D',
        cause: { kind: 'deadline', label: 'D', deadline: '2020-01-01' },
      }),
    }),
    'A cannot take effect, even if it becomes law: it depends on B becoming law, and through 2 more links it hangs on D, which did not become law in time (by 1 Jan 2020).',
  ],
  [
    'contingent on a deemed measure chain',
    fact({ outcome: 'contingent', chain: chain({ links: 2, next: 'X', root: 'DEBT', cause: { kind: 'own', own: open('DEBT') } }) }),
    'SB 230 was signed on 12 Sep 2019 but is not sure to take effect: since 23 Apr 2019 it has depended on AB 392 becoming law, and X in turn hangs on DEBT, which is still pending.',
  ],
];

const OTHERS: Array<[string, string, string]> = [
  ['finder heading, laws only', cannotTakeEffectTitle(5, 0), 'Enacted but cannot take effect'],
  ['finder heading, laws and a bill passed, not signed', cannotTakeEffectTitle(5, 1), 'Enacted or passed, but cannot take effect'],
  ['finder heading, bills passed, not signed, only', cannotTakeEffectTitle(0, 2), 'Passed, not signed, but cannot take effect'],
  ['finder heading, laws still contingent', STILL_CONTINGENT_TITLE, 'Enacted, still contingent'],
  ['package, all take effect', packageHeading(3, { enacted: 3 }), '3 bills: all take effect'],
  ['package of two, both take effect', packageHeading(2, { enacted: 2 }), '2 bills: both take effect'],
  ['package, none takes effect', packageHeading(60, { failed: 55, inoperative: 5 }), '60 bills: none takes effect'],
  ['package of two, neither takes effect', packageHeading(2, { failed: 1, inoperative: 1 }), '2 bills: neither takes effect'],
  ['package, split', packageHeading(20, { enacted: 12, failed: 7, inoperative: 1 }), '20 bills: 12 take effect, 8 do not'],
  ['package, one of each', packageHeading(2, { enacted: 1, failed: 1 }), '2 bills: 1 takes effect, 1 does not'],
  ['package, open', packageHeading(9, { enacted: 5, pending: 3, contingent: 1 }), '9 bills: 5 take effect, 4 still open'],
  ['package, open and dead', packageHeading(1200, { failed: 1000, pending: 200 }), '1,200 bills: 1,000 do not, 200 still open'],
  ['provision not added yet', notYetAdded('SB 230', '2019-04-23'), 'Not in SB 230 yet: added on 23 Apr 2019.'],
  ['provision struck', struckFrom('SB 230', '2019-04-23'), 'Struck from SB 230 on 23 Apr 2019.'],
  ['provision falls with its bill', fallsWith('SB 230', 'inoperative'), 'Falls with SB 230, which cannot take effect.'],
  ['provision waits on its bill', waitsOn('SB 230', 'contingent'), 'Waits on SB 230, which is enacted but not sure to take effect.'],
  [
    'provision hangs on a bill',
    provisionCondition('A', ['B', 'C'], 'C', 'failed'),
    'Cannot take effect: this part of A depends on B and C becoming law, and C does not become law.',
  ],
  [
    'provision kept by double-jointing',
    keptByDoubleJoint('AB 2', 'Penal Code 196'),
    'In force: AB 2 also amends Penal Code 196 and was chaptered later, but it is double-jointed with this bill (its version includes this change), so the change is kept.',
  ],
  [
    'provision chaptered out',
    chapteredOut('AB 2', 'Penal Code 196', '2020-08-01'),
    'Lost: AB 2 also amends Penal Code 196 and was chaptered later, on 1 Aug 2020, so its version replaces this one ("chaptered out").',
  ],
  ['provision in force', inForceWith('AB 392'), 'In force with AB 392.'],
  ['impact: a loss', stakeChange('support', 'SB 230', 'yes', 'no'), 'backs SB 230, which no longer takes effect'],
  ['impact: a win', stakeChange('oppose', 'SB 230', 'yes', 'no'), 'opposes SB 230, which no longer takes effect'],
  ['impact: opened', stakeChange('sponsor', 'AB 392', 'no', 'open'), 'sponsors AB 392, which may now take effect'],
  [
    'stakeholder node',
    stakeholderSentence('The League', [
      { stance: 'oppose', bill: 'SB 230' },
      { stance: 'support', bill: 'AB 392' },
      { stance: 'support', bill: 'AB 931' },
    ]),
    'The League opposes SB 230 and backs AB 392 and AB 931.',
  ],
  [
    'stakeholder backing many bills: three named, the rest counted',
    stakeholderSentence(
      'A sponsor',
      ['HB 1', 'HB 2', 'HB 3', 'HB 4', 'HB 5', 'HB 6'].map((bill) => ({ stance: 'sponsor' as const, bill })),
    ),
    'A sponsor sponsors HB 1, HB 2, HB 3 and 3 more bills.',
  ],
  [
    'stakeholder backing four bills: all named',
    stakeholderSentence(
      'A sponsor',
      ['HB 1', 'HB 2', 'HB 3', 'HB 4'].map((bill) => ({ stance: 'sponsor' as const, bill })),
    ),
    'A sponsor sponsors HB 1, HB 2, HB 3 and HB 4.',
  ],
  ['stakeholder with no position', stakeholderSentence('The League', []), 'The League takes no position on these bills.'],
  [
    'story: enacted only because',
    recordStory({ label: 'SB 230', kind: 'contingent-enactment', on: ['AB 392'] }, 'enacted', 'was signed', 'takes effect'),
    'SB 230 takes effect only because AB 392 became law',
  ],
  [
    'story: enacted on a group',
    recordStory({ label: 'HB 6493', kind: 'tie-bar', on: ['HB 5437', 'HB 5438'] }, 'enacted', 'was signed', 'take effect'),
    'HB 6493 takes effect only because HB 5437 and HB 5438 both became law',
  ],
  [
    'story: signed but dead',
    recordStory({ label: 'HB 6493', kind: 'tie-bar', on: ['HB 5437', 'HB 5438'] }, 'inoperative', 'was signed', '', {
      next: 'HB 5438',
      links: 1,
      root: 'HB 5438',
      rootWhat: 'died',
    }),
    'HB 6493 was signed but can never take effect: it is tied to HB 5438, which died',
  ],
  [
    'story: signed but dead, by a tie not checked against the text',
    recordStory({ label: 'HB 4917', kind: 'tie-bar', on: ['SB 664'], checked: false }, 'inoperative', 'was signed', '', {
      next: 'SB 664',
      links: 1,
      root: 'SB 664',
      rootWhat: 'died',
    }),
    'HB 4917 was signed, but the record ties it to SB 664, which died: if that tie holds, HB 4917 can never take effect',
  ],
  [
    'story: still open but dead, by a tie not checked, through a chain',
    recordStory({ label: 'HB 5818', kind: 'tie-bar', on: ['HB 5817'], checked: false }, 'inoperative', undefined, '', {
      next: 'HB 5817',
      links: 2,
      root: 'HB 5300',
      rootWhat: 'was vetoed',
    }),
    'The record ties HB 5818 to HB 5817, which is tied to HB 5300, which was vetoed: if that tie holds, HB 5818 cannot take effect even if it becomes law',
  ],
  [
    'story: passed both chambers, not signed, and dead by a tie not checked',
    recordStory(
      { label: 'HB 5818', kind: 'tie-bar', on: ['HB 4177', 'HB 5317'], checked: false },
      'inoperative',
      passedUnsigned('2024-12-20'),
      '',
      {
        next: 'HB 5317',
        links: 1,
        root: 'HB 5317',
        rootWhat: 'died',
      },
    ),
    'HB 5818 passed both chambers on 20 Dec 2024 and has not been signed, but the record ties it to HB 5317, which died: if that tie holds, HB 5818 can never take effect',
  ],
  [
    'story: long chain',
    recordStory({ label: 'B 0', kind: 'contingent-enactment', on: ['B 1'] }, 'inoperative', undefined, '', {
      next: 'B 1',
      links: 9999,
      root: 'B 9999',
      rootWhat: 'died',
    }),
    'B 0 cannot take effect even if it becomes law: it is tied to B 1, and through 9,998 more links to B 9999, which died',
  ],
  [
    'story: two-link chain',
    recordStory({ label: 'A', kind: 'contingent-enactment', on: ['B'] }, 'inoperative', 'was signed', '', {
      next: 'B',
      links: 2,
      root: 'C',
      rootWhat: 'was vetoed',
    }),
    'A was signed but can never take effect: it is tied to B, which is tied to C, which was vetoed',
  ],
  [
    'stories: two laws held back alike, by ties not checked, told as one',
    recordTold(
      recordStories([
        {
          tie: { label: 'HB 5444', kind: 'tie-bar', on: ['HB 5443'], checked: false },
          outcome: 'inoperative',
          ownWhat: 'was signed',
          onState: '',
          chain: { next: 'HB 5443', links: 1, root: 'HB 5443', rootWhat: 'was vetoed' },
        },
        {
          tie: { label: 'SB 897', kind: 'tie-bar', on: ['SB 1138', 'SB 1139', 'SB 1140'], checked: false },
          outcome: 'inoperative',
          ownWhat: 'was signed',
          onState: '',
          chain: { next: 'SB 1138', links: 1, root: 'SB 1140', rootWhat: 'was vetoed', roots: ['SB 1138', 'SB 1139', 'SB 1140'] },
        },
      ]),
      0,
      ['HB 5444', 'SB 897'],
      [],
      2,
    ).text,
    'HB 5444 and SB 897 were signed, but the record ties them to bills that were vetoed (HB 5444 to HB 5443, and SB 897 to SB 1138, SB 1139 and SB 1140): if those ties hold, neither can ever take effect. These ties are as the record lists them, not yet checked against the text of the laws.',
  ],
  [
    'stories: two laws held back alike, by checked ties, told as one',
    recordStories([signedHeldBy('A', ['B'], 'B', 'died'), signedHeldBy('C', ['D'], 'D', 'died')]).join(' '),
    'A and C were signed but can never take effect: they are tied to bills that died (A to B, and C to D)',
  ],
  [
    'stories: two laws held back by the same bill name it once',
    recordStories([signedHeldBy('A', ['B', 'D'], 'D', 'died'), signedHeldBy('C', ['B', 'D'], 'D', 'died')]).join(' '),
    'A and C were signed but can never take effect: they are both tied to D, which died',
  ],
  [
    'stories: two laws held back by the same two bills say "both" once',
    recordStories(
      ['A', 'C'].map((label) => {
        const f = signedHeldBy(label, ['B', 'D'], 'D', 'was vetoed');
        return { ...f, chain: { ...f.chain!, roots: ['B', 'D'] } };
      }),
    ).join(' '),
    'A and C were signed but can never take effect: they are tied to B and D, which were both vetoed',
  ],
  [
    'stories: two laws held back unalike (one vetoed, one died) are told apart',
    recordStories([signedHeldBy('A', ['B'], 'B', 'was vetoed'), signedHeldBy('C', ['D'], 'D', 'died')]).join(' | '),
    'A was signed but can never take effect: it is tied to B, which was vetoed | C was signed but can never take effect: it is tied to D, which died',
  ],
  [
    'story: contingent',
    recordStory({ label: 'SB 230', kind: 'contingent-enactment', on: ['AB 392'] }, 'contingent', 'was signed', 'is still pending'),
    'SB 230 was signed but takes effect only if AB 392 becomes law',
  ],
  [
    'story: contingent on a bill signed already, itself held back',
    recordStory(
      { label: 'SB 20', kind: 'contingent-enactment', on: ['AB 100'], onEnacted: true },
      'contingent',
      'was signed',
      'is not sure',
    ),
    'SB 20 was signed but takes effect only if AB 100 takes effect',
  ],
  [
    'story: both pending',
    recordStory({ label: 'HB 4138', kind: 'tie-bar', on: ['HB 4773'] }, 'pending', undefined, 'is still pending'),
    'HB 4138 is tie-barred to HB 4773: it can take effect only if HB 4773 becomes law too; both are still pending',
  ],
  [
    'story: pending on a law',
    recordStory({ label: 'A', kind: 'contingent-enactment', on: ['B', 'C'] }, 'pending', undefined, 'have become law'),
    'A is still pending; it hangs on B and C, which have become law',
  ],
  [
    'story: failed, and the bill it was tied to failed too',
    recordStory({ label: 'HB 6334', kind: 'tie-bar', on: ['HB 6440'] }, 'failed', 'died', 'does not become law'),
    'HB 6334 was tie-barred to HB 6440, and neither became law',
  ],
  [
    'story: failed, and the bills it was tied to failed too',
    recordStory({ label: 'A', kind: 'tie-bar', on: ['B', 'C'] }, 'failed', 'died', 'do not become law'),
    'A was tie-barred to B and C, and none of these 3 bills became law',
  ],
  [
    'story: failed',
    recordStory({ label: 'SB 230', kind: 'contingent-enactment', on: ['AB 392'] }, 'failed', 'died', 'takes effect'),
    'SB 230 hung on AB 392 but did not become law itself',
  ],
  [
    'story: two ties and one more, a sentence each',
    recordSentence(
      ['A was signed but can never take effect: it is tied to B, which was vetoed', 'C takes effect only because D became law'],
      1,
    ),
    'A was signed but can never take effect: it is tied to B, which was vetoed. C takes effect only because D became law. One more bill is tied to another.',
  ],
  [
    'story: one more tie, named (a bill drawn)',
    recordSentence(['A takes effect only because B became law'], ['SB 664']),
    'A takes effect only because B became law. SB 664 also hangs on another bill.',
  ],
  [
    'story: two more ties, named',
    recordSentence(['A takes effect only because B became law'], ['SB 664', 'HB 4916']),
    'A takes effect only because B became law. SB 664 and HB 4916 also hang on other bills.',
  ],
  [
    'story: three more ties given by name are counted',
    recordSentence(['A takes effect only because B became law'], ['C', 'D', 'E']),
    'A takes effect only because B became law. 3 more bills are tied to others.',
  ],
  [
    'story: with more ties',
    recordSentence(['A takes effect only because B became law'], 12),
    'A takes effect only because B became law. 12 more bills are tied to others.',
  ],
  [
    'story: no ties',
    untiedSentence([
      { outcome: 'failed', labels: ['AB 931'] },
      { outcome: 'enacted', labels: ['A', 'B', 'C', 'D', 'E'] },
    ]),
    'No bill here hangs on another: AB 931 does not become law and A, B, C and 2 more bills take effect.',
  ],
  [
    'scenario: counterfactual',
    scenarioSentence(
      [{ label: 'AB 392', assumption: 'failed', counter: true }],
      true,
      [{ outcome: 'inoperative', labels: ['SB 230'] }],
      [{ label: 'SB 230', kind: 'contingent-enactment', on: ['AB 392'] }],
    ),
    'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
  ],
  [
    'scenario: counterfactual pass',
    scenarioSentence(
      [{ label: 'HB 5438', assumption: 'enacted', counter: true }],
      true,
      [{ outcome: 'enacted', labels: ['HB 6493'] }],
      [{ label: 'HB 6493', kind: 'tie-bar', on: ['HB 5437', 'HB 5438'] }],
    ),
    'If HB 5438 had become law, HB 6493 would have taken effect: it is tie-barred to HB 5437 and HB 5438.',
  ],
  [
    'scenario: open, a chain of two',
    scenarioSentence(
      [{ label: 'C', assumption: 'failed' }],
      false,
      [{ outcome: 'inoperative', labels: ['A', 'B'] }],
      [
        { label: 'A', kind: 'contingent-enactment', on: ['B'] },
        { label: 'B', kind: 'contingent-enactment', on: ['C'] },
      ],
    ),
    'If C fails, A and B cannot take effect: A hangs on B; B hangs on C.',
  ],
  [
    'scenario: two premises, two consequences',
    scenarioSentence(
      [
        { label: 'A', assumption: 'failed' },
        { label: 'B', assumption: 'enacted' },
      ],
      false,
      [
        { outcome: 'failed', labels: ['C'] },
        { outcome: 'enacted', labels: ['D', 'E'] },
      ],
      [],
    ),
    'If A fails and B becomes law, C does not become law and D and E take effect.',
  ],
  [
    'scenario: premises alike, and one against the record (all in the past)',
    scenarioSentence(
      [
        { label: 'A', assumption: 'failed', counter: true },
        { label: 'B', assumption: 'enacted' },
        { label: 'C', assumption: 'failed' },
      ],
      true,
      [{ outcome: 'inoperative', labels: ['D'] }],
      [{ label: 'D', kind: 'contingent-enactment', on: ['C'] }],
    ),
    'If A and C had both failed and B had become law, D could never have taken effect: it hangs on C.',
  ],
  [
    'scenario: a what-if the record holds (a dead bill fails)',
    heldSentence([{ label: 'HB 4024', assumption: 'failed' }]),
    'As recorded, HB 4024 did not become law: the what-if changes nothing.',
  ],
  [
    'scenario: what-ifs the record holds, both ways',
    heldSentence([
      { label: 'AB 392', assumption: 'enacted' },
      { label: 'AB 931', assumption: 'failed' },
      { label: 'SB 1', assumption: 'failed' },
    ]),
    'As recorded, AB 392 became law and AB 931 and SB 1 did not: the what-ifs change nothing.',
  ],
  [
    'scenario: nothing else changes',
    scenarioSentence([{ label: 'AB 931', assumption: 'enacted', counter: true }], true, [], []),
    'If AB 931 had become law, no other bill would have changed.',
  ],
  [
    'scenario: two reasons, each a list of ties',
    scenarioSentence(
      [{ label: 'SB 664', assumption: 'enacted', counter: true }],
      true,
      [{ outcome: 'enacted', labels: ['HB 4917', 'HB 4918'] }],
      [
        { label: 'HB 4917', kind: 'tie-bar', on: ['SB 664', 'HB 4916'] },
        { label: 'HB 4918', kind: 'tie-bar', on: ['HB 4916', 'SB 664'] },
      ],
    ),
    'If SB 664 had become law, HB 4917 and HB 4918 would have taken effect: both are tie-barred to HB 4916 and SB 664.',
  ],
  [
    'scenario: bills tied alike among others, in one clause',
    scenarioSentence(
      [{ label: 'HB 4638', assumption: 'enacted', counter: true }],
      true,
      [{ outcome: 'enacted', labels: ['HB 4639', 'HB 4640', 'HB 4643', 'SB 9'] }],
      [
        { label: 'HB 4639', kind: 'tie-bar', on: ['HB 4638'] },
        { label: 'HB 4640', kind: 'tie-bar', on: ['HB 4638'] },
        { label: 'SB 9', kind: 'contingent-enactment', on: ['HB 4638'] },
        { label: 'HB 4643', kind: 'tie-bar', on: ['HB 4638'] },
      ],
    ),
    'If HB 4638 had become law, HB 4639, HB 4640, HB 4643 and 1 more bill would have taken effect: HB 4639, HB 4640 and HB 4643 are tie-barred to HB 4638; SB 9 hangs on HB 4638.',
  ],
  [
    'scenario: a story of a few of the bills names them and counts the rest',
    scenarioSentence(
      [{ label: 'SB 664', assumption: 'enacted', counter: true }],
      true,
      [
        { outcome: 'enacted', labels: ['HB 4917', 'HB 4918'], named: 1 },
        { outcome: 'failed', labels: ['HB 1', 'HB 2'], named: 0 },
      ],
      [{ label: 'HB 4917', kind: 'tie-bar', on: ['SB 664', 'HB 4916'] }],
    ),
    'If SB 664 had become law, HB 4917 and 1 more bill would have taken effect and 2 other bills would not have become law: HB 4917 is tie-barred to SB 664 and HB 4916.',
  ],
  [
    'scenario: its reason an unchecked tie',
    scenarioSentence(
      [{ label: 'HB 5443', assumption: 'enacted', counter: true }],
      true,
      [{ outcome: 'enacted', labels: ['HB 5444'] }],
      [{ label: 'HB 5444', kind: 'tie-bar', on: ['HB 5443'], checked: false }],
    ),
    'If HB 5443 had become law, HB 5444 would have taken effect: it is tie-barred to HB 5443. That tie is as the record lists it, not yet checked against the text of the law.',
  ],
  [
    'scenario: nothing changes, but bills hanging on it are dead anyway (their ties unchecked)',
    scenarioTold([{ label: 'HB 4916', assumption: 'failed', counter: true }], true, [], [], ['HB 4917', 'HB 4918'], ['HB 4917', 'HB 4918'])
      .text,
    'If HB 4916 had failed, no other bill would have changed: HB 4917 and HB 4918, which hang on it, could never have taken effect anyway. These ties are as the record lists them, not yet checked against the text of the laws.',
  ],
  [
    'scenario: on an open record, one bill dead anyway, its tie checked',
    scenarioTold([{ label: 'A', assumption: 'failed', counter: false }], false, [], [], ['B']).text,
    'If A fails, no other bill changes: B, which hangs on it, can never take effect anyway.',
  ],
  ['caveat: one tie told', uncheckedNote(['HB 5444']), 'That tie is as the record lists it, not yet checked against the text of the law.'],
  [
    'caveat: one of two ties',
    uncheckedNote(['HB 5444'], 2),
    "HB 5444's tie is as the record lists it, not yet checked against the text of the law.",
  ],
  [
    'caveat: both ties',
    uncheckedNote(['HB 5444', 'SB 897'], 2),
    'These ties are as the record lists them, not yet checked against the text of the laws.',
  ],
  [
    'caveat: two of three ties',
    uncheckedNote(['A', 'B'], 3),
    'The ties of A and B are as the record lists them, not yet checked against the text of the laws.',
  ],
  [
    'caveat: the dead bill a tie names has a companion that became law',
    companionNote('HB 4639', { root: 'HB 4638', companion: 'SB 432' }),
    "HB 4638's companion bill, SB 432, did become law: if the law names SB 432 instead, HB 4639 takes effect.",
  ],
  ['before any bill: one', notYetSentence(1, '8 Jan 2019'), 'The bill had not been introduced by 8 Jan 2019.'],
  ['before any bill: two', notYetSentence(2, '8 Jan 2019'), 'Neither bill had been introduced by 8 Jan 2019.'],
  ['before any bill: many', notYetSentence(4448, '8 Jan 2019'), 'None of these 4,448 bills had been introduced by 8 Jan 2019.'],
  ['question: a dead bill', questionText('HB 5438', 'enacted', true), 'What if HB 5438 had become law?'],
  ['question: a law', questionText('AB 392', 'failed', true), 'What if AB 392 had failed?'],
  ['question: an open bill', questionText('HB 4773', 'failed', false), 'What if HB 4773 fails?'],
  ['question: an open bill becoming law', questionText('HB 4773', 'enacted', false), 'What if HB 4773 becomes law?'],
  ['scope: a bill and those tied to it', scopeSentence('HB 4917', 2, 2, 4448), 'Drawn: 3 of 4,448 bills.'],
  ['scope: one tied bill', scopeSentence('HB 4639', 1, 1, 4043), 'Drawn: 2 of 4,043 bills.'],
  ['scope title: a bill and those tied to it', scopeTitle('HB 4917', 2), 'HB 4917 and the bills tied to it'],
  ['scope title: one tied bill', scopeTitle('HB 4639', 1), 'HB 4639 and the bill tied to it'],
  ['scope: some of many tied bills', scopeSentence('HB 4011', 7, 9, 4448), 'Drawn: 8 of 4,448 bills (7 of the 9 tied to HB 4011).'],
  [
    'scope: some of many tied bills, the two left out named',
    scopeSentence('HB 4011', 7, 9, 4448, undefined, ['HB 4010', 'HB 4015']),
    'Drawn: 8 of 4,448 bills (7 of the 9 tied to HB 4011; not drawn: HB 4010 and HB 4015).',
  ],
  [
    'caption: contingency made',
    tieMade('contingent-enactment', 'SB 230', ['AB 392']),
    'Tie made: SB 230 now depends on AB 392 becoming law',
  ],
  [
    'caption: tie-bar made',
    tieMade('tie-bar', 'HB 6493', ['HB 5437', 'HB 5438']),
    'Tie made: HB 6493 is now tie-barred to HB 5437 and HB 5438 (it takes effect only if they all become law too)',
  ],
  [
    'caption: tie-bar made, asking for enactment',
    tieMade('tie-bar', 'HB 5341', ['HB 5354'], 'enactment'),
    'Tie made: HB 5341 is now tie-barred to HB 5354 (it takes effect only if HB 5354 is enacted too)',
  ],
  [
    'caption: contingency made, asking for enactment of several',
    tieMade('contingent-enactment', 'SB 1', ['AB 1', 'AB 2'], 'enactment'),
    'Tie made: SB 1 now depends on AB 1 and AB 2 being enacted',
  ],
  [
    'caption: tie-bar group made, asking for enactment',
    tieMade('tie-bar', 'HB 1', ['HB 2', 'HB 3'], 'enactment'),
    'Tie made: HB 1 is now tie-barred to HB 2 and HB 3 (it takes effect only if they are all enacted too)',
  ],
  ['caption: procedural made', tieMade('procedural', 'DEBT', ['BUDGET']), 'Tie made: adopting BUDGET now produces DEBT'],
  ['caption: loose relation', tieMade('companion', 'SB 1', ['AB 1']), 'Linked: SB 1 and AB 1 (companion)'],
  ['caption: tie removed', tieRemoved('tie-bar', 'HB 4138', ['HB 4773']), 'Tie removed: HB 4138 is no longer tie-barred to HB 4773'],
  ['caption: position', positionTaken('BLM', 'withdrawn', 'AB 392'), 'BLM withdraws its position on AB 392'],
  ['caption: provision struck', provisionStruck('SB 230', 'Its own standard'), 'SB 230: "Its own standard" is struck'],
];

describe('every sentence shape reads as newspaper English', () => {
  it.each(EXPLANATIONS)('explanation: %s', (_, f, words) => expect(explanationSentence(f)).toBe(words));
  it.each(OTHERS)('%s', (_, got, words) => expect(got).toBe(words));

  it('no sentence says "in doubt" or "inoperative", explains "tie-barred", and joins lists with "and"', () => {
    for (const s of [...EXPLANATIONS.map(([, f]) => explanationSentence(f)), ...OTHERS.map(([, got]) => got)]) {
      expect(s).not.toMatch(/in doubt|inoperative|, and and|\s,|\s\s/);
      // The jargon is explained where a reader meets it in an explanation.
      if (/has been tie-barred to|it is tie-barred to/.test(s) && !s.startsWith('If ')) expect(s).toMatch(/so it depends on/);
      // A list of three or more names is joined with "and", never left as a bare comma list.
      for (const m of s.matchAll(/(?:[A-Z]{1,3} \d+, )+[A-Z]{1,3} \d+\b/g)) expect(s.slice(m.index + m[0].length)).toMatch(/^ and /);
    }
  });
});

describe('grammar', () => {
  it.each([
    [byNumber(['SB 1138', 'HB 4016', 'SB 897', 'HB 4007']).join(', '), 'HB 4007, HB 4016, SB 897, SB 1138'],
    [joinAnd(['A']), 'A'],
    [joinAnd(['A', 'B']), 'A and B'],
    [joinAnd(['A', 'B', 'C']), 'A, B and C'],
    [joinOr(['A']), 'A'],
    [joinOr(['A', 'B']), 'A or B'],
    [joinOr(['A', 'B', 'C']), 'A, B or C'],
    [allOf(2), 'both'],
    [allOf(3), 'all three'],
    [allOf(12), 'all 12'],
    [countOf(1, 'more link'), '1 more link'],
    [countOf(9998, 'more link'), '9,998 more links'],
    [when('2019-04-23'), 'on 23 Apr 2019'],
    [when('2019-05'), 'in May 2019'],
    [when('2006'), 'in 2006'],
    // Text from a record placed mid-sentence: lowered where it reads as a sentence, kept where a
    // lowered letter would read as a typo (an acronym first, or the record's title case).
    [lowerFirst('Passed the House'), 'passed the House'],
    [lowerFirst('Signed'), 'signed'],
    [lowerFirst('Roll Call Roll Call # 366'), 'Roll Call Roll Call # 366'],
    [lowerFirst('House Substitute (H-6) Concurred In'), 'House Substitute (H-6) Concurred In'],
    [lowerFirst('POST training required'), 'POST training required'],
    // Only a verb is lowered: a first word that is none may be a name.
    [lowerFirst('Weber and McCarty launch AB 931'), 'Weber and McCarty launch AB 931'],
    [lowerFirst('Referred to committee'), 'referred to committee'],
  ])('%s', (got, words) => expect(got).toBe(words));
});

describe("a table's mark for a reason's caveat", () => {
  it("says once what the mark stands for, in the caveat's own words", () => {
    expect(UNCHECKED_MARK).toBe('(tie unchecked)');
    expect(uncheckedMarkNote()).toBe(
      'A reason marked (tie unchecked) tells of a tie as the record lists it, not yet checked against the text of the law.',
    );
    expect(uncheckedNote(['HB 5444'])).toBe(`That tie is ${uncheckedMarkNote().split(' tells of a tie ')[1]}`);
  });
  it('finds the caveat word for word, and nothing where the sentence does not say it', () => {
    const caveat = uncheckedNote(['H.B. 6']);
    expect(aroundCaveat(`H.B. 6 takes effect: it is tie-barred to S.B. 310. ${caveat}`, caveat)).toEqual([
      'H.B. 6 takes effect: it is tie-barred to S.B. 310.',
      '',
    ]);
    expect(aroundCaveat('H.B. 6 does not become law: it died on 31 Dec 2020.', caveat)).toBeNull();
  });
});

describe('a story told apart from its caveat, for quieter type', () => {
  // Labels with periods (Ohio's "H.B. 6") must not split a sentence in the wrong place.
  const stories = ['H.B. 6 was signed but can never take effect: it is tied to S.B. 310, which died'];
  it.each([
    ['one tie told, more tied', recordTold(stories, 1, ['H.B. 6']), 'One more bill is tied to another.'],
    ['one tie told', recordTold(stories, 0, ['H.B. 6']), ''],
    ['one of two ties', recordTold([...stories, 'SB 1 hangs on SB 2'], 3, ['H.B. 6']), '3 more bills are tied to others.'],
    ['two of three ties, none counted', recordTold([...stories, 'SB 1 hangs on SB 2', 'SB 3 hangs on SB 4'], 0, ['H.B. 6', 'SB 1']), ''],
  ])('%s', (_, told, rest) => {
    expect(told.caveat).toMatch(/as the record lists (it|them), not yet checked against the text of the laws?\.$/);
    // The sentence as said whole keeps the caveat before the count; without it, the rest reads on.
    expect(told.text).toContain(` ${told.caveat}`);
    const said = withoutCaveat(told);
    expect(said).not.toContain('as the record lists');
    expect(said).toMatch(/^H\.B\. 6 was signed/);
    expect(said.endsWith(rest ? ` ${rest}` : '.')).toBe(true);
  });
  it("keeps a companion's note in the caveat, after the word on the tie, before the count", () => {
    const note = companionNote('H.B. 6', { root: 'S.B. 310', companion: 'H.B. 7' });
    const told = recordTold(stories, 2, ['H.B. 6'], [note]);
    expect(told.caveat).toBe(`That tie is as the record lists it, not yet checked against the text of the law. ${note}`);
    expect(withoutCaveat(told)).toBe(`${stories[0]}. 2 more bills are tied to others.`);
  });
  it('in a scenario too, and leaves a story with no caveat whole', () => {
    const why = [{ label: 'H.B. 6', kind: 'tie-bar' as const, on: ['S.B. 310'], checked: false }];
    const told = scenarioTold(
      [{ label: 'S.B. 310', assumption: 'enacted', counter: true }],
      true,
      [{ outcome: 'enacted', labels: ['H.B. 6'] }],
      why,
    );
    expect(withoutCaveat(told)).toBe('If S.B. 310 had become law, H.B. 6 would have taken effect: it is tie-barred to S.B. 310.');
    expect(told.caveat).toBe('That tie is as the record lists it, not yet checked against the text of the law.');
    const plain = recordTold(['SB 230 takes effect only because AB 392 became law'], 0);
    expect([plain.caveat, withoutCaveat(plain)]).toEqual([null, 'SB 230 takes effect only because AB 392 became law.']);
  });
});
