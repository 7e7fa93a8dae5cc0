/** A labelled native select bound to one path of the draft: kinds, stances, and ids picked from the dataset. */
import type { PathKey } from '../model/edit';
import { useDraftValue, useEditorApi } from './context';
import { fieldId } from './fieldProblems';
import { FieldMessages } from './FieldMessages';
import { useFieldProblems } from './useFieldProblems';

/** One choice: the stored value and what the reader sees. */
export interface Choice {
  /** The value written into the dataset (an id, a kind). */
  value: string;
  /** The words shown. */
  label: string;
}

/** Props of SelectField. */
export interface SelectFieldProps {
  /** The visible label. */
  label: string;
  /** Where the value lives in the draft. */
  path: readonly PathKey[];
  /** The choices. */
  choices: readonly Choice[];
  /** An optional field: offers "none", which removes it. */
  optional?: boolean;
  /** A hint shown under the label (e.g. what "none" means). */
  hint?: string;
}

/** A select whose change is one step of the draft's history. */
export function SelectField({ label, path, choices, optional, hint }: SelectFieldProps) {
  const api = useEditorApi();
  const raw = useDraftValue(path);
  const value = typeof raw === 'string' ? raw : '';
  const problems = useFieldProblems(path);
  const id = fieldId(path);
  const msgId = `${id}-msg`;
  const hintId = hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, problems.length ? msgId : undefined].filter(Boolean).join(' ') || undefined;
  const known = value === '' || choices.some((c) => c.value === value);
  return (
    <div className="ed-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="ed-hint">
          {hint}
        </span>
      )}
      <select
        id={id}
        value={value}
        aria-invalid={problems.some((p) => p.level === 'error') || undefined}
        aria-describedby={describedBy}
        // Arrowing through the options is one step of the history, as typing in one field is.
        onChange={(e) => api.getState().setField(path, optional && e.target.value === '' ? undefined : e.target.value)}
      >
        {(optional || value === '') && <option value="">{optional ? '(none)' : '(choose)'}</option>}
        {!known && <option value={value}>{value} (unknown)</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldMessages id={msgId} problems={problems} />
    </div>
  );
}
