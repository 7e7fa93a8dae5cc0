/** A package of tied bills in words: how many of its bills take effect, how many do not, how many are open. */
import type { Outcome } from '../scenario';
import { countOf } from './grammar';
import { groupDigits } from '../../model/numbers';

/**
 * "all take effect", "none takes effect", "12 take effect, 8 do not", "5 take effect, 3 still
 * open": a package's fate said with its counts, so "split" and "open" need no gloss.
 */
export function packageFate(outcomes: Partial<Record<Outcome, number>>): string {
  const effect = outcomes.enacted ?? 0;
  const not = (outcomes.failed ?? 0) + (outcomes.inoperative ?? 0);
  const open = (outcomes.pending ?? 0) + (outcomes.contingent ?? 0);
  const size = effect + not + open;
  if (effect === size) return size === 2 ? 'both take effect' : 'all take effect';
  if (not === size) return size === 2 ? 'neither takes effect' : 'none takes effect';
  const parts = [
    effect > 0 ? `${groupDigits(effect)} ${effect === 1 ? 'takes' : 'take'} effect` : '',
    not > 0 ? `${groupDigits(not)} ${not === 1 ? 'does' : 'do'} not` : '',
    open > 0 ? `${groupDigits(open)} still open` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/** "4 bills: none takes effect" — a package's heading in a list. */
export function packageHeading(size: number, outcomes: Partial<Record<Outcome, number>>): string {
  return `${countOf(size, 'bill')}: ${packageFate(outcomes)}`;
}

/**
 * The finder's list of bills that can never take effect: "Enacted but cannot take effect"; with bills
 * passed by both chambers but not signed among them, "Enacted or passed, but cannot take effect"
 * ("Passed, not signed, but cannot take effect" when they are all it holds).
 */
export function cannotTakeEffectTitle(enacted: number, passed: number): string {
  if (passed === 0) return 'Enacted but cannot take effect';
  return enacted === 0 ? 'Passed, not signed, but cannot take effect' : 'Enacted or passed, but cannot take effect';
}

/** The finder's list of laws that hang on a condition still open. */
export const STILL_CONTINGENT_TITLE = 'Enacted, still contingent';

/**
 * A finder list's heading: "Enacted but cannot take effect", said of a scenario when one is on
 * ("... in this scenario"), and hedged when a law in it is held back by a tie not yet checked
 * against the law's text ("..., if the record's ties hold").
 */
export function finderHeading(title: string, scenario: boolean, unchecked: boolean): string {
  return `${title}${scenario ? ' in this scenario' : ''}${unchecked ? ", if the record's ties hold" : ''}`;
}

/** A package named on a far view of a session: "HB 4764 and 51 more", "HB 4639 and 1 more". */
export function packageLabel(lead: string, size: number): string {
  return `${lead} and ${groupDigits(size - 1)} more`;
}
