/** Clicking a node in the graph (the app's focus) opens that bill, link or stakeholder in the editor. */
import { useEffect } from 'react';
import type { AppStore } from '../store';
import type { EditorStore } from './editorStore';

/** Follows the app store's focus into the editor's selection. */
export function useFocusToEditor(editor: EditorStore, app: AppStore): void {
  useEffect(
    () =>
      app.subscribe((s, prev) => {
        const id = s.focus;
        if (!id || id === prev.focus) return;
        const draft = editor.getState().history.present;
        const bill = draft.bills.find((b) => b.id === id || b.provisions?.some((p) => p.id === id));
        if (bill) return editor.getState().select('bills', bill.id);
        if (draft.links?.some((l) => l.id === id)) return editor.getState().select('links', id);
        if (draft.stakeholders?.some((x) => x.id === id)) return editor.getState().select('people', id);
      }),
    [editor, app],
  );
}
