/** What a scenario changes against the record, as data. */
import type { Evaluation } from './evaluate';
import type { Outcome } from './scenario';

/** One bill whose outcome differs from the record. */
export interface OutcomeChange {
  /** Bill id. */
  id: string;
  /** Bill label. */
  label: string;
  /** Outcome on the record (same date). */
  recorded: Outcome;
  /** Outcome in the scenario. */
  scenario: Outcome;
  /** True when the scenario assumes this bill's own fate (not a knock-on effect). */
  assumed: boolean;
}

/** Bills whose outcome in `ev` differs from `record` (evaluated at the same date). */
export function diffFromRecord(ev: Evaluation, record: Evaluation): OutcomeChange[] {
  const out: OutcomeChange[] = [];
  ev.record.dataset.bills.forEach((bill, i) => {
    const scenario = ev.outcomeAt(i);
    const recorded = record.outcomeAt(i);
    if (scenario !== recorded) out.push({ id: bill.id, label: bill.label, recorded, scenario, assumed: ev.assumed[i] });
  });
  return out;
}

/** The scenario in one sentence: lives with the rest of the story in ./summary. */
export { summarizeScenario } from './summary';
