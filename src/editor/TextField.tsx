/** A labelled text input (or text area) bound to one path of the draft, with its messages. */
import { useState } from 'react';
import type { PathKey } from '../model/edit';
import { dateProblem, readWrittenDate } from '../model/dates';
import { useDraftValue, useEditorApi } from './context';
import { fieldId } from './fieldProblems';
import { FieldMessages } from './FieldMessages';
import { useFieldProblems } from './useFieldProblems';

/** Props of TextField. */
export interface TextFieldProps {
  /** The visible label. */
  label: string;
  /** Where the value lives in the draft. */
  path: readonly PathKey[];
  /** An optional field: emptying it removes it (rather than leaving an empty string). */
  optional?: boolean;
  /** A text area for long text. */
  multiline?: boolean;
  /** A hint shown under the label (e.g. the date format). */
  hint?: string;
  /** Sets the value instead of writing it at `path` (e.g. a title that also moves the id). */
  onValue?: (value: string) => void;
  /** A date: the text (which may say only a month or a year) gets a calendar beside it that fills in a whole day. */
  date?: boolean;
}

const WHOLE_DAY = /^\d{4}-\d{2}-\d{2}$/;
const PICKED = /^[1-9]\d{3}-\d{2}-\d{2}$/;

/** The dataset's form of a date typed another way that reads as one valid day; null for any other text. */
function writtenAs(text: string): { value: string; us: boolean } | null {
  const written = readWrittenDate(text);
  return written && 'value' in written && written.value !== text && dateProblem(written.value) === null ? written : null;
}

/** A text field whose every keystroke is a change of the draft, checked against the schema. */
export function TextField({ label, path, optional, multiline, hint, onValue, date }: TextFieldProps) {
  const api = useEditorApi();
  const [picking, setPicking] = useState<string | null>(null);
  const raw = useDraftValue(path);
  const value = typeof raw === 'string' ? raw : '';
  const checked = useFieldProblems(path);
  const id = fieldId(path);
  const hintId = hint ? `${id}-hint` : undefined;
  const msgId = `${id}-msg`;
  // A date typed another way that reads as one day ("June 12, 2025", "4/23/2019") is no error while
  // it is typed: it is written as the dataset writes dates once the field is left, and says so.
  const becomes = date ? writtenAs(value) : null;
  const problems = becomes ? checked.filter((p) => p.level !== 'error') : checked;
  const becomesId = `${id}-becomes`;
  const describedBy = [hintId, becomes ? becomesId : undefined, problems.length ? msgId : undefined].filter(Boolean).join(' ') || undefined;
  const onChange = (v: string) => {
    if (onValue) onValue(v);
    else api.getState().setField(path, optional && v === '' ? undefined : v);
  };
  const common = {
    id,
    value,
    'aria-invalid': problems.some((p) => p.level === 'error') || undefined,
    'aria-describedby': describedBy,
    'aria-required': optional ? undefined : true,
  };
  return (
    <div className="ed-field">
      <label htmlFor={id}>
        {label}
        {!optional && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <span id={hintId} className="ed-hint">
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : date ? (
        <span className="ed-date">
          <input
            {...common}
            type="text"
            onChange={(e) => {
              setPicking(null);
              onChange(e.target.value);
            }}
            // A date typed as a US spreadsheet shows it (4/23/2019), or with its month's name (May 20,
            // 2025), is written as the dataset writes it, once typed.
            onBlur={(e) => {
              const written = readWrittenDate(e.target.value);
              if (written && 'value' in written) onChange(written.value);
            }}
          />
          <input
            type="date"
            aria-label={`Calendar: ${label}`}
            aria-describedby={describedBy}
            // While the reader types in it, the calendar shows what they typed: a year typed digit
            // by digit passes through 0002, 0020, 0201, and only a whole year goes to the draft.
            value={picking ?? (WHOLE_DAY.test(value) ? value : '')}
            onChange={(e) => {
              const v = e.target.value;
              setPicking(v);
              if (v === '' || PICKED.test(v)) onChange(v);
            }}
            onBlur={() => setPicking(null)}
            // Shown as its button only (its text would repeat the date in another format): a click anywhere on it opens the calendar.
            onClick={(e) => {
              try {
                e.currentTarget.showPicker();
              } catch {
                // Not allowed here (a sandboxed frame) or not supported: the browser's own click still works.
              }
            }}
          />
        </span>
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {becomes && (
        <p id={becomesId} className="ed-message ed-note" data-testid="date-becomes">
          {becomes.us ? 'Read as month/day/year: written' : 'Written'} {becomes.value} once you leave the field.
        </p>
      )}
      <FieldMessages id={msgId} problems={problems} />
    </div>
  );
}
