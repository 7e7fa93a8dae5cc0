/**
 * Keeps an editor session in step with the world: every change is saved in the browser at once,
 * the draft is validated (debounced) and, when valid, shown live in the app's graph and outcomes.
 * While it has errors, the graph shows its last version that checked out, which is kept with it:
 * a reload shows that graph again, not a wait for the draft to check out.
 */
import { useEffect } from 'react';
import type { AppStore } from '../store';
import { saveDraft } from '../shell/drafts';
import type { Dataset } from '../model';
import { createDraftChecker } from '../model/draftCheck';
import { checkDraft } from './checkDraft';
import type { EditorStore } from './editorStore';
import { heldShown } from './heldView';
import { encodeHistory } from './storedHistory';

/** How long typing may pause before the draft is validated and redrawn. */
export const CHECK_DELAY_MS = 120;

/** Subscribes the session to storage, validation and the app store; returns nothing, cleans up on unmount. */
export function useEditorSync(editor: EditorStore, app: AppStore): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const validate = createDraftChecker();
    // Whether the draft has errors: its last good version is then kept with it. A last good version
    // kept with it says it had them when it was left; that version is checked again before it shows.
    const kept = editor.getState().lastGood;
    if (kept) editor.setState({ lastGood: checkDraft(kept).dataset });
    let failing = editor.getState().lastGood !== null;
    const show = (dataset: Dataset) => {
      const s = app.getState();
      // Until the app has opened its first dataset, wait: its load would replace the draft.
      if (s.dataset === null) return;
      s.openDataset(dataset, s.datasetRef ?? dataset.id, []);
      if (s.held) app.setState(heldShown(app.getState(), dataset));
      if (app.getState().draftUnshown) app.setState({ draftUnshown: false });
      performance.mark('tiebar:editor-shown');
    };
    const check = () => {
      timer = undefined;
      performance.mark('tiebar:editor-check');
      const { problems, dataset } = checkDraft(editor.getState().history.present, validate);
      // The same problems as before keep their array, so no field redraws for nothing.
      const before = editor.getState().problems;
      const same =
        before.length === problems.length && before.every((p, i) => p.path === problems[i].path && p.message === problems[i].message);
      editor.setState({ problems: same ? before : problems, checked: true });
      const errors = dataset ? 0 : problems.filter((p) => p.level === 'error').length;
      if (app.getState().draftErrors !== errors) app.setState({ draftErrors: errors });
      const wasFailing = failing;
      failing = dataset === null;
      if (dataset) editor.setState({ lastGood: dataset });
      const good = editor.getState().lastGood;
      // Reopened with errors, the draft shows as it last checked out (once: later errors leave the graph as it is).
      if (good && (dataset || app.getState().draftUnshown)) show(good);
      // The record now needs its last good version (errors came), or no longer does.
      if (failing !== wasFailing) keep();
    };
    // One write at a time, always of the latest version: typing fast never queues stale copies.
    let writing = false;
    let dirty = false;
    const write = () => {
      const { key, history, idFixed, lastGood } = editor.getState();
      const draft = history.present;
      writing = true;
      dirty = false;
      // The history goes in the same record, so what comes back after a crash always fits the draft.
      const record = {
        key,
        title: draft.title || 'Untitled dataset',
        dataset: draft,
        updatedAt: new Date().toISOString(),
        ...(idFixed ? { idFixed } : {}),
        ...(failing && lastGood ? { lastGood } : {}),
      };
      saveDraft({ ...record, history: encodeHistory(history) }).then(
        () => {
          writing = false;
          if (dirty) write();
          else editor.setState({ kept: { status: 'saved' } });
        },
        (e: Error) => {
          writing = false;
          editor.setState({ kept: { status: 'unavailable', reason: e.message } });
        },
      );
    };
    const keep = () => {
      dirty = true;
      if (editor.getState().kept.status === 'saved') editor.setState({ kept: { status: 'saving' } });
      if (!writing) write();
    };
    const unsubscribe = editor.subscribe((s, prev) => {
      if (s.idFixed !== prev.idFixed) keep();
      if (s.history.present === prev.history.present) return;
      keep();
      if (timer) clearTimeout(timer);
      timer = setTimeout(check, CHECK_DELAY_MS);
    });
    // The app may still be loading the URL's dataset: once it lands, show the draft again.
    const unsubscribeApp = app.subscribe((s, prev) => {
      const shown = editor.getState().lastGood;
      if (shown && prev.dataset === null && s.dataset !== shown) show(shown);
      // A link, embed code or bundle of the draft was handed out: its id is now an address in use.
      // (The app shows the draft as last checked: a link copied right after a title edit names that id.)
      if (s.shared !== prev.shared && (s.shared?.id === shown?.id || s.shared?.id === editor.getState().history.present.id))
        editor.getState().fixId();
    });
    app.setState({ draftUnshown: true, draftOpen: true });
    keep();
    check();
    return () => {
      if (timer) clearTimeout(timer);
      unsubscribe();
      unsubscribeApp();
      app.setState({ draftErrors: 0, draftUnshown: false, draftOpen: false });
    };
  }, [editor, app]);
}
