/** Which draft was open in the editor, so a reload or a crash reopens it (localStorage; never fatal). */
import { DEFAULT_DATASET } from '../shell/datasetIndex';

const KEY = 'tiebar:editing';

/** The key of the draft open when the page was left, if any. */
export function readResumeKey(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Whether the editor was open when the page was left (so the app reopens it). */
export function editorWasOpen(): boolean {
  return readResumeKey() !== null;
}

/** Whether this page load came back to a page already open (a reload, back or forward, a reopened tab). */
function returned(): boolean {
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type === 'reload' || nav?.type === 'back_forward';
}

/**
 * Whether the app starts in the editor, on its draft: after a reload (or back, or a reopened tab),
 * and at the plain address. A link opened afresh that names a dataset (a colleague's, or the
 * desk's own published one) shows what it names, not the draft.
 */
export function resumesDraft(initialDataset: string): boolean {
  return editorWasOpen() && (initialDataset === DEFAULT_DATASET || returned());
}

/** Remembers the open draft (null: the editor was closed). */
export function writeResumeKey(key: string | null): void {
  try {
    if (key) localStorage.setItem(KEY, key);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: the drafts list still offers the draft after a reload.
  }
}
