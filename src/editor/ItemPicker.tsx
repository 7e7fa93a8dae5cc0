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
}

/** A select over the items and an "Add" field; Enter in the field adds. */
export function ItemPicker({ noun, newLabel, items, selected, onSelect, onAdd, example }: ItemPickerProps) {
  const uid = useId();
  const [label, setLabel] = useState('');
  const add = () => {
    if (!label.trim()) return;
    onAdd(label.trim());
    setLabel('');
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
    </div>
  );
}
