/** A link's words left out for want of room show on focus or hover of either of its bills where they find room (issue #12 item 2), in the SVG as on the canvas (the core's rule: highlight.ts). */
import { describe, expect, it } from 'vitest';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { evaluate } from '../../src/engine';
import { createSvgView } from '../../src/graph/svg/createSvgView';
import { bill, dataset, link } from '../fixtures/datasets';

/** An SVG view of bills A, B and C at `baked` positions, with ties `links`. */
function drawn(baked: Record<string, readonly [number, number]>, links = [link('ab', 'a', ['b'], { added: '2019-04-23' })]) {
  const ds = dataset([bill('a'), bill('b'), bill('c')], links);
  const container = document.body.appendChild(document.createElement('div'));
  const view = createSvgView(container);
  view.setState(buildGraphState(evaluate(ds, { assumptions: {} })));
  view.setData({ ...buildGraphStructure(ds), baked });
  const words = (id = 'ab') => container.querySelector(`g.tb-link-label[data-id="${id}"]`)!;
  const shown = (id = 'ab') => getComputedStyle(words(id)).display !== 'none';
  const done = () => (view.destroy(), container.remove());
  return { view, container, words, shown, done };
}

describe("a link's words left out", () => {
  it('show while either of its bills is focused or hovered, and go again after', () => {
    const ds = dataset([bill('a'), bill('b'), bill('c')], [link('ab', 'a', ['b'], { added: '2019-04-23' })]);
    const structure = buildGraphStructure(ds);
    // A and B side by side, their boxes 80 px apart: no room for "operative only if" between them,
    // though the words would cover none of theirs.
    const baked = { a: [0, 0] as const, b: [200, 0] as const, c: [0, 300] as const };
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

  it('show over the nodes while lit, their arrowhead again on top, and go back after', () => {
    const { view, container, words, done } = drawn({ a: [0, 0], b: [200, 0], c: [0, 300] });
    const layerOf = () => words().parentElement!.getAttribute('class');
    expect(layerOf()).toBe('tb-link-labels');
    view.setFocus('b');
    // The box that left them out does not cover them: their layer comes after the nodes'.
    expect(layerOf()).toBe('tb-lit-words');
    const layers = [...container.querySelectorAll('g.tb-camera > g')].map((g) => g.getAttribute('class'));
    expect(layers.indexOf('tb-lit-words')).toBeGreaterThan(layers.indexOf('tb-nodes'));
    const head = container.querySelector('g.tb-lit-words > path.tb-lit-head')!;
    expect(head.getAttribute('marker-end')).toBe('url(#tb-arrow)');
    expect(head.getAttribute('d')).toBe(container.querySelector('g.tb-edge[data-id="ab"] path')!.getAttribute('d'));
    expect(head.compareDocumentPosition(words()) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    // An export draws the view at rest: the layer stays out of the file.
    const svg = container.querySelector('svg')!;
    svg.setAttribute('data-exporting', '');
    expect(getComputedStyle(container.querySelector('g.tb-lit-words')!).display).toBe('none');
    svg.removeAttribute('data-exporting');
    // Nor zoomed out past reading ties' words: their pills and heads alone would sit on the boxes.
    svg.setAttribute('data-hide', 'link');
    expect(getComputedStyle(container.querySelector('g.tb-lit-words')!).display).toBe('none');
    svg.removeAttribute('data-hide');
    expect(getComputedStyle(container.querySelector('g.tb-lit-words')!).display).not.toBe('none');
    view.setFocus(null);
    expect(layerOf()).toBe('tb-link-labels');
    expect(container.querySelector('g.tb-lit-words')!.childElementCount).toBe(0);
    done();
  });

  it("stay out where they would cover another node's words, lit or not", () => {
    // C crowds in under A's tie to B: its name is where the tie's words would go.
    const { view, shown, done } = drawn({ a: [0, 0], b: [200, 0], c: [100, 40] });
    view.setFocus('b');
    expect(shown()).toBe(false);
    done();
  });

  it("show for the focus's own ties only, not for a tie between two of its neighbours", () => {
    // B and C side by side, tied, their tie's words left out; A, far above, is tied to both.
    const ties = [link('ab', 'a', ['b']), link('ac', 'a', ['c']), link('bc', 'b', ['c'])];
    const { view, words, shown, done } = drawn({ a: [100, -400], b: [0, 100], c: [200, 100] }, ties);
    expect(words('bc')).toHaveAttribute('data-overlap', 'true');
    view.setFocus('a');
    expect(shown('bc')).toBe(false);
    view.setFocus('c');
    expect(shown('bc')).toBe(true);
    done();
  });
});
