/** A bill's outcome as a labelled badge (words, not colour alone). */
import type { Outcome } from '../engine/scenario';

/** Props of the badge. */
export interface OutcomeBadgeProps {
  /** The outcome shown. */
  outcome: Outcome;
}

/** Shows an outcome word with its colour and pattern. */
export function OutcomeBadge({ outcome }: OutcomeBadgeProps) {
  return (
    <span className={`tb-badge tb-badge-${outcome}`} data-outcome={outcome}>
      {outcome}
    </span>
  );
}
