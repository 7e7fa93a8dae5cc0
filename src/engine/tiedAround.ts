/** The bills a story of one bill shows: the bill, what it hangs on, and what hangs on it. */
import type { CompiledRecord } from './compile';
import { conditionTargets } from './compile';

/**
 * `id` first, then the bills it hangs on straight, then the bills that hang on it straight, each
 * once (an unknown id gives none).
 */
export function tiedAround(record: CompiledRecord, id: string): string[] {
  const i = record.index.get(id);
  if (i === undefined) return [];
  const { dependentsStart, dependents, condFrom, dataset } = record;
  const out = new Set<number>([i, ...conditionTargets(record, i)]);
  for (let k = dependentsStart[i]; k < dependentsStart[i + 1]; k++) out.add(condFrom[dependents[k]]);
  return [...out].map((b) => dataset.bills[b].id);
}
