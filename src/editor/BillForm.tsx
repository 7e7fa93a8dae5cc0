/** One bill: label, title, kind, session, summary, events, provisions, sources, and ties from its text. */
import { removeBill } from '../model/edit';
import { countOf, joinAnd } from '../engine/words/grammar';
import { useDraft, useEditorApi } from './context';
import { MEASURE_KINDS } from './choices';
import { EventList } from './EventList';
import { ProvisionList } from './ProvisionList';
import { SelectField } from './SelectField';
import { SourceRefs } from './SourceRefs';
import { TextField } from './TextField';
import { TiesFromText } from './TiesFromText';

/** The form of bill number `index`. */
export function BillForm({ index }: { index: number }) {
  const api = useEditorApi();
  const draft = useDraft();
  const bill = draft.bills[index];
  const path = ['bills', index] as const;
  // What goes with the bill, said on the button (Undo brings it all back): what removeBill leaves out.
  const after = removeBill(draft, bill.id);
  const ties = (draft.links?.length ?? 0) - (after.links?.length ?? 0);
  const stances = (draft.positions?.length ?? 0) - (after.positions?.length ?? 0);
  const along = [ties ? countOf(ties, 'tie') : '', stances ? countOf(stances, 'position') : ''].filter(Boolean);
  const verb = ties + stances === 1 ? 'names' : 'name';
  return (
    <div className="ed-form" aria-label={`Bill ${bill.label || bill.id}`} role="group">
      <p className="ed-hint">
        Id: <code>{bill.id}</code>
      </p>
      <TextField label="Label" path={[...path, 'label']} hint="As the legislature writes it, e.g. AB 392" />
      <TextField label="Title" path={[...path, 'title']} />
      <SelectField label="Kind of measure" path={[...path, 'kind']} choices={MEASURE_KINDS} optional />
      <TextField label="Session" path={[...path, 'session']} optional />
      <TextField label="Summary" path={[...path, 'summary']} optional multiline />
      <SourceRefs path={path} />
      <EventList bill={index} />
      <ProvisionList bill={index} />
      <TiesFromText bill={index} />
      <button type="button" className="ed-danger" onClick={() => api.getState().change((d) => removeBill(d, bill.id))}>
        Remove bill {bill.label || bill.id}
        {along.length > 0 && `, with the ${joinAnd(along)} that ${verb} it`}
      </button>
    </div>
  );
}
