/** The count of errors and warnings, each a button that opens the tab where it can be fixed. */
import { useEditor, useEditorApi } from './context';
import { placeOf } from './fieldProblems';
import { problemLine } from './problemWords';
import { useAppStore } from '../store';
import { countOf } from '../engine/words/grammar';

/** Lists the draft's problems; each one leads to its place in the forms. */
export function ProblemSummary() {
  const api = useEditorApi();
  const problems = useEditor((s) => s.problems);
  const checked = useEditor((s) => s.checked);
  const draft = useEditor((s) => s.history.present);
  const errors = problems.filter((p) => p.level === 'error').length;
  // Until the draft first checks out, the graph beside it shows none of it (DraftWaiting).
  const unshown = useAppStore((s) => s.draftUnshown);
  const go = (path: string) => {
    const place = placeOf(path);
    const list =
      place.tab === 'bills'
        ? draft.bills
        : place.tab === 'links'
          ? draft.links
          : path.startsWith('stakeholders')
            ? draft.stakeholders
            : undefined;
    const positions = path.startsWith('positions') && place.index !== undefined ? draft.positions?.[place.index]?.stakeholder : undefined;
    const id = positions ?? (place.index !== undefined ? list?.[place.index]?.id : undefined);
    api.getState().select(place.tab, id);
  };
  return (
    <div className="ed-summary" data-testid="draft-check" data-checked={checked ? 'yes' : 'no'} data-errors={errors}>
      <p role="status">
        {errors === 0
          ? 'No errors: the graph shows this draft.'
          : `${countOf(errors, 'error')} to fix; the graph ${unshown ? 'shows once they are fixed' : 'shows the last valid version'}.`}
        {problems.length > errors && ` ${problems.length - errors} warning${problems.length - errors > 1 ? 's' : ''}.`}
      </p>
      {problems.length > 0 && (
        <details>
          <summary>Show all {problems.length}</summary>
          <ul>
            {problems.slice(0, 100).map((p, i) => (
              <li key={i}>
                <button type="button" className="ed-linkish" onClick={() => go(p.path)}>
                  {p.level === 'error' ? 'Error' : 'Warning'}: {problemLine(p, draft)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
