/**
 * A table's words for a reason's caveat: each row of a table of tied bills would say uncheckedNote's
 * sentence again, so a row carries a short mark and the table says once what it means.
 */
import { ONE_TIE_UNCHECKED } from './story';

/**
 * The mark a reason carries in a table where its sentence says uncheckedNote's words: short enough
 * that a tied reason keeps its lines at 1,366 px ("(tie as recorded, unchecked)" took a fourth).
 */
export const UNCHECKED_MARK = '(tie unchecked)';

/**
 * What the mark means, said once beside the table: "A reason marked (tie unchecked)
 * tells of a tie as the record lists it, not yet checked against the text of the law."
 */
export function uncheckedMarkNote(): string {
  return `A reason marked ${UNCHECKED_MARK} tells of a tie ${ONE_TIE_UNCHECKED}.`;
}

/**
 * A reason's words before and after its caveat, for a table that says UNCHECKED_MARK in its place:
 * the caveat is found word for word, as the explanation put it in (never parsed back out); null
 * where the sentence does not hold it.
 */
export function aroundCaveat(sentence: string, caveat: string): [before: string, after: string] | null {
  const at = sentence.indexOf(` ${caveat}`);
  return at < 0 ? null : [sentence.slice(0, at), sentence.slice(at + caveat.length + 1)];
}
