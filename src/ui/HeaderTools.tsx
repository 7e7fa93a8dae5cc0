/**
 * The header's tools, kept on one line: all inline on wide screens; the less-used ones folded
 * behind "More options" on laptop widths; everything, the editor's button too, folded behind
 * "Dataset & options" on phones.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';

/** Phones: every tool folds away so the graph comes first. */
const PHONE = '(max-width: 760px)';
/** Below this width the tools no longer fit on one line beside each other (1280 px laptops among them). */
const LAPTOP = '(max-width: 1459px)';

type Width = 'phone' | 'laptop' | 'wide';

function subscribe(onChange: () => void) {
  const queries = [matchMedia(PHONE), matchMedia(LAPTOP)];
  for (const mq of queries) mq.addEventListener('change', onChange);
  return () => queries.forEach((mq) => mq.removeEventListener('change', onChange));
}

function width(): Width {
  return matchMedia(PHONE).matches ? 'phone' : matchMedia(LAPTOP).matches ? 'laptop' : 'wide';
}

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
  const at = useSyncExternalStore(subscribe, width, () => 'wide' as const);
  if (at === 'phone')
    return (
      <details className="tb-header-tools">
        <summary>Dataset &amp; options</summary>
        {children}
        {more}
        {edit}
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

/** A drop-down of the less-used tools; Escape or a click elsewhere folds it again. */
function MoreOptions({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const fold = (e: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (e instanceof KeyboardEvent) {
        if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
        details.open = false;
        details.querySelector('summary')?.focus();
      } else if (!details.contains(e.target as Node) && !document.querySelector('dialog[open]')) details.open = false;
    };
    document.addEventListener('pointerdown', fold);
    document.addEventListener('keydown', fold);
    return () => {
      document.removeEventListener('pointerdown', fold);
      document.removeEventListener('keydown', fold);
    };
  }, []);
  return (
    <details className="tb-header-more" ref={ref}>
      <summary>More options</summary>
      <div className="tb-header-more-body">{children}</div>
    </details>
  );
}
