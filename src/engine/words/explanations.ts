/** Explanation sentences: why a bill has its outcome, in one sentence of bounded length. */
import type { BillEvent } from '../../model/schema';
import type { ChainFact, ConditionFact, ExplanationFact, OwnFact, RootFact } from './facts';
import { allOf, countOf, day, joinAnd, lowerFirst, when } from './grammar';

const VERBS: Partial<Record<BillEvent['type'], string>> = {
  signed: 'was signed',
  chaptered: 'was chaptered',
  enacted: 'was enacted',
  'approved-by-voters': 'was approved by voters',
  vetoed: 'was vetoed',
  died: 'died',
  failed: 'failed',
};

/** "was signed", "died": what a deciding event did, without its date. */
export function eventVerb(type: BillEvent['type']): string {
  return VERBS[type] ?? type;
}

/** "died", "is still pending", "did not become law in time": how a chain ends, short, for a story. */
export function rootWhat(cause: RootFact): string {
  if (cause.kind === 'deadline') return 'did not become law in time';
  const own = cause.own;
  if (own.kind === 'assumed') return `${own.assumption === 'enacted' ? 'becomes law' : 'fails'} in this scenario`;
  if (own.kind === 'deemed') return 'is deemed passed';
  return own.kind === 'event' ? eventVerb(own.type) : 'is still pending';
}

/** "passed both chambers on 20 Dec 2024 and has not been signed": what a bill left unsigned did (a story's own words for it). */
export function passedUnsigned(date: string): string {
  return `${passedBoth(date)} and has not been signed`;
}

/** "passed both chambers on 20 Dec 2024". */
function passedBoth(date: string): string {
  return `passed both chambers ${when(date)}`;
}

/** "was signed", "was pocket-vetoed": what a bill's deciding event did, as the record names it. */
export function ownVerb(own: { type: BillEvent['type']; pocket?: boolean }): string {
  return own.pocket && own.type === 'vetoed' ? 'was pocket-vetoed' : eventVerb(own.type);
}

/** "was signed on 19 Aug 2019", "died on 29 Aug 2018": what a deciding event did. */
function happened(own: Extract<OwnFact, { kind: 'event' }>): string {
  return `${ownVerb(own)} ${when(own.date)}`;
}

/** The bill's own fate as a clause: "it was signed on 19 Aug 2019", "in this scenario AB 392 fails". */
export function ownClause(own: OwnFact, subject: 'it' | 'name'): string {
  const s = subject === 'it' ? 'it' : own.label;
  switch (own.kind) {
    case 'assumed':
      return `in this scenario ${s} ${own.assumption === 'enacted' ? 'becomes law' : 'fails'}`;
    case 'deemed':
      return `${s} is deemed passed, because adopting ${own.trigger} produces it (a procedural link)`;
    case 'event':
      return `${s} ${happened(own)}`;
    case 'open': {
      const step = own.lastStep ? ` (last step ${when(own.lastStep.date)}: ${lowerFirst(own.lastStep.description)})` : '';
      return `${subject === 'it' ? 'its' : `${own.label}'s`} own fate is still open${step}`;
    }
  }
}

/** The end of a chain named after its bill: "which died on 29 Aug 2018", "which is still pending". */
function rootRelative(cause: RootFact): string {
  if (cause.kind === 'deadline') return `which did not become law in time (by ${day(cause.deadline)})`;
  const own = cause.own;
  if (own.kind === 'assumed') return `which in this scenario ${own.assumption === 'enacted' ? 'becomes law' : 'fails'}`;
  if (own.kind === 'deemed') return `which is deemed passed (adopting ${own.trigger} produces it)`;
  if (own.kind === 'event') return `which ${happened(own)}`;
  return 'which is still pending';
}

/** The end of a one-link chain as its own clause: "AB 392 died on 29 Aug 2018", "AB 392 is still pending". */
function rootClause(cause: RootFact): string {
  if (cause.kind === 'deadline') return `${cause.label} did not become law in time`;
  return cause.own.kind === 'open' ? `${cause.own.label} is still pending` : ownClause(cause.own, 'name');
}

/**
 * The condition a bill hangs on, explaining the jargon where the reader meets it:
 * "since 23 Apr 2019 it has depended on AB 392 becoming law",
 * "it is tie-barred to HB 5437 and HB 5438, so it depends on both becoming law".
 */
export function conditionClause(c: ConditionFact): string {
  const enactment = c.requires === 'enactment';
  const by = c.deadline ? `${enactment ? '' : ' and taking effect'} by ${day(c.deadline)}` : '';
  // A bill signed already has become law: what it must still do is take effect (a deadline asks both by its day).
  const becoming = enactment ? 'being enacted' : c.enacted && !c.deadline ? 'taking effect' : 'becoming law';
  const since = c.since ? `since ${day(c.since)} ` : '';
  if (c.kind === 'tie-bar') {
    const tied = `${since}it ${c.since ? 'has been' : 'is'} tie-barred to ${joinAnd(c.group)}`;
    const on = c.group.length === 1 ? `${c.group[0]} ${becoming} too` : `${allOf(c.group.length)} ${becoming}`;
    return `${tied}, so it depends on ${on}${by}`;
  }
  return `${since}it ${c.since ? 'has depended' : 'depends'} on ${c.target} ${becoming}${by}`;
}

/** "all three were pocket-vetoed on 5 Jan 2021", "both died, the last on 31 Dec 2006": every bill tied to met one fate. */
function allAlike(alike: NonNullable<ChainFact['alike']>, cause: RootFact): string {
  if (cause.kind !== 'own' || cause.own.kind !== 'event') return rootClause(cause);
  const { date } = cause.own;
  const did = `${allOf(alike.labels.length)} ${ownVerb(cause.own).replace(/^was /, 'were ')}`;
  return alike.last === date ? `${did} ${when(date)}` : `${did}, the last ${when(alike.last)}`;
}

/** The whole chain, bounded whatever its length: first link, then the root cause. */
export function chainClause(chain: ChainFact): string {
  const first = conditionClause(chain.first);
  if (chain.links === 1) return `${first}, and ${chain.alike ? allAlike(chain.alike, chain.cause) : rootClause(chain.cause)}`;
  if (chain.links === 2) return `${first}, and ${chain.next} in turn hangs on ${chain.root}, ${rootRelative(chain.cause)}`;
  return `${first}, and through ${countOf(chain.links - 1, 'more link')} it hangs on ${chain.root}, ${rootRelative(chain.cause)}`;
}

/** "SB 230 was signed on 12 Sep 2019 but", "In this scenario SB 230 becomes law but": the head of a held-back bill. */
function heldBackHead(own: OwnFact, label: string): string {
  if (own.kind === 'assumed') return `In this scenario ${label} becomes law but`;
  if (own.kind === 'deemed') return `${label} is deemed passed but`;
  if (own.kind === 'event') return `${label} ${happened(own)} but`;
  return label;
}

/**
 * ", and AB 392, which it hangs on, takes effect too"; "both ... take effect too"; "... too in this
 * scenario" when one of them does only because the scenario says so (a guess is not told as fact).
 */
function heldConditions(labels: string[], assumed = false): string {
  if (labels.length === 0) return '';
  const scenario = assumed ? ' in this scenario' : '';
  if (labels.length === 1) return `, and ${labels[0]}, which it hangs on, takes effect too${scenario}`;
  const all = labels.length === 2 ? 'both' : 'all';
  return `, and ${joinAnd(labels)}, which it hangs on, ${all} take effect too${scenario}`;
}

/**
 * "; it is also tied to HB 5354, which was enacted, and its tie asks only that, not that it take
 * effect": bills a law hangs on only for their enactment, which do not take effect themselves.
 */
function enactedOnlyClause(labels: string[] | undefined, also: boolean): string {
  if (!labels?.length) return '';
  const one = labels.length === 1;
  const tie = one ? 'its tie asks only that, not that it take effect' : 'its ties ask only that, not that they take effect';
  return `; it is ${also ? 'also ' : ''}tied to ${joinAnd(labels)}, which ${one ? 'was' : 'were'} enacted, and ${tie}`;
}

/** Whether explanationSentence(f) tells of a tie (a failed bill's tells only its own fate). */
export function tellsOfTie(f: ExplanationFact): boolean {
  return f.outcome !== 'failed' && (f.chain !== undefined || f.hangsOn.length > 0 || (f.enactedOnly?.length ?? 0) > 0);
}

/** One sentence on why a bill has its outcome. */
export function explanationSentence(f: ExplanationFact): string {
  const { label, own, chain } = f;
  if (f.outcome === 'failed') return `${label} does not become law: ${ownClause(own, 'it')}.`;
  if (f.outcome === 'enacted')
    return `${label} takes effect: ${ownClause(own, 'it')}${heldConditions(f.hangsOn, f.hangsOnAssumed)}${enactedOnlyClause(f.enactedOnly, f.hangsOn.length > 0)}.`;
  if (!chain) {
    const also = f.hangsOn.length ? `; it also hangs on ${joinAnd(f.hangsOn)}` : '';
    return `${label} is pending: ${ownClause(own, 'it')}${also}.`;
  }
  const why = chainClause(chain);
  if (f.outcome === 'inoperative') {
    if (own.kind !== 'open') return `${heldBackHead(own, label)} can never take effect: ${why}.`;
    // Passed but not signed: what it awaits is said, and that signing it would change nothing.
    if (own.passed)
      return `${label} ${passedBoth(own.passed)} but has not been signed, and even if it is, it can never take effect: ${why}.`;
    return `${label} cannot take effect, even if it becomes law: ${why}.`;
  }
  if (f.outcome === 'contingent') return `${heldBackHead(own, label)} is not sure to take effect: ${why}.`;
  return `${label} is pending: ${ownClause(own, 'it')}, and ${why}.`;
}
