/** Undo, redo, where the draft is kept, Download JSON, open it in the app, close. */
import { useEditor, useEditorApi } from './context';

/** Props of EditorToolbar. */
export interface EditorToolbarProps {
  /** Downloads the draft as JSON (works with storage unavailable, and for an invalid draft). */
  onDownload: () => void;
  /** Opens the validated draft as a dataset of the app (kept under "Opened in this browser"). */
  onUse: () => void;
  /** Leaves the editor (the draft stays in the drafts list). */
  onClose: () => void;
}

/** The editor's toolbar. */
export function EditorToolbar({ onDownload, onUse, onClose }: EditorToolbarProps) {
  const api = useEditorApi();
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const kept = useEditor((s) => s.kept);
  const errors = useEditor((s) => s.problems.filter((p) => p.level === 'error').length);
  const checked = useEditor((s) => s.checked);
  return (
    <div className="ed-toolbar">
      <div className="ed-toolbar-row">
        <button type="button" onClick={() => api.getState().undo()} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z">
          Undo
        </button>
        <button type="button" onClick={() => api.getState().redo()} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
          Redo
        </button>
        <button type="button" onClick={onDownload}>
          Download JSON
        </button>
        <button type="button" onClick={onUse} disabled={!checked || errors > 0}>
          Open in Tiebar
        </button>
        <button type="button" onClick={onClose}>
          Close editor
        </button>
      </div>
      <p className={`ed-kept ed-kept-${kept.status}`} role="status" data-testid="draft-kept">
        {kept.status === 'saved' && 'Draft saved in this browser.'}
        {kept.status === 'saving' && 'Saving the draft…'}
        {kept.status === 'unavailable' && `This draft is NOT being saved: ${kept.reason}. Use Download JSON to keep your work.`}
      </p>
    </div>
  );
}
