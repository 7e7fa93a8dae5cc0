/**
 * Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes the draft while the editor is open:
 * anywhere on the page, except in a text field outside the editor, which keeps its own undo.
 */
import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { EditorStore } from './editorStore';

/** Whether a key event asks for undo, redo or neither. */
export function undoKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

const NOT_TEXT = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/** True for an element that has its own text undo: a textarea, a text-like input, editable content. */
export function isTextField(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly;
  if (el instanceof HTMLInputElement) return !NOT_TEXT.has(el.type) && !el.readOnly;
  return el.isContentEditable;
}

/**
 * Listens on the window; inside the editor (`root`) and outside any text field the draft's
 * history replaces the fields' own undo, which would disagree with it.
 */
export function useUndoKeys(editor: EditorStore, root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = undoKey(e);
      if (!action) return;
      if (isTextField(e.target) && !root.current?.contains(e.target as Node)) return;
      e.preventDefault();
      editor.getState()[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, root]);
}
