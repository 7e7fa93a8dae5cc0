/** The story in one line: what the scenario changes, announced to screen readers; or the question to ask. */
import { selectScenarioSummary, selectSuggestedQuestions, useAppStore, useDeferredAppStore } from '../store';

/** "If AB 392 fails: SB 230 cannot take effect." or a "What if AB 392 fails?" button. */
export function ScenarioSummary() {
  const summary = useDeferredAppStore(selectScenarioSummary);
  const suggestions = useDeferredAppStore(selectSuggestedQuestions);
  const setAssumption = useAppStore((s) => s.setAssumption);
  const resetScenario = useAppStore((s) => s.resetScenario);
  return (
    <div className="tb-summary">
      <p aria-live="polite" data-testid="scenario-summary" className="tb-summary-text">
        {summary ?? 'As recorded.'}
      </p>
      {summary === null ? (
        suggestions.map((bill) => (
          <button key={bill.id} type="button" className="tb-question" onClick={() => setAssumption(bill.id, 'failed')}>
            What if {bill.label} fails?
          </button>
        ))
      ) : (
        <button type="button" className="tb-question" onClick={resetScenario}>
          Back to the record
        </button>
      )}
    </div>
  );
}
