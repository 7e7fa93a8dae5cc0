/** A labelled read-only text (a link or embed code) with a button that copies it. */
import { useId, useState } from 'react';

/** Props of a copy field. */
export interface CopyFieldProps {
  /** What the text is. */
  label: string;
  /** The text. */
  value: string;
  /** Test id of the text area. */
  testId?: string;
  /** Called when the text is copied, by the button or by hand. */
  onCopied?: () => void;
}

/** Shows the text selected on focus, and says when it was copied (or to copy it by hand). */
export function CopyField({ label, value, testId, onCopied }: CopyFieldProps) {
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
      onCopied?.();
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="tb-copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly rows={3} value={value} data-testid={testId} onFocus={(e) => e.target.select()} onCopy={onCopied} />
      <button type="button" onClick={() => void copy()}>
        {state === 'copied' ? 'Copied' : `Copy ${label.toLowerCase()}`}
      </button>
      <span role="status">{state === 'failed' ? 'Could not copy: select the text and copy it.' : ''}</span>
    </div>
  );
}
