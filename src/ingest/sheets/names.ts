/**
 * A bill or stakeholder named in a sheet by its id or by what readers call it: "AB 392", "ab 392"
 * and "AB392" name the bill whose label is "AB 392", as a reporter writes it; "vermont tenants
 * union" the stakeholder named "Vermont Tenants Union". The dataset gets its id. An id still wins.
 */
import { squeezed } from '../../model/billRef';
import { quote } from '../../model/text';
import { listed } from './madeIds';
import type { SheetKind } from './columns';
import type { SheetProblem } from './problems';
import type { Row, Values } from './rows';

/** What is named, and how a name is matched. */
interface Naming {
  /** "bill" or "stakeholder". */
  what: string;
  /** The field readers know it by ("label", "name"). */
  field: string;
  /** The form two names that name the same thing share. */
  fold: (name: string) => string;
  /** The cells of each sheet that may name one (some may name something else too: ids win). */
  cells: Partial<Record<SheetKind, readonly string[]>>;
}

/** A bill by its number, in any case and spacing ("AB 392", "ab392"). */
const BILLS: Naming = {
  what: 'bill',
  field: 'label',
  fold: squeezed,
  cells: { provisions: ['bill'], events: ['bill'], links: ['from', 'to'], positions: ['target'], layout: ['node'] },
};

/** A stakeholder by their name exactly, in any case. */
const STAKEHOLDERS: Naming = {
  what: 'stakeholder',
  field: 'name',
  fold: (name) => name.trim().toLowerCase(),
  cells: { positions: ['stakeholder'] },
};

/** The sheets' bills or stakeholders by label or name, to read one written where its id belongs. */
export class SheetNames {
  private readonly byName = new Map<string, string[]>();

  /**
   * `items`: the rows' values; `ids`: every id the sheets give a bill, provision or stakeholder (a
   * cell holding one names it, whatever a name says); `refused`: the name and id of each row that
   * could not be read (a cell naming one names something not read, and is not said to name nothing).
   */
  private constructor(
    private readonly naming: Naming,
    items: readonly Values[],
    private readonly ids: ReadonlySet<string>,
    refused: Iterable<{ name: string; id: string }>,
  ) {
    const named = [...items.map((b) => ({ name: b[naming.field], id: b.id })), ...refused];
    for (const { name, id } of named) {
      if (typeof name !== 'string' || typeof id !== 'string') continue;
      const key = naming.fold(name);
      const list = this.byName.get(key);
      if (!list) this.byName.set(key, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  }

  /** Bills by label ("AB 392", "ab392"). */
  static bills(bills: readonly Values[], ids: ReadonlySet<string>, refused: Iterable<{ label: string; id: string }> = []): SheetNames {
    return new SheetNames(
      BILLS,
      bills,
      ids,
      [...refused].map(({ label, id }) => ({ name: label, id })),
    );
  }

  /** Stakeholders by name, in any case. */
  static stakeholders(
    stakeholders: readonly Values[],
    ids: ReadonlySet<string>,
    refused: Iterable<{ name: string; id: string }> = [],
  ): SheetNames {
    return new SheetNames(STAKEHOLDERS, stakeholders, ids, refused);
  }

  /** The ids of those `ref` names: none when it is an id, one when it names one, more when it is ambiguous. */
  private candidates(ref: string): readonly string[] {
    return this.ids.has(ref) ? [] : (this.byName.get(this.naming.fold(ref)) ?? []);
  }

  /** True when `ref` is no id and the label or name of several (what names it has been said). */
  ambiguous(ref: string): boolean {
    return this.candidates(ref).length > 1;
  }

  /**
   * The rows of a sheet with each one named by label or name written as its id; a name several
   * share is an error at its cell naming their ids, and the cell is kept as written.
   */
  nameIn(kind: SheetKind, rows: readonly Row[], errors: SheetProblem[]): Row[] {
    const keys = this.naming.cells[kind] ?? [];
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

  /** The id `ref` stands for: the one it is the label or name of, else `ref` as written (for the checks to judge). */
  private read(ref: string, r: Row, key: string, errors: SheetProblem[]): string {
    const found = this.candidates(ref);
    const { what, field } = this.naming;
    if (found.length > 1)
      errors.push({
        sheet: r.sheet,
        row: r.row,
        column: r.header(key),
        message: `${quote(ref)} is the ${field} of ${found.length} ${what}s (${listed(found.map((id) => `"${id}"`))}): write the id of the one meant`,
      });
    return found.length === 1 ? found[0] : ref;
  }
}
