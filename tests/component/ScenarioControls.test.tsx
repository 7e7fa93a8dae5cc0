import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/model';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, StoreProvider } from '../../src/store';
import { ScenarioControls } from '../../src/ui/ScenarioControls';
import { TableView } from '../../src/ui/TableView';
import { ScenarioSummary } from '../../src/ui/ScenarioSummary';
import { EmbedControls } from '../../src/embed/EmbedControls';
import { foundingDataset } from '../fixtures/datasets';
import { generateDataset } from '../../src/engine/generate';
import { renderWithStore } from './render';

describe('ScenarioControls', () => {
  it('offers as recorded / becomes law / fails for every bill, starting as recorded', () => {
    renderWithStore(<ScenarioControls />);
    for (const label of ['AB 392', 'SB 230', 'AB 931']) {
      const group = screen.getByRole('group', { name: new RegExp(`^${label}`) });
      expect(within(group).getByRole('radio', { name: 'As recorded' })).toBeChecked();
      expect(within(group).getByRole('radio', { name: 'Becomes law' })).not.toBeChecked();
      expect(within(group).getByRole('radio', { name: 'Fails' })).not.toBeChecked();
    }
  });

  it("names each bill by its subject, not the record's appendices (the full title on hover)", () => {
    const r = parseDatasetText(readFileSync('public/data/mi-2020-tied-to-vetoed.json', 'utf8'));
    if (!r.ok) throw new Error('invalid');
    renderWithStore(<ScenarioControls />, { dataset: r.dataset, datasetRef: 'mi-2020-tied-to-vetoed' });
    const group = screen.getByRole('group', { name: /^HB 5444/ });
    expect(group.querySelector('legend')).toHaveTextContent(/^HB 5444 Children: services; kinship caregiver navigator program$/);
    expect(group.querySelector('.tb-bill-title')).toHaveAttribute('title', expect.stringMatching(/TIE BAR WITH: HB 5443'20$/));
  });

  it('flipping AB 392 to fails marks SB 230 inoperative, with the reason in words', async () => {
    const store = renderWithStore(<ScenarioControls />);
    expect(screen.getByTestId('explanation-sb230')).toHaveTextContent(/^enacted SB 230 takes effect/);
    await userEvent.click(within(screen.getByRole('group', { name: /^AB 392/ })).getByRole('radio', { name: 'Fails' }));
    expect(store.getState().assumptions).toEqual({ ab392: 'failed' });
    // The explanations follow once the graph's frame has painted.
    await waitFor(() =>
      expect(screen.getByTestId('explanation-sb230')).toHaveTextContent(
        'inoperative SB 230 was signed on 12 Sep 2019 but can never take effect: since 23 Apr 2019 it has depended on AB 392 becoming law, and in this scenario AB 392 fails.',
      ),
    );
    expect(screen.getByTestId('explanation-ab392')).toHaveTextContent(/^failed AB 392 does not become law/);
  });

  it("in a session, a what-if chosen here goes to its bill (as a question does); the founding story's does not", async () => {
    const session = generateDataset({ bills: 300, links: 200, seed: 4 });
    const store = renderWithStore(<ScenarioControls />, { dataset: session });
    const first = screen.getAllByRole('group')[0];
    const id = first.getAttribute('data-bill')!;
    await userEvent.click(within(first).getByRole('radio', { name: 'Fails' }));
    expect(store.getState().assumptions).toEqual({ [id]: 'failed' });
    expect(store.getState().focus).toBe(id);
    cleanup();
    const story = renderWithStore(<ScenarioControls />);
    await userEvent.click(within(screen.getByRole('group', { name: /^AB 392/ })).getByRole('radio', { name: 'Fails' }));
    expect(story.getState().focus).toBeNull();
  });

  it('back to "as recorded" and Reset both restore the record', async () => {
    const store = renderWithStore(<ScenarioControls />, { assumptions: { ab392: 'failed', sb230: 'failed' } });
    await userEvent.click(within(screen.getByRole('group', { name: /^SB 230/ })).getByRole('radio', { name: 'As recorded' }));
    expect(store.getState().assumptions).toEqual({ ab392: 'failed' });
    const reset = screen.getByRole('button', { name: 'Reset' });
    reset.focus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().assumptions).toEqual({});
    // Marked unavailable, not disabled: keyboard focus stays on it instead of falling to the page.
    await waitFor(() => expect(reset).toHaveAttribute('aria-disabled', 'true'));
    expect(reset).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().assumptions).toEqual({});
    await waitFor(() => expect(screen.getByTestId('explanation-sb230')).toHaveTextContent(/^enacted/));
  });
});

describe('TableView', () => {
  it('lists every bill with its outcome word and reason', () => {
    renderWithStore(<TableView />, { assumptions: { ab392: 'failed' } });
    const row = screen.getByRole('row', { name: /SB 230/ });
    expect(within(row).getByText('inoperative')).toBeInTheDocument();
    expect(row).toHaveTextContent('it has depended on AB 392 becoming law');
    expect(screen.getAllByRole('row')).toHaveLength(4);
  });

  it('renders hostile dataset text as text, never HTML', () => {
    const ds = foundingDataset();
    ds.bills[0].title = '<img src=x onerror="window.__pwned=1">';
    const store = createAppStore({ dataset: ds, datasetRef: 'x' });
    const { container } = render(
      <StoreProvider store={store}>
        <TableView />
      </StoreProvider>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="window.__pwned=1">')).toBeInTheDocument();
  });
});

describe('ScenarioSummary', () => {
  it('moves keyboard focus to the button that replaces the one pressed (the question, then "Back to the record")', async () => {
    const store = renderWithStore(<ScenarioSummary />);
    const question = await screen.findByRole('button', { name: 'What if AB 392 had failed?' });
    question.focus();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().assumptions).toEqual({ ab392: 'failed' });
    const back = await screen.findByRole('button', { name: 'Back to the record' });
    await waitFor(() => expect(back).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    expect(store.getState().assumptions).toEqual({});
    await waitFor(() => expect(screen.getByRole('button', { name: 'What if AB 392 had failed?' })).toHaveFocus());
  });
});

describe('a what-if the record already holds', () => {
  it('says it changes nothing, before the record\'s story (AB 931 died: "Fails" changed no word before)', async () => {
    const store = renderWithStore(<ScenarioSummary />);
    await screen.findByText('SB 230 takes effect only because AB 392 became law.');
    act(() => store.getState().setAssumption('ab931', 'failed'));
    expect(
      await screen.findByText(
        'As recorded, AB 931 did not become law: the what-if changes nothing. SB 230 takes effect only because AB 392 became law.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back to the record' })).toBeInTheDocument();
  });
});

describe('a what-if shows its whole outcome', () => {
  it("an embed's question lets go of a node tapped before (it kept the answer dimmed); the app's keeps it, its details open", async () => {
    for (const [letsGo, after] of [
      [true, null],
      [false, 'ab931'],
    ] as const) {
      const store = renderWithStore(<ScenarioSummary letsGo={letsGo} />);
      store.getState().setFocus('ab931');
      await userEvent.click(await screen.findByRole('button', { name: 'What if AB 392 had failed?' }));
      expect(store.getState().assumptions).toEqual({ ab392: 'failed' });
      expect(store.getState().focus).toBe(after);
      cleanup();
    }
  });

  it("an embed's Law / Fails buttons do too", async () => {
    const store = renderWithStore(<EmbedControls />);
    store.getState().setFocus('ab931');
    await userEvent.click(within(screen.getByRole('group', { name: 'What if: AB 392' })).getByRole('button', { name: 'Fails' }));
    expect(store.getState().assumptions).toEqual({ ab392: 'failed' });
    expect(store.getState().focus).toBeNull();
  });
});
