/** The full app: header, notices, scenario controls, and the graph or the table. */
import { useCallback, useEffect, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store';
import { NoticeBar } from '../ui/NoticeBar';
import { ScenarioControls } from '../ui/ScenarioControls';
import { TableView } from '../ui/TableView';
import { ViewSwitch } from '../ui/ViewSwitch';
import { ScenarioSummary } from '../ui/ScenarioSummary';
import type { DatasetEntry } from '../ui/DatasetPicker';
import { DatasetPicker } from '../ui/DatasetPicker';
import { DEFAULT_DATASET } from '../embed/urlState';
import { fetchIndex, loadDatasetRef } from './loadDataset';
import { GraphPanel } from './GraphPanel';

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
  const [index, setIndex] = useState<DatasetEntry[]>([]);

  const open = useCallback(
    async (ref: string, entries: DatasetEntry[]) => {
      const result = await loadDatasetRef(ref, entries);
      const { addNotices, openDataset } = store.getState();
      if (result.ok) {
        const unknown = Object.keys(store.getState().assumptions).filter((id) => !result.dataset.bills.some((b) => b.id === id));
        if (unknown.length > 0) {
          addNotices([
            {
              id: 'url-scenario-bills',
              level: 'warning',
              message: `The scenario names ${unknown.map((u) => `"${u}"`).join(', ')}, not a bill of this dataset; ignored.`,
            },
          ]);
        }
        openDataset(result.dataset, ref, result.warnings);
        return true;
      }
      addNotices([{ id: `load-${ref}`, level: 'error', message: result.message, details: result.details }]);
      return false;
    },
    [store],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      let entries: DatasetEntry[] = [];
      try {
        entries = await fetchIndex();
      } catch (e) {
        store
          .getState()
          .addNotices([
            { id: 'index', level: 'error', message: `The list of built-in datasets could not be read: ${(e as Error).message}.` },
          ]);
      }
      if (cancelled) return;
      setIndex(entries);
      const ok = await open(initialDataset, entries);
      if (!ok && !cancelled && initialDataset !== DEFAULT_DATASET) await open(DEFAULT_DATASET, entries);
    })();
    return () => {
      cancelled = true;
    };
  }, [initialDataset, open, store]);

  return (
    <div className="tb-app">
      <header className="tb-header">
        <div className="tb-brand">
          <span className="tb-logo" aria-hidden="true">
            ⟜
          </span>{' '}
          Tiebar
        </div>
        <h1 className="tb-title">{dataset?.title ?? 'Loading…'}</h1>
        <DatasetPicker entries={index} current={datasetRef} onPick={(id) => void open(id, index)} />
      </header>
      <NoticeBar />
      <main className="tb-main">
        <aside className="tb-side">
          {dataset?.description && <p className="tb-description">{dataset.description}</p>}
          <ScenarioControls />
        </aside>
        <section className="tb-stage" aria-label={view === 'graph' ? 'Graph' : 'Table'}>
          <div className="tb-stage-bar">
            <ScenarioSummary />
            <ViewSwitch />
          </div>
          {view === 'graph' ? <GraphPanel /> : <TableView />}
        </section>
      </main>
    </div>
  );
}
