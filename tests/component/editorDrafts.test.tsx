/** The editor over drafts kept in the browser: which one it opens on, and an id fixed once the draft is opened or published. */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, StoreProvider } from '../../src/store';
import { newDraft } from '../../src/model/edit';
import type { StoredDraft } from '../../src/shell/drafts';
import { ShareOptions } from '../../src/ui/ShareOptions';
import { foundingDataset } from '../fixtures/datasets';

// Drafts kept in memory, as IndexedDB keeps them.
const idb = vi.hoisted(() => ({ kept: new Map<string, unknown>() }));
vi.mock('idb-keyval', () => ({
  createStore: () => 'drafts',
  set: async (key: string, value: unknown) => void idb.kept.set(key, structuredClone(value)),
  del: async (key: string) => void idb.kept.delete(key),
  entries: async () => [...idb.kept.entries()],
}));
vi.stubGlobal('indexedDB', {});
afterAll(() => void vi.unstubAllGlobals());

const { Editor } = await import('../../src/editor/Editor');

const settle = () => act(() => new Promise((r) => setTimeout(r, 200)));
const kept = (key: string) => idb.kept.get(key) as StoredDraft;

/** The founding story, its id made from its title (as a new dataset's is), open in the app; the editor beside it. */
function renderEditor({ resume = false, onUse = async () => true, share = false } = {}) {
  const dataset = { ...foundingDataset(), title: 'Deadly force', id: 'deadly-force' };
  const store = createAppStore({ dataset, datasetRef: 'ca-2019-deadly-force' });
  render(
    <StoreProvider store={store}>
      <Editor onUse={onUse} onClose={() => {}} resume={resume} />
      {share && <ShareOptions mode="link" />}
    </StoreProvider>,
  );
  return store;
}

beforeEach(() => {
  idb.kept.clear();
  localStorage.clear();
  sessionStorage.clear();
});

describe('which draft the editor opens on', () => {
  beforeEach(() => {
    // A draft of another story, left open in the editor when the page was last left.
    const other: StoredDraft = {
      key: 'draft-other',
      title: 'Another story',
      dataset: newDraft('Another story'),
      updatedAt: '2024-01-01T00:00:00Z',
    };
    idb.kept.set(other.key, other);
    localStorage.setItem('tiebar:editing', other.key);
  });

  it('"Edit / New dataset" over a dataset that is not the draft shows the start screen, the draft in its list', async () => {
    renderEditor();
    expect(await screen.findByRole('button', { name: 'Open draft “Another story”' })).toBeInTheDocument();
    await settle();
    expect(screen.getByTestId('editor-start')).toBeInTheDocument();
    expect(screen.queryByTestId('editor')).toBeNull();
  });

  it('the editor the app starts in (after a reload) goes straight back into the draft', async () => {
    renderEditor({ resume: true });
    expect(await screen.findByTestId('editor')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Another story');
  });
});

describe("a draft's id", () => {
  async function editCopy(options: Parameters<typeof renderEditor>[0] = {}) {
    const user = userEvent.setup();
    renderEditor(options);
    await user.click(await screen.findByRole('button', { name: /^Edit a copy of/ }));
    await settle();
    const title = screen.getByRole('textbox', { name: /^Title/ });
    return { user, title, id: () => screen.getByTestId('dataset-id') };
  }

  it('follows the title until the draft is opened in Tiebar; then it is fixed, said so, and kept with the draft', async () => {
    const { user, title, id } = await editCopy();
    await user.type(title, ' 2019');
    await settle();
    expect(id()).toHaveTextContent('Id: deadly-force-2019 (made from the title)');
    await user.click(screen.getByRole('button', { name: 'Open in Tiebar' }));
    await settle();
    await user.type(title, ' (corrected)');
    await settle();
    expect(id()).toHaveTextContent('Id: deadly-force-2019 (fixed: opened or published at this address)');
    const [key] = idb.kept.keys();
    expect(kept(key)).toMatchObject({ idFixed: true, dataset: { id: 'deadly-force-2019', title: 'Deadly force 2019 (corrected)' } });
  });

  it('is fixed once a link carrying the draft is copied, and changes only on purpose', async () => {
    const { user, title, id } = await editCopy({ share: true });
    await user.click(await screen.findByRole('button', { name: 'Copy link with the dataset' }));
    await user.clear(title);
    await user.type(title, 'Retitled');
    await settle();
    expect(id()).toHaveTextContent('Id: deadly-force (fixed: opened or published at this address)');
    await user.click(screen.getByRole('button', { name: 'Change the id…' }));
    const field = within(screen.getByTestId('editor')).getByRole('textbox', { name: /^Id/ });
    expect(field).toHaveAccessibleDescription(/stop working once it changes/);
    // The button gave way to the field, and keyboard focus went with it.
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'retitled');
    await settle();
    expect(id()).toHaveTextContent('Id: retitled (fixed');
  });
});

describe('a draft with errors', () => {
  it('is kept with its last version that checked out, and only while it has errors', async () => {
    const user = userEvent.setup();
    const store = renderEditor();
    await user.click(await screen.findByRole('button', { name: /^Edit a copy of/ }));
    await settle();
    const [key] = idb.kept.keys();
    expect(kept(key)).not.toHaveProperty('lastGood');
    const title = screen.getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await settle();
    expect(kept(key).dataset.title).toBe('');
    expect(kept(key).lastGood).toMatchObject({ id: 'deadly-force', title: 'Deadly force' });
    expect(store.getState().dataset?.title).toBe('Deadly force');
    await user.type(title, 'Fixed');
    await settle();
    expect(kept(key)).not.toHaveProperty('lastGood');
    expect(store.getState().dataset?.title).toBe('Fixed');
  });

  it('reopened after a reload, shows the graph of its last good version and says the draft has errors, not a wait', async () => {
    const good = { ...foundingDataset(), id: 'my-story', title: 'My story' };
    // A tie pointing at no bill: an error the editor lists.
    const broken = { ...structuredClone(good), title: 'My story, retold', links: [{ ...good.links![0], to: ['nowhere'] }] };
    const record: StoredDraft = {
      key: 'draft-broken',
      title: broken.title,
      dataset: broken,
      updatedAt: '2024-01-01T00:00:00Z',
      lastGood: good,
    };
    idb.kept.set(record.key, record);
    localStorage.setItem('tiebar:editing', record.key);
    const store = renderEditor({ resume: true });
    expect(await screen.findByTestId('editor')).toBeInTheDocument();
    await settle();
    expect(store.getState().draftUnshown).toBe(false);
    expect(store.getState().dataset?.title).toBe('My story');
    expect(screen.getByTestId('draft-check')).toHaveTextContent('1 error to fix; the graph shows the last valid version.');
    // Still kept with it: another reload shows it again.
    expect(kept(record.key).lastGood).toMatchObject({ title: 'My story' });
  });

  it('a last good version kept that no longer checks out is not shown', async () => {
    const broken = {
      ...foundingDataset(),
      id: 'my-story',
      title: 'My story',
      links: [{ ...foundingDataset().links![0], to: ['nowhere'] }],
    };
    const record: StoredDraft = {
      key: 'draft-broken',
      title: 'My story',
      dataset: broken,
      updatedAt: '2024-01-01T00:00:00Z',
      lastGood: broken,
    };
    idb.kept.set(record.key, record);
    localStorage.setItem('tiebar:editing', record.key);
    const store = renderEditor({ resume: true });
    expect(await screen.findByTestId('editor')).toBeInTheDocument();
    await settle();
    expect(store.getState().draftUnshown).toBe(true);
    expect(store.getState().dataset?.title).toBe('Deadly force');
  });
});

describe('where the editor was, after a reload', () => {
  it('reopens the draft on the tab and the bill it was on; a new browser tab starts on the first tab', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(await screen.findByRole('button', { name: /^Edit a copy of/ }));
    await settle();
    await user.click(screen.getByRole('button', { name: /^Bills$/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Edit bill' }), 'sb230');
    await settle();
    expect(screen.getByRole('group', { name: 'Bill SB 230' })).toBeInTheDocument();
    // The page is reloaded: the app starts in the editor, on the draft.
    cleanup();
    renderEditor({ resume: true });
    expect(await screen.findByTestId('editor')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Bills$/ })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('group', { name: 'Bill SB 230' })).toBeInTheDocument();
    // Another browser tab (its own session storage) opens the same draft on its first tab.
    sessionStorage.clear();
    cleanup();
    renderEditor({ resume: true });
    expect(await screen.findByTestId('editor')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Dataset$/ })).toHaveAttribute('aria-current', 'true');
  });
});
