/** Bills given with no id: each gets the one the editor gives a new bill, made from its label, and one note says so. */
import { newBillId } from '../../model/edit';
import { groupDigits } from '../../model/numbers';
import { quote } from '../../model/text';
import type { ColumnSpec, SheetKind } from './columns';
import type { SheetProblem } from './problems';
import type { Row } from './rows';

/** How many rows a note names before it only counts the rest. */
const LISTED = 5;

/** "a, b and 3 more": the first few items, the rest counted. */
export function listed(items: readonly string[]): string {
  const more = items.length - LISTED;
  return more > 0 ? `${items.slice(0, LISTED).join(', ')} and ${groupDigits(more)} more` : items.join(', ');
}

const labelOf = (r: Row) => (typeof r.values.label === 'string' ? r.values.label.trim() : '');

/**
 * The bills rows with an id for each: one left blank is made from the label, unique among `taken`
 * (every id the sheets give, so a bill takes no stakeholder's or link's id), and one warning names
 * the ids made. A row with no label either is left out, with one error naming all such rows.
 */
export function fillBillIds(bills: readonly Row[], taken: Set<string>, errors: SheetProblem[], warnings: SheetProblem[]): Row[] {
  const made: Array<{ r: Row; id: string }> = [];
  const nameless: Row[] = [];
  const kept: Row[] = [];
  for (const r of bills) {
    if (r.values.id !== undefined) kept.push(r);
    else if (!labelOf(r)) nameless.push(r);
    else {
      const id = newBillId(labelOf(r), taken);
      taken.add(id);
      made.push({ r, id });
      kept.push({ ...r, values: { id, ...r.values } });
    }
  }
  // One row is named by the note's place; several are listed in its words.
  if (made.length > 0) {
    const [{ r }] = made;
    const said = (m: { r: Row; id: string }) => `${quote(labelOf(m.r))} → ${m.id}`;
    const message =
      made.length === 1
        ? `no id; made from its label as the editor makes ids: ${said(made[0])}`
        : `${groupDigits(made.length)} bills have no id; made from their labels as the editor makes ids: ${listed(made.map((m) => `row ${m.r.row} ${said(m)}`))}`;
    warnings.push({ sheet: r.sheet, row: r.row, column: r.header('id'), message });
  }
  if (nameless.length > 0) {
    const [r] = nameless;
    const rows = nameless.length === 1 ? '' : ` (rows ${listed(nameless.map((n) => String(n.row)))})`;
    errors.push({
      sheet: r.sheet,
      row: r.row,
      column: r.header('id'),
      message: `no id, and no label to make one from: write the bill's number in "${r.header('label')}"${rows}`,
    });
  }
  return kept;
}

/**
 * The id a row refused (too many cells) would have had: its own, or for a bill, the one its label
 * would make; and for a bill, its label (other sheets may name it by that).
 */
export function refusedRow(kind: SheetKind, cells: ReadonlyMap<ColumnSpec, string>): { id?: string; label?: string } {
  const cell = (key: string) => [...cells].find(([col]) => col.key === key)?.[1].trim();
  const label = (kind === 'bills' && cell('label')) || undefined;
  return { id: cell('id') || (label ? newBillId(label, []) : undefined), label };
}
