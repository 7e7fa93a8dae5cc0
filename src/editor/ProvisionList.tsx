/** A bill's provisions: label (its id is made from it), description, dates added and struck, sources. */
import { useId, useState } from 'react';
import type { Provision } from '../model';
import { setIn, slugify, takenIds, uniqueId } from '../model/edit';
import { useDraftValue, useEditorApi } from './context';
import { SourceRefs } from './SourceRefs';
import { TextField } from './TextField';

/** The provisions of bill number `bill`. */
export function ProvisionList({ bill }: { bill: number }) {
  const api = useEditorApi();
  const uid = useId();
  const [label, setLabel] = useState('');
  const path = ['bills', bill, 'provisions'] as const;
  const provisions = (useDraftValue([...path]) as Provision[] | undefined) ?? [];
  const add = () => {
    if (!label.trim()) return;
    api.getState().change((d) => {
      const id = uniqueId(`${d.bills[bill].id}-${slugify(label)}`, takenIds(d));
      return setIn(d, [...path], [...provisions, { id, label: label.trim() }]);
    });
    setLabel('');
  };
  return (
    <fieldset>
      <legend>Provisions</legend>
      {provisions.map((p, i) => (
        <fieldset key={p.id} className="ed-item">
          <legend>Provision {p.label || p.id}</legend>
          <TextField label="Label" path={[...path, i, 'label']} />
          <TextField label="Description" path={[...path, i, 'description']} optional multiline />
          <TextField label="Added on" path={[...path, i, 'added']} optional hint="YYYY-MM-DD" />
          <TextField label="Struck on" path={[...path, i, 'struck']} optional hint="YYYY-MM-DD" />
          <SourceRefs path={[...path, i]} />
          <button
            type="button"
            onClick={() => api.getState().change((d) => setIn(d, [...path], provisions.length === 1 ? undefined : provisions.filter((_, j) => j !== i)))}
          >
            Remove provision {p.label || p.id}
          </button>
        </fieldset>
      ))}
      <div className="ed-field ed-inline">
        <label htmlFor={`${uid}-new`}>New provision: label</label>
        <input
          id={`${uid}-new`}
          type="text"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          Add provision
        </button>
      </div>
    </fieldset>
  );
}
