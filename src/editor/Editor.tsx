/** The editor as the app mounts it: the start screen or one draft, reopened after a reload or crash. */
import { useEffect, useState } from 'react';
import { useAppStore } from '../store';
import type { Dataset } from '../model';
import { newDraft } from '../model/edit';
import type { Draft } from '../model/edit';
import type { StoredDraft } from '../shell/drafts';
import { deleteDraft, listDrafts, newDraftKey } from '../shell/drafts';
import { downloadText } from '../ui/download';
import type { EditorStore } from './editorStore';
import { createEditorStore } from './editorStore';
import { EditorPanel } from './EditorPanel';
import { EditorStart } from './EditorStart';
import { readEditorPlace, readResumeKey, writeEditorPlace, writeResumeKey } from './resume';
import { restoreHistory } from './storedHistory';

/** Props of Editor. */
export interface EditorProps {
  /**
   * Opens dataset text in the app (validated, kept under "Opened in this browser"; a draft opened
   * again replaces what it kept before, `origin` being its key); true when it opened.
   */
  onUse: (text: string, name: string, origin: string) => Promise<boolean>;
  /** Leaves the editor; `restore` puts back the dataset the graph showed before the draft. */
  onClose: (restore: boolean) => void;
  /**
   * Whether to go straight back into the draft left open (the app started in the editor, after a
   * reload); otherwise the start screen, over a dataset that is not the draft.
   */
  resume?: boolean;
}

function copyOf(dataset: Dataset): Draft {
  // Baked positions belong to the original's picture; the copy lays itself out as it grows.
  const { layout: _layout, ...rest } = dataset;
  return structuredClone(rest);
}

/** The editor. */
export function Editor({ onUse, onClose, resume = false }: EditorProps) {
  const open = useAppStore((s) => s.dataset);
  const [session, setSession] = useState<EditorStore | null>(null);
  const [drafts, setDrafts] = useState<StoredDraft[]>([]);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);

  const start = (key: string, draft: Draft, stored?: Pick<StoredDraft, 'history' | 'idFixed' | 'lastGood'>) => {
    writeResumeKey(key);
    setSession(createEditorStore(key, restoreHistory(draft, stored?.history), stored));
  };
  useEffect(() => {
    let cancelled = false;
    listDrafts().then(
      (list) => {
        if (cancelled) return;
        setDrafts(list);
        const left = resume ? readResumeKey() : null;
        const found = list.find((d) => d.key === left);
        // Reopened after a reload: on the tab (and items) it was on.
        if (found)
          setSession(
            (s) =>
              s ??
              createEditorStore(found.key, restoreHistory(found.dataset, found.history), { ...found, place: readEditorPlace(found.key) }),
          );
      },
      (e: Error) => !cancelled && setStorageProblem(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [resume]);

  // Where the editor is in the draft, kept for a reload of this browser tab.
  useEffect(
    () =>
      session?.subscribe((s, prev) => {
        if (s.tab !== prev.tab || s.selected !== prev.selected) writeEditorPlace(s.key, { tab: s.tab, selected: s.selected });
      }),
    [session],
  );

  const close = (restore = true) => {
    writeResumeKey(null);
    onClose(restore);
  };
  if (!session)
    return (
      <EditorStart
        openTitle={open?.title ?? null}
        drafts={drafts}
        storageProblem={storageProblem}
        onNew={() => start(newDraftKey(), newDraft())}
        onCopy={() => open && start(newDraftKey(), copyOf(open))}
        onOpen={(d) => start(d.key, d.dataset, d)}
        onDelete={(d) =>
          void deleteDraft(d.key).then(
            () => setDrafts((list) => list.filter((x) => x.key !== d.key)),
            (e: Error) => setStorageProblem(e.message),
          )
        }
        onClose={() => close()}
      />
    );
  const draft = () => session.getState().history.present;
  return (
    <EditorPanel
      key={session.getState().key}
      editor={session}
      onDownload={() => downloadText(`${draft().id || 'dataset'}.json`, `${JSON.stringify(draft(), null, 2)}\n`, 'application/json')}
      onUse={() =>
        void onUse(JSON.stringify(draft(), null, 2), draft().title, session.getState().key).then((ok) => {
          if (!ok) return;
          // Opened at its id: that address is now in use, so the id stays (kept with the draft).
          session.getState().fixId();
          close(false);
        })
      }
      onClose={() => close()}
    />
  );
}
