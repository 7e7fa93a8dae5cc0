import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, StoreProvider } from '../../src/store';
import { ScenarioSummary } from '../../src/ui/ScenarioSummary';
import { NodeCaption } from '../../src/ui/NodeCaption';
import { foundingDataset } from '../fixtures/datasets';
import { renderWithStore } from './render';
import { useStoryGraph } from '../../src/ui/useStoryGraph';

describe('ScenarioSummary tells the story', () => {
  it('as recorded says what hangs on what; its question changes something and asks it in the right tense', async () => {
    const store = renderWithStore(<ScenarioSummary />);
    expect(screen.getByTestId('scenario-summary')).toHaveTextContent('SB 230 takes effect only because AB 392 became law.');
    await userEvent.click(screen.getByRole('button', { name: 'What if AB 392 had failed?' }));
    expect(store.getState().assumptions).toEqual({ ab392: 'failed' });
    expect(await screen.findByText('If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back to the record' }));
    expect(await screen.findByText('SB 230 takes effect only because AB 392 became law.')).toBeInTheDocument();
  });
});

describe('NodeCaption explains the focused node in one sentence', () => {
  it('a bill, a provision, a stakeholder, a link; nothing without focus', () => {
    const store = renderWithStore(<NodeCaption />, { assumptions: { ab392: 'failed' } });
    const caption = screen.getByTestId('node-caption');
    expect(caption).not.toBeVisible();
    act(() => store.getState().setFocus('sb230'));
    expect(caption).toBeVisible();
    expect(caption).toHaveTextContent(
      'SB 230 was signed on 12 Sep 2019 but can never take effect: since 23 Apr 2019 it has depended on AB 392 becoming law, and in this scenario AB 392 fails.',
    );
    act(() => store.getState().setFocus('sb230-training'));
    // A provision is named in full first: its box on a phone shows only the start of the name.
    expect(caption).toHaveTextContent(
      'POST training and minimum guidelines (Penal Code 13519.10). Falls with SB 230, which cannot take effect.',
    );
    act(() => store.getState().setFocus('lwv-ca'));
    expect(caption).toHaveTextContent(/^League of Women Voters of California opposes SB 230/);
    act(() => store.getState().setFocus('sb230-on-ab392'));
    expect(caption).toHaveTextContent(/^SB 230 was signed/);
    act(() => store.getState().setFocus(null));
    expect(caption).not.toBeVisible();
  });

  it("says a bill's subject first, unless the graph shows it beside the bill", () => {
    const { unmount } = render(
      <StoreProvider store={createAppStore({ dataset: foundingDataset(), datasetRef: 'x', focus: 'sb230' })}>
        <NodeCaption />
      </StoreProvider>,
    );
    expect(screen.getByTestId('node-caption-subject')).toHaveTextContent('Law enforcement: use of deadly force: training: policies');
    unmount();
    render(
      <StoreProvider store={createAppStore({ dataset: foundingDataset(), datasetRef: 'x', focus: 'sb230' })}>
        <NodeCaption subjectShown />
      </StoreProvider>,
    );
    expect(screen.getByTestId('node-caption')).toHaveTextContent(/^SB 230 takes effect/);
    // Said for screen readers only: the graph's words beside the bill are hidden from them.
    expect(screen.getByTestId('node-caption-subject')).toHaveClass('tb-visually-hidden');
  });

  it('renders dataset text as text, never as HTML', () => {
    const ds = foundingDataset();
    ds.stakeholders![0] = { ...ds.stakeholders![0], name: '<img src=x onerror=alert(1)>' };
    const store = createAppStore({ dataset: ds, datasetRef: 'x', focus: ds.stakeholders![0].id });
    render(
      <StoreProvider store={store}>
        <NodeCaption />
      </StoreProvider>,
    );
    expect(screen.getByTestId('node-caption').textContent).toMatch(/^<img src=x onerror=alert\(1\)> /);
    expect(document.querySelector('img')).toBeNull();
  });

  it('closes with its own button, which clears the focus', async () => {
    const store = renderWithStore(<NodeCaption />, { focus: 'sb230' });
    expect(screen.getByTestId('node-caption')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Close the explanation' }));
    expect(store.getState().focus).toBeNull();
    expect(screen.getByTestId('node-caption')).not.toBeVisible();
    expect(screen.queryByRole('button', { name: 'Close the explanation' })).toBeNull();
  });
});

describe('a stakeholder listed under two bills', () => {
  it('the row the reader picks is the one shown focused, and no other list opens', () => {
    const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca-2019-deadly-force' });
    const seen: Array<ReturnType<typeof useStoryGraph>> = [];
    function Probe() {
      seen.push(useStoryGraph());
      return null;
    }
    render(
      <StoreProvider store={store}>
        <Probe />
      </StoreProvider>,
    );
    const last = () => seen[seen.length - 1];
    const listed = (bill: string) => last().structure!.nodes.some((n) => n.id === `in:${bill}:aclu-ca`);
    act(() => last().onSelect('grp:sb230:oppose'));
    expect(listed('sb230')).toBe(true);
    expect(listed('ab392')).toBe(false);
    act(() => last().onSelect('in:sb230:aclu-ca'));
    expect(store.getState().focus).toBe('aclu-ca');
    expect(last().focus).toBe('in:sb230:aclu-ca');
    expect(listed('ab392')).toBe(false);
  });
});
