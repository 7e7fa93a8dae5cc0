/** What the sheets hold but could not be read, so that no reference to it is called missing. */
import type { SheetKind } from './columns';

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
}
