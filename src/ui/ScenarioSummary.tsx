/** The story in one line, announced to screen readers, with the questions worth asking (or the way back). */
import { selectQuestions, selectStory, useAppStore, useDeferredAppStore } from '../store';

/** "SB 230 takes effect only because AB 392 became law." and a "What if AB 392 had failed?" button. */
export function ScenarioSummary() {
  const story = useDeferredAppStore(selectStory);
  const questions = useDeferredAppStore(selectQuestions);
  const assuming = useDeferredAppStore((s) => Object.keys(s.assumptions).length > 0);
  const setAssumption = useAppStore((s) => s.setAssumption);
  const resetScenario = useAppStore((s) => s.resetScenario);
  return (
    <div className="tb-summary">
      <p aria-live="polite" data-testid="scenario-summary" className="tb-summary-text">
        {story ?? ''}
      </p>
      {assuming ? (
        <button type="button" className="tb-question" onClick={resetScenario}>
          Back to the record
        </button>
      ) : (
        questions.map((q) => (
          <button key={q.bill} type="button" className="tb-question" onClick={() => setAssumption(q.bill, q.assumption)}>
            {q.text}
          </button>
        ))
      )}
    </div>
  );
}
