/** A stakeholder's positions: the bill, the stance, its date, and a way to add one. */
import { useId, useState } from 'react';
import type { Stance } from '../model';
import { addPosition, setIn } from '../model/edit';
import { useDraft, useEditorApi } from './context';
import { STANCES, targetChoices } from './choices';
import { SelectField } from './SelectField';
import { SourceRefs } from './SourceRefs';
import { TextField } from './TextField';

/** The positions of stakeholder `id`. */
export function PositionList({ stakeholder }: { stakeholder: string }) {
  const api = useEditorApi();
  const draft = useDraft();
  const uid = useId();
  const targets = targetChoices(draft);
  const [target, setTarget] = useState('');
  const [stance, setStance] = useState<Stance>('support');
  const mine = (draft.positions ?? []).map((p, i) => [p, i] as const).filter(([p]) => p.stakeholder === stakeholder);
  const add = () => {
    const t = target || targets[0]?.value;
    if (t) api.getState().change((d) => addPosition(d, { stakeholder, target: t, stance }));
  };
  return (
    <fieldset>
      <legend>Positions</legend>
      {mine.map(([p, i]) => (
        <fieldset key={i} className="ed-item">
          <legend>
            On {draft.bills.find((b) => b.id === p.target)?.label ?? p.target}: {p.stance}
          </legend>
          <SelectField label="Bill" path={['positions', i, 'target']} choices={targets} />
          <SelectField label="Stance" path={['positions', i, 'stance']} choices={STANCES} />
          <TextField label="Date" path={['positions', i, 'date']} optional hint="YYYY-MM-DD: from when" date />
          <TextField label="Note" path={['positions', i, 'note']} optional />
          <SourceRefs path={['positions', i]} />
          <button type="button" onClick={() => api.getState().change((d) => setIn(d, ['positions', i], undefined))}>
            Remove this position
          </button>
        </fieldset>
      ))}
      {targets.length === 0 ? (
        <p className="ed-hint">Add a bill first.</p>
      ) : (
        <div className="ed-inline">
          <label htmlFor={`${uid}-target`}>New position on</label>
          <select id={`${uid}-target`} value={target || targets[0].value} onChange={(e) => setTarget(e.target.value)}>
            {targets.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${uid}-stance`}>Stance</label>
          <select id={`${uid}-stance`} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
            {STANCES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <button type="button" onClick={add}>
            Add position
          </button>
        </div>
      )}
    </fieldset>
  );
}
