/** Pure dataset edits for the editor: ids made from labels, immutable updates by path, new facts. */
import { labelId } from './ids';
import { MAX_ID_CHARS } from './limits';
import type { Bill, Dataset, Link, LinkKind, Position, Source, Stakeholder } from './schema';
import { SCHEMA_VERSION } from './version';

/** A dataset being written: dataset-shaped, but possibly not valid yet (empty titles, dangling ids). */
export type Draft = Dataset;

/** One step of a JSON path: an object key or an array index. */
export type PathKey = string | number;

/**
 * `base`, or `base-2`, `base-3`... whichever is not taken yet, and never longer than an id may be:
 * a long base is cut to leave room (a provision's id is its bill's id and its label's, each up to
 * an id's length).
 */
export function uniqueId(base: string, taken: Iterable<string>): string {
  // A set is used as given: a sheets import makes ids for many bills against one set.
  const used = taken instanceof Set ? (taken as ReadonlySet<string>) : new Set(taken);
  const fit = (suffix: string) => `${base.slice(0, MAX_ID_CHARS - suffix.length).replace(/-+$/, '')}${suffix}`;
  if (!used.has(fit(''))) return fit('');
  for (let n = 2; ; n++) if (!used.has(fit(`-${n}`))) return fit(`-${n}`);
}

/** Every id a new bill, provision, stakeholder or link must not reuse. */
export function takenIds(draft: Draft): string[] {
  const ids: string[] = [];
  for (const b of draft.bills) {
    ids.push(b.id);
    for (const p of b.provisions ?? []) ids.push(p.id);
  }
  for (const s of draft.stakeholders ?? []) ids.push(s.id);
  for (const l of draft.links ?? []) ids.push(l.id);
  return ids;
}

/** A new, empty dataset: a title to fill in, no sources, no bills yet. */
export function newDraft(title = ''): Draft {
  return { schemaVersion: SCHEMA_VERSION, id: title ? labelId(title) : 'untitled', title, sources: {}, bills: [] };
}

/**
 * Sets the value at `path` without touching the original; `undefined` removes an object key
 * (an optional field left empty) and splices an array item out.
 */
export function setIn<T>(root: T, path: readonly PathKey[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = root.slice();
    const i = key as number;
    if (rest.length === 0 && value === undefined) copy.splice(i, 1);
    else copy[i] = setIn(copy[i], rest, value);
    return copy as T;
  }
  const obj = (root ?? {}) as Record<string, unknown>;
  const next = rest.length === 0 ? value : setIn(obj[key as string], rest, value);
  if (next === undefined) {
    const { [key as string]: _gone, ...kept } = obj;
    return kept as T;
  }
  return { ...obj, [key as string]: next } as T;
}

/** The value at `path`, or undefined. */
export function getIn(root: unknown, path: readonly PathKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PathKey, unknown>)[key];
  }
  return at;
}

/** Whether the id is still the one made from the title (so a new title moves it). */
export function idFollowsTitle(draft: Draft): boolean {
  return draft.id === 'untitled' || draft.id === labelId(draft.title);
}

/**
 * Sets the title; while the id was still made from the old title, it follows the new one, unless
 * `idFixed` (the draft was opened or published at its id: a new id would break those addresses).
 */
export function setTitle(draft: Draft, title: string, idFixed = false): Draft {
  const follows = !idFixed && idFollowsTitle(draft);
  return { ...draft, title, id: follows && title.trim() ? labelId(title) : draft.id };
}

/** The id a new bill gets: made from its label ("AB 392" -> "ab392"), unique among `taken` ("ab392-2"). */
export function newBillId(label: string, taken: Iterable<string>): string {
  return uniqueId(labelId(label), taken);
}

/** Adds a bill with its id made from its label; returns the draft and the new id. */
export function addBill(draft: Draft, label: string, title = ''): [Draft, string] {
  const id = newBillId(label, takenIds(draft));
  const bill: Bill = { id, label, title };
  return [{ ...draft, bills: [...draft.bills, bill] }, id];
}

/** The id a new stakeholder gets: made from their name ("ACLU of California" -> "aclu-of-california"), unique among `taken`. */
export function newStakeholderId(name: string, taken: Iterable<string>): string {
  return uniqueId(labelId(name), taken);
}

/** The id a new link gets: made from both ends ("sb230" on "ab392" -> "sb230-on-ab392"), unique among `taken`. */
export function newLinkId(from: string, to: readonly string[], taken: Iterable<string>): string {
  return uniqueId(labelId(`${from}-on-${to.join('-')}`), taken);
}

/** Adds a stakeholder with its id made from its name. */
export function addStakeholder(draft: Draft, name: string, kind: Stakeholder['kind'] = 'other'): [Draft, string] {
  const id = newStakeholderId(name, takenIds(draft));
  return [{ ...draft, stakeholders: [...(draft.stakeholders ?? []), { id, name, kind }] }, id];
}

/** Adds a source (ids S1, S2... as the fact sheets number them); an already known URL is reused. */
export function addSource(draft: Draft, source: Source): [Draft, string] {
  const known = Object.entries(draft.sources).find(([, s]) => s.url === source.url);
  if (known) return [draft, known[0]];
  const id = uniqueId(`S${Object.keys(draft.sources).length + 1}`, Object.keys(draft.sources));
  return [{ ...draft, sources: { ...draft.sources, [id]: source } }, id];
}

/**
 * What a new tie of `kind` asks of the bills it names when nothing else is said: a tie-bar's
 * wording asks that they be enacted ("does not take effect unless ... are enacted into law";
 * shared/facts/link-mechanics.md), so it starts at `enactment`; other kinds at the dataset's
 * default (none: that they take effect). The editor's "New link" and a sheet's blank `requires`
 * cell both start here.
 */
export function newLinkRequires(kind: LinkKind): Link['requires'] {
  return kind === 'tie-bar' ? 'enactment' : undefined;
}

/**
 * Adds a link from one bill to others, its id made from both ends ("sb230-on-ab392"). A tie made
 * here is unchecked (`clauseVerified: false`) until `extra` says otherwise: the unticked box means
 * one thing, however the tie was made (an absent flag reads as checked, as datasets on disk mean it).
 */
export function addLink(draft: Draft, kind: LinkKind, from: string, to: string[], extra: Partial<Link> = {}): [Draft, string] {
  const id = newLinkId(from, to, takenIds(draft));
  const link: Link = { id, kind, from, to, ...extra, clauseVerified: extra.clauseVerified ?? false };
  return [{ ...draft, links: [...(draft.links ?? []), link] }, id];
}

/** Adds a stakeholder's stance on a bill. */
export function addPosition(draft: Draft, position: Position): Draft {
  return { ...draft, positions: [...(draft.positions ?? []), position] };
}

/** Removes a bill and every link, position and layout entry that names it. */
export function removeBill(draft: Draft, id: string): Draft {
  const links = (draft.links ?? [])
    .map((l) => ({ ...l, to: l.to.filter((t) => t !== id) }))
    .filter((l) => l.from !== id && l.to.length > 0);
  const positions = (draft.positions ?? []).filter((p) => p.target !== id);
  return { ...draft, bills: draft.bills.filter((b) => b.id !== id), links, positions };
}

/** Removes a stakeholder and their positions. */
export function removeStakeholder(draft: Draft, id: string): Draft {
  return {
    ...draft,
    stakeholders: (draft.stakeholders ?? []).filter((s) => s.id !== id),
    positions: (draft.positions ?? []).filter((p) => p.stakeholder !== id),
  };
}

/** A tie found in a bill's text, as the editor hands it over (the detector's result, simplified). */
export interface FoundTie {
  /** The link kind. */
  kind: LinkKind;
  /** The measures it names: their ids and labels as written. */
  targets: Array<{ id: string; label: string; kind?: Bill['kind'] }>;
  /** The clause, quoted exactly. */
  clause: string;
  /** Deadline, section and order when the clause states them. */
  deadline?: string;
  /** Double-joint: the section both bills amend. */
  section?: string;
  /** Double-joint: which version prevails. */
  order?: 'after';
  /** `enactment` when the clause asks only that the measures be enacted (Michigan's tie-bar). */
  requires?: 'enactment';
}

/** Accepts a found tie on bill `from`: adds each named bill that is missing, then the link (unverified, as addLink makes it). */
export function acceptTie(draft: Draft, from: string, tie: FoundTie, added?: string): [Draft, string] {
  let next = draft;
  for (const t of tie.targets) {
    if (next.bills.some((b) => b.id === t.id)) continue;
    const bill: Bill = { id: t.id, label: t.label, title: t.label, ...(t.kind && t.kind !== 'bill' ? { kind: t.kind } : {}) };
    next = { ...next, bills: [...next.bills, bill] };
  }
  const extra: Partial<Link> = { clause: tie.clause };
  if (tie.deadline) extra.deadline = tie.deadline;
  if (tie.section) extra.section = tie.section;
  if (tie.order) extra.order = tie.order;
  if (tie.requires) extra.requires = tie.requires;
  if (added) extra.added = added;
  return addLink(
    next,
    tie.kind,
    from,
    tie.targets.map((t) => t.id),
    extra,
  );
}
