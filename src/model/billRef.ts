/** A bill named as a reader names it, found in a dataset. */
import type { Bill, Dataset } from './schema';
import { suggest } from './problems';

/** A bill's number without its case, spaces or dots: "H.B. 4638", "HB 4638" and "hb4638" alike (an address's `focus` reads one so too). */
export const squeezed = (s: string) => s.toLowerCase().replace(/[\s.]+/g, '');

/** The bill `ref` names: its id, else its label in any case and spacing ("HB 4638", "hb 4638"). */
export function findBill(ds: Pick<Dataset, 'bills'>, ref: string): Bill | undefined {
  const key = squeezed(ref);
  return ds.bills.find((b) => b.id === ref) ?? ds.bills.find((b) => squeezed(b.label) === key || b.id === key);
}

/** Why `ref` names no bill, with the nearest label when one is close: `no bill "HB 4683" (did you mean "HB 4638"?)`. */
export function noBill(ds: Pick<Dataset, 'bills'>, ref: string): string {
  const labels = new Map(ds.bills.map((b) => [squeezed(b.label), b.label]));
  const near = suggest(squeezed(ref), labels.keys());
  return `no bill "${ref}"${near ? ` (did you mean "${labels.get(near)}"?)` : ''}`;
}
