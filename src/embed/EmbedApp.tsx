/** The embed: title, compact scenario control, the graph or table, credit, sources and "Open in Tiebar". No page chrome. */
import { useEffect, useMemo, useRef } from 'react';
import { buildGraphState } from '../engine/graphSpec';
import { GraphView } from '../graph/GraphView';
import { selectEvaluation, selectGraphStructure, useAppStore, useAppStoreApi } from '../store';
import { ScenarioSummary } from '../ui/ScenarioSummary';
import { Legend } from '../ui/Legend';
import { ViewSwitch } from '../ui/ViewSwitch';
import { loadDatasetRef, loadWithFallback } from '../shell/loadDataset';
import { DEFAULT_DATASET } from '../shell/datasetIndex';
import { serializeUrlState } from '../shell/urlState';
import { EmbedControls } from './EmbedControls';
import { EmbedTable } from './EmbedTable';
import { startResizeBridge } from './resizeBridge';
import { startEmbedBridge } from './embedBridge';
import { parseAllowedOrigins } from './messaging';

/** Props of the embed. */
export interface EmbedAppProps {
  /** The dataset the URL asked for. */
  initialDataset: string;
}

/** The embedded view. */
export function EmbedApp({ initialDataset }: EmbedAppProps) {
  const store = useAppStoreApi();
  const ds = useAppStore((s) => s.dataset);
  const view = useAppStore((s) => s.view);
  const notices = useAppStore((s) => s.notices);
  const structure = useAppStore(selectGraphStructure);
  const evaluation = useAppStore(selectEvaluation);
  const focus = useAppStore((s) => s.focus);
  const datasetRef = useAppStore((s) => s.datasetRef);
  const setFocus = useAppStore((s) => s.setFocus);
  const assumptions = useAppStore((s) => s.assumptions);
  const asOf = useAppStore((s) => s.asOf);
  const state = useMemo(() => (evaluation ? buildGraphState(evaluation) : null), [evaluation]);
  const root = useRef<HTMLElement>(null);
  const renderer = useAppStore((s) => s.renderer);
  const graphOptions = useMemo(() => ({ wheelZoom: 'modifier' as const, draggable: false, renderer }), [renderer]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const opened = await loadWithFallback(initialDataset, DEFAULT_DATASET, (ref) => loadDatasetRef(ref, null, { trustBuiltIns: true }));
      if (cancelled) return;
      const { addNotices, openDataset } = store.getState();
      if (opened.failed)
        addNotices([{ id: 'load', level: 'error', message: opened.failed.message, details: opened.failed.details.slice(0, 5) }]);
      if (opened.ref && opened.result.ok) openDataset(opened.result.dataset, opened.ref, opened.result.warnings);
      else if (!opened.result.ok) addNotices([{ id: 'load-fallback', level: 'error', message: opened.result.message }]);
    })();
    return () => {
      cancelled = true;
    };
  }, [initialDataset, store]);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const stopResize = startResizeBridge(root.current!, window, params.get('childId'));
    const stopBridge = startEmbedBridge(store, window, parseAllowedOrigins(params.get('allowOrigin')));
    return () => {
      stopResize();
      stopBridge();
    };
  }, [store]);

  if (!ds && notices.length === 0) {
    return (
      <main ref={root} className="tb-embed tb-embed-loading" data-embed="1">
        <p>Loading…</p>
      </main>
    );
  }
  const full = `./${serializeUrlState({ dataset: datasetRef ?? initialDataset, assumptions, asOf, focus: focus ?? undefined, view })}`;
  const sourceCount = ds ? Object.keys(ds.sources).length : 0;
  return (
    <main ref={root} className="tb-embed" data-embed="1">
      <header className="tb-embed-head">
        <h1 className="tb-embed-title">{ds?.title ?? 'Loading…'}</h1>
        <EmbedControls />
        <ScenarioSummary />
      </header>
      {notices.map((n) => (
        <p key={n.id} className={`tb-notice tb-notice-${n.level}`} data-testid="notice">
          {n.message}
        </p>
      ))}
      <div className="tb-embed-stage">
        {view === 'table' ? (
          <EmbedTable />
        ) : structure && state ? (
          <GraphView structure={structure} state={state} focus={focus} onSelect={setFocus} options={graphOptions} />
        ) : null}
      </div>
      {view === 'graph' && (
        <p className="tb-embed-hint">Ctrl + scroll (⌘ + scroll on a Mac) or pinch with two fingers to zoom; drag to pan.</p>
      )}
      {view === 'graph' && <Legend />}
      <footer className="tb-embed-foot">
        <ViewSwitch />
        <span>{ds?.credit ?? 'Tiebar'}</span>
        {sourceCount > 0 && <span> · {sourceCount} public sources, cited on every fact</span>}
        <span>
          {' '}
          ·{' '}
          <a href={full} target="_blank" rel="noopener">
            Open in Tiebar ↗
          </a>
        </span>
      </footer>
    </main>
  );
}
