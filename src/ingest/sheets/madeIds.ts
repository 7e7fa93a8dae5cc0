/**
 * Rows given with no id (bills, stakeholders, links): each gets the one the editor gives a new
 * one, made from its label, name or ends, and one note a sheet says so.
 */
import { newBillId, newLinkId, newStakeholderId } from '../../model/edit';
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

const text = (r: Row, key: string) => (typeof r.values[key] === 'string' ? (r.values[key] as string).trim() : '');

/** How a sheet's rows with no id get one. */
interface IdRule {
  /** What one row is, and many ("bill", "bills"). */
  what: [string, string];
  /** What the id is made from, for one row and for several ("its label", "their labels"). */
  from: (r: Row) => [string, string];
  /** The id made for the row and the words it was made from, or undefined when they are blank. */
  make: (r: Row, taken: ReadonlySet<string>) => { id: string; words: string } | undefined;
  /** What to write when there is nothing to make an id from. */
  fix: (r: Row) => string;
}

const RULES: Partial<Record<SheetKind, IdRule>> = {
  bills: {
    what: ['bill', 'bills'],
    from: () => ['its label', 'their labels'],
    make: (r, taken) => (text(r, 'label') ? { id: newBillId(text(r, 'label'), taken), words: quote(text(r, 'label')) } : undefined),
    fix: (r) => `no label to make one from: write the bill's number in "${r.header('label')}"`,
  },
  stakeholders: {
    what: ['stakeholder', 'stakeholders'],
    from: () => ['its name', 'their names'],
    make: (r, taken) => (text(r, 'name') ? { id: newStakeholderId(text(r, 'name'), taken), words: quote(text(r, 'name')) } : undefined),
    fix: (r) => `no name to make one from: write who it is in "${r.header('name')}"`,
  },
  links: {
    what: ['link', 'links'],
    from: (r) => [`its "${r.header('from')}" and "${r.header('to')}"`, `their "${r.header('from')}" and "${r.header('to')}"`],
    make: (r, taken) => {
      const from = text(r, 'from');
      const to = Array.isArray(r.values.to) ? (r.values.to as unknown[]).filter((t): t is string => typeof t === 'string') : [];
      if (!from || to.length === 0) return undefined;
      return { id: newLinkId(from, to, taken), words: `${quote(from)} on ${to.map((t) => quote(t)).join(', ')}` };
    },
    fix: (r) =>
      `nothing to make one from: name the bill that hangs in "${r.header('from')}" and the bills it hangs on in "${r.header('to')}"`,
  },
};

/**
 * The rows of a sheet of bills, stakeholders or links with an id for each: one left blank is made
 * as the editor makes a new one's, unique among `taken` (every id the sheets give, so a bill takes
 * no stakeholder's or link's id; each id made is added), and one warning names the ids made. A row
 * with nothing to make one from is left out, with one error naming all such rows.
 */
export function fillIds(
  kind: SheetKind,
  rows: readonly Row[],
  taken: Set<string>,
  errors: SheetProblem[],
  warnings: SheetProblem[],
): Row[] {
  const rule = RULES[kind];
  if (!rule) return rows.slice();
  const made: Array<{ r: Row; id: string; words: string }> = [];
  const nameless: Row[] = [];
  const kept: Row[] = [];
  for (const r of rows) {
    const m = r.values.id === undefined ? rule.make(r, taken) : undefined;
    if (r.values.id !== undefined) kept.push(r);
    else if (!m) nameless.push(r);
    else {
      taken.add(m.id);
      made.push({ r, ...m });
      kept.push({ ...r, values: { id: m.id, ...r.values } });
    }
  }
  // One row is named by the note's place; several are listed in its words.
  if (made.length > 0) {
    const [{ r }] = made;
    const said = (m: { words: string; id: string }) => `${m.words} → ${m.id}`;
    const [one, many] = rule.from(r);
    const message =
      made.length === 1
        ? `no id; made from ${one} as the editor makes ids: ${said(made[0])}`
        : `${groupDigits(made.length)} ${rule.what[1]} have no id; made from ${many} as the editor makes ids: ${listed(made.map((m) => `row ${m.r.row} ${said(m)}`))}`;
    warnings.push({ sheet: r.sheet, row: r.row, column: r.header('id'), message });
  }
  if (nameless.length > 0) {
    const [r] = nameless;
    const rows = nameless.length === 1 ? '' : ` (rows ${listed(nameless.map((n) => String(n.row)))})`;
    errors.push({ sheet: r.sheet, row: r.row, column: r.header('id'), message: `no id, and ${rule.fix(r)}${rows}` });
  }
  return kept;
}

/**
 * The id a row refused (too many cells) would have had: its own, or for a bill or stakeholder, the
 * one its label or name would make; and that label or name (other sheets may name it by that).
 */
export function refusedRow(kind: SheetKind, cells: ReadonlyMap<ColumnSpec, string>): { id?: string; label?: string; name?: string } {
  const cell = (key: string) => [...cells].find(([col]) => col.key === key)?.[1].trim();
  const label = (kind === 'bills' && cell('label')) || undefined;
  const name = (kind === 'stakeholders' && cell('name')) || undefined;
  const made = label ? newBillId(label, []) : name ? newStakeholderId(name, []) : undefined;
  return { id: cell('id') || made, label, name };
}
