/** What an outcome means for a bill, as a verb phrase in each tense and number a sentence needs. */
import type { Outcome } from '../scenario';

/** "cannot take effect": one bill, present tense. */
export const OUTCOME_ONE: Record<Outcome, string> = {
  failed: 'does not become law',
  inoperative: 'cannot take effect',
  pending: 'is left pending',
  contingent: 'is enacted but not sure to take effect',
  enacted: 'takes effect',
};

/** "cannot take effect": several bills, present tense. */
export const OUTCOME_MANY: Record<Outcome, string> = {
  failed: 'do not become law',
  inoperative: 'cannot take effect',
  pending: 'are left pending',
  contingent: 'are enacted but not sure to take effect',
  enacted: 'take effect',
};

/** "could never have taken effect": what would have happened had the record gone otherwise. */
export const OUTCOME_WOULD: Record<Outcome, string> = {
  failed: 'would not have become law',
  inoperative: 'could never have taken effect',
  pending: 'would have been left pending',
  contingent: 'would have been enacted but not sure to take effect',
  enacted: 'would have taken effect',
};

/** What each outcome word means, for a reader who meets the jargon ("inoperative") on a badge. */
export const OUTCOME_DEFINITION: Record<Outcome, string> = {
  failed: 'the bill itself does not become law',
  inoperative: 'it may be enacted, but a bill it hangs on failed, so it can never take effect',
  pending: 'its own fate is still open',
  contingent: 'enacted, but a bill it hangs on is still open',
  enacted: 'it is law and takes effect',
};

/** The outcome word with what it means ("failed: the bill itself does not become law"), as a badge's tooltip says it. */
export const OUTCOME_MEANING = Object.fromEntries(
  (Object.keys(OUTCOME_DEFINITION) as Outcome[]).map((o) => [o, `${o}: ${OUTCOME_DEFINITION[o]}`]),
) as Record<Outcome, string>;

/** "cannot take effect" in the tense and number asked for. */
export function outcomeVerb(outcome: Outcome, count: number, would: boolean): string {
  if (would) return OUTCOME_WOULD[outcome];
  return count === 1 ? OUTCOME_ONE[outcome] : OUTCOME_MANY[outcome];
}
