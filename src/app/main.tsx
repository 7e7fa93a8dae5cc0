/** Browser entry: read the URL, make the store, render the app, keep the URL in step. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore, StoreProvider } from '../store';
import { parseUrlState } from '../embed/urlState';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { App } from './App';
import { syncUrl } from './urlSync';
import './styles.css';

const { state, notices } = parseUrlState(window.location.search);
const store = createAppStore({
  assumptions: state.assumptions,
  asOf: state.asOf,
  view: state.view,
  focus: state.focus ?? null,
  theme: state.theme ?? 'auto',
  notices: notices.map((n) => ({ id: `url-${n.param}`, level: 'warning' as const, message: n.message })),
});
syncUrl(store, state.embed);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <StoreProvider store={store}>
        <App initialDataset={state.dataset} />
      </StoreProvider>
    </ErrorBoundary>
  </StrictMode>,
);
