/**
 * A bill named in a sheet by its id or by its number: "AB 392", "ab 392" and "AB392" name the bill
 * whose label is "AB 392", as a reporter writes it, and the dataset gets its id. An id still wins.
 */
import { squeezed } from '../../model/billRef';
import { quote } from '../../model/text';
import { listed } from './billIds';
import type { SheetKind } from './columns';
import type { SheetProblem } from './problems';
import type { Row, Values } from './rows';

/** The cells of each sheet that may name a bill (some may name a provision or stakeholder too: their ids win). */
const NAMING: Partial<Record<SheetKind, readonly string[]>> = {
  provisions: ['bill'],
  events: ['bill'],
  links: ['from', 'to'],
  positions: ['target'],
  layout: ['node'],
};

/** The sheets' bills by label, to read a bill's number written where its id belongs. */
export class BillNames {
  private readonly byLabel = new Map<string, string[]>();

  /**
   * `ids`: every id the sheets give a bill, provision or stakeholder (a cell holding one names it,
   * whatever a label says); `refused`: the label and id of each bills row that could not be read
   * (a cell naming one names something not read, and is not said to name nothing).
   */
  constructor(
    bills: readonly Values[],
    private readonly ids: ReadonlySet<string>,
    refused: Iterable<{ label: string; id: string }> = [],
  ) {
    const named = [...bills.map((b) => ({ label: b.label, id: b.id })), ...refused];
    for (const { label, id } of named) {
      if (typeof label !== 'string' || typeof id !== 'string') continue;
      const key = squeezed(label);
      const list = this.byLabel.get(key);
      if (!list) this.byLabel.set(key, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  }

  /** The ids of the bills `ref` names by label: none when it is an id, one when it names a bill, more when it is ambiguous. */
  private candidates(ref: string): readonly string[] {
    return this.ids.has(ref) ? [] : (this.byLabel.get(squeezed(ref)) ?? []);
  }

  /** True when `ref` is no id and the label of several bills (what names it has been said). */
  ambiguous(ref: string): boolean {
    return this.candidates(ref).length > 1;
  }

  /**
   * The rows of a sheet with each bill named by label written as its id; a label several bills
   * share is an error at its cell naming their ids, and the cell is kept as written.
   */
  nameIn(kind: SheetKind, rows: readonly Row[], errors: SheetProblem[]): Row[] {
    const keys = NAMING[kind] ?? [];
    return rows.map((r) => {
      let values: Values | undefined;
      for (const key of keys) {
        const cell = r.values[key];
        const read = (ref: unknown) => (typeof ref === 'string' ? this.read(ref, r, key, errors) : ref);
        const named = Array.isArray(cell) ? cell.map(read) : read(cell);
        const changed = Array.isArray(cell) ? cell.some((c, i) => c !== (named as unknown[])[i]) : named !== cell;
        if (changed) (values ??= { ...r.values })[key] = named;
      }
      return values ? { ...r, values } : r;
    });
  }

  /** The id `ref` stands for: the one bill it is the label of, else `ref` as written (for the checks to judge). */
  private read(ref: string, r: Row, key: string, errors: SheetProblem[]): string {
    const found = this.candidates(ref);
    if (found.length > 1)
      errors.push({
        sheet: r.sheet,
        row: r.row,
        column: r.header(key),
        message: `${quote(ref)} is the label of ${found.length} bills (${listed(found.map((id) => `"${id}"`))}): write the id of the one meant`,
      });
    return found.length === 1 ? found[0] : ref;
  }
}
