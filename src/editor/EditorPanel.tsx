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
import { useDraftElsewhere } from './useDraftElsewhere';
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
  const elsewhere = useDraftElsewhere(editor.getState().key);
  return (
    <EditorProvider store={editor}>
      <div className="ed-panel" data-testid="editor" ref={panel}>
        <h2 className="ed-heading">Editor</h2>
        <EditorToolbar onDownload={onDownload} onUse={onUse} onClose={onClose} />
        {elsewhere && (
          <p className="ed-message ed-warning" role="alert" data-testid="draft-elsewhere">
            This draft is also open in another tab or window. Edit it in one place only: each saves its own version, and the last one saved
            replaces the other&rsquo;s changes.
          </p>
        )}
        <ProblemSummary />
        <EditorTabs />
      </div>
    </EditorProvider>
  );
}
