/** The header's tools: inline on wide screens, folded behind "Dataset & options" on phones. */
import { useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';

const QUERY = '(max-width: 760px)';

function subscribe(onChange: () => void) {
  const mq = matchMedia(QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/** Wraps the header tools; on narrow screens they sit in a disclosure so the graph comes first. */
export function HeaderTools({ children }: { children: ReactNode }) {
  const narrow = useSyncExternalStore(
    subscribe,
    () => matchMedia(QUERY).matches,
    () => false,
  );
  if (!narrow) return <div className="tb-header-tools">{children}</div>;
  return (
    <details className="tb-header-tools">
      <summary>Dataset &amp; options</summary>
      {children}
    </details>
  );
}
