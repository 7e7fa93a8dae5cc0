/** The graph's legend: outcomes, stances, stakeholder kinds and link kinds, in words as well as marks. */
import type { CSSProperties } from 'react';
import { OUTCOMES } from '../engine/scenario';
import { STAKEHOLDER_COLOR } from '../graph/encodings';
import { OutcomeBadge } from './OutcomeBadge';

const STANCES = ['sponsor', 'support', 'oppose', 'neutral', 'withdrawn'] as const;
const KINDS: Array<[keyof typeof STAKEHOLDER_COLOR, string]> = [
  ['legislator', 'legislator'],
  ['advocacy-group', 'advocacy group'],
  ['union', 'union'],
  ['law-enforcement-association', 'law enforcement'],
  ['family', 'family / civic'],
  ['local-government', 'local government'],
];

/** Explains the encodings. */
export function Legend() {
  return (
    <div className="tb-legend" aria-label="Legend" role="group">
      <div className="tb-legend-row">
        {OUTCOMES.map((o) => (
          <OutcomeBadge key={o} outcome={o} />
        ))}
      </div>
      <div className="tb-legend-row">
        {STANCES.map((s) => (
          <span key={s} className={`tb-stance tb-stance-${s}`}>
            {s}
          </span>
        ))}
        <span className="tb-linkkey">→ operative only if / tie-bar</span>
        <span className="tb-linkkey-loose">⇢ loose relation</span>
      </div>
      <div className="tb-legend-row tb-legend-kinds">
        {KINDS.map(([kind, label]) => (
          <span key={kind} className="tb-kind" style={{ '--dot': STAKEHOLDER_COLOR[kind] } as CSSProperties}>
            {label}
          </span>
        ))}
      </div>
    </div>
  );
}
