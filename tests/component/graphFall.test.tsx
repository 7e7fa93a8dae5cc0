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

  it("greys a fallen bill's provisions, the frame after the bill shows its new look, and brings them back when it stands", async () => {
    const { store, container } = renderGraphPanel();
    const fallen = () =>
      [...container.querySelectorAll('g.tb-provision[data-fallen="true"]')].map((g) => g.getAttribute('data-id')!.split('-')[0]);
    await waitFor(() => expect(container.querySelector('g.tb-bill[data-id="sb230"]')).not.toBeNull());
    // As recorded, both bills took effect: nothing of theirs is greyed.
    expect(fallen()).toEqual([]);
    act(() => store.getState().setAssumption('ab392', 'failed'));
    expect(fallen()).toEqual([]);
    await waitFor(() => expect(new Set(fallen())).toEqual(new Set(['ab392', 'sb230'])));
    // Each of the two bills' provisions, all of them.
    const provisions = [...container.querySelectorAll('g.tb-provision')].filter((g) => /^(ab392|sb230)-/.test(g.getAttribute('data-id')!));
    expect(fallen()).toHaveLength(provisions.length);
    act(() => store.getState().setAssumption('ab392', 'recorded'));
    await waitFor(() => expect(fallen()).toEqual([]));
  });

  it('draws a fallen provision quiet and dotted in both themes, and a struck one keeps its own look', () => {
    const css = graphCss();
    const fallenAt = css.indexOf(".tb-provision[data-fallen='true'] .tb-shape");
    const struckAt = css.indexOf(".tb-provision[data-struck='true'] .tb-shape");
    expect(fallenAt).toBeGreaterThan(-1);
    // The struck rule comes later, so it wins where a provision is both.
    expect(struckAt).toBeGreaterThan(fallenAt);
    expect(css).toMatch(/\.tb-provision\[data-fallen='true'\] \.tb-shape \{[^}]*stroke-dasharray: 2 3/);
  });
});
