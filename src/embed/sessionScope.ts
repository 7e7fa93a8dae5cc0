/**
 * A session (past a story's size) cannot be read at a glance on a phone: its embed tells the story
 * of one bill and the bills tied to it, and links to the whole session.
 */
import type { Dataset } from '../model';
import type { Evaluation } from '../engine';
import { leadBill, tiedAround, toldBill } from '../engine';
import { groupBill, isSession } from '../engine/storyGraph';
import { scopeSentence, scopeTitle } from '../engine/words';

/** At most this many bills are drawn: the lead and the first of those tied to it. */
export const SCOPE_MAX_BILLS = 8;

/** The bills a session's embed shows, and the words that say so. */
export interface SessionScope {
  /** The bill the story is about. */
  lead: string;
  /** The bills drawn: the lead first, then those tied to it straight (what it hangs on first). */
  bills: ReadonlySet<string>;
  /** What is drawn, under the headline: "Drawn: 3 of 4,448 bills.", "Drawn: 8 of 4,448 bills (7 of the 9 tied to HB 4011)." */
  sentence: string;
  /** The embed's headline: "HB 4917 and the bills tied to it". */
  title: string;
}

/** The bill a focus names: a bill itself, a group's or a provision's bill, a link's bill, or a bill a stakeholder has a position on (a tied one if any). */
function billOf(ds: Dataset, focus: string, tied: (bill: string) => boolean): string | null {
  if (ds.bills.some((b) => b.id === focus)) return focus;
  const grouped = groupBill(focus);
  if (grouped && ds.bills.some((b) => b.id === grouped)) return grouped;
  const owner = new Map<string, string>();
  for (const b of ds.bills) for (const p of b.provisions ?? []) owner.set(p.id, b.id);
  if (owner.has(focus)) return owner.get(focus)!;
  const link = ds.links?.find((l) => l.id === focus);
  if (link) return link.from;
  const on = (ds.positions ?? []).filter((p) => p.stakeholder === focus).map((p) => owner.get(p.target) ?? p.target);
  return on.find(tied) ?? on[0] ?? null;
}

/**
 * For a dataset past a story's size: the bill the embed's address focuses (or the bill what it
 * focuses belongs to), if it is tied to any, else the one the record's story leads with, and the
 * bills tied to it straight. Undefined for a story, and for a session where no bill is tied (it is
 * drawn whole). `record` is the whole record (no date): the story stays put when the date moves.
 */
export function sessionScope(record: Evaluation, focus: string | null): SessionScope | undefined {
  const { dataset, index } = record.record;
  if (!isSession(dataset)) return undefined;
  const around = (id: string) => tiedAround(record.record, id);
  const focused = focus ? billOf(dataset, focus, (b) => around(b).length > 1) : null;
  const lead = focused && around(focused).length > 1 ? focused : leadBill(record);
  if (!lead) return undefined;
  // The bill whose tie the sentence tells (the lead, or one that hangs on it) is always drawn.
  const told = toldBill(record, lead);
  const all = around(lead);
  const drawn = [...new Set([lead, ...(told && all.includes(told) ? [told] : []), ...all])].slice(0, SCOPE_MAX_BILLS);
  const label = dataset.bills[index.get(lead)!].label;
  // The bill the address asked for, when it is tied to nothing (its story is the lead's instead).
  const untied = focused && focused !== lead ? dataset.bills[index.get(focused)!]?.label : undefined;
  const left = all.filter((id) => !drawn.includes(id)).map((id) => dataset.bills[index.get(id)!].label);
  return {
    lead,
    bills: new Set(drawn),
    sentence: scopeSentence(label, drawn.length - 1, all.length - 1, dataset.bills.length, untied, left),
    title: scopeTitle(label, all.length - 1),
  };
}
