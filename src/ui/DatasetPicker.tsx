/** Chooses a built-in dataset or one the reader opened before. */
import { useId } from 'react';
import type { DatasetEntry } from '../shell/datasetIndex';
import { FRAGMENT_REF } from '../shell/fragment';

/** Props of the picker. */
export interface DatasetPickerProps {
  /** Built-in datasets. */
  entries: DatasetEntry[];
  /** Datasets kept in this browser. */
  saved?: DatasetEntry[];
  /** Currently open dataset ref. */
  current: string | null;
  /** The open dataset's title: a dataset from an address is named by it, and by where it came from. */
  currentTitle?: string;
  /**
   * The draft being edited, as the page's title names it ("Your draft" until it checks out): the
   * menu shows it chosen, so any dataset listed (the one it was begun over too) can be picked.
   */
  draft?: string;
  /** Called with the chosen id. */
  onPick: (id: string) => void;
}

/** Where a dataset opened from an address came from, in a reader's words: "in the link", "example.org". */
function whereFrom(ref: string): string {
  if (ref === FRAGMENT_REF) return 'in the link';
  try {
    return new URL(ref).hostname;
  } catch {
    return ref;
  }
}

/** A labelled select over the built-in and saved datasets. */
export function DatasetPicker({ entries, saved = [], current, currentTitle, draft, onPick }: DatasetPickerProps) {
  const id = useId();
  const all = [...entries, ...saved];
  const known = draft === undefined && all.some((e) => e.id === current);
  // Two datasets with one title (a copy kept beside what it copies) are told apart by their ids.
  const titles = new Map<string, number>();
  for (const e of all) titles.set(e.title, (titles.get(e.title) ?? 0) + 1);
  const name = (e: DatasetEntry) => (titles.get(e.title)! > 1 ? `${e.title} (${e.id})` : e.title);
  return (
    <div className="tb-picker">
      <label htmlFor={id}>Dataset</label>
      <select id={id} value={known ? current! : ''} onChange={(e) => onPick(e.target.value)}>
        {draft !== undefined ? (
          // A copy not yet retitled is told apart from what it copies.
          <option value="">{titles.has(draft) ? `${draft} (your draft)` : draft}</option>
        ) : (
          !known && (
            <option value="">{current === null ? 'Loading…' : currentTitle ? `${currentTitle} (${whereFrom(current)})` : current}</option>
          )
        )}
        <optgroup label="Built in">
          {entries.map((e) => (
            <option key={e.id} value={e.id}>
              {name(e)}
            </option>
          ))}
        </optgroup>
        {saved.length > 0 && (
          <optgroup label="Opened in this browser">
            {saved.map((e) => (
              <option key={e.id} value={e.id}>
                {name(e)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
