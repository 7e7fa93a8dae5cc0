/** A finder list: packages of bills tied together, largest first, with their size and fate. */
import type { TiedPackage } from '../engine';
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

/** Each package: its size, its fate, and its bills (each focusable). */
export function PackageList({ packages, dataset, onFocus }: PackageListProps) {
  const label = new Map(dataset.bills.map((b) => [b.id, b.label]));
  return (
    <details className="tb-finder" data-testid="finder-packages">
      <summary>Packages of tied bills ({groupDigits(packages.length)})</summary>
      <ul className="tb-finder-list">
        {packages.slice(0, SHOWN).map((p) => (
          <li key={p.bills[0]} data-size={p.bills.length}>
            {p.bills.length} bills, {p.fate}:{' '}
            {p.bills.slice(0, LABELS_SHOWN).map((id) => (
              <button key={id} type="button" className="tb-link-button" onClick={() => onFocus(id)}>
                {label.get(id)}
              </button>
            ))}
            {p.bills.length > LABELS_SHOWN && ` and ${p.bills.length - LABELS_SHOWN} more`}
          </li>
        ))}
      </ul>
      {packages.length > SHOWN && (
        <p className="tb-note">
          The {SHOWN} largest of {groupDigits(packages.length)} are shown.
        </p>
      )}
    </details>
  );
}
