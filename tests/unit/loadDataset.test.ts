import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/shell/loadDataset';
import { loadWithFallback } from '../../src/shell/loadDataset';
import { foundingDataset } from '../fixtures/datasets';

const ok: LoadResult = { ok: true, dataset: foundingDataset(), warnings: [] };
const broken: LoadResult = { ok: false, message: 'There is no built-in dataset "gone".', details: ['x'] };

describe('loadWithFallback', () => {
  it('reports the dataset that opened, not the one that failed', async () => {
    const asked: string[] = [];
    const opened = await loadWithFallback('gone', 'ca-2019-deadly-force', async (ref) => (asked.push(ref), ref === 'gone' ? broken : ok));
    expect(asked).toEqual(['gone', 'ca-2019-deadly-force']);
    expect(opened.ref).toBe('ca-2019-deadly-force');
    expect(opened.failed).toEqual({ message: broken.message, details: ['x'] });
  });

  it('keeps the requested ref when it opens, and gives none when even the fallback fails', async () => {
    expect((await loadWithFallback('mine', 'ca', async () => ok)).ref).toBe('mine');
    const none = await loadWithFallback('gone', 'ca', async () => broken);
    expect(none.ref).toBeNull();
    expect(none.result.ok).toBe(false);
  });
});
