/**
 * Words drawn at rest in the SVG give way to every box drawn, even where two boxes overlap each
 * other (keepClear): a tie's words (crossings.ts linkLabelsKept) and a stakeholder's name
 * (svgLabels.ts hideCrowdedNames) over the second of two overlapping bills stay out.
 */
import { describe, expect, it } from 'vitest';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { evaluate } from '../../src/engine';
import type { Dataset } from '../../src/model';
import { createSvgView } from '../../src/graph/svg/createSvgView';
import { SIZE } from '../../src/graph/core/encodings';
import { bill, dataset, link } from '../fixtures/datasets';

const { hw, hh } = SIZE.bill;

/** An SVG view of `ds` at `baked` positions; `done` takes it away. */
function drawn(ds: Dataset, baked: Record<string, readonly [number, number]>) {
  const container = document.body.appendChild(document.createElement('div'));
  const view = createSvgView(container);
  view.setState(buildGraphState(evaluate(ds, { assumptions: {} })));
  view.setData({ ...buildGraphStructure(ds), baked });
  return { container, done: () => (view.destroy(), container.remove()) };
}

describe('words at rest, in the SVG', () => {
  it("stay off a bill's box that overlaps another bill's: a tie's words", () => {
    const ds = dataset(
      ['a', 'b', 'c', 'd'].map((id) => bill(id)),
      [link('ab', 'a', ['b'])],
    );
    // Where A's tie to B has its words, with C and D out of the way: the pill's box.
    const apart = drawn(ds, { a: [0, 0], b: [400, 0], c: [0, 1000], d: [400, 1000] });
    const label = apart.container.querySelector('g.tb-link-label[data-id="ab"]')!;
    expect(label).not.toHaveAttribute('data-overlap');
    const at = /translate\(([-\d.]+),([-\d.]+)\)/.exec(label.getAttribute('transform')!)!.map(Number);
    const pill = label.querySelector('rect')!;
    const [x, bottom] = [
      at[1] + Number(pill.getAttribute('x')) + Number(pill.getAttribute('width')) / 2,
      at[2] + Number(pill.getAttribute('y')) + Number(pill.getAttribute('height')),
    ];
    apart.done();
    // D's box reaches 4 units up into the words; C's, over D's, stays clear of them. C comes first.
    const d = [x, bottom - 4 + hh] as const;
    const { container, done } = drawn(ds, { a: [0, 0], b: [400, 0], c: [x, d[1] + 40], d });
    expect(container.querySelector('g.tb-link-label[data-id="ab"]')).toHaveAttribute('data-overlap', 'true');
    done();
  });

  it("stay off a bill's box that overlaps another bill's: a stakeholder's name", () => {
    const ds: Dataset = {
      ...dataset(['c', 'd'].map((id) => bill(id))),
      stakeholders: [{ id: 'h', name: 'Hospital association', kind: 'union', sources: ['s'] }],
      positions: [{ stakeholder: 'h', target: 'c', stance: 'oppose', date: '2020-02-02', sources: ['s'] }],
    };
    // The name runs right of H's dot, from 9 units right of it and 8 above; D's box reaches 4 units
    // down into it, C's, over D's, stays clear of it. C comes first.
    const h = [0, 300] as const;
    const d = [9 + hw + 20, h[1] - 8 - hh + 4] as const;
    const { container, done } = drawn(ds, { c: [d[0], d[1] - 40], d, h });
    const name = container.querySelector('g.tb-stakeholder .tb-label')!;
    expect(name.textContent).toBe('Hospital association');
    expect(name).toHaveAttribute('data-overlap');
    done();
  });
});
