/** Search across bills, provisions and stakeholders. */
import type { Dataset } from '../model/schema';

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

/**
 * Case-insensitive search by label or number, title words (all of them, in any order) and sponsor;
 * labels that start with the query come first, and a bill's first sponsor before its co-sponsors.
 */
export function searchNodes(ds: Dataset, query: string, limit = 20): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: Array<SearchHit & { rank: number }> = [];
  const consider = (hit: SearchHit, ...texts: Array<string | undefined>) => {
    let rank = Infinity;
    texts.forEach((t, i) => {
      const at = t?.toLowerCase().indexOf(q) ?? -1;
      if (at >= 0) rank = Math.min(rank, i * 2 + (at === 0 ? 0 : 1));
    });
    // Several words: each must appear somewhere (title words in any order, a sponsor's name).
    if (rank === Infinity && words.length > 1) {
      const all = texts.join(' ').toLowerCase();
      if (words.every((w) => all.includes(w))) rank = texts.length * 2;
    }
    if (rank < Infinity) hits.push({ ...hit, rank });
  };
  const words = q.split(/\s+/);
  for (const b of ds.bills) {
    consider(
      { id: b.id, kind: 'bill', label: b.label, detail: b.title },
      b.label,
      b.title,
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
