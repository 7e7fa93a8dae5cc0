/** One LegiScan bill as a Tiebar bill: label, kind, titles, dated events with tallies, and its two pages as sources. */
import type { Bill, BillEvent, Dataset } from '../../model/schema';
import { dateProblem } from '../../model/dates';
import { TITLE_MAX } from '../../model/text';
import type { LsBill } from './records';
import type { MeasureNumber } from './numbers';
import { ENROLLED_RE, FILED_RE, VACATED_RE, mapAction, tidyAction } from './actions';

/** A mapped bill with what the later steps need. */
export interface MappedBill {
  /** The Tiebar bill. */
  bill: Bill;
  /** Its record. */
  record: LsBill;
  /** Its number read. */
  measure: MeasureNumber;
  /** Public acts assigned to it ("2019 PA 8"), as "2019-8". */
  publicActs: string[];
  /** Date it was enacted on the record (signed or assigned a PA), if it was. */
  enactedOn?: string;
  /** True when its history has a final action (signed, vetoed, or sent to the voters or the governor). */
  settled: boolean;
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Registers a bill's LegiScan and state pages as sources; returns their ids. */
export function addBillSources(sources: Dataset['sources'], id: string, label: string, session: string, r: LsBill): string[] {
  const out: string[] = [];
  const add = (key: string, url: string, publisher: string, title: string) => {
    if (!/^https?:\/\//i.test(url) || url.length > 2000) return;
    try {
      sources[key] = { url: new URL(url).href, publisher, title };
      out.push(key);
    } catch {
      // not a URL: left out, the bill keeps its other page
    }
  };
  add(`ls-${id}`.slice(0, 32), r.url, 'LegiScan', `${label} (${session}) on LegiScan`);
  add(`st-${id}`.slice(0, 32), r.stateLink, statePublisher(r.stateLink), `${label} (${session}), bill page`);
  return out;
}

function statePublisher(url: string): string {
  if (/legislature\.mi\.gov/i.test(url)) return 'Michigan Legislature';
  try {
    return new URL(url).hostname;
  } catch {
    return 'state legislature';
  }
}

/** Maps a record to a bill; problems (bad dates) are reported through `problem`. */
export function mapBill(
  r: LsBill,
  measure: MeasureNumber,
  context: { session: string; jurisdiction?: string; sources: string[] },
  problem: (path: string, message: string) => void,
): MappedBill {
  const cite = context.sources.length ? [context.sources[0]] : undefined;
  const events: BillEvent[] = [];
  const publicActs: string[] = [];
  let enactedOn: string | undefined;
  let settled = false;
  // Whether the last word on its enrollment vacated it (LegiScan's status can still say "Enrolled").
  let vacated = false;
  // The latest date an action so far gave in its words, and which action gave it.
  let given: { date: string; by: string } | undefined;
  const listed = new Set<string>();
  r.history.forEach((h, i) => {
    if (dateProblem(h.date))
      return problem(`history[${i}].date`, `"${h.date.slice(0, 30)}" is not a date; action "${clip(h.action, 60)}" skipped`);
    const action = tidyAction(h.action) || 'Action (no description)';
    const m = mapAction(h.action);
    // LegiScan lists some roll calls and act numbers twice (HB 5120's roll call 669 first, before its
    // introduction, then in its place): one roll call or act number, kept once. Other actions can
    // truly repeat in a day ("Rules Suspended" twice): all kept.
    if (m.tally || m.publicAct) {
      const key = `${h.date}|${h.chamber}|${h.action}`;
      if (listed.has(key)) return;
      listed.add(key);
    }
    // A public act number is assigned once the act is signed and filed: never before the date those actions give.
    const after = m.type === 'chaptered' && !m.date && given && given.date > h.date ? given : undefined;
    const date = m.date ?? after?.date ?? h.date;
    const ev: BillEvent = { date, type: m.type, ...(h.chamber ? { body: clip(h.chamber, 200) } : {}), description: clip(action, 2000) };
    if (m.tally) ev.tallies = [{ yes: m.tally.yes, no: m.tally.no, notVoting: m.tally.notVoting, ...(cite ? { sources: cite } : {}) }];
    if (m.tally && m.tally.excused)
      ev.note = `Roll call ${m.tally.rollCall}: not voting counts ${m.tally.excused} excused and ${m.tally.notVotingOnly} not voting.`;
    if (m.date && m.date !== h.date) ev.note = `The action gives ${m.date}; the journal entry is dated ${h.date}.`;
    if (after) ev.note = `Dated ${after.date}, the date the ${after.by} before it gives; the journal dates it ${h.date}.`;
    if (m.date && (!given || m.date >= given.date))
      given = { date: m.date, by: FILED_RE.test(h.action) ? 'filing with the Secretary of State' : "Governor's action" };
    if (m.pocketVeto)
      ev.note = `${ev.note ? `${ev.note} ` : ''}A pocket veto: the Governor did not sign it after the Legislature adjourned.`;
    if (cite) ev.sources = cite;
    if (m.publicAct) publicActs.push(`${m.publicAct.year}-${m.publicAct.number}`);
    if ((m.type === 'signed' || m.type === 'chaptered') && (!enactedOn || date < enactedOn)) enactedOn = date;
    if (m.type === 'signed' || m.type === 'chaptered' || m.type === 'vetoed') settled = true;
    // Passed by both chambers (enrolled), sent to the Governor, or (joint resolutions) sent to the ballot: not dead at the session's end.
    if (FILED_RE.test(h.action) || ENROLLED_RE.test(h.action)) {
      settled = true;
      vacated = false;
    }
    // An enrollment vacated (SB 117 of 2019-2020, to be amended again) is undone: the bill is back
    // before the Legislature, and dies at the session's end unless it is enrolled again.
    if (VACATED_RE.test(h.action) && !enactedOn && m.type !== 'vetoed') {
      settled = events.some((e) => e.type === 'vetoed');
      vacated = true;
    }
    events.push(ev);
  });
  // In date order (the journal's order within a day).
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (r.status === 'Enrolled' && !vacated) settled = true;
  if (measure.kind === 'resolution') settled = markAdopted(events, measure) || settled;
  const title = r.title || r.description || measure.label;
  const long = r.description && r.description !== title ? r.description : title.length > TITLE_MAX ? title : undefined;
  const bill: Bill = {
    id: measure.id,
    label: measure.label,
    kind: measure.kind,
    title: clip(title, TITLE_MAX),
    session: context.session,
    ...(context.jurisdiction ? { jurisdiction: context.jurisdiction } : {}),
    ...(long ? { summary: clip(long, 5000) } : {}),
    ...(events.length ? { events } : {}),
    ...(context.sources.length ? { sources: context.sources } : {}),
  };
  return { bill, record: r, measure, publicActs, enactedOn, settled };
}

// A simple resolution is adopted by its chamber; a concurrent one once both chambers adopt it.
function markAdopted(events: BillEvent[], measure: MeasureNumber): boolean {
  const adoptions = events.filter((e) => e.type === 'passed');
  const chambers = new Set(adoptions.map((e) => e.body));
  const done = /CR$/.test(measure.prefix) ? chambers.size >= 2 : adoptions.length > 0;
  if (done) adoptions[adoptions.length - 1].type = 'enacted';
  return done;
}
