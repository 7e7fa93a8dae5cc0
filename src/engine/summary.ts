/** The story of a dataset in one sentence (as recorded or in a scenario), and the questions worth asking. */
import { conditionTargets } from './compile';
import type { Evaluation } from './evaluate';
import { billThere, evaluateRecord } from './evaluate';
import { allEnacted, decidingCondition, explainFacts, tieChecked } from './explain';
import type { Outcome } from './scenario';
import { OUTCOMES } from './scenario';
import { agree, byNumber } from './words/grammar';
import { outcomeVerb } from './words/outcomes';
import { eventVerb, passedUnsigned, rootWhat } from './words/explanations';
import type { PremiseFact, StoryFacts, TieFact, Told } from './words/story';
import {
  companionNote,
  heldSentence,
  notYetSentence,
  questionText,
  recordStories,
  recordTold,
  scenarioTold,
  untiedSentence,
} from './words/story';
import { formatDate } from '../model/dates';

/** The ties bill i hangs on directly: the first deciding link's kind and every bill it hangs on. */
function tieOf(ev: Evaluation, i: number): TieFact | null {
  const { conditionsStart, dataset } = ev.record;
  if (conditionsStart[i] === conditionsStart[i + 1]) return null;
  const targets = conditionTargets(ev.record, i);
  const on = new Set(targets.map((b) => dataset.bills[b].label));
  const link = dataset.links![ev.record.condLink[decidingCondition(ev, i)]];
  const onEnacted = allEnacted(ev, targets);
  return {
    label: dataset.bills[i].label,
    kind: link.kind,
    on: byNumber(on),
    checked: tieChecked(ev, i),
    ...(onEnacted ? { onEnacted } : {}),
  };
}

/**
 * Whether a tied bill's ties are already in a sentence telling `picked`'s: it is one of them, or
 * one they hang on whose own ties are all to bills the sentence names (HB 5443, tie-barred back to
 * HB 5444, is not "one more bill tied to another").
 */
function toldAlready(ev: Evaluation, picked: readonly number[]): (i: number) => boolean {
  const targets = (i: number) => conditionTargets(ev.record, i);
  const named = new Set([...picked, ...picked.flatMap(targets)]);
  return (i) => picked.includes(i) || (named.has(i) && targets(i).every((t) => named.has(t)));
}

/** Outcomes grouped, worst first: [{ outcome, labels }]. */
function groupByOutcome(items: Array<{ outcome: Outcome; label: string }>): Array<{ outcome: Outcome; labels: string[] }> {
  return OUTCOMES.map((outcome) => ({ outcome, labels: items.filter((x) => x.outcome === outcome).map((x) => x.label) })).filter(
    (g) => g.labels.length > 0,
  );
}

const RANK: Record<Outcome, number> = { inoperative: 0, enacted: 1, contingent: 2, pending: 3, failed: 4 };

/** The bills that hang on others, in dataset order (those there as of the date: billThere). */
function tiedBills(ev: Evaluation): number[] {
  const tied: number[] = [];
  for (let i = 0; i < ev.record.dataset.bills.length; i++)
    if (ev.record.conditionsStart[i] < ev.record.conditionsStart[i + 1] && billThere(ev, i)) tied.push(i);
  return tied;
}

/**
 * How much less telling, or less sure, a held bill's story is among ties alike (under one step of
 * RANK), each reason outweighing the next: a bill not enacted itself (a law on the books that can
 * never take effect is the story); a bill the tie names that died, where a veto decided (an importer
 * marks every bill left at a session's end as died, and a late amendment may have tied the law to
 * another); a companion of that bill that became law (the tie's wording more doubtful still).
 */
function doubt(ev: Evaluation, i: number): number {
  if (ev.blocker[i] < 0) return 0;
  const chain = explainFacts(ev, i).chain;
  const cause = chain?.cause;
  const died = cause?.kind === 'own' && cause.own.kind === 'event' && cause.own.type === 'died';
  return (ev.own[i] === 'enacted' ? 0 : 0.4) + (died ? 0.2 : 0) + (chain?.companion ? 0.1 : 0);
}

/**
 * The tied bills the record's story tells of: a tie whose wording was checked before one that was
 * not, then the most telling (a bill that can never take effect before one that does, one held
 * back by a veto before one held back by a bill that died: doubt): a story of a few ties tells two;
 * a session tells one and counts the rest.
 */
function toldBills(ev: Evaluation, tied = tiedBills(ev), about?: string | null): number[] {
  const rank = (list: number[]) =>
    list
      .map((i, order) => ({ i, order, rank: RANK[ev.outcomeAt(i)] + (tieChecked(ev, i) ? 0 : 10) + doubt(ev, i) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map((x) => x.i);
  // A story told about one bill (a session's embed focused on it) tells that bill's tie, or for a
  // bill others hang on, the most telling tie of one that hangs on it.
  const i = about ? ev.record.index.get(about) : undefined;
  if (i !== undefined) {
    if (ev.record.conditionsStart[i] < ev.record.conditionsStart[i + 1]) return [i];
    const { dependentsStart, dependents, condFrom } = ev.record;
    const on = [...new Set([...dependents.subarray(dependentsStart[i], dependentsStart[i + 1])].map((e) => condFrom[e]))];
    if (on.length > 0) return rank(on).slice(0, 1);
  }
  return rank(tied).slice(0, tied.length <= 3 ? 2 : 1);
}

/** The id of the bill whose tie the record's story tells `about` a bill (itself, or one that hangs on it), or null. */
export function toldBill(ev: Evaluation, about: string): string | null {
  const [first] = toldBills(ev, undefined, about);
  return first === undefined ? null : ev.record.dataset.bills[first].id;
}

/** The id of the bill the record's story leads with (the one its sentence is about), or null when no bill hangs on another. */
export function leadBill(ev: Evaluation): string | null {
  const [first] = toldBills(ev);
  return first === undefined ? null : ev.record.dataset.bills[first].id;
}

/**
 * As recorded: what hangs on what and what happened ("SB 230 takes effect only because AB 392 became
 * law."); `about` a bill that hangs on others, its tie first. `among` a few bills (a session's embed),
 * the count of more tied bills counts only those.
 */
export function recordStorySentence(ev: Evaluation, about?: string | null, among?: ReadonlySet<string>): string {
  return recordStoryTold(ev, about, among).text;
}

/** recordStorySentence, with its caveat apart. */
function recordStoryTold(ev: Evaluation, about?: string | null, among?: ReadonlySet<string>): Told {
  const bills = ev.record.dataset.bills;
  // `among` a few bills (an embed's, or an exported picture's), the story is told of them: picked
  // from their ties (a bill `about` may still lead with a tie of its own to one not among them).
  const shown = (i: number) => !among || among.has(bills[i].id);
  const tied = tiedBills(ev).filter(shown);
  if (tied.length === 0) {
    const there = bills.flatMap((b, i) => (billThere(ev, i) && shown(i) ? [{ outcome: ev.outcomeAt(i), label: b.label }] : []));
    const asOf = ev.scenario.asOf;
    if (there.length === 0 && asOf) return { text: notYetSentence(bills.length, formatDate(asOf)), caveat: null };
    return { text: untiedSentence(groupByOutcome(there)), caveat: null };
  }
  const picked = toldBills(ev, tied, about);
  const unchecked: string[] = [];
  const companions: string[] = [];
  const facts = picked.map((i): StoryFacts => {
    const tie = tieOf(ev, i)!;
    if (tie.checked === false) unchecked.push(tie.label);
    const f = explainFacts(ev, i);
    if (f.chain?.companion) companions.push(companionNote(tie.label, f.chain));
    const ownWhat =
      f.own.kind === 'event'
        ? eventVerb(f.own.type)
        : f.own.kind === 'deemed'
          ? 'is deemed passed'
          : f.own.kind === 'assumed'
            ? 'becomes law in this scenario'
            : f.own.passed
              ? passedUnsigned(f.own.passed)
              : undefined;
    const chain = f.chain && {
      next: f.chain.next,
      links: f.chain.links,
      root: f.chain.root,
      rootWhat: rootWhat(f.chain.cause),
      roots: f.chain.alike?.labels,
    };
    return { tie, outcome: f.outcome, ownWhat, onState: onState(ev, i), chain };
  });
  const told = toldAlready(ev, picked);
  const more = tied.filter((i) => !told(i));
  // Among a few bills drawn, one or two more are named (a reader sees them); a session's are counted.
  return recordTold(recordStories(facts), among ? more.map((i) => bills[i].label) : more.length, unchecked, companions, facts.length);
}

/** "is still pending", "have become law": what became of the bills bill i hangs on. */
function onState(ev: Evaluation, i: number): string {
  const { conditionsStart, conditions, condTo, condEnactment } = ev.record;
  const outs = new Set<Outcome>();
  let n = 0;
  for (let k = conditionsStart[i]; k < conditionsStart[i + 1]; k++, n++) {
    const e = conditions[k];
    // A condition that asks only for enactment is met by the bill's own fate.
    outs.add(condEnactment[e] ? ev.own[condTo[e]] : ev.outcomeAt(condTo[e]));
  }
  if (outs.size > 1) return 'are not all decided yet';
  const [o] = outs;
  if (o === 'pending') return agree(n, 'is still pending', 'are still pending');
  return o === 'enacted' ? agree(n, 'has become law', 'have become law') : outcomeVerb(o, n, false);
}

/** The scenario's assumptions about bills of the record: each bill's index, and whether the record already holds it. */
function premisesOf(ev: Evaluation, record: Evaluation): Array<{ i: number; assumption: 'enacted' | 'failed'; held: boolean }> {
  const out: Array<{ i: number; assumption: 'enacted' | 'failed'; held: boolean }> = [];
  for (const [id, assumption] of Object.entries(ev.scenario.assumptions)) {
    const i = ev.record.index.get(id);
    if (i !== undefined) out.push({ i, assumption, held: record.own[i] === assumption });
  }
  return out;
}

/** The bills (indexes) hanging straight on these bills that can never take effect, as recorded and in the scenario alike (among those `shown`). */
function deadAnyway(ev: Evaluation, record: Evaluation, on: number[], shown: (k: { i: number }) => boolean): number[] {
  const { dependentsStart, dependents, condFrom } = ev.record;
  const out = new Set<number>();
  for (const b of on)
    for (let k = dependentsStart[b]; k < dependentsStart[b + 1]; k++) {
      const i = condFrom[dependents[k]];
      if (ev.outcomeAt(i) === 'inoperative' && record.outcomeAt(i) === 'inoperative' && shown({ i })) out.add(i);
    }
  return [...out].sort((a, b) => a - b);
}

/** "If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392." (null when nothing is assumed). */
export function summarizeScenario(ev: Evaluation, record: Evaluation, among?: ReadonlySet<string>): string | null {
  return scenarioToldOf(ev, record, among)?.text ?? null;
}

/** summarizeScenario, with its caveat apart. */
function scenarioToldOf(ev: Evaluation, record: Evaluation, among?: ReadonlySet<string>): Told | null {
  const bills = ev.record.dataset.bills;
  // A premise the record already holds (AB 392 "becomes law": it was signed) changes nothing and is
  // not said here; against a record already decided a premise is counterfactual ("had failed"); on an
  // open record, present ("fails").
  const said = new Map<number, 'enacted' | 'failed'>();
  const premises: PremiseFact[] = [];
  for (const { i, assumption, held } of premisesOf(ev, record)) {
    if (held) continue;
    said.set(i, assumption);
    premises.push({ label: bills[i].label, assumption, counter: record.own[i] !== 'pending' });
  }
  if (premises.length === 0) return null;
  const counterfactual = premises.some((p) => p.counter);
  // What changes: a bill assumed to pass that still cannot take effect, and any other bill whose
  // outcome moves from the record's.
  const knockOn: Array<{ i: number; outcome: Outcome; label: string }> = [];
  for (let i = 0; i < bills.length; i++) {
    const outcome = ev.outcomeAt(i);
    const expected = said.get(i) ?? record.outcomeAt(i);
    if (outcome !== expected) knockOn.push({ i, outcome, label: bills[i].label });
  }
  // `among` a few bills (a session's embed draws them), those are named and why; the rest are counted.
  const shown = (k: { i: number }) => !among || among.has(bills[k.i].id);
  const named = knockOn.filter(shown);
  const why = named.length <= 3 ? named.flatMap((k) => tieOf(ev, k.i) ?? []) : [];
  const changes = groupByOutcome([...named, ...knockOn.filter((k) => !shown(k))]).map((g) => ({
    ...g,
    named: among ? g.labels.filter((label) => named.some((k) => k.label === label)).length : undefined,
  }));
  const already = changes.length === 0 ? deadAnyway(ev, record, [...said.keys()], shown) : [];
  const label = (i: number) => bills[i].label;
  return scenarioTold(premises, counterfactual, changes, why, already.map(label), already.filter((i) => !tieChecked(ev, i)).map(label));
}

/**
 * The one sentence the summary shows: the scenario's consequences (naming only the bills `among`, if
 * given), or the record's story (`about` a bill, if given).
 */
export function tellStory(ev: Evaluation, record: Evaluation, about?: string | null, among?: ReadonlySet<string>): string {
  return tellStoryTold(ev, record, about, among).text;
}

/** tellStory, with the caveat it holds apart (a page sets it in quieter type: words/story withoutCaveat). */
export function tellStoryTold(ev: Evaluation, record: Evaluation, about?: string | null, among?: ReadonlySet<string>): Told {
  const told = scenarioToldOf(ev, record, among);
  if (told) return told;
  const story = recordStoryTold(record, about, among);
  // Only what-ifs the record already holds (a dead bill "fails"): said so, before the record's story.
  const held = premisesOf(ev, record)
    .filter((p) => p.held)
    .map((p) => ({ label: ev.record.dataset.bills[p.i].label, assumption: p.assumption }));
  return held.length ? { ...story, text: `${heldSentence(held)} ${story.text}` } : story;
}

/** A quick question: the assumption to make and its words. */
export interface Question {
  /** The bill to assume. */
  bill: string;
  /** What to assume of it. */
  assumption: 'enacted' | 'failed';
  /** "What if HB 5438 had become law?" */
  text: string;
}

/**
 * Up to `limit` questions that change another bill's outcome, about the bills others hang on: first
 * those the record's story names (`about` a bill, if given), so the first question asks about the
 * sentence above it, then the rest in order; `among` a few bills (a session's embed), only about them.
 */
export function suggestQuestions(record: Evaluation, limit = 3, about?: string | null, among?: ReadonlySet<string>): Question[] {
  const { condTo, conditions, conditionsStart, dataset } = record.record;
  const seen = new Set<number>();
  const out: Question[] = [];
  const full = () => out.length >= limit || seen.size >= 3 * limit;
  const ask = (b: number) => {
    if (seen.has(b) || (among && !among.has(dataset.bills[b].id))) return;
    seen.add(b);
    const own = record.own[b];
    const tries: Array<'enacted' | 'failed'> = own === 'enacted' ? ['failed'] : own === 'failed' ? ['enacted'] : ['failed', 'enacted'];
    const bill = dataset.bills[b];
    const assumption = tries.find((a) => changesOthers(record, bill.id, b, a));
    if (assumption) out.push({ bill: bill.id, assumption, text: questionText(bill.label, assumption, own !== 'pending') });
  };
  for (const i of toldBills(record, undefined, about))
    for (let k = conditionsStart[i]; k < conditionsStart[i + 1] && !full(); k++) ask(condTo[conditions[k]]);
  // Then the bills others hang on, in order; or, `among` a few bills, each of them.
  for (const id of among ?? []) {
    const b = record.record.index.get(id);
    if (b !== undefined && !full()) ask(b);
  }
  for (let e = 0; e < condTo.length && !full() && !among; e++) ask(condTo[e]);
  return out;
}

function changesOthers(record: Evaluation, id: string, b: number, assumption: 'enacted' | 'failed'): boolean {
  const ev = evaluateRecord(record.record, { assumptions: { [id]: assumption }, asOf: record.scenario.asOf });
  for (let i = 0; i < ev.own.length; i++) if (i !== b && ev.outcomeAt(i) !== record.outcomeAt(i)) return true;
  return false;
}
