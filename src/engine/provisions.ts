/** Provision outcomes: struck, falling with their bill, or which version of a code section prevails. */
import type { Provision } from '../model/schema';
import { formatDate } from '../model/dates';
import type { Evaluation } from './evaluate';
import { linkInForce, provisionInForce } from './timeline';

/**
 * What becomes of a provision:
 * - `not-yet-added` / `struck`: not in the bill as of the date;
 * - `inoperative`: its bill does not take effect (failed or inoperative);
 * - `pending`: its bill's fate is open;
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
  const out: Record<string, ProvisionResult> = {};
  ds.bills.forEach((bill, i) => {
    for (const p of bill.provisions ?? []) {
      if (p.added !== undefined && !provisionInForce({ added: p.added }, asOf)) {
        out[p.id] = { outcome: 'not-yet-added', sentence: `Added to ${bill.label} on ${formatDate(p.added)}.` };
      } else if (!provisionInForce(p, asOf)) {
        out[p.id] = { outcome: 'struck', sentence: `Struck from ${bill.label} on ${formatDate(p.struck!)}.` };
      } else {
        const outcome = ev.outcomeAt(i);
        if (outcome === 'failed' || outcome === 'inoperative')
          out[p.id] = {
            outcome: 'inoperative',
            sentence: `Falls with ${bill.label}, which ${outcome === 'failed' ? 'does not become law' : 'cannot take effect'}.`,
          };
        else if (outcome !== 'enacted') out[p.id] = { outcome: 'pending', sentence: `Waits on ${bill.label}, which is ${outcome}.` };
        else out[p.id] = sectionResult(ev, i, p, bySection, jointed);
      }
    }
  });
  return out;
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
          sentence: `In force: ${other.label} also amends ${section} and was chaptered later, but its double-jointed version keeps this change.`,
        };
      }
      return {
        outcome: 'chaptered-out',
        by: other.id,
        sentence: `Chaptered out: ${other.label} also amends ${section} and was enacted later (${formatDate(theirs!)}), so its version prevails and this change is lost.`,
      };
    }
  }
  return { outcome: 'operative', sentence: `In force with ${bills[i].label}.` };
}
