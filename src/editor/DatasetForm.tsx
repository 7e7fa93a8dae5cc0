/** The dataset's own fields: title (its id follows, until fixed), description, credit and notes. */
import { setIn, setTitle } from '../model/edit';
import { useDraft, useEditorApi } from './context';
import { DatasetIdField } from './DatasetIdField';
import { TextField } from './TextField';

/** The Dataset tab. */
export function DatasetForm() {
  const api = useEditorApi();
  const draft = useDraft();
  const notes = draft.notes ?? [];
  return (
    <div className="ed-form">
      <TextField
        label="Title"
        path={['title']}
        onValue={(v) => api.getState().change((d) => setTitle(d, v, api.getState().idFixed), 'title')}
      />
      <DatasetIdField />
      <TextField label="Description" path={['description']} optional multiline />
      <TextField label="Credit" path={['credit']} optional hint="Who made it, as shown under the graph" />
      <fieldset>
        <legend>Notes</legend>
        {notes.map((_, i) => (
          <div key={i} className="ed-row">
            <TextField label={`Note ${i + 1}`} path={['notes', i]} multiline />
            <button
              type="button"
              onClick={() =>
                api.getState().change((d) => setIn(d, ['notes'], notes.length === 1 ? undefined : notes.filter((_, j) => j !== i)))
              }
            >
              Remove note {i + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => api.getState().change((d) => setIn(d, ['notes'], [...(d.notes ?? []), '']))}>
          Add note
        </button>
      </fieldset>
    </div>
  );
}
