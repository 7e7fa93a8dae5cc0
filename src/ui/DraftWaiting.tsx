/** The stage while the draft being edited has not checked out yet: another dataset's graph is never shown as the draft's. */
import { useAppStore } from '../store';
import { countOf } from '../engine/words/grammar';

/** Says where the draft's graph will show, and what stands in its way. */
export function DraftWaiting() {
  const errors = useAppStore((s) => s.draftErrors);
  // Not a live region: the editor's count of errors is one, and says when the graph shows.
  return (
    <div className="tb-draft-waiting" data-testid="draft-waiting">
      <p className="tb-draft-waiting-head">Your draft’s graph shows here once it checks out.</p>
      <p>
        {errors > 0 ? `${countOf(errors, 'error')} to fix first: the editor lists ${errors === 1 ? 'it' : 'them'}.` : 'Checking the draft…'}
      </p>
    </div>
  );
}
