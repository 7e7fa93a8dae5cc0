/** A bill's dated events: date, type, description, chamber, sources. */
import { setIn } from '../model/edit';
import { useDraftValue, useEditorApi } from './context';
import type { BillEvent } from '../model';
import { EventItem } from './EventItem';

/** The events of bill number `bill`. */
export function EventList({ bill }: { bill: number }) {
  const api = useEditorApi();
  const events = (useDraftValue(['bills', bill, 'events']) as BillEvent[] | undefined) ?? [];
  const path = ['bills', bill, 'events'] as const;
  return (
    <fieldset>
      <legend>Events</legend>
      {events.map((ev, i) => (
        <EventItem
          key={i}
          bill={bill}
          index={i}
          event={ev}
          onRemove={() =>
            api.getState().change((d) => setIn(d, [...path], events.length === 1 ? undefined : events.filter((_, j) => j !== i)))
          }
        />
      ))}
      <button
        type="button"
        onClick={() =>
          api
            .getState()
            .change((d) => setIn(d, [...path], [...events, { date: '', type: 'introduced', description: '' } satisfies BillEvent]))
        }
      >
        Add event
      </button>
    </fieldset>
  );
}
