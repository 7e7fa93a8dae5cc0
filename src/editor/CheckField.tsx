/** A labelled checkbox bound to one boolean of the draft. */
import type { PathKey } from '../model/edit';
import { setIn } from '../model/edit';
import { useDraftValue, useEditorApi } from './context';
import { fieldId } from './fieldProblems';

/** A checkbox; each tick is one step of the history. */
export function CheckField({ label, path }: { label: string; path: readonly PathKey[] }) {
  const api = useEditorApi();
  const checked = useDraftValue(path) === true;
  const id = fieldId(path);
  return (
    <div className="ed-field ed-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => api.getState().change((d) => setIn(d, path, e.target.checked))} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
