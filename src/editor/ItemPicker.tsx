/** Picks the item to edit on a list tab, and adds a new one whose id is made from its label. */
import { useId, useState } from 'react';
import type { Choice } from './SelectField';
import { AddField } from './AddField';

/** Props of ItemPicker. */
export interface ItemPickerProps {
  /** What the items are, singular ("bill"). */
  noun: string;
  /** The label of the field naming a new item ("Label", "Name"). */
  newLabel: string;
  /** The items, by id. */
  items: readonly Choice[];
  /** The selected id. */
  selected: string | undefined;
  /** Selects an item. */
  onSelect: (id: string) => void;
  /** Adds an item named `label`. */
  onAdd: (label: string) => void;
  /** An example, as the placeholder. */
  example?: string;
  /** Labels name one item each (a bill's): adding one already listed opens it instead. */
  unique?: boolean;
}

/** A select over the items and an "Add" field; Enter in the field adds. */
export function ItemPicker({ noun, newLabel, items, selected, onSelect, onAdd, example, unique = false }: ItemPickerProps) {
  const uid = useId();
  const [label, setLabel] = useState('');
  // A label already in the list opens that item instead of making a second one ("hb4001-2").
  const [already, setAlready] = useState<{ label: string; text: string } | null>(null);
  const add = () => {
    const wanted = label.trim();
    if (!wanted) return;
    const same = unique ? items.find((c) => sameLabel(c.label, wanted)) : undefined;
    setLabel('');
    // Said once: the same label added again right after is a second item (another session's HB 4001).
    if (same && already?.label !== wanted) {
      setAlready({
        label: wanted,
        text: `${same.label} is already here: it is open below. Add it again to add another ${same.label} (from another session).`,
      });
      return onSelect(same.value);
    }
    setAlready(null);
    onAdd(wanted);
  };
  return (
    <div className="ed-picker">
      {items.length > 0 && (
        <div className="ed-field">
          <label htmlFor={`${uid}-pick`}>Edit {noun}</label>
          <select id={`${uid}-pick`} value={selected ?? ''} onChange={(e) => onSelect(e.target.value)}>
            {items.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <AddField
        id={`${uid}-new`}
        label={`New ${noun}: ${newLabel.toLowerCase()}`}
        button={`Add ${noun}`}
        placeholder={example}
        value={label}
        onChange={setLabel}
        onAdd={add}
      />
      {already && (
        <p className="ed-hint" role="status">
          {already.text}
        </p>
      )}
    </div>
  );
}

/** Two labels a reader would take for one: "HB 4001", "hb 4001" and "HB4001" are the same bill. */
function sameLabel(a: string, b: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[\s.\-_]+/g, '');
  return fold(a) === fold(b);
}
