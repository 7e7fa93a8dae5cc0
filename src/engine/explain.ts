/** Explanations: why a bill has its outcome, as data (reasons) and as one plain sentence. */
import type { Bill, BillEvent, Link } from '../model/schema';
import { formatDate } from '../model/dates';
import type { Evaluation } from './evaluate';
import type { Outcome } from './scenario';

/** One step in the chain of reasons behind an outcome. */
export type Reason =
  | { kind: 'assumption'; bill: string; assumption: 'enacted' | 'failed' }
  | { kind: 'event'; bill: string; type: BillEvent['type']; date: string; sources: string[] }
  | { kind: 'pending'; bill: string }
  | { kind: 'link'; link: string; from: string; to: string; since?: string; clause?: string; sources: string[] }
  | { kind: 'deadline'; link: string; bill: string; deadline: string };

/** An outcome with its reasons and a sentence a reader understands. */
export interface Explanation {
  /** The bill's outcome. */
  outcome: Outcome;
  /** Plain words, e.g. "SB 230 cannot take effect: ...". */
  sentence: string;
  /** The chain of reasons, first the bill's own, then the links it hangs on. */
  reasons: Reason[];
  /** Ids of every source cited by the reasons. */
  sources: string[];
}

const VERBS: Partial<Record<BillEvent['type'], string>> = {
  signed: 'was signed',
  chaptered: 'was chaptered',
  enacted: 'was enacted',
  'approved-by-voters': 'was approved by voters',
  vetoed: 'was vetoed',
  died: 'died',
  failed: 'failed',
};

/** Explains one bill's outcome in an evaluation. */
export function explain(ev: Evaluation, billId: string): Explanation {
  const i = ev.record.index.get(billId);
  if (i === undefined) throw new Error(`no bill with id "${billId}"`);
  const reasons: Reason[] = [];
  const outcome = ev.outcomes[billId];
  const bill = ev.record.dataset.bills[i];
  const own = ownPhrase(ev, i, reasons, true);
  let sentence: string;
  if (outcome === 'failed') sentence = `${bill.label} does not become law: ${own}.`;
  else if (outcome === 'enacted') sentence = `${bill.label} takes effect: ${own}${holdingConditions(ev, i)}.`;
  else if (outcome === 'pending' && ev.blocker[i] < 0) sentence = `${bill.label} is pending: ${own}${hangsOn(ev, i)}.`;
  else {
    const chain = blockingChain(ev, i, reasons);
    if (outcome === 'inoperative') sentence = `${bill.label} cannot take effect: ${chain}.`;
    else if (outcome === 'contingent') sentence = `${bill.label} is enacted (${own}) but is not sure to take effect: ${chain}.`;
    else sentence = `${bill.label} is pending: ${own}; and ${chain}.`;
  }
  const sources = new Set<string>();
  for (const r of reasons) if ('sources' in r) r.sources.forEach((s) => sources.add(s));
  return { outcome, sentence, reasons, sources: [...sources] };
}

/** Why bill i has its own status: an assumption, a deciding event, or nothing yet. */
function ownPhrase(ev: Evaluation, i: number, reasons: Reason[], self: boolean): string {
  const bill = ev.record.dataset.bills[i];
  if (ev.assumed[i]) {
    reasons.push({ kind: 'assumption', bill: bill.id, assumption: ev.own[i] as 'enacted' | 'failed' });
    return `in this scenario ${bill.label} ${ev.own[i] === 'enacted' ? 'becomes law' : 'fails'}`;
  }
  if (ev.deemedBy[i] >= 0) {
    const link = ev.record.dataset.links![ev.deemedBy[i]];
    const trigger = ev.record.dataset.bills.find((b) => b.id === link.to[0]);
    reasons.push({
      kind: 'link',
      link: link.id,
      from: bill.id,
      to: link.to[0],
      since: link.added,
      clause: link.clause,
      sources: link.sources ?? [],
    });
    return `${bill.label} is deemed passed: adopting ${trigger?.label ?? link.to[0]} produces it (procedural link)`;
  }
  const { event, latest } = ev.record.recorded[i];
  if (event) {
    reasons.push({ kind: 'event', bill: bill.id, type: event.type, date: event.date, sources: event.sources ?? [] });
    return `${bill.label} ${VERBS[event.type] ?? event.type} on ${formatDate(event.date)}`;
  }
  reasons.push({ kind: 'pending', bill: bill.id });
  const last = latest ? ` (last step: ${lowerFirst(latest.description)}, ${formatDate(latest.date)})` : '';
  return `${self ? 'its' : `${bill.label}'s`} own fate is still open${last}`;
}

/** Follows blockers from bill i: "it is operative only if X is enacted, and in this scenario X fails". */
function blockingChain(ev: Evaluation, start: number, reasons: Reason[]): string {
  const bills = ev.record.dataset.bills;
  const seen = new Set<number>([start]);
  let text = '';
  for (let i = start; ;) {
    const e = ev.blocker[i];
    const b = ev.record.condTo[e];
    const link = ev.record.dataset.links![ev.record.condLink[e]];
    reasons.push({
      kind: 'link',
      link: link.id,
      from: bills[i].id,
      to: bills[b].id,
      since: link.added,
      clause: link.clause,
      sources: link.sources ?? [],
    });
    text += conditionPhrase(link, i === start ? 'it' : bills[i].label, bills[b], bills);
    if (ev.missedDeadline[e]) {
      reasons.push({ kind: 'deadline', link: link.id, bill: bills[b].id, deadline: link.deadline! });
      return `${text}, and ${bills[b].label} was not enacted by ${formatDate(link.deadline!)}`;
    }
    // Blockers point back in time to where a low value came from, so this ends; `seen` is a guard.
    if (ev.blocker[b] < 0 || seen.has(b)) return `${text}, and ${ownPhrase(ev, b, reasons, false)}`;
    seen.add(b);
    const state = ev.outcomes[bills[b].id] === 'inoperative' ? 'cannot take effect' : 'is not sure to take effect';
    text += `, and ${bills[b].label} ${state} either: `;
    i = b;
  }
}

/** "since 23 Apr 2019 it is operative only if AB 392 is enacted". */
function conditionPhrase(link: Link, subject: string, target: Bill, bills: Bill[]): string {
  const since = link.added ? `since ${formatDate(link.added)} ` : '';
  const deadline = link.deadline ? ` and takes effect on or before ${formatDate(link.deadline)}` : '';
  if (link.kind === 'tie-bar' && link.to.length > 1) {
    const labels = link.to.map((id) => bills.find((b) => b.id === id)?.label ?? id);
    return `${since}${subject} is tie-barred to ${labels.join(', ')} and takes effect only if all of them are enacted (${target.label} is the one in doubt)`;
  }
  const verb = link.kind === 'tie-bar' ? 'takes effect only if' : 'is operative only if';
  return `${since}${subject} ${verb} ${target.label} is enacted${deadline}`;
}

/** ", and AB 392, which it hangs on, is enacted too" for an enacted bill with conditions. */
function holdingConditions(ev: Evaluation, i: number): string {
  const { conditionsStart, conditions, condTo } = ev.record;
  const labels = new Set<string>();
  for (let k = conditionsStart[i]; k < conditionsStart[i + 1]; k++) labels.add(ev.record.dataset.bills[condTo[conditions[k]]].label);
  if (labels.size === 0) return '';
  const list = [...labels].join(', ');
  return `, and ${list}, which it hangs on, ${labels.size > 1 ? 'take' : 'takes'} effect too`;
}

/** "; it also hangs on AB 392" for a pending bill with conditions in force. */
function hangsOn(ev: Evaluation, i: number): string {
  const { conditionsStart, conditions, condTo } = ev.record;
  const labels = new Set<string>();
  for (let k = conditionsStart[i]; k < conditionsStart[i + 1]; k++) labels.add(ev.record.dataset.bills[condTo[conditions[k]]].label);
  return labels.size === 0 ? '' : `; it also hangs on ${[...labels].join(', ')}`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
