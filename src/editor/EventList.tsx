/** A bill's dated events: date, type, description, chamber, sources. */
import { setIn } from '../model/edit';
import { useDraftValue, useEditorApi } from './context';
import type { BillEvent } from '../model';
import { EVENT_TYPES } from './choices';
import { SelectField } from './SelectField';
import { SourceRefs } from './SourceRefs';
import { TextField } from './TextField';

/** The events of bill number `bill`. */
export function EventList({ bill }: { bill: number }) {
  const api = useEditorApi();
  const events = (useDraftValue(['bills', bill, 'events']) as BillEvent[] | undefined) ?? [];
  const path = ['bills', bill, 'events'] as const;
  return (
    <fieldset>
      <legend>Events</legend>
      {events.map((_, i) => (
        <fieldset key={i} className="ed-item">
          <legend>Event {i + 1}</legend>
          <TextField label="Date" path={[...path, i, 'date']} hint="YYYY-MM-DD (or YYYY-MM)" />
          <SelectField label="Type" path={[...path, i, 'type']} choices={EVENT_TYPES} />
          <TextField label="What happened" path={[...path, i, 'description']} />
          <TextField label="Chamber or committee" path={[...path, i, 'body']} optional />
          <SourceRefs path={[...path, i]} />
          <button
            type="button"
            onClick={() => api.getState().change((d) => setIn(d, [...path], events.length === 1 ? undefined : events.filter((_, j) => j !== i)))}
          >
            Remove event {i + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          api.getState().change((d) => setIn(d, [...path], [...events, { date: '', type: 'introduced', description: '' } satisfies BillEvent]))
        }
      >
        Add event
      </button>
    </fieldset>
  );
}
