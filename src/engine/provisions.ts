/** Provision outcomes: struck, falling with their bill, or which version of a code section prevails. */
import type { Link, Provision } from '../model/schema';
import type { Evaluation } from './evaluate';
import { DECIDING_KINDS, deadlineMissed } from './compile';
import { linkInForce, provisionInForce } from './timeline';
import type { Outcome } from './scenario';
import {
  chapteredOut,
  fallsWith,
  inForceWith,
  keptByDoubleJoint,
  notYetAdded,
  provisionCondition,
  struckFrom,
  waitsOn,
} from './words/provisions';

/**
 * What becomes of a provision:
 * - `not-yet-added` / `struck`: not in the bill as of the date;
 * - `inoperative`: its bill does not take effect (failed or inoperative), or a bill the provision
 *   itself hangs on (a deciding link whose `from` is the provision) does not;
 * - `pending`: its bill's fate is open, or that of a bill the provision itself hangs on;
 * - `chaptered-out`: another enacted bill amending the same section was chaptered later and did
 *   not double-joint this change, so it wipes it out (California Gov. Code 9605);
 * - `operative`: in force.
 */
export type ProvisionOutcome = 'not-yet-added' | 'struck' | 'inoperative' | 'pending' | 'chaptered-out' | 'operative';

/** A provision's outcome and why. */
export interface ProvisionResult {
  /** The outcome. */
  outcome: ProvisionOutcome;
  /** Plain words. */
  sentence: string;
  /** For chaptered-out: the bill whose later version prevails. */
  by?: string;
}

/** Outcomes of every provision in an evaluation, keyed by provision id. */
export function evaluateProvisions(ev: Evaluation): Record<string, ProvisionResult> {
  const ds = ev.record.dataset;
  const asOf = ev.scenario.asOf;
  // Which enacted bills amend each section, with their in-force provisions.
  const bySection = new Map<string, Array<{ bill: number; provision: Provision }>>();
  ds.bills.forEach((bill, i) => {
    if (ev.outcomeAt(i) !== 'enacted') return;
    for (const p of bill.provisions ?? []) {
      if (!provisionInForce(p, asOf)) continue;
      for (const s of p.sections ?? []) bySection.set(s, [...(bySection.get(s) ?? []), { bill: i, provision: p }]);
    }
  });
  const jointed = new Set<string>();
  for (const link of ds.links ?? []) {
    if (link.kind === 'double-joint' && link.section && linkInForce(link, asOf))
      for (const to of link.to) jointed.add(`${link.from}|${to}|${link.section}`);
  }
  const conditions = provisionConditions(ds.links ?? [], asOf);
  const out: Record<string, ProvisionResult> = {};
  ds.bills.forEach((bill, i) => {
    for (const p of bill.provisions ?? []) {
      if (p.added !== undefined && !provisionInForce({ added: p.added }, asOf)) {
        out[p.id] = { outcome: 'not-yet-added', sentence: notYetAdded(bill.label, p.added) };
      } else if (!provisionInForce(p, asOf)) {
        out[p.id] = { outcome: 'struck', sentence: struckFrom(bill.label, p.struck!) };
      } else {
        const outcome = ev.outcomeAt(i);
        const own = conditions.get(p.id);
        const held = own && heldBy(ev, bill.label, own);
        if (outcome === 'failed' || outcome === 'inoperative')
          out[p.id] = { outcome: 'inoperative', sentence: fallsWith(bill.label, outcome) };
        else if (held?.outcome === 'inoperative') out[p.id] = held;
        else if (outcome !== 'enacted') out[p.id] = { outcome: 'pending', sentence: waitsOn(bill.label, outcome) };
        else if (held) out[p.id] = held;
        else out[p.id] = sectionResult(ev, i, p, bySection, jointed);
      }
    }
  });
  return out;
}

/** Deciding links in force whose `from` is a provision, by provision id. */
function provisionConditions(links: readonly Link[], asOf: string | undefined): Map<string, Link[]> {
  const out = new Map<string, Link[]>();
  for (const link of links) {
    if (!DECIDING_KINDS.has(link.kind) || !linkInForce(link, asOf)) continue;
    const list = out.get(link.from);
    if (list) list.push(link);
    else out.set(link.from, [link]);
  }
  return out;
}

const WORST: Record<Outcome, number> = { failed: 0, inoperative: 0, pending: 1, contingent: 1, enacted: 2 };

/**
 * A provision that hangs on other bills is operative only if every one of them takes effect (or,
 * under `requires: "enactment"`, is enacted), by its deadline if the link gives one: inoperative
 * when one cannot, pending while one is open.
 */
function heldBy(ev: Evaluation, billLabel: string, links: Link[]): ProvisionResult | null {
  const bills = ev.record.dataset.bills;
  let worst: { b: number; outcome: Outcome; late: boolean } | null = null;
  const on: string[] = [];
  for (const link of links) {
    for (const id of link.to) {
      const b = ev.record.index.get(id);
      if (b === undefined) continue;
      on.push(bills[b].label);
      const missed = deadlineMissed(link.deadline, ev.own[b], ev.assumed[b], ev.record.enactedOn[b], ev.record.asOf);
      // A condition that asks only for enactment reads the bill's own fate, not whether it takes effect.
      const outcome: Outcome = missed ? 'inoperative' : link.requires === 'enactment' ? ev.own[b] : ev.outcomeAt(b);
      if (!worst || WORST[outcome] < WORST[worst.outcome]) worst = { b, outcome, late: missed };
    }
  }
  if (!worst || worst.outcome === 'enacted') return null;
  const sentence = provisionCondition(billLabel, [...new Set(on)], bills[worst.b].label, worst.outcome, worst.late);
  return { outcome: WORST[worst.outcome] === 0 ? 'inoperative' : 'pending', sentence };
}

function sectionResult(
  ev: Evaluation,
  i: number,
  p: Provision,
  bySection: Map<string, Array<{ bill: number; provision: Provision }>>,
  jointed: Set<string>,
): ProvisionResult {
  const bills = ev.record.dataset.bills;
  const mine = ev.record.enactedOn[i];
  for (const section of p.sections ?? []) {
    for (const rival of bySection.get(section) ?? []) {
      if (rival.bill === i) continue;
      const theirs = ev.record.enactedOn[rival.bill];
      const later = mine !== undefined && theirs !== undefined && theirs > mine && !ev.assumed[i] && !ev.assumed[rival.bill];
      if (!later) continue;
      const other = bills[rival.bill];
      if (jointed.has(`${other.id}|${bills[i].id}|${section}`)) {
        return {
          outcome: 'operative',
          sentence: keptByDoubleJoint(other.label, section),
        };
      }
      return {
        outcome: 'chaptered-out',
        by: other.id,
        sentence: chapteredOut(other.label, section, theirs!),
      };
    }
  }
  return { outcome: 'operative', sentence: inForceWith(bills[i].label) };
}
