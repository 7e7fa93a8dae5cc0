/** React access to the editor store: a provider and hooks with stable selectors. */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Draft, PathKey } from '../model/edit';
import { getIn } from '../model/edit';
import type { EditorState, EditorStore } from './editorStore';

const EditorContext = createContext<EditorStore | null>(null);

/** Provides an editor session to the forms below it. */
export function EditorProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorContext.Provider value={store}>{children}</EditorContext.Provider>;
}

/** The editor store itself (for actions). */
export function useEditorApi(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorApi needs an EditorProvider');
  return store;
}

/** Picks from the editor state (the selector must return a stable value). */
export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useStore(useEditorApi(), selector);
}

const selectDraft = (s: EditorState) => s.history.present;

/** The draft being written. */
export function useDraft(): Draft {
  return useEditor(selectDraft);
}

/** The draft's value at a path. */
export function useDraftValue(path: readonly PathKey[]): unknown {
  return useEditor((s) => getIn(s.history.present, path));
}
