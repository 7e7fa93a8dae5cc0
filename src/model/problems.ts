/** Validation problems: an error or warning tied to a JSON path. */
import { clipKey } from './text';

/** One finding about a dataset, located by its JSON path. */
export interface Problem {
  /** JSON path such as `links[3].to[0]`; empty for the whole document. */
  path: string;
  /** Plain words: what is wrong and what was expected. */
  message: string;
}

/** What a warning about a fact that cites nothing says to do, in the file's terms (the editor and the sheets reword it in theirs). */
export const CITE_HINT = ' (add "sources": ["S1", ...])';

/** Formats a path of keys and indexes as `links[3].to`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? clipKey(String(key)) : `.${clipKey(String(key))}`;
  }
  return out;
}

/** `path: message`, or just the message at the top level. */
export function formatProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** Edit distance, capped: returns max+1 as soon as it is exceeded. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The closest known id to a mistyped one, if any is close (e.g. "ab329" -> "ab392"). A candidate
 * in `avoid` (already used beside the mistyped one, as another target of the same link) is named
 * only when no other is close.
 */
export function suggest(wrong: string, known: Iterable<string>, avoid?: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestRank = Infinity;
  for (const candidate of known) {
    const d = editDistance(wrong, candidate, 2);
    if (d > 2) continue;
    // Any candidate not avoided ranks before every avoided one.
    const rank = avoid?.has(candidate) ? d + 3 : d;
    if (rank < bestRank) {
      best = candidate;
      bestRank = rank;
    }
  }
  return best;
}
