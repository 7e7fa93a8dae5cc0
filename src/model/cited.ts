/** The sources a part of a dataset cites. */
import type { Dataset } from './schema';

/**
 * The ids of the sources cited about `bills`: the bills themselves, their events and tallies, their
 * provisions, the links from or to them, the positions taken on them and who took them, and the
 * dataset's own sources that nothing in particular cites (its licence), in the dataset's order.
 */
export function sourcesCitedFor(ds: Dataset, bills: ReadonlySet<string>): string[] {
  const cited = new Set<string>();
  const anywhere = new Set<string>();
  // Every citation counts as made somewhere; those about the bills count as theirs.
  const cite = (ids: readonly string[] | undefined, theirs: boolean) =>
    ids?.forEach((id) => {
      anywhere.add(id);
      if (theirs) cited.add(id);
    });
  const parts = new Set(bills);
  for (const b of ds.bills) {
    const theirs = bills.has(b.id);
    cite(b.sources, theirs);
    for (const e of b.events ?? []) {
      cite(e.sources, theirs);
      for (const t of e.tallies ?? []) cite(t.sources, theirs);
    }
    for (const p of b.provisions ?? []) {
      if (theirs) parts.add(p.id);
      cite(p.sources, theirs);
    }
  }
  for (const l of ds.links ?? []) cite(l.sources, bills.has(l.from) || l.to.some((t) => bills.has(t)));
  const who = new Set<string>();
  for (const p of ds.positions ?? []) {
    const theirs = parts.has(p.target);
    if (theirs) who.add(p.stakeholder);
    cite(p.sources, theirs);
  }
  for (const s of ds.stakeholders ?? []) cite(s.sources, who.has(s.id));
  return Object.keys(ds.sources).filter((id) => cited.has(id) || !anywhere.has(id));
}

/**
 * The facts that cite no source, as the checks find them when they warn "cites no source", by their
 * paths in the file (`bills[3]`, `bills[3].events[1]`, `links[0]`): bills, events (an event's
 * tallies may cite for it), provisions, links, people and groups, positions and the story's own
 * events. Found in the dataset itself, so a draft (opened with no warnings listed) and a dataset
 * past the listed warnings' cap are counted whole.
 */
export function uncitedPaths(ds: Dataset): string[] {
  const none = (ids: readonly string[] | undefined) => !ids || ids.length === 0;
  const out: string[] = [];
  ds.bills.forEach((b, i) => {
    if (none(b.sources)) out.push(`bills[${i}]`);
    (b.events ?? []).forEach((e, j) => {
      if (none(e.sources) && (e.tallies ?? []).every((t) => none(t.sources))) out.push(`bills[${i}].events[${j}]`);
    });
    (b.provisions ?? []).forEach((p, j) => {
      if (none(p.sources)) out.push(`bills[${i}].provisions[${j}]`);
    });
  });
  for (const list of ['links', 'stakeholders', 'positions', 'context'] as const)
    (ds[list] ?? []).forEach((f, i) => {
      if (none(f.sources)) out.push(`${list}[${i}]`);
    });
  return out;
}
