import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/model';
import { bill, dataset } from '../fixtures/datasets';

// A bill's text may be as large as a real budget bill (New York's run to 4 MB), up to 8 MB; the
// other text limits stay as they were.
function errorsFor(change: (b: Record<string, unknown>) => void): string[] {
  const d = dataset([bill('ab392', 'enacted'), bill('sb230', 'enacted')]) as unknown as { bills: Array<Record<string, unknown>> };
  change(d.bills[0]);
  const r = validateDataset(d);
  return r.ok ? [] : r.errors.map(formatProblem);
}

describe("a bill's text", () => {
  it('may hold a 4 MB budget bill', () => {
    expect(errorsFor((b) => (b.text = 'x'.repeat(4 * 1024 * 1024)))).toEqual([]);
  });

  it('is refused past 8 MB, with the limit named', () => {
    expect(errorsFor((b) => (b.text = 'x'.repeat(8 * 1024 * 1024 + 1)))).toEqual([
      'bills[0].text: a string of 8388609 characters is too long (at most 8388608)',
    ]);
  });

  it('leaves the other limits alone: a title is still at most 500 characters, any other string at most 1 MB', () => {
    expect(errorsFor((b) => (b.title = 'x'.repeat(501)))).toEqual([
      'bills[0].title: must be at most 500 characters (it has 501 characters)',
    ]);
    expect(errorsFor((b) => (b.summary = 'x'.repeat(2 * 1024 * 1024)))).toEqual([
      'bills[0].summary: a string of 2097152 characters is too long (at most 1048576)',
    ]);
  });
});
