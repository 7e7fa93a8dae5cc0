/** Chooses one of the built-in datasets. */
import { useId } from 'react';

/** A built-in dataset listed in public/data/index.json. */
export interface DatasetEntry {
  /** Dataset id. */
  id: string;
  /** Title shown. */
  title: string;
}

/** Props of the picker. */
export interface DatasetPickerProps {
  /** Built-in datasets. */
  entries: DatasetEntry[];
  /** Currently open dataset ref. */
  current: string | null;
  /** Called with the chosen id. */
  onPick: (id: string) => void;
}

/** A labelled select over the built-in datasets. */
export function DatasetPicker({ entries, current, onPick }: DatasetPickerProps) {
  const id = useId();
  const known = entries.some((e) => e.id === current);
  return (
    <div className="tb-picker">
      <label htmlFor={id}>Dataset</label>
      <select id={id} value={known ? current! : ''} onChange={(e) => onPick(e.target.value)}>
        {!known && <option value="">{current ?? 'Loading…'}</option>}
        {entries.map((e) => (
          <option key={e.id} value={e.id}>
            {e.title}
          </option>
        ))}
      </select>
    </div>
  );
}
