/**
 * A session (past a story's size) cannot be read at a glance on a phone: its embed tells the story
 * of one bill and the bills tied to it, and links to the whole session.
 */
import type { Evaluation } from '../engine';
import { leadBill, tiedAround } from '../engine';
import { STORY_MAX_BILLS } from '../engine/storyGraph';
import { scopeSentence } from '../engine/words';

/** The bills a session's embed shows, and the words that say so. */
export interface SessionScope {
  /** The bill the story is about. */
  lead: string;
  /** The bill the story is about, first, then the bills tied to it straight. */
  bills: ReadonlySet<string>;
  /** "HB 4917 and the 2 bills tied to it, of 1,204 bills." */
  sentence: string;
}

/**
 * For a dataset past a story's size: the bill the embed's address focuses (else the one the
 * record's story leads with) and the bills tied to it straight. Undefined for a story, and for a
 * session where no bill hangs on another (it is drawn whole).
 */
export function sessionScope(record: Evaluation, focus: string | null): SessionScope | undefined {
  const { dataset, index } = record.record;
  if (dataset.bills.length <= STORY_MAX_BILLS) return undefined;
  const lead = focus && index.has(focus) ? focus : leadBill(record);
  if (!lead) return undefined;
  const bills = tiedAround(record.record, lead);
  const label = dataset.bills[index.get(lead)!].label;
  return { lead, bills: new Set(bills), sentence: scopeSentence(label, bills.length - 1, dataset.bills.length) };
}
