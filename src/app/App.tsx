/** The full app: header, notices, scenario panel, timeline, the graph or the table, and details. */
import { Suspense, lazy, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store';
import { NoticeBar } from '../ui/NoticeBar';
import { ScenarioControls } from '../ui/ScenarioControls';
import { SessionFinder } from '../ui/SessionFinder';
import { ScenarioSummary } from '../ui/ScenarioSummary';
import { TableView } from '../ui/TableView';
import { ViewSwitch } from '../ui/ViewSwitch';
import { DatasetPicker } from '../ui/DatasetPicker';
import { DatasetActions } from '../ui/DatasetActions';
import { DetailsPanel } from '../ui/DetailsPanel';
import { WhoWinsLoses } from '../ui/WhoWinsLoses';
import { CompareScenarios } from '../ui/CompareScenarios';
import { Timeline } from '../ui/Timeline';
import { SearchBox } from '../ui/SearchBox';
import { AfterGraph } from '../ui/AfterGraph';
import { DraftWaiting } from '../ui/DraftWaiting';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { ThemeSwitch } from '../ui/ThemeSwitch';
import { HeaderTools } from '../ui/HeaderTools';
import { STAGE_ID, SkipLink } from '../ui/SkipLink';
import { unbroken } from '../ui/unbroken';
import { DEFAULT_DATASET } from '../shell/datasetIndex';
import { isHostedRef } from '../shell/publish';
import { GraphPanel } from './GraphPanel';
import { DropZone } from './DropZone';
import { EmbedCodeButton } from './EmbedCodeButton';
import { ImportButton } from './ImportButton';
import { SheetsMenu, filesToSheets, openSheets } from './SheetsMenu';
import type { ImportReport } from '../ingest/openstates';
import { downloadDataset, useDatasets } from './useDatasets';
import type { OpenTextOptions } from './useDatasets';
import { resumesDraft, writeResumeKey } from '../editor/resume';
import { syncUrl } from './urlSync';
import { useEscapeToClose } from '../ui/useEscapeToClose';
import { groupDigits } from '../model/numbers';
import { useEditorJumps } from './useEditorJumps';
import './editorJumps.css';

// The editor (with the schema it checks drafts against) loads when a desk first opens it.
const Editor = lazy(() => import('../editor/Editor').then((m) => ({ default: m.Editor })));

/** Props of the app. */
export interface AppProps {
  /** The dataset the URL asked for. */
  initialDataset: string;
}

/** The Tiebar app. */
export function App({ initialDataset }: AppProps) {
  const store = useAppStoreApi();
  const dataset = useAppStore((s) => s.dataset);
  const datasetRef = useAppStore((s) => s.datasetRef);
  const view = useAppStore((s) => s.view);
  const theme = useAppStore((s) => s.theme);
  const draftUnshown = useAppStore((s) => s.draftUnshown);
  const draftOpen = useAppStore((s) => s.draftOpen);
  const { builtIns, saved, open, openFile, openText, forget } = useDatasets(store, initialDataset);
  // The editor reopens on its draft after a reload, and at the plain address (resumesDraft).
  const [editing, setEditing] = useState(() => resumesDraft(initialDataset));
  // Only the editor the app starts in goes straight into its draft; "Edit / New dataset", over a
  // dataset that is not the draft, opens on the start screen (the draft is in its list).
  const [resuming, setResuming] = useState(editing);
  const editingNow = useRef(editing);
  const { editorSideRef, stageRef, toGraphRef, toEditorRef, seeGraph, backToEditor } = useEditorJumps(editing);
  useLayoutEffect(() => {
    editingNow.current = editing;
  });
  // Opening another dataset while a draft is open ends the editing (the draft stays kept): the
  // graph, the links and the embed code then all show the dataset opened, never a draft beside it.
  // A dataset that fails to open changes nothing, the editor included.
  const leaveDraft = useCallback(
    (ok: boolean) => {
      if (!ok || !editingNow.current) return ok;
      writeResumeKey(null);
      setEditing(false);
      const message = 'Your draft is kept in this browser: "Edit / New dataset" lists it.';
      store.getState().addNotices([{ id: 'draft-kept', level: 'info', message }]);
      return ok;
    },
    [store],
  );
  const openAway = useCallback((ref: string) => open(ref).then(leaveDraft), [open, leaveDraft]);
  const openFileAway = useCallback((file: File) => openFile(file).then(leaveDraft), [openFile, leaveDraft]);
  const openTextAway = useCallback(
    (text: string, name: string, opts?: OpenTextOptions) => openText(text, name, opts?.origin, opts).then(leaveDraft),
    [openText, leaveDraft],
  );
  const imported = (text: string, report: ImportReport) => {
    void openTextAway(text, 'The import').then((ok) => {
      if (!ok) return;
      store.getState().addNotices([
        {
          id: 'import',
          level: report.problems.length ? 'warning' : 'info',
          message: `Imported ${groupDigits(report.bills)} bills from ${report.files} files; skipped ${groupDigits(report.skipped)} records; found ${groupDigits(report.detected)} ties ${report.tiesFrom}.`,
          details: [
            ...report.problems.map((p) => `${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`),
            ...report.unresolved.map((u) => `${u.bill}: clause names ${u.ref}, not imported`),
          ],
        },
      ]);
    });
  };
  const dropSheets = useCallback(
    async (files: File[]) => openSheets(await filesToSheets(files), { openText: openTextAway, notify: store.getState().addNotices }),
    [openTextAway, store],
  );
  const isSaved = saved.some((d) => d.id === datasetRef);
  // Until a dataset is open there is nothing to share either way.
  // A draft being edited is shown under the ref it was copied from, but lives only in this browser:
  // the dialogs offer to carry it (a #data= link, a bundle), never the original's link.
  const hosted =
    !editing &&
    (datasetRef === null ||
      isHostedRef(
        datasetRef,
        builtIns.map((b) => b.id),
      ));
  const closeEditor = (restore: boolean) => {
    setEditing(false);
    // The graph showed the draft; put the dataset of the URL back (read now: opening the draft changed it).
    const ref = store.getState().datasetRef;
    if (restore && ref) void open(ref);
  };
  // The address bar follows the store, and back/forward (dataset included) follow the address bar.
  // Back and forward to another dataset leave a draft as any other opening does.
  useEffect(() => syncUrl(store, false, openAway), [store, openAway]);
  useEscapeToClose(store, !editing);

  useEffect(() => {
    if (theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.title = dataset ? `${dataset.title} · Tiebar` : 'Tiebar';
  }, [dataset]);
  // What the header calls what the page shows, in its title and its Dataset menu alike: a draft not
  // yet shown is "Your draft" (the dataset open beside it is not the draft), then its own title.
  const shownTitle = editing && draftUnshown ? 'Your draft' : (dataset?.title ?? 'Loading…');

  return (
    <div className="tb-app">
      <SkipLink stage={stageRef} />
      <header className="tb-header">
        <div className="tb-brand">
          {/* Drawn, not a character: no font has the multimap sign (⟜), and looking for one walks every fallback font on the page's first layout. */}
          <svg className="tb-logo" viewBox="0 0 20 12" aria-hidden="true" focusable="false">
            <circle cx="4.5" cy="6" r="3" />
            <path d="M7.5 6H19" />
          </svg>{' '}
          Tiebar
        </div>
        <h1 className="tb-title">{unbroken(shownTitle)}</h1>
        <SearchBox />
        <HeaderTools
          more={
            <>
              <ImportButton
                onImported={imported}
                onError={(message, details) =>
                  store.getState().addNotices([{ id: 'import', level: 'error', message: `The import failed: ${message}`, details }])
                }
              />
              <SheetsMenu dataset={dataset} openText={openTextAway} notify={store.getState().addNotices} />
              <ThemeSwitch />
            </>
          }
          edit={
            !editing && (
              <button type="button" className="tb-edit-button" onClick={() => (setResuming(false), setEditing(true))}>
                Edit / New dataset
              </button>
            )
          }
        >
          <DatasetPicker
            entries={builtIns}
            saved={saved}
            current={datasetRef}
            currentTitle={dataset?.title}
            draft={editing && draftOpen ? shownTitle : undefined}
            onPick={(id) => void openAway(id)}
          />
          <DatasetActions
            onOpenFile={(f) => void openFileAway(f)}
            onDownload={dataset ? () => downloadDataset(dataset) : undefined}
            onForget={isSaved && datasetRef ? () => void forget(datasetRef).then(() => openAway(DEFAULT_DATASET)) : undefined}
          />
        </HeaderTools>
      </header>
      <NoticeBar />
      <main className={editing ? 'tb-main tb-main-editing' : 'tb-main'}>
        {editing ? (
          <aside className="tb-side tb-editor-side" aria-label="Editor" ref={editorSideRef}>
            {/* Only on a phone, where the graph is below the form (editorJumps.css). */}
            <div className="tb-jump tb-jump-to-graph">
              <button type="button" className="tb-question" ref={toGraphRef} onClick={seeGraph}>
                See the graph ↓
              </button>
            </div>
            <Suspense fallback={<p className="tb-loading">Opening the editor…</p>}>
              <Editor onUse={openText} onClose={closeEditor} resume={resuming} />
            </Suspense>
          </aside>
        ) : (
          <aside className="tb-side" aria-label="Scenario">
            {dataset?.description && <p className="tb-description">{dataset.description}</p>}
            <AfterGraph>
              <SessionFinder />
              <ScenarioControls />
              <WhoWinsLoses />
              <CompareScenarios />
            </AfterGraph>
          </aside>
        )}
        <section id={STAGE_ID} className="tb-stage" aria-label={view === 'graph' ? 'Graph' : 'Table'} ref={stageRef} tabIndex={-1}>
          {editing && (
            <div className="tb-jump tb-jump-to-editor">
              <button type="button" className="tb-question" ref={toEditorRef} onClick={backToEditor}>
                Back to the editor ↑
              </button>
            </div>
          )}
          {editing && draftUnshown ? (
            <DraftWaiting />
          ) : (
            <>
              <div className="tb-stage-bar">
                <ScenarioSummary />
                <div className="tb-stage-tools">
                  <CopyLinkButton hosted={hosted} />
                  <EmbedCodeButton hosted={hosted} />
                  <ViewSwitch />
                </div>
              </div>
              <Timeline />
              <div className="tb-stage-body">
                {view === 'graph' ? <GraphPanel /> : <TableView />}
                <AfterGraph>
                  <DetailsPanel />
                </AfterGraph>
              </div>
            </>
          )}
        </section>
      </main>
      <DropZone onFile={openFileAway} onSheets={dropSheets} />
    </div>
  );
}
