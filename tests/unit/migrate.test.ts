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

  /** The versions below `current` that a table cannot bring up to it (a missing or duplicated step). */
  const gaps = (table: readonly Migration[], current: number) => {
    const out: number[] = [];
    for (let v = 1; v < current; v++) {
      if (
        table.filter((m) => m.from === v).length !== 1 ||
        !migrateToCurrent({ schemaVersion: v, bills: [], links: [] }, table, current).ok
      )
        out.push(v);
    }
    return out;
  };

  it('the coverage check finds a missing or doubled step (it is not vacuous)', () => {
    expect(gaps(chain, 3)).toEqual([]);
    expect(gaps([chain[1]], 3)).toEqual([1]);
    expect(gaps([chain[0], chain[0], chain[1]], 3)).toEqual([1]);
    expect(gaps(chain, 4)).toEqual([1, 2, 3]); // no step from 3: nothing reaches 4
  });

  it('the shipped steps bring every older version to the current one: exactly one step per version', () => {
    expect(gaps(MIGRATIONS, SCHEMA_VERSION)).toEqual([]);
    // Bumping the schema without a step fails here (at version 1 the list is rightly empty).
    expect(MIGRATIONS.map((m) => m.from).sort()).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it('current documents pass through unchanged, and a newer one is refused', () => {
    expect(migrateToCurrent({ schemaVersion: SCHEMA_VERSION })).toEqual({ ok: true, doc: { schemaVersion: SCHEMA_VERSION }, applied: [] });
    const r = validateDataset({ schemaVersion: SCHEMA_VERSION + 1 });
    expect(r.ok ? '' : r.errors[0].message).toMatch(/made by a newer Tiebar/);
  });
});
