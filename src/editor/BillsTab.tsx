/** The Bills tab: pick a bill or add one (its id made from its label), then its form. */
import { addBill } from '../model/edit';
import { useDraft, useEditor, useEditorApi } from './context';
import { billChoices } from './choices';
import { BillForm } from './BillForm';
import { ItemPicker } from './ItemPicker';

/** Bills. */
export function BillsTab() {
  const api = useEditorApi();
  const draft = useDraft();
  const selected = useEditor((s) => s.selected.bills);
  const index = Math.max(
    0,
    draft.bills.findIndex((b) => b.id === selected),
  );
  const bill = draft.bills[index];
  return (
    <div>
      <ItemPicker
        noun="bill"
        unique
        newLabel="Label"
        example="AB 392"
        items={billChoices(draft)}
        selected={bill?.id}
        onSelect={(id) => api.getState().select('bills', id)}
        onAdd={(label) => {
          let id = '';
          api.getState().change((d) => {
            const [next, made] = addBill(d, label);
            id = made;
            return next;
          });
          api.getState().select('bills', id);
        }}
      />
      {bill ? <BillForm key={bill.id} index={index} /> : <p className="ed-hint">No bills yet: add the first one above.</p>}
    </div>
  );
}
