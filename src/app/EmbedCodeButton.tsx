/** "Embed": copy-ready code for the current view, as a plain iframe and as a pym.js snippet. */
import { LocalAddressNote } from '../ui/LocalAddressNote';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { selectGraphStructure, useAppStore, useAppStoreApi } from '../store';
import { viewAddress } from '../ui/viewAddress';
import { uncitedPaths } from '../model/cited';
import { agree, countOf } from '../engine/words/grammar';
import { phoneEmbedHeight } from '../graph/embedHeight';
import { embedUrl, iframeSnippet, pymSnippet } from '../shell/snippets';
import { ShareOptions } from '../ui/ShareOptions';
import { PHONE_WIDTHS, measurePhoneHeight } from './measureEmbed';

/** How many of the facts that cite no source the Embed dialog names. */
const UNCITED_NAMED = 3;

/** Props of the embed button. */
export interface EmbedCodeButtonProps {
  /** False when the open dataset is only in this browser: embed code naming it would show readers nothing. */
  hosted?: boolean;
}

/** A button that opens a dialog with both snippets and copy buttons (or, for a dataset not on the web, ways to publish it). */
export function EmbedCodeButton({ hosted = true }: EmbedCodeButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useAppStore((s) => s.dataset?.title ?? 'Tiebar');
  const [src, setSrc] = useState('');
  const store = useAppStoreApi();
  const [copied, setCopied] = useState('');
  const [open, setOpen] = useState(false);
  const id = useId();
  const ds = useAppStore((s) => s.dataset);
  const full = useAppStore(selectGraphStructure);
  const mode = useAppStore((s) => s.stakeholders);

  // The plain iframe reserves the height the embed needs on a phone (its tallest): estimated from
  // the dataset at once, then measured by loading the view in a hidden frame at a phone's width.
  const [height, setHeight] = useState(1200);
  const [measured, setMeasured] = useState<'measuring' | 'measured' | 'estimated'>('estimated');
  // Facts a reader could not check: said before the code is taken, not found after it is published
  // (counted when the dialog opens, not on every change of the page).
  const uncitedAt = useMemo(() => (open && ds ? uncitedPaths(ds) : []), [open, ds]);
  const uncited = uncitedAt.length;
  // The first few named as the editor's forms name them ("AB 931", "AB 931, the event of 2019-04-23").
  const [named, setNamed] = useState<{ for: readonly string[]; names: string[] } | null>(null);
  useEffect(() => {
    if (!ds || uncitedAt.length === 0) return;
    let live = true;
    void import('../editor/problemWords').then(({ placeWords }) => {
      if (live) setNamed({ for: uncitedAt, names: uncitedAt.slice(0, UNCITED_NAMED).map((path) => placeWords(path, ds)) });
    });
    return () => {
      live = false;
    };
  }, [ds, uncitedAt]);
  const names = named && named.for === uncitedAt ? named.names : null;
  useEffect(() => {
    if (!open || !hosted || !src) return;
    const m = measurePhoneHeight(src);
    let live = true;
    void m.result.then((h) => {
      // A measurement cancelled (the dialog closed, or a newer one started) says nothing.
      if (!live) return;
      if (h === null) return setMeasured('estimated');
      setHeight(h);
      setMeasured('measured');
    });
    return () => {
      live = false;
      m.cancel();
    };
  }, [open, hosted, src]);
  const target = { src, title: `${title} (Tiebar)`, height };
  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied('');
    }
  };
  return (
    <>
      <button
        type="button"
        className="tb-embed-button"
        onClick={() => {
          // What is shown, from the store: the address bar may still hold an address that failed to open.
          setSrc(embedUrl(viewAddress(store.getState())));
          if (ds && full) setHeight(phoneEmbedHeight(ds, full, mode));
          setMeasured(hosted ? 'measuring' : 'estimated');
          setCopied('');
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        Embed
      </button>
      <dialog ref={dialog} className="tb-embed-dialog" aria-labelledby={`${id}-h`} onClose={() => setOpen(false)}>
        <h2 id={`${id}-h`}>Embed this view</h2>
        {open && uncited > 0 && (
          <p className="tb-embed-warning" role="note" data-testid="embed-uncited">
            Before you publish: {countOf(uncited, 'fact')} in this dataset {agree(uncited, 'cites', 'cite')} no source
            {names && ` (${names.join('; ')}${uncited > names.length ? `; ${countOf(uncited - names.length, 'more')}` : ''})`}, so readers
            cannot check {agree(uncited, 'it', 'them')}. “Edit / New dataset” lists {agree(uncited, 'it', 'them')} under its warnings.
          </p>
        )}
        {open && <LocalAddressNote bundle={!hosted} />}
        {!hosted && open && <ShareOptions mode="embed" height={height} measure={measurePhoneHeight} />}
        {hosted && (
          <>
            <p>The embed shows this dataset, scenario, date and view. Paste one of these into your page.</p>
            <label htmlFor={`${id}-pym`}>
              Resizing iframe (recommended): pym.js makes the frame exactly as tall as the embed at every width, so nothing is cut off and
              no space is wasted
            </label>
            <textarea id={`${id}-pym`} readOnly rows={4} value={pymSnippet(target)} data-testid="pym-snippet" />
            <button type="button" onClick={() => void copy('pym', pymSnippet(target))}>
              {copied === 'pym' ? 'Copied' : 'Copy pym.js code'}
            </button>
            <label htmlFor={`${id}-iframe`}>
              Plain iframe (no script): reserves {height} px, the height this view needs on a phone (
              {measured === 'measured'
                ? `measured at ${PHONE_WIDTHS.join(', ')} px`
                : measured === 'measuring'
                  ? 'estimated; measuring…'
                  : 'estimated'}
              ); resized by pages that speak pym.js or AMP
            </label>
            <textarea
              id={`${id}-iframe`}
              readOnly
              rows={4}
              value={iframeSnippet(target)}
              data-testid="iframe-snippet"
              data-height={measured}
            />
            <button type="button" onClick={() => void copy('iframe', iframeSnippet(target))}>
              {copied === 'iframe' ? 'Copied' : 'Copy iframe code'}
            </button>
          </>
        )}
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
