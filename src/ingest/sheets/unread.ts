/** What the sheets hold but could not be read, so that no reference to it is called missing. */
import type { SheetKind } from './columns';
import { listed } from './madeIds';

// How the validator says a reference points at nothing (`unknown` in model/referenceContext.ts):
// `no bill, provision or stakeholder with id "x"...`.
const MISSING = /^no (.+?) with id ("(?:[^"\\]|\\.)*")/;

/**
 * Sheets and rows that could not be read. A reference that may point into them is not a problem of
 * its own: the sheet's or row's own problem is the one said, and fixing it may be all it takes.
 */
export class Unread {
  /** Sheets given (or required) but not read: refused, or missing. */
  readonly kinds = new Set<SheetKind>();
  /** Ids of rows refused. */
  readonly ids = new Set<string>();
  /** Bills rows refused: the id each would have had and its label (a cell may name one by either). */
  readonly bills: Array<{ id: string; label: string }> = [];
  /** Stakeholders rows refused: the id each would have had and its name (a cell may name one by either). */
  readonly stakeholders: Array<{ id: string; name: string }> = [];
  /** Sources rows read with no id: a reference to a missing source may mean one of them. */
  readonly sourcesWithoutId: Array<{ sheet: string; row: number }> = [];

  /** True when `id`, looked up in the sheets of `kinds`, may be among what was not read. */
  hides(kinds: readonly string[], id: string): boolean {
    return this.ids.has(id) || kinds.some((k) => this.kinds.has(k as SheetKind));
  }

  /** True for a validator's "no bill with id "ab329"" when that id may be among what was not read. */
  hidesProblem(message: string): boolean {
    const m = MISSING.exec(message);
    if (!m) return false;
    // "bill, provision or stakeholder" -> the bills, provisions and stakeholders sheets.
    const kinds = m[1].split(/,\s*|\s+or\s+/).map((what) => `${what.replace(/^or\s+/, '')}s`);
    return this.hides(kinds, JSON.parse(m[2]) as string);
  }

  /**
   * A validator's "no source with id "S5" (did you mean "S1"?)" when a sources row has no id: the
   * cause is most likely that row, so it is named instead of a near id ("sources.csv row 6 has no id").
   */
  missingSource(message: string): string {
    const m = MISSING.exec(message);
    const rows = this.sourcesWithoutId;
    if (!m || m[1] !== 'source' || rows.length === 0) return message;
    const where =
      rows.length === 1
        ? `${rows[0].sheet} row ${rows[0].row} has no id (if it is that source, write ${m[2]} there)`
        : `${rows[0].sheet} rows ${listed(rows.map((r) => String(r.row)))} have no id (if one is that source, write ${m[2]} in its id)`;
    return `no source with id ${m[2]}: ${where}`;
  }
}
