/** Scenarios and outcomes: the vocabulary of ../shared/DESIGN.md. */

/** What a scenario assumes about a bill's own fate. */
export type Assumption = 'enacted' | 'failed';

/** A "what if": assumptions about bills' own fates, and the date to look from. */
export interface Scenario {
  /** Bill id -> assumed own fate; bills not named keep their recorded fate. */
  assumptions: Readonly<Record<string, Assumption>>;
  /** Look at the record as of the end of this day (YYYY-MM-DD); undefined = after the last event. */
  asOf?: string;
}

/**
 * A scenario's assumptions as one string, "ab392:failed,sb230:enacted" (ids in code-point order):
 * the same assumptions give the same key whichever object holds them. The URL's `scenario` value.
 */
export function scenarioKey(assumptions: Scenario['assumptions']): string {
  return Object.keys(assumptions)
    .sort()
    .map((id) => `${id}:${assumptions[id]}`)
    .join(',');
}

/** The record as it stands: no assumptions, after the last event. */
export const RECORDED: Scenario = Object.freeze({ assumptions: Object.freeze({}) });

/**
 * A bill's outcome:
 * - `failed`: the bill itself does not become law;
 * - `inoperative`: enacted (or may be) but a condition it hangs on failed, so it never takes effect;
 * - `pending`: its own fate is open and nothing yet rules it out;
 * - `contingent`: enacted, but a condition it hangs on is still open;
 * - `enacted`: enacted and every condition it hangs on holds.
 */
export type Outcome = 'failed' | 'inoperative' | 'pending' | 'contingent' | 'enacted';

/** Every outcome, from worst to best. */
export const OUTCOMES: readonly Outcome[] = ['failed', 'inoperative', 'pending', 'contingent', 'enacted'];

/** A bill's own fate, before links: from its events, or from an assumption. */
export type OwnStatus = 'enacted' | 'failed' | 'pending';
