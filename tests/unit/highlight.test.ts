/** What a focus or hover lights, one rule for both renderers (core/highlight.ts): the focus's own ties, and their words left out at rest where they find room. */
import { describe, expect, it } from 'vitest';
import { dimsEdge, dimsNode, highlightOn, lightsTie, litWordsShown } from '../../src/graph/core/highlight';
import type { LabelBox } from '../../src/graph/core/labels';

// A tied to B and C, B tied to C; S is a session's stakeholder the graph leaves out, B and C standing in for it.
const neighbours = new Map([
  ['a', new Set(['b', 'c'])],
  ['b', new Set(['a', 'c'])],
  ['c', new Set(['a', 'b'])],
  ['s', new Set(['b', 'c'])],
]);
const drawn = (id: string) => ['a', 'b', 'c'].includes(id);
const box = (x0: number, y0: number, x1: number, y1: number): LabelBox => ({ x0, y0, x1, y1 });

describe('a highlight', () => {
  it('lights the node and its neighbours; a node left out, the bills standing in for it; nothing for an unknown id', () => {
    expect(highlightOn('a', neighbours, drawn)).toEqual({ id: 'a', nodes: new Set(['a', 'b', 'c']), standIn: false });
    expect(highlightOn('s', neighbours, drawn)).toEqual({ id: 's', nodes: new Set(['s', 'b', 'c']), standIn: true });
    expect(highlightOn(null, neighbours, drawn)).toBeNull();
    expect(highlightOn('nobody', neighbours, drawn)).toBeNull();
    // A drawn node with no ties lights itself.
    expect(highlightOn('d', neighbours, () => true)?.nodes).toEqual(new Set(['d']));
  });

  it.each([
    ['a', 'a', 'b', true],
    ['a', 'c', 'a', true],
    // Between two of A's neighbours: not A's tie.
    ['a', 'b', 'c', false],
    ['b', 'b', 'c', true],
    // For a node left out, the ties between two of its stand-ins.
    ['s', 'b', 'c', true],
    ['s', 'a', 'b', false],
  ])('on %s lights the tie %s -> %s: %s', (id, source, target, lit) => {
    expect(lightsTie(highlightOn(id, neighbours, drawn)!, { source, target })).toBe(lit);
  });
});

describe('what a highlight dims, in both renderers', () => {
  it.each([
    // Nothing lit: nothing dimmed.
    [null, ['d'], [], []],
    // On A: the nodes it does not light, and every tie not its own, B's tie to C (two of its neighbours) too.
    ['a', ['d'], ['b>c', 'c>d'], ['a>b', 'c>a']],
    ['c', [], ['a>b'], ['c>a', 'b>c', 'c>d']],
    // A node left out: the ties between two of its stand-ins are lit, the rest dimmed.
    ['s', ['a', 'd'], ['a>b', 'c>a', 'c>d'], ['b>c']],
  ] as const)('on %s: nodes %j dimmed, ties %j dimmed and %j not', (id, nodes, dimmed, lit) => {
    const withD = new Map([...neighbours, ['c', new Set([...neighbours.get('c')!, 'd'])], ['d', new Set(['c'])]]);
    const h = highlightOn(id, withD, (n) => n !== 's');
    const tie = (t: string) => ({ source: t.split('>')[0], target: t.split('>')[1] });
    for (const n of ['a', 'b', 'c', 'd']) expect(dimsNode(h, n), n).toBe(h !== null && nodes.includes(n as never));
    for (const t of dimmed) expect(dimsEdge(h, tie(t)), t).toBe(true);
    for (const t of lit) expect(dimsEdge(h, tie(t)), t).toBe(false);
  });

  it('dims a tie exactly where it does not light it (its words drawn at rest fade with it)', () => {
    const h = highlightOn('a', neighbours, drawn)!;
    for (const [source, target] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'd'],
    ])
      expect(dimsEdge(h, { source, target })).toBe(!lightsTie(h, { source, target }));
  });
});

describe("a lit tie's words left out at rest", () => {
  it('show where they overlap no words drawn nor words shown before them, in the order asked', () => {
    const drawnWords = [box(0, 0, 10, 10)];
    const asked = new Map([
      ['over-a-name', box(5, 5, 20, 20)],
      ['clear', box(30, 0, 60, 10)],
      ['over-clear', box(50, 5, 70, 15)],
      ['also-clear', box(80, 0, 90, 10)],
    ]);
    expect([...litWordsShown(drawnWords, asked)]).toEqual(['clear', 'also-clear']);
    expect(litWordsShown(drawnWords, new Map())).toEqual(new Set());
  });

  it('give way to every word drawn, even where two of those overlap each other', () => {
    // Two nodes' words drawn over each other both stand: words over the second stay out.
    const drawnWords = [box(0, 0, 50, 10), box(40, 0, 100, 10)];
    expect(litWordsShown(drawnWords, new Map([['tie', box(90, 5, 120, 15)]]))).toEqual(new Set());
  });

  it('end, whatever the coordinates (huge, infinite, not numbers)', () => {
    const drawnWords = [box(-Infinity, 0, Infinity, 10), box(NaN, 0, NaN, 1)];
    const asked = new Map([
      ['under', box(0, 5, 10, 15)],
      ['huge', box(-1e18, 100, 1e18, 200)],
      ['below', box(0, 300, 10, 310)],
    ]);
    expect([...litWordsShown(drawnWords, asked)]).toEqual(['huge', 'below']);
  });
});
