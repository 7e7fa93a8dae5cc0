import { describe, expect, it } from 'vitest';
import { nextNode } from '../../src/graph/core/keyboard';

const pos = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 300, y: 0 }],
  ['s', { x: 60, y: -80 }],
  ['far', { x: -500, y: 10 }],
]);
const kinds: Record<string, string> = { a: 'bill', b: 'bill', s: 'stakeholder', far: 'bill' };

describe('nextNode', () => {
  it('prefers a neighbour of the same kind that way, then any neighbour, then any node', () => {
    const n = new Set(['b', 's']);
    expect(nextNode('a', 'ArrowRight', pos, n, (id) => kinds[id])).toBe('b');
    expect(nextNode('a', 'ArrowUp', pos, n, (id) => kinds[id])).toBe('s');
    expect(nextNode('a', 'ArrowLeft', pos, n, (id) => kinds[id])).toBe('far');
    expect(nextNode('a', 'ArrowDown', pos, n, (id) => kinds[id])).toBeNull();
  });

  it('ignores other keys and unknown nodes', () => {
    expect(nextNode('a', 'Tab', pos, undefined)).toBeNull();
    expect(nextNode('zz', 'ArrowLeft', pos, undefined)).toBeNull();
  });
});
