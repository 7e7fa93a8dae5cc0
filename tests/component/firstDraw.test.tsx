import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { buildStoryState, buildStoryStructure } from '../../src/engine/storyGraph';
import { createSvgView } from '../../src/graph/svg/createSvgView';
import { foundingDataset } from '../fixtures/datasets';

describe("the SVG view's first drawing", () => {
  it("measures its box before it draws anything in it: a read after would lay out what it drew, in the first frame's task", () => {
    const ds = foundingDataset();
    const structure = buildStoryStructure(ds, buildGraphStructure(ds), 'grouped', new Set());
    const container = document.body.appendChild(document.createElement('div'));
    // Each measure of the box, with what the box held when it was taken.
    const held: number[] = [];
    container.getBoundingClientRect = () => {
      held.push(container.querySelectorAll('*').length);
      return new DOMRect(0, 0, 880, 371);
    };
    const view = createSvgView(container);
    view.setState(buildStoryState(buildGraphState(evaluate(ds, { assumptions: {} })), structure));
    view.setData(structure);
    expect(container.querySelectorAll('g.tb-bill')).toHaveLength(3);
    // The story was laid out for that box: one measure, taken while the box was empty.
    expect(held).toEqual([0]);
    view.destroy();
    container.remove();
  });
});
