/** Explanations: why a bill has its outcome, as data (reasons) and as one plain sentence. */
import { conditionTargets } from './compile';
import type { BillEvent } from '../model/schema';
import type { Evaluation } from './evaluate';
import type { Outcome } from './scenario';
import { chainEdges, chainEnds } from './chain';
import { passedBothChambers } from './passage';
import type { ChainFact, ConditionFact, ExplanationFact, OwnFact, RootFact } from './words/facts';
import { explanationSentence, ownVerb, tellsOfTie } from './words/explanations';
import { companionNote, uncheckedNote } from './words/story';
import { byNumber } from './words/grammar';

/** One step in the chain of reasons behind an outcome. */
export type Reason =
  | { kind: 'assumption'; bill: string; assumption: 'enacted' | 'failed' }
  | { kind: 'event'; bill: string; type: BillEvent['type']; date: string; sources: string[]; pocket?: boolean }
  | { kind: 'pending'; bill: string }
  | { kind: 'link'; link: string; from: string; to: string; since?: string; clause?: string; sources: string[] }
  | { kind: 'deadline'; link: string; bill: string; deadline: string };

/** A chain of conditions by reference: the next bill, the root cause, and how many links lie between. */
export interface ChainRef {
  /** The bill the first link leads to. */
  next: string;
  /** The bill at the end of the chain. */
  root: string;
  /** Links from the bill to the root (the full list: `explainChain`). */
  links: number;
}

/** An outcome with its reasons and a sentence a reader understands. */
export interface Explanation {
  /** The bill's outcome. */
  outcome: Outcome;
  /** Plain words, e.g. "SB 230 cannot take effect: ...". */
  sentence: string;
  /**
   * The reasons, bounded whatever the chain's length: the bill's own, the first link it hangs on,
   * the last link of the chain and the root cause (every link in between: `explainChain`).
   */
  reasons: Reason[];
  /** Ids of every source cited by the reasons. */
  sources: string[];
  /** For a bill held back by a condition: its chain, by reference. */
  chain?: ChainRef;
  /**
   * The caveat the sentence says, word for word, where the tie it tells of is not yet checked against
   * the law's text (uncheckedNote): a table says a short mark in its place (words/tables).
   */
  caveat?: string;
}

/** A veto the record words as a pocket veto. */
const POCKET_VETO = /\bpocket[\s-]*veto/i;

/** Explains one bill's outcome in an evaluation; bounded in size, and linear over all bills together. */
export function explain(ev: Evaluation, billId: string): Explanation {
  const i = ev.record.index.get(billId);
  if (i === undefined) throw new Error(`no bill with id "${billId}"`);
  const reasons: Reason[] = [];
  const { fact, ref } = build(ev, i, reasons);
  // A bill whose deciding tie's wording is not checked says so, where its sentence tells of the tie,
  // rather than state the tie as fact.
  const caveat = tieChecked(ev, i) || !tellsOfTie(fact) ? undefined : uncheckedNote([fact.label]);
  const sentence = caveat
    ? [explanationSentence(fact), caveat, ...(fact.chain?.companion ? [companionNote(fact.label, fact.chain)] : [])].join(' ')
    : explanationSentence(fact);
  const sources = new Set<string>();
  for (const r of reasons) if ('sources' in r) r.sources.forEach((s) => sources.add(s));
  const outcome = fact.outcome;
  return {
    outcome,
    sentence,
    reasons,
    sources: [...sources],
    ...(ref ? { chain: ref } : {}),
    ...(caveat ? { caveat } : {}),
  };
}

/** The condition that decides bill i (one it hangs on): the one holding it back, else its first; -1 when it hangs on none. */
export function decidingCondition(ev: Evaluation, i: number): number {
  const { conditions, conditionsStart } = ev.record;
  if (conditionsStart[i] === conditionsStart[i + 1]) return -1;
  return ev.blocker[i] >= 0 ? ev.blocker[i] : conditions[conditionsStart[i]];
}

/** False when bill i hangs on a tie whose wording is marked as not yet checked (`clauseVerified: false`), the one that decides it. */
export function tieChecked(ev: Evaluation, i: number): boolean {
  const e = decidingCondition(ev, i);
  return e < 0 || ev.record.dataset.links![ev.record.condLink[e]].clauseVerified !== false;
}

/** The facts behind bill index i's explanation (for sentences built elsewhere, e.g. the story). */
export function explainFacts(ev: Evaluation, i: number): ExplanationFact {
  return build(ev, i, []).fact;
}

function build(ev: Evaluation, i: number, reasons: Reason[]): { fact: ExplanationFact; ref?: ChainRef } {
  const bills = ev.record.dataset.bills;
  const outcome = ev.outcomeAt(i);
  const own = ownFact(ev, i, reasons);
  const label = bills[i].label;
  const held = ev.blocker[i] >= 0 && outcome !== 'failed' && outcome !== 'enacted';
  if (!held) {
    if (outcome !== 'enacted') return { fact: { label, outcome, own, hangsOn: hangsOn(ev, i) } };
    const { inEffect, enactedOnly, assumed } = enactedConditions(ev, i);
    return {
      fact: {
        label,
        outcome,
        own,
        hangsOn: inEffect,
        ...(enactedOnly.length ? { enactedOnly } : {}),
        ...(assumed ? { hangsOnAssumed: true } : {}),
      },
    };
  }
  const { lastEdge, links } = chainEnds(ev);
  const first = ev.blocker[i];
  const last = lastEdge[i];
  reasons.push(linkReason(ev, first));
  if (last !== first) reasons.push(linkReason(ev, last));
  const rootIndex = ev.record.condTo[last];
  const cause = rootFact(ev, last, reasons);
  const nextIndex = ev.record.condTo[first];
  const chain: ChainFact = {
    first: conditionFact(ev, first),
    links: links[i],
    next: bills[nextIndex].label,
    root: bills[rootIndex].label,
    cause,
  };
  const alike = links[i] === 1 ? fellAlike(ev, i, cause, reasons) : undefined;
  if (alike) chain.alike = alike;
  // Said only where the root is all that holds the bill back: the law naming the companion instead, it takes effect.
  const onlyRoot = conditionTargets(ev.record, i).every((t) => t === rootIndex || ev.outcomeAt(t) === 'enacted');
  const companion = links[i] === 1 && onlyRoot && !tieChecked(ev, i) ? enactedCompanion(ev, rootIndex, reasons) : undefined;
  if (companion) chain.companion = companion;
  return {
    fact: { label, outcome, own, chain, hangsOn: [] },
    ref: { next: bills[nextIndex].id, root: bills[rootIndex].id, links: links[i] },
  };
}

/** Every link of a bill's chain, in order, then the root cause: the full chain, walked on demand. */
export function explainChain(ev: Evaluation, billId: string): Reason[] {
  const i = ev.record.index.get(billId);
  if (i === undefined) throw new Error(`no bill with id "${billId}"`);
  const edges = chainEdges(ev, i);
  const reasons = edges.map((e) => linkReason(ev, e));
  if (edges.length > 0) rootFact(ev, edges[edges.length - 1], reasons);
  return reasons;
}

/** Why bill i has its own fate: an assumption, a procedural link, a deciding event, or nothing yet. */
function ownFact(ev: Evaluation, i: number, reasons: Reason[]): OwnFact {
  const bill = ev.record.dataset.bills[i];
  const label = bill.label;
  if (ev.assumed[i]) {
    const assumption = ev.own[i] as 'enacted' | 'failed';
    reasons.push({ kind: 'assumption', bill: bill.id, assumption });
    return { kind: 'assumed', label, assumption };
  }
  if (ev.deemedBy[i] >= 0) {
    const link = ev.record.dataset.links![ev.deemedBy[i]];
    // The trigger that takes effect (a procedural link may name several).
    const trigger = link.to.find((t) => ev.record.index.has(t) && ev.outcomeAt(ev.record.index.get(t)!) === 'enacted') ?? link.to[0];
    reasons.push({
      kind: 'link',
      link: link.id,
      from: bill.id,
      to: trigger,
      since: link.added,
      clause: link.clause,
      sources: link.sources ?? [],
    });
    const t = ev.record.index.get(trigger);
    return { kind: 'deemed', label, trigger: t === undefined ? trigger : ev.record.dataset.bills[t].label };
  }
  const { event, latest } = ev.record.recorded[i];
  if (event) {
    // The record's own word for a veto the Governor let happen by not signing ("Pocket Veto 01/05/2021").
    const pocket = event.type === 'vetoed' && POCKET_VETO.test(event.description);
    reasons.push({
      kind: 'event',
      bill: bill.id,
      type: event.type,
      date: event.date,
      sources: event.sources ?? [],
      ...(pocket ? { pocket } : {}),
    });
    return { kind: 'event', label, type: event.type, date: event.date, ...(pocket ? { pocket } : {}) };
  }
  reasons.push({ kind: 'pending', bill: bill.id });
  const passed = passedBothChambers(bill, ev.record.asOf);
  return {
    kind: 'open',
    label,
    ...(latest ? { lastStep: { description: latest.description, date: latest.date } } : {}),
    ...(passed ? { passed } : {}),
  };
}

/** The root cause at the end of a chain ending in edge e: a missed deadline or the root bill's own fate. */
function rootFact(ev: Evaluation, e: number, reasons: Reason[]): RootFact {
  const b = ev.record.condTo[e];
  const bill = ev.record.dataset.bills[b];
  if (ev.missedDeadline[e]) {
    const link = ev.record.dataset.links![ev.record.condLink[e]];
    reasons.push({ kind: 'deadline', link: link.id, bill: bill.id, deadline: link.deadline! });
    return { kind: 'deadline', label: bill.label, deadline: link.deadline! };
  }
  return { kind: 'own', own: ownFact(ev, b, reasons) };
}

/**
 * The bills bill i is tied to straight, when every one of them met the root's own fate (each was
 * vetoed, say), with the last day one did; undefined otherwise, or when there is one bill.
 */
function fellAlike(ev: Evaluation, i: number, cause: RootFact, reasons: Reason[]): ChainFact['alike'] {
  if (cause.kind !== 'own' || cause.own.kind !== 'event') return undefined;
  const { conditionsStart, conditions, condTo } = ev.record;
  const labels = new Set<string>();
  // Each bill's own fate is a reason too, with its sources (the root's is in already).
  const theirs: Reason[] = [];
  let last = cause.own.date;
  for (let k = conditionsStart[i]; k < conditionsStart[i + 1]; k++) {
    const j = condTo[conditions[k]];
    const own = ownFact(ev, j, theirs);
    if (ev.own[j] !== 'failed' || own.kind !== 'event' || ownVerb(own) !== ownVerb(cause.own)) return undefined;
    labels.add(own.label);
    if (own.date > last) last = own.date;
  }
  if (labels.size < 2) return undefined;
  const told = new Set(reasons.flatMap((r) => (r.kind === 'event' ? [r.bill] : [])));
  for (const r of theirs) {
    if (r.kind !== 'event' || told.has(r.bill)) continue;
    told.add(r.bill);
    reasons.push(r);
  }
  return { labels: byNumber(labels), last };
}

/** Each bill's `companion` links, both ways (they decide nothing): by bill index, the link and the bill at its other end. */
const companionsMemo = new WeakMap<Evaluation['record'], Map<number, Array<{ link: number; other: number }>>>();

function companionsOf(ev: Evaluation, b: number): Array<{ link: number; other: number }> {
  const { record } = ev;
  let map = companionsMemo.get(record);
  if (!map) {
    map = new Map();
    const add = (at: number | undefined, link: number, other: number | undefined) => {
      if (at === undefined || other === undefined || at === other) return;
      map!.set(at, [...(map!.get(at) ?? []), { link, other }]);
    };
    (record.dataset.links ?? []).forEach((l, k) => {
      if (l.kind !== 'companion') return;
      const from = record.index.get(l.from);
      for (const to of l.to) {
        add(from, k, record.index.get(to));
        add(record.index.get(to), k, from);
      }
    });
    companionsMemo.set(record, map);
  }
  return map.get(b) ?? [];
}

/**
 * The label of a companion of bill b (by a `companion` link) that takes effect, when b itself did
 * not become law; undefined otherwise. The link and the companion's own fate become reasons, with
 * their sources.
 */
function enactedCompanion(ev: Evaluation, b: number, reasons: Reason[]): string | undefined {
  if (ev.own[b] !== 'failed') return undefined;
  const found = companionsOf(ev, b).find(({ other }) => ev.outcomeAt(other) === 'enacted');
  if (!found) return undefined;
  const { bills, links } = ev.record.dataset;
  const link = links![found.link];
  reasons.push({ kind: 'link', link: link.id, from: bills[b].id, to: bills[found.other].id, sources: link.sources ?? [] });
  ownFact(ev, found.other, reasons);
  return bills[found.other].label;
}

function linkReason(ev: Evaluation, e: number): Reason {
  const link = ev.record.dataset.links![ev.record.condLink[e]];
  const bills = ev.record.dataset.bills;
  const from = bills[ev.record.condFrom[e]].id;
  return {
    kind: 'link',
    link: link.id,
    from,
    to: bills[ev.record.condTo[e]].id,
    since: link.added,
    clause: link.clause,
    sources: link.sources ?? [],
  };
}

/** Whether every one of these bills (by index) has been enacted on its own (signed, or so in the scenario): "becoming law" is behind them. */
export function allEnacted(ev: Evaluation, bills: ReadonlyArray<number | undefined>): boolean {
  return bills.every((k) => k !== undefined && ev.own[k] === 'enacted');
}

function conditionFact(ev: Evaluation, e: number): ConditionFact {
  const link = ev.record.dataset.links![ev.record.condLink[e]];
  const label = (id: string) => {
    const k = ev.record.index.get(id);
    return k === undefined ? id : ev.record.dataset.bills[k].label;
  };
  const enacted = allEnacted(
    ev,
    link.to.map((id) => ev.record.index.get(id)),
  );
  return {
    kind: link.kind,
    // In the order a reader counts them (SB 1138, SB 1139 and SB 1140), whatever the record's.
    group: byNumber(link.to.map(label)),
    target: ev.record.dataset.bills[ev.record.condTo[e]].label,
    since: link.added,
    deadline: link.deadline,
    ...(ev.record.condEnactment[e] ? { requires: 'enactment' as const } : {}),
    ...(enacted ? { enacted: true } : {}),
  };
}

/** Labels of the bills bill i hangs on (each once). */
function hangsOn(ev: Evaluation, i: number): string[] {
  return [...new Set(conditionTargets(ev.record, i).map((b) => ev.record.dataset.bills[b].label))];
}

/** Whether bill `b` is set by the scenario, or hangs, through any chain of ties, on a bill that is. */
function restsOnAssumption(ev: Evaluation, b: number): boolean {
  // The record (no assumption) walks nothing.
  if (Object.keys(ev.scenario.assumptions).length === 0) return false;
  const seen = new Set([b]);
  for (const at of seen) {
    if (ev.assumed[at]) return true;
    for (const t of conditionTargets(ev.record, at)) seen.add(t);
  }
  return false;
}

/**
 * For a bill that takes effect: the bills it hangs on that take effect too, and apart those it
 * hangs on only for their enactment, which were enacted but do not take effect themselves.
 */
function enactedConditions(ev: Evaluation, i: number): { inEffect: string[]; enactedOnly: string[]; assumed: boolean } {
  const { conditionsStart, conditions, condTo } = ev.record;
  const inEffect = new Set<string>();
  const enactedOnly = new Set<string>();
  let assumed = false;
  for (let k = conditionsStart[i]; k < conditionsStart[i + 1]; k++) {
    const b = condTo[conditions[k]];
    const label = ev.record.dataset.bills[b].label;
    const effect = ev.outcomeAt(b) === 'enacted';
    (effect ? inEffect : enactedOnly).add(label);
    if (effect && !assumed && restsOnAssumption(ev, b)) assumed = true;
  }
  return { inEffect: [...inEffect], enactedOnly: [...enactedOnly], assumed };
}
