/** What a bill is about, in a line a reader takes in at once: its title's subject, cut short. */

import { TIE_BAR_MARKER } from '../../model/tieMarker';
import { withoutSmallEnd } from './grammar';

/** The longest a subject runs, in characters, before it is cut at a word and ended with "…". */
export const SUBJECT_MAX = 80;

/** Where what the record appends to a title starts: Michigan's "Amends …", "Creates new act.", "Repeals …". */
const APPENDED = /\.\s+(?=(Amends|Creates|Repeals|Implements|Provides|Adds|Modifies|Appropriates|Makes|Establishes)\b)/;

/** A title's closing action ("create", "modify", "allow under certain conditions"): what the bill does, not what it is about. */
const ACTION =
  /^(create|modify|revise|repeal|provide|require|prohibit|allow|amend|establish|expand|extend|eliminate|clarify|update|increase|reduce|make|add|remove|limit|exempt|authorize|implement|enact)\b/i;

/**
 * A bill's subject from its title: the title's first sentence, without what the record appends
 * (Michigan's "Amends sec. …", "TIE BAR WITH: …"), and without a short closing action ("…;
 * create", "…; modify"); cut at a word past SUBJECT_MAX characters. Undefined when the
 * title says nothing the label does not ("HB 5444").
 * "Children: services; kinship caregiver navigator program; create. Creates new act. TIE BAR WITH: HB 5443'20"
 * -> "Children: services; kinship caregiver navigator program".
 */
export function billSubject(title: string, label: string): string | undefined {
  const marker = TIE_BAR_MARKER.exec(title);
  let s = (marker ? title.slice(0, marker.index) : title).trim();
  // Up to what the record appends ("… act. Amends secs. 3a & 8 …"); a full stop after an initial
  // or an abbreviation ("Gretchen E. Whitmer", "the U.S. Senate", "Dr. Martin Luther King") stays.
  const stop = APPENDED.exec(s);
  if (stop) s = s.slice(0, stop.index);
  s = s.replace(/[.;,:\s]+$/, '');
  const parts = s.split(/;\s*/);
  const last = parts.at(-1)!;
  if (parts.length >= 3 && ACTION.test(last) && last.split(/\s+/).length <= 4) s = parts.slice(0, -1).join('; ');
  if (!s || s.toLowerCase() === label.toLowerCase()) return undefined;
  if (s.length <= SUBJECT_MAX) return s;
  // Cut at the last part that fits ("Townships: charter; public notice …"), else at a word, and
  // never after a small word ("…of…").
  const cut = s.slice(0, SUBJECT_MAX);
  const part = cut.lastIndexOf('; ');
  const space = cut.lastIndexOf(' ');
  const kept = part > SUBJECT_MAX / 2 ? cut.slice(0, part) : space > SUBJECT_MAX / 2 ? cut.slice(0, space) : cut;
  return `${cutEnd(kept)}…`;
}

/**
 * What heads a bill where its whole title would run long (its details, a row of the bills table):
 * its subject (billSubject), or its whole title where the subject says no less (the title is all
 * subject, but for its closing stop) or nothing (the title is its number). Compare with the title
 * to know whether the whole title must be shown too.
 */
export function billHeading(title: string, label: string): string {
  const subject = billSubject(title, label);
  return subject && subject !== title.replace(/[.;,:\s]+$/, '') ? subject : title;
}

/**
 * billHeading where a line beside the bill's number heads it (the embed table's row, under "HB 5444"):
 * nothing where the title says no more than that number.
 */
export function billHeadingBesideLabel(title: string, label: string): string | undefined {
  return billSubject(title, label) === undefined ? undefined : billHeading(title, label);
}

/** Words cut short, ready for their "…": without the small words and stops they would end on ("… under the" is "… under"). */
export function cutEnd(words: string): string {
  return withoutSmallEnd(words).replace(/[\s.;,:(]+$/, '');
}
