/**
 * Where a node's caption goes in the graph's box: beside the node, over what the reader needs least.
 * Every spot within reach of the node is tried; each costs what it covers (each box's area times its
 * weight: the node itself most, what the focus lights next, what it dims least) and how far it is.
 */
import type { ScreenBox } from '../graph/core/surroundings';

/** A box the caption may cover, and what covering each px² costs (the graph's ScreenBox). */
export type Covered = ScreenBox;

/** What moving the caption a pixel further from the node costs, per pixel of its width. */
const DISTANCE = 0.1;
/** Spots further than this from the node (its centre to the caption's nearest edge) are not tried. */
export const REACH = 480;
/** The caption's margin inside the box, and the step between the heights tried. */
const MARGIN = 8;
const STEP = 4;
/** What a px² of caption over the page's words around the stage costs (as a lit box). */
const OUTSIDE = 1;
/** What a px² of caption off the screen costs: more than covering the story's words, less than the node. */
const OFF_SCREEN = 4;
/** Clear space kept around each box (its outline, and room to breathe). */
const GAP = 4;

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * The caption's top left and width for a node drawn at `at`, in a box of `stage` size, given the
 * caption's height at each width it may take (`sizes`); `seen` is the part of the box on screen
 * (its top and bottom in the box), when known: a caption past it costs more than one over the
 * story's words, and less than one over the node. `room` is how far above and below the box the
 * caption may go, over the page's own words. `covers`: what the spot chosen costs for what it covers
 * (0 when it covers nothing).
 */
export function placeCaption(
  at: { x: number; y: number },
  stage: { width: number; height: number },
  sizes: ReadonlyArray<{ width: number; height: number }>,
  around: readonly Covered[],
  seen: { top: number; bottom: number } | null = null,
  room: { above: number; below: number } = { above: 0, below: 0 },
): { left: number; top: number; width: number; covers: number } {
  // The page's own words above and below the stage cost what a lit box does.
  const outside = [
    { x0: -Infinity, x1: Infinity, y0: -room.above, y1: 0, weight: OUTSIDE },
    { x0: -Infinity, x1: Infinity, y0: stage.height, y1: stage.height + room.below, weight: OUTSIDE },
  ];
  let best = { left: MARGIN, top: MARGIN, width: sizes[0].width, cost: Infinity, far: Infinity, covers: Infinity };
  for (const { width: w, height: h } of sizes) {
    const maxLeft = Math.max(MARGIN, stage.width - w - MARGIN);
    const minTop = MARGIN - room.above;
    const maxTop = Math.max(minTop, stage.height + room.below - h - MARGIN);
    const clamp = (v: number, hi: number) => Math.max(MARGIN, Math.min(v, hi));
    const lefts = [...new Set([clamp(at.x - w / 2, maxLeft), MARGIN, maxLeft])];
    if (best.cost === Infinity) best = { ...best, left: lefts[0], top: Math.max(minTop, Math.min(at.y + 34, maxTop)), width: w };
    // Only what lies within reach can be covered (a session has thousands of boxes).
    const [from, to] = [at.y - REACH - h - GAP, at.y + REACH + h + GAP];
    const near = [...around.filter((b) => b.y1 >= from && b.y0 <= to), ...outside];
    for (let top = minTop; top <= maxTop; top += STEP) {
      const dy = top > at.y ? top - at.y : Math.max(0, at.y - (top + h));
      if (dy > REACH) continue;
      const off = seen ? h - overlap(top, top + h, seen.top, seen.bottom) : 0;
      for (const left of lefts) {
        const dx = left > at.x ? left - at.x : Math.max(0, at.x - (left + w));
        let covers = OFF_SCREEN * w * off;
        for (const b of near)
          covers += overlap(left, left + w, b.x0 - GAP, b.x1 + GAP) * overlap(top, top + h, b.y0 - GAP, b.y1 + GAP) * b.weight;
        const cost = DISTANCE * w * (dx + dy) + covers;
        const far = dx + dy;
        if (cost < best.cost || (cost === best.cost && far < best.far)) best = { left, top, width: w, cost, far, covers };
      }
    }
  }
  return { left: best.left, top: best.top, width: best.width, covers: best.covers };
}
