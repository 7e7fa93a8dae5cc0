/** The measures a link hangs on: one select per measure, add and remove. */
import { setIn } from '../model/edit';
import { useDraft, useEditorApi } from './context';
import { billChoices } from './choices';
import { FieldMessages } from './FieldMessages';
import { fieldId } from './fieldProblems';
import { SelectField } from './SelectField';
import { useFieldProblems } from './useFieldProblems';

/** The `to` list of link number `link`. */
export function LinkTargets({ link }: { link: number }) {
  const api = useEditorApi();
  const draft = useDraft();
  const to = draft.links?.[link]?.to ?? [];
  const path = ['links', link, 'to'] as const;
  const listProblems = useFieldProblems(path).filter((p) => p.path === `links[${link}].to`);
  const bills = billChoices(draft);
  return (
    <fieldset aria-describedby={listProblems.length ? `${fieldId(path)}-msg` : undefined}>
      <legend>Hangs on</legend>
      {to.map((_, i) => (
        <div key={i} className="ed-row">
          <SelectField label={`Measure ${i + 1}`} path={[...path, i]} choices={bills} />
          {to.length > 1 && (
            <button type="button" onClick={() => api.getState().change((d) => setIn(d, [...path, i], undefined))}>
              Remove measure {i + 1}
            </button>
          )}
        </div>
      ))}
      <button type="button" onClick={() => api.getState().change((d) => setIn(d, [...path], [...to, '']))}>
        Add a measure
      </button>
      <FieldMessages id={`${fieldId(path)}-msg`} problems={listProblems} />
    </fieldset>
  );
}
