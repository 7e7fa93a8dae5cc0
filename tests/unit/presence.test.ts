/** What a bill holds is not there before the bill is: its provisions and the sides taken on it fade with it. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { buildStoryState, buildStoryStructure } from '../../src/engine/storyGraph';
import { foundingDataset } from '../fixtures/datasets';

describe('presence on a date before a bill was introduced', () => {
  const ds = foundingDataset();
  const full = buildGraphStructure(ds);
  const story = buildStoryStructure(ds, full, 'grouped', new Set());
  const stateOn = (asOf: string) => buildStoryState(buildGraphState(evaluate(ds, { assumptions: {}, asOf })), story);

  it('leaves out every provision and group of a bill not there yet (SB 230 on 3 Apr 2018), and keeps them once it is', () => {
    const held = story.nodes.filter((n) => n.parent === 'sb230');
    expect(held.some((n) => n.kind === 'provision')).toBe(true);
    expect(held.some((n) => n.kind === 'group')).toBe(true);
    const early = stateOn('2018-04-03');
    expect(early.nodes.sb230.present).toBe(false);
    for (const n of held) expect(early.nodes[n.id]?.present, n.id).toBe(false);
    const late = stateOn('2019-12-31');
    expect(late.nodes.sb230.present).toBe(true);
    expect(held.filter((n) => late.nodes[n.id]?.present).length).toBeGreaterThan(0);
  });
});
