/** The control for how the graph shows stakeholders: grouped per bill and side, each one, or none (the URL's `stakeholders`). */
import { useId } from 'react';
import { isSession } from '../engine/storyGraph';
import { useAppStore } from '../store';

const LABELS = { grouped: 'grouped', all: 'each one', none: 'hidden' } as const;

type Mode = keyof typeof LABELS;

/** What a story offers, and what a session does (it groups nothing: its graph draws them each or none). */
const STORY_MODES: Mode[] = ['grouped', 'all', 'none'];
const SESSION_MODES: Mode[] = ['none', 'all'];

/** A small select: "Stakeholders: grouped / each one / hidden" (in a session, "hidden / each one"). */
export function StakeholderMode() {
  const id = useId();
  const mode = useAppStore((s) => s.stakeholders);
  const setMode = useAppStore((s) => s.setStakeholders);
  const session = useAppStore((s) => isSession(s.dataset));
  const modes = session ? SESSION_MODES : STORY_MODES;
  return (
    <span className="tb-stakeholder-mode">
      <label htmlFor={id}>Stakeholders</label>{' '}
      <select id={id} value={modes.includes(mode) ? mode : 'none'} onChange={(e) => setMode(e.target.value as Mode)}>
        {modes.map((m) => (
          <option key={m} value={m}>
            {LABELS[m]}
          </option>
        ))}
      </select>
    </span>
  );
}
