/** A bill's provisions: label (its id is made from it), description, dates added and struck, sources. */
import { useId, useState } from 'react';
import type { Provision } from '../model';
import { setIn, takenIds, uniqueId } from '../model/edit';
import { labelId } from '../model/ids';
import { useDraftValue, useEditorApi } from './context';
import { ProvisionItem } from './ProvisionItem';
import { AddField } from './AddField';

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
      const id = uniqueId(`${d.bills[bill].id}-${labelId(label)}`, takenIds(d));
      return setIn(d, [...path], [...provisions, { id, label: label.trim() }]);
    });
    setLabel('');
  };
  return (
    <fieldset>
      <legend>Provisions</legend>
      {provisions.map((p, i) => (
        <ProvisionItem
          key={p.id}
          bill={bill}
          index={i}
          provision={p}
          onRemove={() =>
            api.getState().change((d) => setIn(d, [...path], provisions.length === 1 ? undefined : provisions.filter((_, j) => j !== i)))
          }
        />
      ))}
      <AddField id={`${uid}-new`} label="New provision: label" button="Add provision" value={label} onChange={setLabel} onAdd={add} />
    </fieldset>
  );
}
