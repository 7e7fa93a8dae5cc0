/** The sources a part of a dataset cites. */
import type { Dataset } from './schema';

/**
 * The ids of the sources cited about `bills`: the bills themselves, their events and tallies, their
 * provisions, the links from or to them, and the positions taken on them (in the dataset's order of sources).
 */
export function sourcesCitedFor(ds: Dataset, bills: ReadonlySet<string>): string[] {
  const cited = new Set<string>();
  const add = (ids: readonly string[] | undefined) => ids?.forEach((id) => cited.add(id));
  const parts = new Set(bills);
  for (const b of ds.bills) {
    if (!bills.has(b.id)) continue;
    add(b.sources);
    for (const e of b.events ?? []) {
      add(e.sources);
      for (const t of e.tallies ?? []) add(t.sources);
    }
    for (const p of b.provisions ?? []) {
      parts.add(p.id);
      add(p.sources);
    }
  }
  for (const l of ds.links ?? []) if (bills.has(l.from) || l.to.some((t) => bills.has(t))) add(l.sources);
  for (const p of ds.positions ?? []) if (parts.has(p.target)) add(p.sources);
  return Object.keys(ds.sources).filter((id) => cited.has(id));
}
