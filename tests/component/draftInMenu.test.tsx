/** The header while a draft is edited: its Dataset menu names the draft as its title does, never the dataset begun over. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, StoreProvider } from '../../src/store';
import { App } from '../../src/app/App';
import { foundingDataset } from '../fixtures/datasets';
import { stubResizeObserver } from './render';

// Drafts and kept datasets in memory, as IndexedDB keeps them.
const idb = vi.hoisted(() => ({ kept: new Map<string, unknown>() }));
vi.mock('idb-keyval', () => ({
  createStore: () => 'kept',
  get: async (key: string) => idb.kept.get(key),
  set: async (key: string, value: unknown) => void idb.kept.set(key, structuredClone(value)),
  del: async (key: string) => void idb.kept.delete(key),
  entries: async () => [...idb.kept.entries()],
}));

beforeEach(() => {
  idb.kept.clear();
  localStorage.clear();
  stubResizeObserver();
  vi.stubGlobal('indexedDB', {});
  // The built-in datasets, as the page's server hands them out.
  vi.stubGlobal('fetch', async (url: string) => new Response(readFileSync(`public/data/${String(url).split('/').pop()}`, 'utf8')));
});
afterAll(() => void vi.unstubAllGlobals());

const menu = () => screen.getByRole('combobox', { name: 'Dataset' }) as HTMLSelectElement;
const settle = () => act(() => new Promise((r) => setTimeout(r, 300)));

/** The app over the founding story, in its table (no graph to draw in jsdom). */
async function renderApp() {
  const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca-2019-deadly-force', view: 'table' });
  render(
    <StoreProvider store={store}>
      <App initialDataset="ca-2019-deadly-force" />
    </StoreProvider>,
  );
  await settle();
  return store;
}

describe('the Dataset menu while a draft is edited', () => {
  const founding = 'California 2019: SB 230 hangs on AB 392';
  /** The editor's start screen, then its `button` ("New dataset", "Edit a copy of …"). */
  async function startDraft(user: ReturnType<typeof userEvent.setup>, button: RegExp) {
    await user.click(screen.getByRole('button', { name: 'Edit / New dataset' }));
    // The editor's chunk is loaded on first use: slow in a cold test run.
    await user.click(await screen.findByRole('button', { name: button }, { timeout: 20_000 }));
    await settle();
  }

  it('names a new draft as the page does ("Your draft"), not the dataset open before', async () => {
    const user = userEvent.setup();
    await renderApp();
    expect(menu().selectedOptions[0].textContent).toBe(founding);
    await startDraft(user, /^New dataset/);
    expect(screen.getByTestId('draft-waiting')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your draft');
    expect(menu().selectedOptions[0].textContent).toBe('Your draft');
  });

  it('names a draft that checks out by its title, as the page does; the dataset begun over can be picked again', async () => {
    const user = userEvent.setup();
    const store = await renderApp();
    await startDraft(user, /^Edit a copy of/);
    // The copy's title is the founding story's: the menu tells them apart.
    expect(menu().selectedOptions[0].textContent).toBe(`${founding} (your draft)`);
    const title = screen.getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await user.type(title, 'My own story');
    await settle();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('My own story');
    expect(menu().selectedOptions[0].textContent).toBe('My own story');
    // The founding story is listed, not chosen: picking it leaves the draft (kept) for the story.
    await user.selectOptions(menu(), 'ca-2019-deadly-force');
    await settle();
    expect(store.getState().dataset?.title).toBe(founding);
    expect(screen.queryByRole('complementary', { name: 'Editor' })).toBeNull();
    expect(menu().selectedOptions[0].textContent).toBe(founding);
  });
});
