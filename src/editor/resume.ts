/**
 * Which draft was open in the editor, so a reload or a crash reopens it (localStorage; never fatal),
 * and where in it the editor was (sessionStorage).
 */
import { DEFAULT_DATASET } from '../shell/datasetIndex';
import { EDITOR_TABS } from './fieldProblems';
import type { EditorTab } from './fieldProblems';

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

/** Where the editor was in a draft: its open tab and the item chosen on each list tab. */
export interface EditorPlace {
  tab: EditorTab;
  selected: Partial<Record<EditorTab, string>>;
}

const placeKey = (draft: string) => `tiebar:editor-place:${draft}`;

/**
 * Where the editor was in the draft `draft` in this browser tab, kept for a reload (sessionStorage:
 * another tab starts where it likes); null when nothing usable was kept.
 */
export function readEditorPlace(draft: string): EditorPlace | null {
  try {
    const raw = JSON.parse(sessionStorage.getItem(placeKey(draft)) ?? 'null') as Partial<EditorPlace> | null;
    if (!raw || !EDITOR_TABS.includes(raw.tab as EditorTab)) return null;
    const selected: EditorPlace['selected'] = {};
    for (const t of EDITOR_TABS) {
      const id = (raw.selected as Record<string, unknown> | undefined)?.[t];
      if (typeof id === 'string') selected[t] = id;
    }
    return { tab: raw.tab as EditorTab, selected };
  } catch {
    return null;
  }
}

/** Keeps where the editor is in the draft `draft`, for a reload of this browser tab. */
export function writeEditorPlace(draft: string, place: EditorPlace): void {
  try {
    sessionStorage.setItem(placeKey(draft), JSON.stringify(place));
  } catch {
    // Storage blocked or full: a reload opens the draft on its first tab.
  }
}
