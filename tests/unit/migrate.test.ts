import { describe, expect, it } from 'vitest';
import type { Migration } from '../../src/model/migrate';
import { MIGRATIONS, migrateToCurrent } from '../../src/model/migrate';
import { SCHEMA_VERSION, validateDataset } from '../../src/model';

// A chain of steps shaped like real ones (renaming and reshaping fields), run against the
// mechanism with a target above the current version; the shipped list is checked separately.
const chain: Migration[] = [
  {
    from: 1,
    describe: 'links[].target became links[].to (a list)',
    migrate: (d) => ({ ...d, links: (d.links as Array<Record<string, unknown>>).map(({ target, ...l }) => ({ ...l, to: [target] })) }),
  },
  {
    from: 2,
    describe: 'bills[].name became bills[].title',
    migrate: (d) => ({ ...d, bills: (d.bills as Array<Record<string, unknown>>).map(({ name, ...b }) => ({ ...b, title: name })) }),
  },
];

describe('migrateToCurrent', () => {
  it('applies every step in order, without touching the input', () => {
    const doc = { schemaVersion: 1, bills: [{ id: 'a', name: 'A' }], links: [{ id: 'l', target: 'b' }] };
    const before = JSON.stringify(doc);
    const r = migrateToCurrent(doc, chain, 3);
    expect(r).toEqual({
      ok: true,
      doc: { schemaVersion: 3, bills: [{ id: 'a', title: 'A' }], links: [{ id: 'l', to: ['b'] }] },
      applied: ['1 -> 2: links[].target became links[].to (a list)', '2 -> 3: bills[].name became bills[].title'],
    });
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('starts from the document version', () => {
    const r = migrateToCurrent({ schemaVersion: 2, bills: [{ id: 'a', name: 'A' }] }, chain, 3);
    expect(r.ok && r.applied).toEqual(['2 -> 3: bills[].name became bills[].title']);
  });

  it('refuses a version with no path forward, saying so', () => {
    expect(migrateToCurrent({ schemaVersion: 0 }, chain, 3)).toEqual({
      ok: false,
      message: 'schema 0 is too old: this Tiebar has no migration from it (it reads 3)',
    });
  });

  it('the shipped steps cover every version below the current one', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS.some((m) => m.from === v)).toBe(true);
  });

  it('current documents pass through unchanged, and a newer one is refused', () => {
    expect(migrateToCurrent({ schemaVersion: SCHEMA_VERSION })).toEqual({ ok: true, doc: { schemaVersion: SCHEMA_VERSION }, applied: [] });
    const r = validateDataset({ schemaVersion: SCHEMA_VERSION + 1 });
    expect(r.ok ? '' : r.errors[0].message).toMatch(/made by a newer Tiebar/);
  });
});
