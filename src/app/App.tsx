/** The full app: header, notices, scenario controls, and the graph or the table. */
import { useAppStore, useAppStoreApi } from '../store';
import { NoticeBar } from '../ui/NoticeBar';
import { ScenarioControls } from '../ui/ScenarioControls';
import { ScenarioSummary } from '../ui/ScenarioSummary';
import { TableView } from '../ui/TableView';
import { ViewSwitch } from '../ui/ViewSwitch';
import { DatasetPicker } from '../ui/DatasetPicker';
import { DatasetActions } from '../ui/DatasetActions';
import { GraphPanel } from './GraphPanel';
import { DropZone } from './DropZone';
import { downloadDataset, useDatasets } from './useDatasets';
import { DEFAULT_DATASET } from '../embed/urlState';

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
  const { builtIns, saved, open, openFile, forget } = useDatasets(store, initialDataset);
  const isSaved = saved.some((d) => d.id === datasetRef);

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
        <DatasetPicker entries={builtIns} saved={saved} current={datasetRef} onPick={(id) => void open(id)} />
        <DatasetActions
          onOpenFile={(f) => void openFile(f)}
          onDownload={dataset ? () => downloadDataset(dataset) : undefined}
          onForget={isSaved && datasetRef ? () => void forget(datasetRef).then(() => open(DEFAULT_DATASET)) : undefined}
        />
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
      <DropZone onFile={openFile} />
    </div>
  );
}
