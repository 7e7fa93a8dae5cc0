/** Per bill: "as recorded / becomes law / fails", with the outcome and its reason in words. */
import { useId } from 'react';
import type { AssumptionChoice } from '../store';
import { selectBills, selectExplanations, useAppStore } from '../store';
import { OutcomeBadge } from './OutcomeBadge';

const CHOICES: Array<{ value: AssumptionChoice; label: string }> = [
  { value: 'recorded', label: 'As recorded' },
  { value: 'enacted', label: 'Becomes law' },
  { value: 'failed', label: 'Fails' },
];

/** The scenario controls for every bill of the open dataset. */
export function ScenarioControls() {
  const bills = useAppStore(selectBills);
  const assumptions = useAppStore((s) => s.assumptions);
  const explanations = useAppStore(selectExplanations);
  const setAssumption = useAppStore((s) => s.setAssumption);
  const resetScenario = useAppStore((s) => s.resetScenario);
  const baseId = useId();
  const changed = Object.keys(assumptions).length > 0;
  return (
    <section className="tb-scenario" aria-labelledby={`${baseId}-h`}>
      <div className="tb-section-head">
        <h2 id={`${baseId}-h`}>What if…</h2>
        <button type="button" className="tb-link-button" onClick={resetScenario} disabled={!changed}>
          Reset
        </button>
      </div>
      {bills.map((bill) => {
        const choice: AssumptionChoice = assumptions[bill.id] ?? 'recorded';
        const explanation = explanations?.[bill.id];
        return (
          <fieldset key={bill.id} className="tb-bill-control" data-bill={bill.id}>
            <legend>
              <span className="tb-bill-label">{bill.label}</span> <span className="tb-bill-title">{bill.title}</span>
            </legend>
            <div className="tb-choices">
              {CHOICES.map((c) => (
                <label key={c.value} className={choice === c.value ? 'tb-choice tb-chosen' : 'tb-choice'}>
                  <input
                    type="radio"
                    name={`${baseId}-${bill.id}`}
                    value={c.value}
                    checked={choice === c.value}
                    onChange={() => setAssumption(bill.id, c.value)}
                  />
                  {c.label}
                </label>
              ))}
            </div>
            {explanation && (
              <p className="tb-explanation" data-testid={`explanation-${bill.id}`}>
                <OutcomeBadge outcome={explanation.outcome} /> {explanation.sentence}
              </p>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
