import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';

const calls = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/engine/explain', async (original) => {
  const real = await original<typeof import('../../src/engine/explain')>();
  return {
    ...real,
    explain: (...args: Parameters<typeof real.explain>) => {
      calls.n++;
      return real.explain(...args);
    },
  };
});

const { evaluate, stuckLaws } = await import('../../src/engine');
const { parseDatasetText } = await import('../../src/model');

describe('the session finder', () => {
  it("explains a stuck law only when its row is read (a session's thousands of rows cost nothing until shown)", () => {
    const r = parseDatasetText(readFileSync('public/data/mi-2019-2020.json', 'utf8'));
    if (!r.ok) throw new Error('built-in invalid');
    const laws = stuckLaws(evaluate(r.dataset, { assumptions: {} }));
    expect(laws.length).toBeGreaterThan(2);
    expect(calls.n).toBe(0);
    expect(laws[0].sentence).toContain(laws[0].label);
    expect(laws[0].sources.length).toBeGreaterThan(0);
    expect(calls.n).toBe(1);
  });
});
