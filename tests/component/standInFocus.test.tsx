import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import type { GraphState, GraphStructure } from '../../src/engine/graphSpec';
import { createSvgView } from '../../src/graph/svg/createSvgView';

/** Four bills, two tie-barred pairs, and a sponsor left out of the drawing who stands in by b0 and b2. */
const structure: GraphStructure = {
  nodes: ['b0', 'b1', 'b2', 'b3'].map((id) => ({ id, kind: 'bill' as const, label: id.toUpperCase(), side: 0 })),
  edges: [
    { id: 't01', kind: 'link', linkKind: 'tie-bar', source: 'b0', target: 'b1', label: 'tie-bar' },
    { id: 't23', kind: 'link', linkKind: 'tie-bar', source: 'b2', target: 'b3', label: 'tie-bar' },
    { id: 't02', kind: 'link', linkKind: 'tie-bar', source: 'b0', target: 'b2', label: 'tie-bar' },
  ],
  baked: { b0: [0, 0], b1: [300, 0], b2: [0, 300], b3: [300, 300] },
  standIns: new Map([['sponsor', ['b0', 'b2']]]),
};
const state: GraphState = {
  nodes: Object.fromEntries(structure.nodes.map((n) => [n.id, { outcome: 'enacted' as const, present: true }])),
  edges: {},
};

describe('focusing a node the graph leaves out', () => {
  it('lights the bills standing in for it and the ties between them, and dims the rest', () => {
    const container = document.body.appendChild(document.createElement('div'));
    const view = createSvgView(container);
    view.setState(state);
    view.setData(structure);
    const dimmed = (sel: string) =>
      [...container.querySelectorAll(sel)].filter((el) => el.getAttribute('data-dim') === 'true').map((el) => el.getAttribute('data-id'));
    view.setFocus('sponsor');
    expect(dimmed('g.tb-bill')).toEqual(['b1', 'b3']);
    expect(dimmed('g.tb-edge')).toEqual(['t01', 't23']);
    // No node is the focus itself (nothing draws the sponsor).
    expect(container.querySelector('[data-focus]')).toBeNull();
    view.setFocus(null);
    expect(dimmed('g.tb-bill')).toEqual([]);
    view.destroy();
    container.remove();
  });

  it('lights a focus given before the layout has placed anything (no baked positions): once drawn, the rest is dimmed', async () => {
    const { baked: _none, ...unplaced } = structure;
    for (const [focus, dim] of [
      ['b0', ['b3']],
      ['sponsor', ['b1', 'b3']],
    ] as const) {
      const container = document.body.appendChild(document.createElement('div'));
      const view = createSvgView(container);
      view.setState(state);
      view.setData(unplaced);
      view.setFocus(focus);
      await waitFor(() => expect(container.querySelectorAll('g.tb-bill')).toHaveLength(4));
      const dimmed = [...container.querySelectorAll('g.tb-bill[data-dim="true"]')].map((el) => el.getAttribute('data-id'));
      expect(dimmed, focus).toEqual(dim);
      view.destroy();
      container.remove();
    }
  });
});
