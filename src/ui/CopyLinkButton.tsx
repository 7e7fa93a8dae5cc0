/** Copies the current view's address (a permalink) to the clipboard. */
import { useState } from 'react';

/** A "Copy link" button that says when it worked, and selects the link for copying when it could not. */
export function CopyLinkButton() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2500);
  };
  return (
    <span className="tb-copy">
      <button type="button" onClick={() => void copy()}>
        {state === 'copied' ? 'Link copied' : 'Copy link'}
      </button>
      {state === 'failed' && (
        <input
          className="tb-copy-fallback"
          readOnly
          value={window.location.href}
          aria-label="Link to this view (copy it)"
          onFocus={(e) => e.target.select()}
          autoFocus
        />
      )}
      <span className="tb-visually-hidden" aria-live="polite">
        {state === 'copied' ? 'Link copied to the clipboard' : ''}
      </span>
    </span>
  );
}
