import { describe, expect, it } from 'vitest';
import { buildGraphStructure, linkNote } from '../../src/engine/graphSpec';
import { buildStoryStructure } from '../../src/engine/storyGraph';
import { evaluate, leadBill } from '../../src/engine';
import { FONT, SIZE, textWidth } from '../../src/graph/core/encodings';
import { storyLayout } from '../../src/graph/storyLayout';
import { wordsAtRest, wordsBox } from '../../src/graph/storyRoutes';
import type { Dataset } from '../../src/model';
import { bill, dataset, link } from '../fixtures/datasets';

/** A bond, a zoning bill that hangs on it, and a fund tie-barred to the zoning bill, its tie dated and not yet checked (as a reporter's story had it). */
const story: Dataset = dataset(
  [bill('sb450', 'enacted'), bill('hb1200', 'enacted', '2020-06-12'), bill('hb1201')],
  [
    link('zoning-on-bond', 'hb1200', ['sb450'], { added: '2020-05-20' }),
    link('fund-on-zoning', 'hb1201', ['hb1200'], { added: '2020-03-15', clauseVerified: false }, 'tie-bar'),
  ],
);

function laidOut(ds: Dataset, width: number, height: number) {
  const structure = buildStoryStructure(
    ds,
    buildGraphStructure(ds),
    'grouped',
    new Set(),
    undefined,
    leadBill(evaluate(ds, { assumptions: {} })),
  );
  return { structure, layout: storyLayout(structure, width, height) };
}

describe("a tie's words, as wide as they are drawn", () => {
  // A laptop's graph (rows) and a phone's (a stack).
  it.each([
    [1000, 360],
    [960, 300],
    [340, 900],
  ])(
    'at %i x %i, every tie drawn with its words at rest has them within the drawing, its date line "not yet checked" too',
    (width, height) => {
      const { structure, layout } = laidOut(story, width, height);
      const [x0, y0, x1, y1] = layout.bounds;
      const tie = structure.edges.find((e) => e.id === 'fund-on-zoning')!;
      expect(linkNote(tie)).toMatch(/^since .+, not yet checked$/);
      const atRest = structure.edges.filter((e) => e.kind === 'link' && wordsAtRest(layout.routes.get(e.id)));
      expect(atRest.map((e) => e.id)).toContain('fund-on-zoning');
      for (const e of atRest) {
        const box = wordsBox(layout.routes.get(e.id)!.label!);
        // The box holds the longer of its two lines.
        expect(box.x1 - box.x0).toBeGreaterThanOrEqual(
          Math.max(textWidth(e.label ?? '', FONT.link, true), textWidth(linkNote(e), FONT.date)),
        );
        expect(box.x0).toBeGreaterThanOrEqual(x0);
        expect(box.x1).toBeLessThanOrEqual(x1);
        expect(box.y0).toBeGreaterThanOrEqual(y0);
        expect(box.y1).toBeLessThanOrEqual(y1);
      }
    },
  );

  it('words that fit the usual room keep it: only longer ones are given more', () => {
    const { layout } = laidOut(story, 1000, 360);
    expect(layout.routes.get('zoning-on-bond')!.label!.width).toBe(SIZE.linkWords.width);
    expect(layout.routes.get('fund-on-zoning')!.label!.width).toBeGreaterThan(SIZE.linkWords.width);
  });
});
