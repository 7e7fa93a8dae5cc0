/** Provision sentences: struck, falling with their bill, hanging on another bill, or which version of a section prevails. */
import type { Outcome } from '../scenario';
import { day, joinAnd } from './grammar';
import { OUTCOME_ONE } from './outcomes';

/** Not in the bill yet as of the date. */
export function notYetAdded(bill: string, added: string): string {
  return `Not in ${bill} yet: added on ${day(added)}.`;
}

/** Struck from its bill. */
export function struckFrom(bill: string, struck: string): string {
  return `Struck from ${bill} on ${day(struck)}.`;
}

/** Its bill does not take effect, so neither does it. */
export function fallsWith(bill: string, outcome: 'failed' | 'inoperative'): string {
  return `Falls with ${bill}, which ${OUTCOME_ONE[outcome]}.`;
}

/** Its bill's fate is open. */
export function waitsOn(bill: string, outcome: Outcome): string {
  const state = outcome === 'pending' ? 'is still pending' : 'is enacted but not sure to take effect';
  return `Waits on ${bill}, which ${state}.`;
}

/** A provision-level condition: this part of the bill depends on other bills, one of which decides it (`late`: missed its deadline). */
export function provisionCondition(bill: string, on: string[], decider: string, deciderOutcome: Outcome, late = false): string {
  const head = late || deciderOutcome === 'failed' || deciderOutcome === 'inoperative' ? 'Cannot take effect' : 'Not sure to take effect';
  const state = late ? 'did not become law in time' : deciderOutcome === 'pending' ? 'is still pending' : OUTCOME_ONE[deciderOutcome];
  return `${head}: this part of ${bill} depends on ${joinAnd(on)} becoming law, and ${decider} ${state}.`;
}

/** A later bill double-jointed with this one keeps this change in its own version of the section. */
export function keptByDoubleJoint(other: string, section: string): string {
  return `In force: ${other} also amends ${section} and was chaptered later, but it is double-jointed with this bill (its version includes this change), so the change is kept.`;
}

/** A later bill amending the same section without double-jointing wipes this change out. */
export function chapteredOut(other: string, section: string, enacted: string): string {
  return `Lost: ${other} also amends ${section} and was chaptered later, on ${day(enacted)}, so its version replaces this one ("chaptered out").`;
}

/** In force with its bill. */
export function inForceWith(bill: string): string {
  return `In force with ${bill}.`;
}
