/** One event of a bill, folded to a line ("2019-09-12 signed: …") once written; open while new. */
import { useState } from 'react';
import type { BillEvent } from '../model';
import { EVENT_TYPES } from './choices';
import { SelectField } from './SelectField';
import { SourceRefs } from './SourceRefs';
import { TextField } from './TextField';
import { useFieldProblems } from './useFieldProblems';

/** Props of EventItem. */
export interface EventItemProps {
  /** Bill index. */
  bill: number;
  /** Event index. */
  index: number;
  /** The event. */
  event: BillEvent;
  /** Removes it. */
  onRemove: () => void;
}

/** An event's fields inside a disclosure. */
export function EventItem({ bill, index, event, onRemove }: EventItemProps) {
  const [open, setOpen] = useState(!event.description);
  const path = ['bills', bill, 'events', index] as const;
  // An event with an error stays open, so its message is seen.
  const broken = useFieldProblems(path).some((p) => p.level === 'error');
  return (
    <details className="ed-item" open={open || broken} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Event {index + 1}: {event.date || 'no date'} {event.type.replace(/-/g, ' ')}
        {event.description ? `: ${event.description.length > 60 ? `${event.description.slice(0, 59)}…` : event.description}` : ''}
      </summary>
      <TextField label="Date" path={[...path, 'date']} hint="YYYY-MM-DD (or YYYY-MM)" date />
      <SelectField label="Type" path={[...path, 'type']} choices={EVENT_TYPES} />
      <TextField label="What happened" path={[...path, 'description']} />
      <TextField label="Chamber or committee" path={[...path, 'body']} optional />
      <SourceRefs path={path} />
      <button type="button" onClick={onRemove}>
        Remove event {index + 1}
      </button>
    </details>
  );
}
