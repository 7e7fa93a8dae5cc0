import { describe, expect, it } from 'vitest';
import { detectClauses } from '../../src/ingest/detect';
import type { Work } from '../../src/ingest/detect';

// Issue 15.12: trigger phrases with no sentence end made detection quadratic. Detection counts the
// characters it examines (an injected counter, no clock): doubling the input must about double the
// count, and the count per input character must stay small whatever the text.
const CLAUSE =
  'This act shall become operative only if Assembly Bill 39 of the 2023–24 Regular Session is enacted and takes effect on or before January 1, 2024. ';
const PATHOLOGICAL = [
  ['a trigger with no sentence end', 'contingent on the enactment of '],
  ['an operative-only-if clause with no bill', 'This act shall become operative only if Bill No. '],
  ['a New York trigger with no "takes effect"', 'as proposed in legislative bills numbers S. 1 and '],
  ['a tie-bar list with no end', 'This act does not take effect unless all of the following: (a) '],
  ['references with no sentence end', 'This act shall become operative only if Assembly Bill 39 '],
  ['a double-joint opening with no conditions', 'incorporates amendments to Section 5 '],
  ['real clauses', CLAUSE],
] as const;

function work(text: string): { chars: number; found: number } {
  const w: Work = { chars: 0 };
  const found = detectClauses(text, undefined, { work: w }).length;
  return { chars: w.chars, found };
}

describe('detection cost is linear', () => {
  it.each(PATHOLOGICAL)('%s: twice the text, about twice the work', (_, unit) => {
    const n = Math.ceil(100_000 / unit.length);
    const small = work(unit.repeat(n));
    const large = work(unit.repeat(2 * n));
    expect(large.found).toBe(2 * small.found);
    expect(large.chars / small.chars).toBeLessThan(2.2);
    expect(large.chars / (2 * n * unit.length)).toBeLessThan(12);
  });
});
