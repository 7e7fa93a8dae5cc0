/** Copies the current view's address (a permalink) to the clipboard, or offers ways to share a dataset that is not on the web. */
import { LocalAddressNote } from './LocalAddressNote';
import { useId, useRef, useState } from 'react';
import { ShareOptions } from './ShareOptions';
import { useAppStoreApi } from '../store';
import { viewAddress } from './viewAddress';
import { isLocalOnly } from '../shell/snippets';

/** Props of the copy-link button. */
export interface CopyLinkButtonProps {
  /** False when the open dataset is only in this browser: the page's own address would show readers nothing. */
  hosted?: boolean;
}

/** A "Copy link" button that says when it worked, and selects the link for copying when it could not. */
export function CopyLinkButton({ hosted = true }: CopyLinkButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const store = useAppStoreApi();
  // The address of what is shown, from the store (the bar may still hold one that failed to open).
  const [link, setLink] = useState('');
  // The link copied points at this computer (it stays said until the next copy).
  const [local, setLocal] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!hosted)
    return (
      <span className="tb-copy">
        <button
          type="button"
          onClick={() => {
            setOpen(true);
            dialog.current?.showModal();
          }}
        >
          Copy link
        </button>
        <dialog ref={dialog} className="tb-embed-dialog" aria-labelledby={`${id}-h`} onClose={() => setOpen(false)}>
          <h2 id={`${id}-h`}>Share this view</h2>
          {open && <LocalAddressNote bundle />}
          {open && <ShareOptions mode="link" />}
          <form method="dialog">
            <button type="submit">Close</button>
          </form>
        </dialog>
      </span>
    );
  const copy = async () => {
    try {
      const now = viewAddress(store.getState());
      setLink(now);
      setLocal(isLocalOnly(now));
      await navigator.clipboard.writeText(now);
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
          value={link}
          aria-label="Link to this view (copy it)"
          onFocus={(e) => e.target.select()}
          autoFocus
        />
      )}
      <span className="tb-visually-hidden" aria-live="polite">
        {state === 'copied' ? 'Link copied to the clipboard' : ''}
      </span>
      {/* A link to this computer reaches no reader: said beside the button, as the dialogs say it. */}
      {local && (
        <span className="tb-copy-local" role="status" data-testid="local-address">
          Copied, but readers cannot open it: the address is on this computer.
        </span>
      )}
    </span>
  );
}
