/** One stakeholder: name, kind, note, sources and positions. */
import { removeStakeholder } from '../model/edit';
import { useDraft, useEditorApi } from './context';
import { STAKEHOLDER_KINDS } from './choices';
import { PositionList } from './PositionList';
import { SelectField } from './SelectField';
import { SourceRefs } from './SourceRefs';
import { TextField } from './TextField';

/** The form of stakeholder number `index`. */
export function StakeholderForm({ index }: { index: number }) {
  const api = useEditorApi();
  const s = useDraft().stakeholders![index];
  const path = ['stakeholders', index] as const;
  return (
    <div className="ed-form" role="group" aria-label={`Stakeholder ${s.name || s.id}`}>
      <p className="ed-hint">
        Id: <code>{s.id}</code>
      </p>
      <TextField label="Name" path={[...path, 'name']} />
      <SelectField label="Kind" path={[...path, 'kind']} choices={STAKEHOLDER_KINDS} />
      <TextField label="Note" path={[...path, 'note']} optional multiline />
      <SourceRefs path={path} />
      <PositionList stakeholder={s.id} />
      <button type="button" className="ed-danger" onClick={() => api.getState().change((d) => removeStakeholder(d, s.id))}>
        Remove {s.name || s.id}
      </button>
    </div>
  );
}
