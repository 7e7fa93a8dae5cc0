/** The control for how the graph shows stakeholders: grouped per bill and side, each one, or none (the URL's `stakeholders`). */
import { useId } from 'react';
import { useAppStore } from '../store';

const LABELS = { grouped: 'grouped', all: 'each one', none: 'hidden' } as const;

/** A small select: "Stakeholders: grouped / each one / hidden". */
export function StakeholderMode() {
  const id = useId();
  const mode = useAppStore((s) => s.stakeholders);
  const setMode = useAppStore((s) => s.setStakeholders);
  return (
    <span className="tb-stakeholder-mode">
      <label htmlFor={id}>Stakeholders</label>{' '}
      <select id={id} value={mode} onChange={(e) => setMode(e.target.value as typeof mode)}>
        {(Object.keys(LABELS) as Array<keyof typeof LABELS>).map((m) => (
          <option key={m} value={m}>
            {LABELS[m]}
          </option>
        ))}
      </select>
    </span>
  );
}
