/**
 * New York's chapter-amendment contingency: "... shall take effect on the same date and in the same
 * manner as a chapter of the laws of 2022 amending the labor law ..., as proposed in legislative
 * bills numbers S. 8922-A and A. 10020-A, takes effect." The bill hangs on the bills named; the
 * chapter's year is kept on each reference. Every look-back and look-ahead is bounded.
 */
import type { BillRef } from './billRefs';
import { readNyBillList } from './billRefs';
import type { Work } from './readingView';

/** The phrase that introduces the bills: "as proposed in legislative bills numbers". */
export const NY_TRIGGER = /as\s{1,3}proposed\s{1,3}in\s{1,3}legislative\s{1,3}bills?\s{1,3}numbers?\s{1,3}/gi;

const TAKES_EFFECT = /\s{0,3},?\s{0,3}takes?\s{1,3}effect/y;
const SAME_DATE = /take\s{1,3}effect\s{1,3}on\s{1,3}the\s{1,3}(?:same\s{1,3}date|effective\s{1,3}date)/gi;
// The sentence sits in the quoted text of another law being amended ("... is amended to read as
// follows: § 13. This act shall take effect ..."): that law's tie, not this bill's.
const QUOTED = /to\s{1,3}read\s{1,3}as\s{1,3}follows:\s{0,3}§\s{0,3}\d{1,4}[-a-z]{0,8}\.[^§]{0,700}$/;
const QUOTE_REACH = 800;
const CHAPTER_YEAR = /chapter\s{1,3}of\s{1,3}the\s{1,3}laws\s{1,3}of\s{1,3}(\d{4})/i;
const CONSTITUTION = /amendments?\s{1,3}to\s{1,3}the\s{1,3}constitution|concurrent\s{1,3}resolution/i;

/** How far back from the bills the "take effect on the same date" may stand (New York's long titles, with ";" inside). */
const MAX_BACK = 1500;

/**
 * The bills a chapter-amendment clause hangs on, for the trigger `m` in the view `v`, and where its
 * "take effect on the same date" stands; null when the phrase names bills for another purpose
 * ("..., as proposed in legislative bills numbers ..., is amended to read as follows").
 */
export function nyChapterTargets(v: string, m: RegExpExecArray, work?: Work): { refs: BillRef[]; from: number } | null {
  const { refs, end } = readNyBillList(v, m.index + m[0].length);
  if (refs.length === 0) return null;
  TAKES_EFFECT.lastIndex = end;
  if (!TAKES_EFFECT.exec(v)) return null;
  const start = Math.max(0, m.index - MAX_BACK);
  const before = v.slice(start, m.index);
  if (work) work.chars += before.length + (end - m.index);
  let k = -1;
  for (const s of before.matchAll(SAME_DATE)) k = s.index;
  if (k < 0 || before.includes('§', k)) return null;
  const lead = v.slice(Math.max(0, start - QUOTE_REACH), start + k);
  if (work) work.chars += lead.length;
  if (QUOTED.test(lead)) return null;
  const tail = before.slice(k);
  const year = CHAPTER_YEAR.exec(tail);
  const kind = CONSTITUTION.test(tail) ? 'constitutional-amendment' : 'bill';
  return { refs: refs.map((r) => ({ ...r, kind, ...(year ? { chapterYear: Number(year[1]) } : {}) })), from: start + k };
}
