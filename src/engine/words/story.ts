/** The story in one sentence, as recorded and in a scenario, and the quick question worth asking. */
import type { Link } from '../../model/schema';
import type { Outcome } from '../scenario';
import { agree, allOf, byNumber, countOf, joinAnd } from './grammar';
import { outcomeVerb } from './outcomes';

/** A tie as the story tells it: who hangs on whom, and how. */
export interface TieFact {
  /** The bill that hangs. */
  label: string;
  /** How: a contingent enactment or a tie-bar (all of a group). */
  kind: Link['kind'];
  /** The bills it hangs on directly. */
  on: string[];
  /** False when the tie's wording is marked as not yet checked against the bill's text (`clauseVerified: false`). */
  checked?: boolean;
  /** True when every bill it hangs on has been enacted already (signed): they have still to take effect, not to become law. */
  onEnacted?: boolean;
}

/** "hangs on AB 392", "is tie-barred to HB 5437 and HB 5438"; for `n` bills alike, "are tie-barred to …". */
export function tiePhrase(t: Pick<TieFact, 'kind' | 'on'>, n = 1): string {
  return t.kind === 'tie-bar'
    ? `${agree(n, 'is', 'are')} tie-barred to ${joinAnd(t.on)}`
    : `${agree(n, 'hangs', 'hang')} on ${joinAnd(t.on)}`;
}

/**
 * Ties as reasons, each its own clause, bills tied alike in one ("HB 4639, HB 4640 and HB 4643
 * are tie-barred to HB 4638", not three clauses that say the same of each).
 */
function reasonClauses(why: readonly TieFact[], named: readonly string[]): string {
  // Bills tied alike name their bills in number order; one alone keeps its tie's own order.
  const alike = new Map<string, { first: TieFact; kind: Link['kind']; on: string[]; labels: string[] }>();
  for (const t of why) {
    const on = byNumber(t.on);
    const key = `${t.kind}|${on.join('|')}`;
    const group = alike.get(key);
    if (group) group.labels.push(t.label);
    else alike.set(key, { first: t, kind: t.kind, on, labels: [t.label] });
  }
  const groups = [...alike.values()];
  // The very bills the sentence has just named, all tied alike: "both are tie-barred to …".
  const [only] = groups;
  if (groups.length === 1 && only.labels.length > 1 && only.labels.length === named.length && named.every((l) => only.labels.includes(l)))
    return `${allOf(named.length)} ${tiePhrase(only, named.length)}`;
  return groups
    .map((g) => (g.labels.length === 1 ? `${g.labels[0]} ${tiePhrase(g.first)}` : `${joinAnd(g.labels)} ${tiePhrase(g, g.labels.length)}`))
    .join('; ');
}

/** "AB 1, AB 2, AB 3 and 9 more bills": a list kept short enough to read aloud. */
export function shortList(labels: string[], max = 3): string {
  if (labels.length <= max) return joinAnd(labels);
  return `${labels.slice(0, max).join(', ')} and ${countOf(labels.length - max, 'more bill')}`;
}

/** How a held-back bill's chain ends, in story words: "it is tied to HB 5438, which died". */
export interface ChainStory {
  /** The bill its first link leads to. */
  next: string;
  /** Links from the bill to the root. */
  links: number;
  /** The bill at the end. */
  root: string;
  /** What became of the root, short: "died", "was vetoed", "is still pending", "did not become law in time". */
  rootWhat: string;
  /** When the bill is tied straight to several bills that all fell alike: every one of them (the root among them). */
  roots?: string[];
}

function tiedTo(c: ChainStory): string {
  if (c.links === 1 && c.roots && c.roots.length > 1)
    return `it is tied to ${joinAnd(c.roots)}, which ${allDid(c.rootWhat, c.roots.length)}`;
  if (c.links === 1) return `it is tied to ${c.root}, which ${c.rootWhat}`;
  if (c.links === 2) return `it is tied to ${c.next}, which is tied to ${c.root}, which ${c.rootWhat}`;
  return `it is tied to ${c.next}, and through ${countOf(c.links - 1, 'more link')} to ${c.root}, which ${c.rootWhat}`;
}

/** "were both vetoed", "all died": what several bills did alike. */
function allDid(what: string, n: number): string {
  const all = n === 2 ? 'both' : 'all';
  return what.startsWith('was ') ? `were ${all} ${what.slice(4)}` : `${all} ${what}`;
}

/** As recorded, one tied bill: what hangs on what and what happened. `ownWhat` is e.g. "was signed" (undefined: still open). */
export function recordStory(t: TieFact, outcome: Outcome, ownWhat: string | undefined, onState: string, chain?: ChainStory): string {
  const on = joinAnd(t.on);
  const became = t.on.length === 1 ? 'became law' : `${allOf(t.on.length)} became law`;
  switch (outcome) {
    case 'enacted':
      return `${t.label} takes effect only because ${on} ${became}`;
    case 'inoperative': {
      // A tie not checked against the law's text is not stated as fact: the record says it, and
      // the bill's fate follows only "if that tie holds".
      if (t.checked === false) {
        const ties = tiedTo(chain!).replace(/^it is tied to /, '');
        return ownWhat
          ? `${t.label} ${ownWhat}, but the record ties it to ${ties}: if that tie holds, ${t.label} can never take effect`
          : `The record ties ${t.label} to ${ties}: if that tie holds, ${t.label} cannot take effect even if it becomes law`;
      }
      return ownWhat
        ? `${t.label} ${ownWhat} but can never take effect: ${tiedTo(chain!)}`
        : `${t.label} cannot take effect even if it becomes law: ${tiedTo(chain!)}`;
    }
    case 'contingent':
      return `${t.label} ${ownWhat ?? 'was enacted'} but takes effect only if ${on} ${t.onEnacted ? agree(t.on.length, 'takes effect', 'take effect') : `${agree(t.on.length, 'becomes', 'become')} law`}${chain ? `: ${tiedTo(chain)}` : ''}`;
    case 'pending': {
      const only = `it can take effect only if ${on} ${agree(t.on.length, 'becomes', 'become')} law${t.on.length === 1 ? ' too' : ''}`;
      const open = onState === agree(t.on.length, 'is still pending', 'are still pending');
      if (open) return `${t.label} ${tiePhrase(t)}: ${only}; ${allOf(t.on.length + 1)} are still pending`;
      return `${t.label} is still pending; it ${tiePhrase(t)}, which ${onState}`;
    }
    case 'failed': {
      const tied = tiePhrase(t)
        .replace(/^is /, 'was ')
        .replace(/^hangs /, 'hung ');
      // Where the bills it was tied to failed too (onState's words for that), "but … itself" would say they became law.
      if (onState === outcomeVerb('failed', t.on.length, false))
        return `${t.label} ${tied}, and ${t.on.length === 1 ? 'neither' : `none of these ${t.on.length + 1} bills`} became law`;
      return `${t.label} ${tied} but did not become law itself`;
    }
  }
}

/** One tie's story as recordStory tells it. */
export interface StoryFacts {
  tie: TieFact;
  outcome: Outcome;
  /** What the bill did itself ("was signed"); undefined while it is open. */
  ownWhat?: string;
  onState: string;
  chain?: ChainStory;
}

/** "were signed", "died": what several bills did alike, for a past tense a plural takes; undefined for one it does not. */
function didAlike(what: string): string | undefined {
  if (what.startsWith('was ')) return `were ${what.slice(4)}`;
  return /^(died|failed|did not )/.test(what) ? what : undefined;
}

/**
 * Two laws held back alike, in one sentence rather than two (a phone shows the first at 7 lines):
 * "HB 5444 and SB 897 were signed, but the record ties them to bills that were vetoed (HB 5444 to
 * HB 5443, and SB 897 to SB 1138, SB 1139 and SB 1140): if those ties hold, neither can ever take
 * effect". Undefined unless both did the same, are tied straight to bills that fell alike, and
 * their ties are alike checked or not.
 */
function pairedStory(a: StoryFacts, b: StoryFacts): string | undefined {
  const [ca, cb] = [a.chain, b.chain];
  if (a.outcome !== 'inoperative' || b.outcome !== 'inoperative' || !ca || !cb || ca.links !== 1 || cb.links !== 1) return undefined;
  if (!a.ownWhat || a.ownWhat !== b.ownWhat || ca.rootWhat !== cb.rootWhat || (a.tie.checked === false) !== (b.tie.checked === false))
    return undefined;
  const [did, fell] = [didAlike(a.ownWhat), didAlike(ca.rootWhat)];
  if (!did || !fell) return undefined;
  const rootsOf = (c: ChainStory) => (c.roots && c.roots.length > 1 ? c.roots : [c.root]);
  const [ra, rb] = [rootsOf(ca), rootsOf(cb)];
  // Tied to the same bills: named once ("both to SB 664, which died").
  const same = ra.length === rb.length && ra.every((r, i) => r === rb[i]);
  const which = same
    ? `to ${joinAnd(ra)}, which ${ra.length > 1 ? allDid(ca.rootWhat, ra.length) : ca.rootWhat}`
    : `to bills that ${fell} (${a.tie.label} to ${joinAnd(ra)}, and ${b.tie.label} to ${joinAnd(rb)})`;
  const both = `${a.tie.label} and ${b.tie.label} ${did}`;
  // "both" once: "ties them both to SB 664, which died", "ties them to SB 3 and SB 4, which were both vetoed".
  const bothTo = same && ra.length === 1 ? 'both ' : '';
  return a.tie.checked === false
    ? `${both}, but the record ties them ${bothTo}${which}: if those ties hold, neither can ever take effect`
    : `${both} but can never take effect: they are ${bothTo}tied ${which}`;
}

/** The stories of the ties a sentence tells: two held back alike as one, else one each. */
export function recordStories(facts: StoryFacts[]): string[] {
  const paired = facts.length === 2 ? pairedStory(facts[0]!, facts[1]!) : undefined;
  if (paired) return [paired];
  return facts.map((f) => recordStory(f.tie, f.outcome, f.ownWhat, f.onState, f.chain));
}

/**
 * The record's story: up to two ties, a sentence each, whether `unchecked` of them rest on wording
 * not yet checked against the law's text (a headline says so, rather than state it as fact), and
 * how many more bills are tied.
 */
export function recordSentence(stories: string[], more: number | readonly string[], unchecked: string[] = []): string {
  return recordTold(stories, more, unchecked).text;
}

/** A story's sentence, and the caveat it holds (uncheckedNote's words, said in it as they are here), if any. */
export interface Told {
  text: string;
  caveat: string | null;
}

/**
 * The bills tied to others that a story does not tell: counted ("One more bill is tied to
 * another."), or where their labels are given and one or two (the bills a reader sees drawn),
 * named ("SB 664 also hangs on another bill.").
 */
function moreTied(more: number | readonly string[]): string {
  if (typeof more !== 'number' && more.length > 0 && more.length <= 2)
    return more.length === 1 ? ` ${more[0]} also hangs on another bill.` : ` ${joinAnd([...more])} also hang on other bills.`;
  const n = typeof more === 'number' ? more : more.length;
  return n === 1 ? ' One more bill is tied to another.' : n > 1 ? ` ${countOf(n, 'more bill')} are tied to others.` : '';
}

/** recordSentence, with its caveat apart; `ties`: how many ties the stories tell (two told in one story count two). */
export function recordTold(
  stories: string[],
  more: number | readonly string[],
  unchecked: string[] = [],
  companions: string[] = [],
  ties = stories.length,
): Told {
  // A companion of a bill a tie names that did become law is said after the caveat, as its reason to doubt the tie (companionNote).
  const caveat = unchecked.length === 0 ? null : [uncheckedNote(unchecked, ties), ...companions].join(' ');
  const rest = moreTied(more);
  return { text: `${stories.map((s) => `${s}.`).join(' ')}${caveat ? ` ${caveat}` : ''}${rest}`, caveat };
}

/** How one tie not yet checked is: "as the record lists it, not yet checked against the text of the law" (uncheckedNote's words). */
export const ONE_TIE_UNCHECKED = 'as the record lists it, not yet checked against the text of the law';

/**
 * Said where a sentence tells `told` ties and those of the bills `unchecked` have wording marked as
 * not yet checked against the bill's text: "That tie is as the record lists it, not yet checked
 * against the text of the law.", "HB 5444's tie is as the record lists it, ...".
 */
export function uncheckedNote(unchecked: string[], told = 1): string {
  const rest = 'not yet checked against the text of the laws';
  if (told === 1) return `That tie is ${ONE_TIE_UNCHECKED}.`;
  if (unchecked.length === told) return `These ties are as the record lists them, ${rest}.`;
  if (unchecked.length === 1) return `${unchecked[0]}'s tie is ${ONE_TIE_UNCHECKED}.`;
  return `The ties of ${joinAnd(unchecked)} are as the record lists them, ${rest}.`;
}

/**
 * Said after uncheckedNote where the bill a tie names did not become law but its companion did:
 * "HB 4638's companion bill, SB 432, did become law: if the law names SB 432 instead, HB 4639 takes effect."
 */
export function companionNote(label: string, chain: { root: string; companion?: string }): string {
  return `${chain.root}'s companion bill, ${chain.companion}, did become law: if the law names ${chain.companion} instead, ${label} takes effect.`;
}

/**
 * A story's sentence without its caveat, so a page can set the caveat in quieter type apart: the
 * caveat is taken out word for word, as it was put in (never parsed back out of the sentence).
 */
export function withoutCaveat(told: Told): string {
  return told.caveat ? told.text.replace(` ${told.caveat}`, '') : told.text;
}

/** Before any of the bills is there (a date before the first one's first event): "None of these 4 bills had been introduced by 8 Jan 2019." */
export function notYetSentence(count: number, date: string): string {
  return `${count === 1 ? 'The bill had not' : count === 2 ? 'Neither bill had' : `None of these ${countOf(count, 'bill')} had`} been introduced by ${date}.`;
}

/** With no ties at all: what became of the bills. */
export function untiedSentence(groups: Array<{ outcome: Outcome; labels: string[] }>): string {
  const verb = (g: { outcome: Outcome; labels: string[] }) =>
    g.outcome === 'pending'
      ? agree(g.labels.length, 'is still pending', 'are still pending')
      : outcomeVerb(g.outcome, g.labels.length, false);
  const parts = groups.map((g) => `${shortList(g.labels)} ${verb(g)}`);
  return `No bill here hangs on another: ${joinAnd(parts)}.`;
}

/** One assumption of a scenario. */
export interface PremiseFact {
  /** The bill's label. */
  label: string;
  /** What the scenario assumes. */
  assumption: 'enacted' | 'failed';
  /** True when it goes against a record that is already decided ("had become law"). */
  counter?: boolean;
}

/**
 * "AB 392 had failed", "AB 392 and SB 230 had both failed", "C fails and D becomes law": the
 * premises, those that assume the same grouped ("both"), all in the past once any goes against the
 * record (`counterfactual`), so one sentence never mixes "had failed" with "becomes law".
 */
export function premisePhrase(premises: PremiseFact[], counterfactual: boolean): string {
  const groups = (['failed', 'enacted'] as const)
    .map((assumption) => ({ assumption, labels: premises.filter((p) => p.assumption === assumption).map((p) => p.label) }))
    .filter((g) => g.labels.length > 0);
  // In the order the premises came: the first one's group first.
  if (premises.length > 0 && groups[0].assumption !== premises[0].assumption) groups.reverse();
  return joinAnd(
    groups.map(({ assumption, labels }) => {
      const n = labels.length;
      if (counterfactual)
        return `${joinAnd(labels)} had ${n > 1 ? `${allOf(n)} ` : ''}${assumption === 'enacted' ? 'become law' : 'failed'}`;
      const verb = assumption === 'enacted' ? agree(n, 'becomes law', 'become law') : agree(n, 'fails', 'fail');
      return `${joinAnd(labels)} ${n > 1 ? `${allOf(n)} ` : ''}${verb}`;
    }),
  );
}

/** "If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392." (`counterfactual`: any premise is.) */
export function scenarioSentence(
  premises: PremiseFact[],
  counterfactual: boolean,
  changes: Array<{ outcome: Outcome; labels: string[]; named?: number }>,
  why: TieFact[],
): string {
  return scenarioTold(premises, counterfactual, changes, why).text;
}

/**
 * scenarioSentence, with its caveat apart. `already`: bills that hang on a premise's bill but can
 * never take effect whatever it does (another bill they hang on is dead; `alreadyUnchecked` of them
 * by a tie not checked against the law's text), said where nothing changes:
 * "If HB 4916 had failed, no other bill would have changed: HB 4917 and HB 4918, which hang on it,
 * could never have taken effect anyway."
 */
export function scenarioTold(
  premises: PremiseFact[],
  counterfactual: boolean,
  changes: Array<{ outcome: Outcome; labels: string[]; named?: number }>,
  why: TieFact[],
  already: string[] = [],
  alreadyUnchecked: string[] = [],
): Told {
  const head = `If ${premisePhrase(premises, counterfactual)}`;
  if (changes.length === 0) {
    const none = `${head}, no other bill ${counterfactual ? 'would have changed' : 'changes'}`;
    if (already.length === 0) return { text: `${none}.`, caveat: null };
    const n = already.length;
    const which = `${shortList(already, 3)}, which ${agree(n, 'hangs', 'hang')} on ${premises.length > 1 ? 'them' : 'it'}`;
    const never = counterfactual ? 'could never have taken effect' : 'can never take effect';
    // Dead by ties not checked against the law's text: the sentence says so, as any sentence telling of such a tie does.
    const caveat = alreadyUnchecked.length ? uncheckedNote(alreadyUnchecked, n) : null;
    return { text: `${none}: ${which}, ${never} anyway.${caveat ? ` ${caveat}` : ''}`, caveat };
  }
  // A change names its first `named` bills (three by default) and counts the rest.
  const list = (c: (typeof changes)[number]) =>
    c.named === 0 ? countOf(c.labels.length, 'other bill') : shortList(c.labels, c.named ?? 3);
  const parts = changes.map((c) => `${list(c)} ${outcomeVerb(c.outcome, c.labels.length, counterfactual)}`);
  const reasons =
    why.length === 1 && changes.length === 1 && changes[0].labels.length === 1
      ? `it ${tiePhrase(why[0])}`
      : // Each reason its own clause: "and" inside a list of ties would run them together.
        reasonClauses(
          why,
          changes.flatMap((c) => c.labels),
        );
  const unchecked = why.filter((t) => t.checked === false).map((t) => t.label);
  const caveat = unchecked.length ? uncheckedNote(unchecked, why.length) : null;
  return { text: `${head}, ${joinAnd(parts)}${why.length ? `: ${reasons}` : ''}.${caveat ? ` ${caveat}` : ''}`, caveat };
}

/**
 * A what-if the record already holds: "As recorded, HB 4024 did not become law: the what-if changes
 * nothing." (said before the record's story, which stays as it was).
 */
export function heldSentence(premises: PremiseFact[]): string {
  const enacted = premises.filter((p) => p.assumption === 'enacted').map((p) => p.label);
  const failed = premises.filter((p) => p.assumption === 'failed').map((p) => p.label);
  const parts = [
    ...(enacted.length ? [`${joinAnd(enacted)} became law`] : []),
    ...(failed.length ? [`${joinAnd(failed)} did not${enacted.length ? '' : ' become law'}`] : []),
  ];
  const what = premises.length > 1 ? 'the what-ifs change' : 'the what-if changes';
  return `As recorded, ${joinAnd(parts)}: ${what} nothing.`;
}

/**
 * The quick question: "What if HB 5438 had become law?" for a dead bill, "What if HB 4773 fails?"
 * for an open one. Never "passed": a vetoed bill did pass the legislature.
 */
export function questionText(label: string, assumption: 'enacted' | 'failed', settled: boolean): string {
  if (settled) return `What if ${label} had ${assumption === 'enacted' ? 'become law' : 'failed'}?`;
  return `What if ${label} ${assumption === 'enacted' ? 'becomes law' : 'fails'}?`;
}

/** A session embed's headline, over the dataset's own title: "HB 4917 and the bills tied to it". */
export function scopeTitle(lead: string, tied: number): string {
  return `${lead} and ${tied === 1 ? 'the bill' : 'the bills'} tied to it`;
}

/**
 * What a session's embed draws of it, under its headline (scopeTitle: "HB 4917 and the bills tied to
 * it"): "Drawn: 3 of 4,448 bills.", "Drawn: 8 of 4,448 bills (7 of the 9 tied to HB 4011)." (`shown`
 * of the `tied` bills drawn, besides the lead).
 */
export function scopeSentence(lead: string, shown: number, tied: number, total: number, untied?: string, left: string[] = []): string {
  // The bills left out are named when they are one or two ("not drawn: HB 4010 and HB 4015").
  const named = left.length > 0 && left.length <= 2 ? `; not drawn: ${joinAnd(left)}` : '';
  const some = shown < tied ? ` (${shown} of the ${tied} tied to ${lead}${named})` : '';
  // A focus on a bill tied to nothing says why the story is another's, rather than tell it silently.
  const instead = untied ? `${untied} is tied to no other bill, so this is ${lead}'s story. ` : '';
  return `${instead}Drawn: ${shown + 1} of ${countOf(total, 'bill')}${some}.`;
}
