/**
 * The header's tools, kept on one line: all inline on wide screens; the less-used ones folded
 * behind "More options" on laptop widths; everything, the editor's button too, folded behind
 * "Dataset & options" on phones.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useMediaQuery } from './useMediaQuery';
import { NARROW } from '../graph/core/widths';
import type { ReactNode, RefObject } from 'react';
import { FoldMenuContext, foldDetails } from './foldMenu';

/** Below this width the tools no longer fit on one line beside each other (1280 px laptops among them). */
const LAPTOP = '(max-width: 1459px)';

type Width = 'phone' | 'laptop' | 'wide';

/** Props of HeaderTools. */
export interface HeaderToolsProps {
  /** The tools always in view on laptops and wider (the dataset picker, open and download). */
  children: ReactNode;
  /** Less-used tools, folded on laptops (imports, spreadsheets, theme). */
  more: ReactNode;
  /** The editor's button, last on the line; folded with the rest on phones. */
  edit?: ReactNode;
}

/** Wraps the header tools so they fit on one line at every width. */
export function HeaderTools({ children, more, edit }: HeaderToolsProps) {
  // Phones and narrow windows: every tool folds away so the graph comes first.
  const [phone, laptop] = [useMediaQuery(NARROW), useMediaQuery(LAPTOP)];
  const at: Width = phone ? 'phone' : laptop ? 'laptop' : 'wide';
  const folded = useRef<HTMLDetailsElement>(null);
  useOpenWhileBusy(folded, at);
  const fold = useCallback(() => foldDetails(folded.current), []);
  if (at === 'phone')
    return (
      <details className="tb-header-tools" ref={folded}>
        <summary>Dataset &amp; options</summary>
        <FoldMenuContext.Provider value={fold}>
          {children}
          {more}
          {edit}
        </FoldMenuContext.Provider>
      </details>
    );
  return (
    <div className="tb-header-tools" data-width={at}>
      {children}
      {at === 'laptop' ? <MoreOptions>{more}</MoreOptions> : more}
      {edit}
    </div>
  );
}

/**
 * A drop-down of the less-used tools; Escape or a click elsewhere folds it again, as does a dialog
 * opened from it. While a tool in it shows progress (an import running), it stays open, so the
 * progress bar and its Cancel button are never hidden.
 */
function MoreOptions({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const fold = useCallback(() => foldDetails(ref.current), []);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const busy = () => details.querySelector('progress') !== null;
    const fold = (e: Event) => {
      if (!details.open || busy() || document.querySelector('dialog[open]')) return;
      if (e instanceof KeyboardEvent) {
        if (e.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
      } else if (!details.contains(e.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', fold);
    document.addEventListener('keydown', fold);
    return () => {
      document.removeEventListener('pointerdown', fold);
      document.removeEventListener('keydown', fold);
    };
  }, []);
  useOpenWhileBusy(ref);
  return (
    <details className="tb-header-more" ref={ref}>
      <summary>More options</summary>
      <div className="tb-header-more-body">
        <FoldMenuContext.Provider value={fold}>{children}</FoldMenuContext.Provider>
      </div>
    </details>
  );
}

/**
 * Opens a folded menu when a tool in it starts showing progress (an import), so it is never hidden,
 * and folds it again once the progress ends (the menu would otherwise stay open over the story it
 * just loaded). `key` re-attaches it after the menu is remounted.
 */
function useOpenWhileBusy(ref: RefObject<HTMLDetailsElement | null>, key?: string) {
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    let busy = false;
    // Folds the menu; keyboard focus on a tool inside it moves to the menu's own line.
    const fold = () => {
      const inside = details.contains(document.activeElement) && document.activeElement !== details.querySelector('summary');
      details.open = false;
      if (inside) details.querySelector('summary')?.focus();
    };
    const watch = new MutationObserver(() => {
      const now = details.querySelector('progress') !== null;
      if (now) details.open = true;
      else if (busy) fold();
      busy = now;
    });
    watch.observe(details, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [ref, key]);
}
