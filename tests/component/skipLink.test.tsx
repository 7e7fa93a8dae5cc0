/** "Skip to graph": the first Tab stop takes the keyboard to the graph's own stop, where the zoom keys work. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRef } from 'react';
import type { ReactNode } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphPanel } from '../../src/app/GraphPanel';
import { TableView } from '../../src/ui/TableView';
import { SkipLink } from '../../src/ui/SkipLink';
import { renderWithStore, stubResizeObserver } from './render';

/** A page as the app lays it out: the skip link, a header's tools, then the stage. */
function Page({ children }: { children: ReactNode }) {
  const stage = useRef<HTMLElement>(null);
  return (
    <>
      <SkipLink stage={stage} />
      <header>
        <button type="button">Dataset</button>
        <button type="button">More options</button>
      </header>
      <section ref={stage} tabIndex={-1}>
        {children}
      </section>
    </>
  );
}

afterEach(() => void vi.restoreAllMocks());

describe('the skip link', () => {
  it('is the first Tab stop, and Enter puts the keyboard on the graph, where + zooms in and 0 fits again', async () => {
    stubResizeObserver();
    // A desktop's graph box (jsdom lays nothing out): the view fits the story into it.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 900, 600));
    renderWithStore(
      <Page>
        <GraphPanel />
      </Page>,
      { renderer: 'svg' },
    );
    const graph = screen.getByTestId('graph');
    await waitFor(() => expect(graph).toHaveAttribute('data-layout', 'settled'));
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to graph' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const stop = document.activeElement as Element;
    expect(graph.contains(stop)).toBe(true);
    expect(stop).toHaveAttribute('tabindex', '0');
    expect(stop).toHaveClass('tb-node');
    const zoom = () => graph.querySelector('.tb-camera')!.getAttribute('transform');
    const fitted = zoom();
    expect(fitted).toMatch(/scale/);
    await user.keyboard('+');
    expect(zoom()).not.toBe(fitted);
    expect(await screen.findByRole('button', { name: 'Whole graph' })).toBeInTheDocument();
    await user.keyboard('0');
    expect(zoom()).toBe(fitted);
    expect(screen.queryByRole('button', { name: 'Whole graph' })).toBeNull();
    expect(stop).toHaveFocus();
    // From "Whole graph" itself, 0 takes the button away and leaves the keyboard on the graph, not the page.
    await user.keyboard('-');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Whole graph' })).toHaveFocus();
    await user.keyboard('0');
    expect(zoom()).toBe(fitted);
    expect(graph).toHaveFocus();
  });

  it('says "Skip to table" over the table, and lands on its first control', async () => {
    renderWithStore(
      <Page>
        <TableView />
      </Page>,
      { view: 'table' },
    );
    const user = userEvent.setup();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tab', { name: 'Bills' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Skip to table' })).toBeInTheDocument();
  });
});
