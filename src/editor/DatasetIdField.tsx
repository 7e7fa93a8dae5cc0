/** The dataset's id: made from the title, until the draft is opened or published at it; then fixed, changed only on purpose. */
import { useEffect, useState } from 'react';
import { idFollowsTitle } from '../model/edit';
import { useDraft, useEditor } from './context';
import { TextField } from './TextField';
import { fieldId } from './fieldProblems';

/** The id line of the Dataset tab, and its field once the reporter asks to change a fixed id. */
export function DatasetIdField() {
  const draft = useDraft();
  const fixed = useEditor((s) => s.idFixed);
  const [changing, setChanging] = useState(false);
  // The button pressed gives way to the field: keyboard focus goes to it, not to the page.
  useEffect(() => {
    if (changing) document.getElementById(fieldId(['id']))?.focus();
  }, [changing]);
  const why = fixed
    ? 'fixed: opened or published at this address'
    : idFollowsTitle(draft)
      ? 'made from the title'
      : 'kept as the title changes';
  return (
    <>
      <p className="ed-hint" data-testid="dataset-id">
        Id: <code>{draft.id}</code> ({why})
      </p>
      {fixed &&
        (changing ? (
          <TextField
            label="Id"
            path={['id']}
            hint="Links, embed code and bundles made before name the old id: they stop working once it changes."
          />
        ) : (
          <button type="button" onClick={() => setChanging(true)}>
            Change the id…
          </button>
        ))}
    </>
  );
}
