/** Holds back panels that explain the graph until the first graph has painted. */
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { afterPaint, useAppStore, useStaleDataset } from '../store';

/**
 * Renders `children` from the frame after the first open dataset's graph has painted. The commit
 * that opens a dataset then builds the graph alone, and the reader sees it a frame sooner; the
 * panels around it (whose place on the page is already set) follow in the next task. Once shown,
 * they stay: a later dataset renders them once its story is worked out (until then they would
 * tell the last dataset's, under this one's title).
 */
export function AfterGraph({ children }: { children: ReactNode }) {
  const opened = useAppStore((s) => s.dataset !== null);
  const [shown, setShown] = useState(false);
  const stale = useStaleDataset();
  useEffect(() => {
    if (opened && !shown) return afterPaint(() => setShown(true));
  }, [opened, shown]);
  return shown && !stale ? children : null;
}
