/** A finder list: laws enacted on the record (or bills passed, not signed) that cannot take effect (or may not), each with the engine's explanation and sources. */
import { useState } from 'react';
import type { StuckLaw } from '../engine';
import type { Dataset } from '../model';
import { OutcomeBadge } from './OutcomeBadge';
import { SourceLinks } from './SourceLinks';
import { groupDigits } from '../model/numbers';
import { finderHeading } from '../engine/words/packages';

/** Props of the list. */
export interface StuckLawListProps {
  /** Heading words (from engine/words), e.g. "Enacted but cannot take effect". */
  title: string;
  /** The rows. */
  rows: StuckLaw[];
  /** The dataset the source ids point into. */
  dataset: Dataset;
  /** Focuses a bill. */
  onFocus: (id: string) => void;
  /** Test id of the list. */
  testId: string;
  /** True while a what-if is on: the list is the scenario's, and its heading says so. */
  scenario?: boolean;
}

/** A collapsible list with its count; empty lists say so. A long list (closed at first) makes its rows once opened: a session's can hold ten thousand. */
export function StuckLawList({ title, rows, dataset, onFocus, testId, scenario = false }: StuckLawListProps) {
  const short = rows.length > 0 && rows.length <= 30;
  const [opened, setOpened] = useState(false);
  return (
    <details className="tb-finder" data-testid={testId} open={short} onToggle={(e) => setOpened(e.currentTarget.open)}>
      <summary>
        {finderHeading(
          title,
          scenario,
          rows.some((r) => r.unchecked),
        )}{' '}
        ({groupDigits(rows.length)})
      </summary>
      {rows.length === 0 ? (
        <p className="tb-note">None in this scenario.</p>
      ) : !short && !opened ? null : (
        <ul className="tb-finder-list" data-long={short ? undefined : ''}>
          {rows.map((r) => (
            <li key={r.id} data-bill={r.id} data-stage={r.stage}>
              <button type="button" className="tb-link-button" onClick={() => onFocus(r.id)}>
                {r.label}
              </button>{' '}
              <OutcomeBadge outcome={r.outcome} /> <span className="tb-explanation">{r.sentence}</span>{' '}
              <SourceLinks dataset={dataset} ids={r.sources.slice(0, 4)} />
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
