/** The graph's legend: outcomes, stances and link kinds. */
import { OUTCOMES } from '../engine/scenario';
import { OutcomeBadge } from './OutcomeBadge';

const STANCES = ['sponsor', 'support', 'oppose', 'neutral', 'withdrawn'] as const;

/** Explains the encodings in words. */
export function Legend() {
  return (
    <div className="tb-legend" aria-label="Legend">
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
        <span className="tb-linkkey">→ operative only if</span>
      </div>
    </div>
  );
}
