/** A LegiScan history step (as Michigan's journals word it) mapped to a dated Tiebar event. */
import type { BillEvent } from '../../model/schema';
import { dateProblem } from '../../model/dates';

/** What one action says. */
export interface MappedAction {
  /** Event type. */
  type: BillEvent['type'];
  /** The date the action itself gives ("Approved By Governor 5/9/2019", "Filed With Secretary Of State 04/05/2023"), when it differs from the journal's. */
  date?: string;
  /** Roll-call tally, when the action quotes one. */
  tally?: { yes: number; no: number; notVoting: number; rollCall: string; excused: number; notVotingOnly: number };
  /** Public act number assigned ("2019 PA 8"). */
  publicAct?: { year: number; number: number };
  /** A pocket veto: the governor did not sign after the Legislature adjourned. */
  pocketVeto?: boolean;
}

const ROLL_RE = /Roll\s+Call\s*#\s*(\d+)\s+Yeas\s+(\d+)\s+Nays\s+(\d+)(?:\s+Excused\s+(\d+))?(?:\s+Not\s+Voting\s+(\d+))?/i;
const DATE_IN_TEXT = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const PA_RE = /^Assigned\s+PA\s+(\d{1,4})\s*['’](\d{2})/i;
/** Filed with the Secretary of State: when a signed act is given its public act number (a joint resolution: sent to the ballot). */
export const FILED_RE = /^Filed\s+With\s+Secretary\s+Of\s+State/i;
/** Passed by both chambers and ordered enrolled ("Bill Ordered Enrolled 12/23/2024"), or sent to the Governor. */
export const ENROLLED_RE = /^Presented\s+To\s+(The\s+)?Governor|Ordered\s+Enrolled/i;
/** An enrollment undone ("Enrollment Vacated"): the bill is back before the Legislature. */
export const VACATED_RE = /\bEnrollment\s+Vacated\b/i;

const RULES: Array<[RegExp, BillEvent['type']]> = [
  [/^Introduced\b/i, 'introduced'],
  [/^Approved\s+By\s+(?:The\s+)?Governor/i, 'signed'],
  [PA_RE, 'chaptered'],
  [/^(?:Vetoed\s+By|Pocket\s+Veto)/i, 'vetoed'],
  [
    /^(?:Passed|Adopted|Conference\s+Report\s+Adopted|Senate\s+Adopted\s+Conference\s+Report|House\s+Adopted\s+Conference\s+Report)\b/i,
    'passed',
  ],
  [/\bConcurred\s+In\b/i, 'concurred'],
  [/^(?:Failed\s+To\s+Pass|Defeated)\b/i, 'floor-vote'],
  [/^(?:Amendment\(s\)\s+Adopted|Substitute\s*\([hs]-\d+\)(?:\s+As\s+Amended)?\s+Adopted|Amended$)/i, 'amended'],
];

/** Maps one action; unknown wordings become `other` events (kept, never dropped). */
export function mapAction(action: string): MappedAction {
  const type = RULES.find(([re]) => re.test(action))?.[1];
  const roll = ROLL_RE.exec(action);
  const out: MappedAction = { type: type ?? (roll ? 'floor-vote' : 'other') };
  if (roll) {
    const excused = Number(roll[4] ?? 0);
    const notVotingOnly = Number(roll[5] ?? 0);
    out.tally = {
      yes: Number(roll[2]),
      no: Number(roll[3]),
      notVoting: excused + notVotingOnly,
      rollCall: roll[1],
      excused,
      notVotingOnly,
    };
  }
  // The Governor's signature or veto, and the filing with the Secretary of State, carry their own date.
  if (out.type === 'signed' || out.type === 'vetoed' || FILED_RE.test(action)) {
    const d = DATE_IN_TEXT.exec(action);
    if (d) {
      const date = `${d[3]}-${d[1].padStart(2, '0')}-${d[2].padStart(2, '0')}`;
      if (!dateProblem(date)) out.date = date;
    }
    if (/^Pocket\s+Veto/i.test(action)) out.pocketVeto = true;
  }
  const pa = PA_RE.exec(action);
  if (pa) out.publicAct = { year: 2000 + Number(pa[2]), number: Number(pa[1]) };
  return out;
}

/** Plain case for an action written In Title Case By LegiScan ("Assigned Pa 8'19" -> "Assigned PA 8'19"). */
export function tidyAction(action: string): string {
  return action
    .replace(/\bPa\b/g, 'PA')
    .replace(/\s+/g, ' ')
    .trim();
}
