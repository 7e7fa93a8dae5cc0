/** The editor's first screen: a new dataset, a copy of the open one, or a kept draft to reopen or delete. */
import { useState } from 'react';
import type { StoredDraft } from '../shell/drafts';
import { countOf } from '../engine/words/grammar';
import './editor.css';

/** Props of EditorStart. */
export interface EditorStartProps {
  /** The open dataset's title, when one is open. */
  openTitle: string | null;
  /** Drafts kept in this browser. */
  drafts: StoredDraft[];
  /** Why drafts cannot be kept, when they cannot. */
  storageProblem: string | null;
  /** Starts an empty dataset. */
  onNew: () => void;
  /** Starts from a copy of the open dataset. */
  onCopy: () => void;
  /** Reopens a draft. */
  onOpen: (draft: StoredDraft) => void;
  /** Deletes a draft. */
  onDelete: (draft: StoredDraft) => void;
  /** Leaves the editor. */
  onClose: () => void;
}

/** Choices to start writing. */
export function EditorStart({ openTitle, drafts, storageProblem, onNew, onCopy, onOpen, onDelete, onClose }: EditorStartProps) {
  // A draft is deleted only once its deletion is confirmed: nothing brings it back.
  const [confirming, setConfirming] = useState<string | null>(null);
  // The draft whose deletion was called off: its Delete button takes the focus back.
  const [back, setBack] = useState<string | null>(null);
  return (
    <div className="ed-panel" data-testid="editor-start">
      <h2 className="ed-heading">Editor</h2>
      {storageProblem && (
        <p className="ed-message ed-warning" role="alert">
          Drafts can’t be kept in this browser: {storageProblem}. You can still write a dataset; use Download JSON to keep it.
        </p>
      )}
      <div className="ed-toolbar-row">
        <button type="button" onClick={onNew}>
          New dataset
        </button>
        {openTitle && (
          <button type="button" onClick={onCopy}>
            Edit a copy of “{openTitle}”
          </button>
        )}
        <button type="button" onClick={onClose}>
          Close editor
        </button>
      </div>
      <h3>Drafts in this browser</h3>
      {drafts.length === 0 ? (
        <p className="ed-hint">No drafts yet.</p>
      ) : (
        <ul className="ed-drafts">
          {drafts.map((d) => (
            <li key={d.key}>
              <span>
                {d.title} <span className="ed-hint">({draftFacts(d)})</span>
              </span>
              {confirming === d.key ? (
                <span role="group" aria-label={`Delete draft “${d.title}”?`} className="ed-confirm">
                  <span>Delete it for good? It cannot be brought back.</span>
                  <button type="button" onClick={() => onDelete(d)}>
                    Delete “{d.title}” for good
                  </button>
                  {/* Focus moves to the safe choice; calling it off brings focus back to Delete. */}
                  <button type="button" autoFocus onClick={() => (setConfirming(null), setBack(d.key))}>
                    Keep it
                  </button>
                </span>
              ) : (
                <>
                  <button type="button" onClick={() => onOpen(d)}>
                    Open draft “{d.title}”
                  </button>
                  <button type="button" autoFocus={back === d.key} onClick={() => setConfirming(d.key)}>
                    Delete draft “{d.title}”
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What tells drafts of one title apart: how much is in each, and when it was last changed. */
function draftFacts(d: StoredDraft): string {
  const bills = d.dataset.bills?.length ?? 0;
  const people = d.dataset.stakeholders?.length ?? 0;
  return `${countOf(bills, 'bill')}, ${countOf(people, 'stakeholder')}; changed ${new Date(d.updatedAt).toLocaleString()}`;
}
