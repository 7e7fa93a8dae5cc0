/**
 * Keeps an editor session in step with the world: every change is saved in the browser at once,
 * the draft is validated (debounced) and, when valid, shown live in the app's graph and outcomes.
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
    let shown: Dataset | null = null;
    const validate = createDraftChecker();
    const show = (dataset: Dataset) => {
      shown = dataset;
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
      if (dataset) show(dataset);
    };
    // One write at a time, always of the latest version: typing fast never queues stale copies.
    let writing = false;
    let dirty = false;
    const write = () => {
      const { key, history, idFixed } = editor.getState();
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
