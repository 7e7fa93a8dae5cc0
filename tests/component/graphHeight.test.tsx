import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { GraphView } from '../../src/graph/GraphView';
import * as storyLayout from '../../src/graph/storyLayout';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { buildStoryState, buildStoryStructure } from '../../src/engine/storyGraph';
import { evaluate } from '../../src/engine';
import { foundingDataset } from '../fixtures/datasets';
import { stubResizeObserver } from './render';

vi.mock('../../src/graph/storyLayout', { spy: true });

function story() {
  const ds = foundingDataset();
  const structure = buildStoryStructure(ds, buildGraphStructure(ds), 'grouped', new Set());
  return { structure, state: buildStoryState(buildGraphState(evaluate(ds, { assumptions: {} })), structure) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Draws the founding story in a view `width` px wide, for a page that does or does not use the height; returns what the page heard. */
function drawStory(width: number, wanted: boolean) {
  stubResizeObserver();
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, width, 600));
  vi.mocked(storyLayout.storyHeight).mockClear();
  const set = vi.fn();
  const { structure, state } = story();
  render(
    <GraphView
      structure={structure}
      state={state}
      options={{ renderer: 'svg' }}
      onHeight={{ min: 320, max: 1400, set, wanted: () => wanted }}
    />,
  );
  return set;
}

describe("the story's height for the page", () => {
  it('is worked out for a page that uses it (a phone), from the view width', () => {
    const set = drawStory(375, true);
    expect(set).toHaveBeenCalledTimes(1);
    expect(set.mock.calls[0][0]).toBeGreaterThanOrEqual(320);
  });

  it('is not worked out where the page would not use it (a desktop layout): the page hears null', () => {
    const set = drawStory(1280, false);
    expect(set).toHaveBeenCalledWith(null);
    expect(storyLayout.storyHeight).not.toHaveBeenCalled();
  });
});
