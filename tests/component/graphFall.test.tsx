import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { graphCss } from '../../src/graph/core/styleSheet';
import { renderGraphPanel } from './render';

afterEach(() => vi.unstubAllGlobals());

describe('a bill drops when a scenario makes it fall', () => {
  it('not on the first drawing (AB 931 failed on the record), only when a change makes it fall, and anew each time', async () => {
    const { store, container } = renderGraphPanel();
    const bill = (id: string) => container.querySelector(`g.tb-bill[data-id="${id}"]`)!;
    await waitFor(() => expect(bill('ab931')).not.toBeNull());
    expect(bill('ab931')).toHaveAttribute('data-outcome', 'failed');
    expect(container.querySelectorAll('[data-fall]')).toHaveLength(0);
    const falling = () => [...container.querySelectorAll('[data-fall]')].map((g) => g.getAttribute('data-id')).sort();
    act(() => store.getState().setAssumption('ab392', 'failed'));
    expect(bill('sb230')).toHaveAttribute('data-outcome', 'inoperative');
    // The drop starts the frame after the new look shows.
    expect(falling()).toEqual([]);
    await waitFor(() => expect(falling()).toEqual(['ab392', 'sb230']));
    act(() => store.getState().setAssumption('ab392', 'recorded'));
    await waitFor(() => expect(falling()).toEqual([]));
    act(() => store.getState().setAssumption('sb230', 'failed'));
    await waitFor(() => expect(falling()).toEqual(['sb230']));
  });

  it('the stylesheet animates only bills marked as falling, never a failed outcome as such', () => {
    const css = graphCss();
    expect(css).toMatch(/\.tb-bill\[data-fall\] \.tb-shape\s*\{[^}]*animation: tb-fall/);
    expect(css).not.toMatch(/data-outcome='(failed|inoperative)'\][^{]*\{[^}]*animation/);
  });
});
