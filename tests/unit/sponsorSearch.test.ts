import { describe, expect, it } from 'vitest';
import { searchNodes } from '../../src/engine';
import { billRows } from '../../src/ui/tableRows';
import type { Dataset } from '../../src/model';

const bill = (id: string, authors: string[]) => ({
  id,
  label: id.toUpperCase(),
  title: `A bill ${id}`,
  authors,
  events: [],
  sources: ['s'],
});
const ds = {
  version: 1,
  id: 'sponsors',
  title: 'Sponsors',
  sources: { s: { url: 'https://example.org', publisher: 'Example' } },
  bills: [bill('hb1', ['Ann Other', 'Frank Liberati']), bill('hb2', ['Frank Liberati', 'Ann Other']), bill('hb3', ['Ann Other'])],
  links: [],
} as unknown as Dataset;

describe('searching by sponsor', () => {
  it('lists the bills a person sponsored before those they co-sponsored', () => {
    expect(searchNodes(ds, 'liberati').map((h) => h.id)).toEqual(['hb2', 'hb1']);
  });

  it('narrows the bill table by sponsor too', () => {
    const filters = { text: 'Liberati', outcome: '', stakeholderKind: '', stance: '', linkKind: '' };
    expect(billRows(ds, null, null, filters as never).rows.map((r) => r.id)).toEqual(['hb1', 'hb2']);
  });
});
