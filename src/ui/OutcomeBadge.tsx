/** A bill's outcome as a labelled badge (words, not colour alone). */
import type { Outcome } from '../engine/scenario';
import { OUTCOME_MEANING } from '../engine/words/outcomes';

/** Props of the badge. */
export interface OutcomeBadgeProps {
  /** The outcome shown. */
  outcome: Outcome;
}

/** Shows an outcome word with its colour and pattern; its meaning (the jargon explained) on hover. */
export function OutcomeBadge({ outcome }: OutcomeBadgeProps) {
  return (
    <span className={`tb-badge tb-badge-${outcome}`} data-outcome={outcome} title={OUTCOME_MEANING[outcome]}>
      {outcome}
    </span>
  );
}
