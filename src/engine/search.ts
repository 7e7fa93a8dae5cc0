/** Search across bills, provisions and stakeholders. */
import type { Dataset } from '../model/schema';
import { wholeTitle } from '../model/text';

/** A search hit. */
export interface SearchHit {
  /** Node id. */
  id: string;
  /** What it is. */
  kind: 'bill' | 'provision' | 'stakeholder';
  /** Short label. */
  label: string;
  /** A second line (title, bill, kind). */
  detail: string;
}

/** A bill's number as a reader types one ("SB 418", "sb418", "HJR F"): matched whole, never as scattered words. */
const BILL_NUMBER = /^[a-z]{1,4}\s*\d+$|^[a-z]{1,4}\s+[a-z]$/;

/** A bill's number written with stops ("H.B. 4638", "s.b.418"), as the address's `focus` reads it too. */
const STOPPED_NUMBER = /^((?:[a-z]\. ?){1,4}) ?(\d+)$/;

/** A query as matched: trimmed, lower case, its spaces (a no-break one among them) single, a bill's number without its stops. */
const normal = (query: string) => {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  const stopped = STOPPED_NUMBER.exec(q);
  return stopped ? `${stopped[1].replace(/[. ]/g, '')} ${stopped[2]}` : q;
};

/**
 * How well a query (normal) matches a record's texts, lower first: found in one of them (2 x its
 * place; -1 where it is that whole text, +1 where it is not at its start), else each of its words
 * somewhere in any order (2 x the number of texts); Infinity where it does not match. One rule for
 * every box that finds things: the header's search, the what-if finder and the tables' filter.
 */
export function matchRank(q: string, ...texts: Array<string | undefined>): number {
  let rank = Infinity;
  texts.forEach((t, i) => {
    const at = t?.toLowerCase().indexOf(q) ?? -1;
    // The whole text, before one it only starts ("HB 500" before "HB 5000").
    if (at === 0 && t!.length === q.length) rank = Math.min(rank, i * 2 - 1);
    else if (at >= 0) rank = Math.min(rank, i * 2 + (at === 0 ? 0 : 1));
  });
  if (rank < Infinity || BILL_NUMBER.test(q)) return rank;
  const words = q.split(/\s+/);
  if (words.length < 2) return rank;
  const all = texts.join(' ').toLowerCase();
  return words.every((w) => all.includes(w)) ? texts.length * 2 : Infinity;
}

/** Whether `query` (any case, any spaces round it) finds a record with these texts; an empty query finds every one. */
export function matchesText(query: string, ...texts: Array<string | undefined>): boolean {
  const q = normal(query);
  return !q || matchRank(q, ...texts) < Infinity;
}

/**
 * Case-insensitive search by label or number, title words (all of them, in any order) and sponsor;
 * labels that start with the query come first, and a bill's first sponsor before its co-sponsors.
 */
export function searchNodes(ds: Dataset, query: string, limit = 20): SearchHit[] {
  const q = normal(query);
  if (!q) return [];
  const hits: Array<SearchHit & { rank: number }> = [];
  const consider = (hit: SearchHit, ...texts: Array<string | undefined>) => {
    const rank = matchRank(q, ...texts);
    if (rank < Infinity) hits.push({ ...hit, rank });
  };
  for (const b of ds.bills) {
    consider(
      { id: b.id, kind: 'bill', label: b.label, detail: b.title },
      b.label,
      wholeTitle(b),
      b.label.replace(/\s+/g, ''),
      b.authors?.[0],
      b.authors?.slice(1).join(', '),
    );
    for (const p of b.provisions ?? [])
      consider({ id: p.id, kind: 'provision', label: p.label, detail: `provision of ${b.label}` }, p.label, p.description);
  }
  for (const s of ds.stakeholders ?? [])
    consider({ id: s.id, kind: 'stakeholder', label: s.name, detail: s.kind.replace(/-/g, ' ') }, s.name, s.note);
  return hits
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((h): SearchHit => ({ id: h.id, kind: h.kind, label: h.label, detail: h.detail }));
}
