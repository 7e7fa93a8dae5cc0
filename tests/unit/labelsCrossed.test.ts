import { describe, expect, it } from 'vitest';
import { labelsCrossed, linkLabelsKept } from '../../src/graph/core/crossings';
import { linePoints } from '../../src/graph/svg/svgLabels';

const box = (x: number, y: number) => ({ x0: x - 20, y0: y - 6, x1: x + 20, y1: y + 6 });

describe('labels a line runs through (SVG)', () => {
  it("finds a label another line crosses, never a line's own label, and leaves labels off the lines", () => {
    const lines = [
      { id: 'a', points: linePoints('M0,0 L200,0')! },
      { id: 'b', points: linePoints('M100,-50 Q100,0 100,50')! },
    ];
    const boxes = new Map([
      ['a', box(100, 0)], // on both lines: b crosses it
      ['b', box(100, 30)], // on b only: its own line
      ['c', box(300, 300)], // on none
    ]);
    expect([...labelsCrossed(lines, boxes)]).toEqual(['a']);
  });

  it('never counts a tie against the words of its reverse: two bills tie-barred to each other keep one line of words', () => {
    const [there, back] = [linePoints('M0,0 L200,0')!, linePoints('M200,0 L0,0')!];
    const lines = [
      { id: 'ab', points: there },
      { id: 'ba', points: back },
      { id: 'cd', points: linePoints('M100,-50 L100,50')! },
    ];
    const boxes = new Map([
      ['ab', box(60, 0)],
      ['ba', box(160, 0)],
      ['cd', box(100, 40)],
    ]);
    const ends = new Map([
      ['ab', 'a\nb'],
      ['ba', 'a\nb'],
      ['cd', 'c\nd'],
    ]);
    expect([...labelsCrossed(lines, boxes, ends)]).toEqual([]);
    // Without knowing the two are one pair, each line runs through the other's words.
    expect([...labelsCrossed(lines, boxes)].sort()).toEqual(['ab', 'ba']);
  });

  it('ends at session size: 10,000 lines of up to 400 samples against 10,000 labels (checking every pair never ended)', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => ({ id: `l${i}`, points: linePoints(`M0,${i * 10} L4000,${i * 10}`)! }));
    // Lines down the middle (1,000 units each, sampled every 4) cross the labels centred on x = 2000, and no other.
    for (let k = 0; k < 100; k++) lines.push({ id: `v${k}`, points: linePoints(`M2000,${k * 1000 - 5} L2000,${(k + 1) * 1000 + 5}`)! });
    const boxes = new Map(Array.from({ length: 10_000 }, (_, i) => [`l${i}`, box((i % 100) * 40, i * 10)] as const));
    const expected = [...boxes.keys()].filter((id) => Number(id.slice(1)) % 100 === 50);
    expect(expected).toHaveLength(100);
    expect([...labelsCrossed(lines, boxes)].sort()).toEqual(expected.sort());
  });
});

describe("the links' words kept at rest (linkLabelsKept, both renderers)", () => {
  const none = () => [];
  it('give way to every box taken, even where two of those overlap each other', () => {
    // Two bills drawn over each other: both stand, and words over the second stay out.
    const taken = [
      { x0: 0, y0: 0, x1: 120, y1: 52 },
      { x0: 80, y0: 0, x1: 200, y1: 52 },
    ];
    const boxes = new Map([
      ['over-the-second', { x0: 150, y0: 40, x1: 250, y1: 60 }],
      ['clear', { x0: 300, y0: 40, x1: 400, y1: 60 }],
      ['over-clear', { x0: 390, y0: 50, x1: 450, y1: 70 }],
    ]);
    expect([...linkLabelsKept(taken, boxes, none, new Map())]).toEqual(['clear']);
  });
});
