/** The editor for one draft: toolbar, problems, sections; kept, checked and drawn live as it changes. */
import { useRef } from 'react';
import { useAppStoreApi } from '../store';
import { EditorProvider } from './context';
import type { EditorStore } from './editorStore';
import { EditorTabs } from './EditorTabs';
import { EditorToolbar } from './EditorToolbar';
import { ProblemSummary } from './ProblemSummary';
import { useEditorSync } from './useEditorSync';
import { useFocusToEditor } from './useFocusToEditor';
import { useUndoKeys } from './useUndoKeys';
import './editor.css';

/** Props of EditorPanel. */
export interface EditorPanelProps {
  /** The session. */
  editor: EditorStore;
  /** Downloads the draft. */
  onDownload: () => void;
  /** Opens the valid draft as a dataset of the app. */
  onUse: () => void;
  /** Leaves the editor. */
  onClose: () => void;
}

/** One draft in the editor. */
export function EditorPanel({ editor, onDownload, onUse, onClose }: EditorPanelProps) {
  const app = useAppStoreApi();
  useEditorSync(editor, app);
  const panel = useRef<HTMLDivElement>(null);
  useUndoKeys(editor, panel);
  useFocusToEditor(editor, app);
  return (
    <EditorProvider store={editor}>
      <div className="ed-panel" data-testid="editor" ref={panel}>
        <h2 className="ed-heading">Editor</h2>
        <EditorToolbar onDownload={onDownload} onUse={onUse} onClose={onClose} />
        <ProblemSummary />
        <EditorTabs />
      </div>
    </EditorProvider>
  );
}
