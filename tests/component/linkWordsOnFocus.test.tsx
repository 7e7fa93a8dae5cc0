/** A link's words left out for want of room show on focus or hover of either of its bills (issue #12 item 2), in the SVG as on the canvas. */
import { describe, expect, it } from 'vitest';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { evaluate } from '../../src/engine';
import { createSvgView } from '../../src/graph/svg/createSvgView';
import { bill, dataset, link } from '../fixtures/datasets';

describe("a link's words left out", () => {
  it('show while either of its bills is focused or hovered, and go again after', () => {
    const ds = dataset([bill('a'), bill('b'), bill('c')], [link('ab', 'a', ['b'], { added: '2019-04-23' })]);
    const structure = buildGraphStructure(ds);
    // A and B side by side, their boxes 10 px apart: no room for "operative only if" between them.
    const baked = { a: [0, 0] as const, b: [130, 0] as const, c: [0, 300] as const };
    const container = document.body.appendChild(document.createElement('div'));
    const view = createSvgView(container);
    view.setState(buildGraphState(evaluate(ds, { assumptions: {} })));
    view.setData({ ...structure, baked });
    const words = container.querySelector('g.tb-link-label')!;
    const shown = () => getComputedStyle(words).display !== 'none';
    expect(words).toHaveAttribute('data-overlap', 'true');
    expect(shown()).toBe(false);
    view.setFocus('b');
    expect(shown()).toBe(true);
    // An export draws the view at rest: the words it shows only on focus stay out of the file.
    const svg = container.querySelector('svg')!;
    svg.setAttribute('data-exporting', '');
    expect(shown()).toBe(false);
    svg.removeAttribute('data-exporting');
    view.setFocus('c');
    expect(shown()).toBe(false);
    const a = container.querySelector('g.tb-bill[data-id="a"]')!;
    a.dispatchEvent(new MouseEvent('mouseenter'));
    expect(shown()).toBe(true);
    a.dispatchEvent(new MouseEvent('mouseleave'));
    expect(shown()).toBe(false);
    view.destroy();
    container.remove();
  });
});
