/** The People tab: stakeholders (id made from the name) and their positions. */
import { addStakeholder } from '../model/edit';
import { useDraft, useEditor, useEditorApi } from './context';
import { stakeholderChoices } from './choices';
import { ItemPicker } from './ItemPicker';
import { StakeholderForm } from './StakeholderForm';

/** Stakeholders and positions. */
export function PeopleTab() {
  const api = useEditorApi();
  const draft = useDraft();
  const selected = useEditor((s) => s.selected.people);
  const list = draft.stakeholders ?? [];
  const index = Math.max(
    0,
    list.findIndex((s) => s.id === selected),
  );
  return (
    <div>
      <ItemPicker
        noun="stakeholder"
        newLabel="Name"
        example="Shirley Weber"
        items={stakeholderChoices(draft)}
        selected={list[index]?.id}
        onSelect={(id) => api.getState().select('people', id)}
        onAdd={(name) => {
          let id = '';
          api.getState().change((d) => {
            const [next, made] = addStakeholder(d, name);
            id = made;
            return next;
          });
          api.getState().select('people', id);
        }}
      />
      {list[index] ? <StakeholderForm key={list[index].id} index={index} /> : <p className="ed-hint">No stakeholders yet.</p>}
    </div>
  );
}
