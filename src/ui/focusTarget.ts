/** What a focused id names in a dataset: a bill, a provision, a stakeholder or a link. */
import type { Dataset } from '../model';

/** What a focus id points at. */
export type FocusTarget =
  | { kind: 'bill'; index: number }
  | { kind: 'provision'; bill: number; index: number }
  | { kind: 'stakeholder'; index: number }
  | { kind: 'link'; index: number };

/** Finds what an id names in a dataset. */
export function findTarget(ds: Dataset, id: string): FocusTarget | null {
  for (let b = 0; b < ds.bills.length; b++) {
    if (ds.bills[b].id === id) return { kind: 'bill', index: b };
    const p = ds.bills[b].provisions?.findIndex((x) => x.id === id) ?? -1;
    if (p >= 0) return { kind: 'provision', bill: b, index: p };
  }
  const s = ds.stakeholders?.findIndex((x) => x.id === id) ?? -1;
  if (s >= 0) return { kind: 'stakeholder', index: s };
  const l = ds.links?.findIndex((x) => x.id === id) ?? -1;
  return l >= 0 ? { kind: 'link', index: l } : null;
}
