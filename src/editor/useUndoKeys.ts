/** Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes, anywhere while the editor is open. */
import { useEffect } from 'react';
import type { EditorStore } from './editorStore';

/** Whether a key event asks for undo, redo or neither. */
export function undoKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Listens on the window; the draft's history replaces the fields' own undo, which would disagree with it. */
export function useUndoKeys(editor: EditorStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = undoKey(e);
      if (!action) return;
      e.preventDefault();
      editor.getState()[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);
}
