import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { STORY_MAX_ZOOM, STORY_PAD, storyHeight, storyLayout, storyReads } from '../../src/graph/storyLayout';
import { fitZoom } from '../../src/graph/core/geometry';
import { drawsWords, hiddenLabels } from '../../src/graph/core/interaction';
import { parseDatasetText } from '../../src/model';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import { buildStoryStructure } from '../../src/engine/storyGraph';

const parsed = parseDatasetText(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8'));
if (!parsed.ok) throw new Error('founding dataset invalid');
const founding = parsed.dataset;
const story = buildStoryStructure(founding, buildGraphStructure(founding), 'grouped', new Set());
const zoomIn = (width: number, height: number) =>
  fitZoom(storyLayout(story, width, height).bounds, width, height, STORY_PAD, STORY_MAX_ZOOM);

describe('a story in the room a page gives it', () => {
  it('reads where every word but a subject is drawn, and not where the fit would leave words out', () => {
    // The app's graph on a desktop: 880 x 371 at 1,280 px wide; 700 x 347 at 1,100 px (the side panel beside it).
    expect(storyReads(story, 880, 371)).toBe(true);
    expect(drawsWords(zoomIn(880, 371))).toBe(true);
    expect(storyReads(story, 700, 347)).toBe(false);
    // There, the bills' names themselves would be left out.
    expect(hiddenLabels(zoomIn(700, 347)).bill).toBe(true);
  });

  it('reads at zoom 1 with its subjects left out, and not just under the smallest zoom its words are drawn at', () => {
    expect(hiddenLabels(1).subject).toBe(true);
    expect(drawsWords(1)).toBe(true);
    expect(drawsWords(0.9)).toBe(false);
  });

  for (const width of [343, 600, 700, 740, 880])
    it(`asks for the height its story fills, drawn at a zoom that reads (${width} px wide)`, () => {
      const height = storyHeight(story, width, 320, 1400);
      const layout = storyLayout(story, width, height);
      const k = zoomIn(width, height);
      const [, y0, , y1] = layout.bounds;
      expect(drawsWords(k), `zoom ${k}`).toBe(true);
      // No empty band above and below the drawing: the box is the drawing's height, give or take a pixel.
      expect(Math.abs((y1 - y0) * k + 2 * STORY_PAD - height), `drawn ${(y1 - y0) * k} in ${height}`).toBeLessThanOrEqual(1);
    });
});
