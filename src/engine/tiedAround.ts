/** The bills a story of one bill shows: the bill, what it hangs on, and what hangs on it. */
import type { CompiledRecord } from './compile';

/**
 * `id` first, then the bills it hangs on straight, then the bills that hang on it straight, each
 * once (an unknown id gives none).
 */
export function tiedAround(record: CompiledRecord, id: string): string[] {
  const i = record.index.get(id);
  if (i === undefined) return [];
  const { conditionsStart, conditions, condTo, dependentsStart, dependents, condFrom, dataset } = record;
  const out = new Set<number>([i]);
  for (let k = conditionsStart[i]; k < conditionsStart[i + 1]; k++) out.add(condTo[conditions[k]]);
  for (let k = dependentsStart[i]; k < dependentsStart[i + 1]; k++) out.add(condFrom[dependents[k]]);
  return [...out].map((b) => dataset.bills[b].id);
}
