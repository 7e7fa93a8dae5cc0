/** The dataset's sources: address, publisher, title and date of each, and a way to add one. */
import { useId, useState } from 'react';
import { addSource, setIn } from '../model/edit';
import { useDraft, useEditorApi } from './context';
import { TextField } from './TextField';
import { AddField } from './AddField';

/** The Sources tab. */
export function SourcesForm() {
  const api = useEditorApi();
  const draft = useDraft();
  const [url, setUrl] = useState('');
  const uid = useId();
  const add = () => {
    if (!url.trim()) return;
    api.getState().change((d) => addSource(d, { url: url.trim() })[0]);
    setUrl('');
  };
  return (
    <div className="ed-form">
      {Object.keys(draft.sources).map((id) => (
        <fieldset key={id}>
          <legend>Source {id}</legend>
          <TextField label="Address" path={['sources', id, 'url']} hint="https://…" />
          <TextField label="Publisher" path={['sources', id, 'publisher']} optional />
          <TextField label="Title" path={['sources', id, 'title']} optional />
          <TextField label="Date" path={['sources', id, 'date']} optional hint="YYYY-MM-DD" date />
          <button type="button" onClick={() => api.getState().change((d) => ({ ...d, sources: setIn(d.sources, [id], undefined) }))}>
            Remove source {id}
          </button>
        </fieldset>
      ))}
      <AddField
        id={`${uid}-url`}
        label="New source address"
        button="Add source"
        type="url"
        placeholder="https://…"
        value={url}
        onChange={setUrl}
        onAdd={add}
      />
    </div>
  );
}
