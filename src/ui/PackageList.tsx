/** A finder list: packages of bills tied together, largest first, with their size and fate. */
import { useEffect, useRef, useState } from 'react';
import type { TiedPackage } from '../engine';
import { packageHeading } from '../engine/words';
import type { Dataset } from '../model';
import { groupDigits } from '../model/numbers';

/** Props of the list. */
export interface PackageListProps {
  /** The packages, largest first. */
  packages: TiedPackage[];
  /** The dataset (for labels). */
  dataset: Dataset;
  /** Focuses a bill. */
  onFocus: (id: string) => void;
}

const SHOWN = 25;
const LABELS_SHOWN = 6;

/** Each package: its size, its fate in counts, and its bills (each focusable; the rest a press away). */
export function PackageList({ packages, dataset, onFocus }: PackageListProps) {
  const label = new Map(dataset.bills.map((b) => [b.id, b.label]));
  const [all, setAll] = useState(false);
  return (
    <details className="tb-finder" data-testid="finder-packages">
      <summary>Packages of tied bills ({groupDigits(packages.length)})</summary>
      <ul className="tb-finder-list">
        {(all ? packages : packages.slice(0, SHOWN)).map((p) => (
          <PackageRow key={p.bills[0]} pack={p} label={label} onFocus={onFocus} />
        ))}
      </ul>
      {packages.length > SHOWN && !all && (
        <p className="tb-note">
          The {SHOWN} largest of {groupDigits(packages.length)} are shown.{' '}
          <button type="button" className="tb-link-button" onClick={() => setAll(true)}>
            Show all {groupDigits(packages.length)}
          </button>
        </p>
      )}
    </details>
  );
}

/** One package: "20 bills: 12 take effect, 8 do not: HB 1, HB 2 … and 14 more" (a button that lists them). */
function PackageRow({ pack, label, onFocus }: { pack: TiedPackage; label: ReadonlyMap<string, string>; onFocus: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const shown = open ? pack.bills : pack.bills.slice(0, LABELS_SHOWN);
  const more = pack.bills.length - shown.length;
  // The "more" button goes once pressed: keyboard focus moves to the first bill it brought.
  const row = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (open) row.current?.querySelectorAll<HTMLButtonElement>('button')[LABELS_SHOWN]?.focus();
  }, [open]);
  return (
    <li data-size={pack.bills.length} ref={row}>
      {packageHeading(pack.bills.length, pack.outcomes)}:{' '}
      {shown.map((id) => (
        <button key={id} type="button" className="tb-link-button" onClick={() => onFocus(id)}>
          {label.get(id)}
        </button>
      ))}
      {more > 0 && (
        <button type="button" className="tb-link-button" onClick={() => setOpen(true)}>
          and {groupDigits(more)} more
        </button>
      )}
    </li>
  );
}
