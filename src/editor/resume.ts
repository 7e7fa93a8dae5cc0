/** Which draft was open in the editor, so a reload or a crash reopens it (localStorage; never fatal). */
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

/** Remembers the open draft (null: the editor was closed). */
export function writeResumeKey(key: string | null): void {
  try {
    if (key) localStorage.setItem(KEY, key);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: the drafts list still offers the draft after a reload.
  }
}
