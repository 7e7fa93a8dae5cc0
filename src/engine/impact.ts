/** What a scenario changes against the record, in data and in one line. */
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

const CONSEQUENCE: Record<Outcome, string> = {
  failed: 'does not become law',
  inoperative: 'cannot take effect',
  pending: 'is left pending',
  contingent: 'is enacted but not sure to take effect',
  enacted: 'takes effect',
};

/** "If AB 392 fails: SB 230 cannot take effect." (or null when nothing is assumed). */
export function summarizeScenario(ev: Evaluation, record: Evaluation): string | null {
  const bills = ev.record.dataset.bills;
  const premises = Object.entries(ev.scenario.assumptions)
    .filter(([id]) => ev.record.index.has(id))
    .map(([id, a]) => `${bills[ev.record.index.get(id)!].label} ${a === 'failed' ? 'fails' : 'becomes law'}`);
  if (premises.length === 0) return null;
  const knockOn = diffFromRecord(ev, record).filter((c) => !c.assumed);
  const head = `If ${joinAnd(premises)}`;
  if (knockOn.length === 0) return `${head}: no other bill changes.`;
  const byConsequence = new Map<Outcome, string[]>();
  for (const c of knockOn) byConsequence.set(c.scenario, [...(byConsequence.get(c.scenario) ?? []), c.label]);
  const parts = [...byConsequence].map(
    ([o, labels]) => `${joinAnd(labels)} ${labels.length > 1 ? plural(CONSEQUENCE[o]) : CONSEQUENCE[o]}`,
  );
  return `${head}: ${parts.join('; ')}.`;
}

function joinAnd(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function plural(phrase: string): string {
  return phrase
    .replace(/^does not/, 'do not')
    .replace(/^is /, 'are ')
    .replace(/^takes /, 'take ');
}
