/** Timeline captions: what happened on a date, in words. */
import type { Link, Requirement, Stance } from '../../model/schema';
import { joinAnd } from './grammar';

/**
 * "SB 230 now depends on AB 392 becoming law"; "HB 4138 is now tie-barred to HB 4773"; with
 * `requires: "enactment"`, "being enacted" / "is enacted" instead of becoming law.
 */
export function tieMade(kind: Link['kind'], from: string, to: string[], requires?: Requirement): string {
  const on = joinAnd(to);
  const enactment = requires === 'enactment';
  switch (kind) {
    case 'contingent-enactment':
      return `Tie made: ${from} now depends on ${on} ${enactment ? 'being enacted' : 'becoming law'}`;
    case 'tie-bar': {
      const become = enactment
        ? to.length > 1
          ? 'they are all enacted'
          : `${on} is enacted`
        : to.length > 1
          ? 'they all become law'
          : `${on} becomes law`;
      return `Tie made: ${from} is now tie-barred to ${on} (it takes effect only if ${become} too)`;
    }
    case 'double-joint':
      return `Tie made: ${from} is double-jointed with ${on} (both versions of the section are kept)`;
    case 'procedural':
      return `Tie made: adopting ${on} now produces ${from}`;
    default:
      return `Linked: ${from} and ${on} (${kind.replace(/-/g, ' ')})`;
  }
}

/** "SB 230 no longer depends on AB 392". */
export function tieRemoved(kind: Link['kind'], from: string, to: string[]): string {
  const on = joinAnd(to);
  switch (kind) {
    case 'contingent-enactment':
      return `Tie removed: ${from} no longer depends on ${on}`;
    case 'tie-bar':
      return `Tie removed: ${from} is no longer tie-barred to ${on}`;
    case 'double-joint':
      return `Tie removed: ${from} is no longer double-jointed with ${on}`;
    case 'procedural':
      return `Tie removed: adopting ${on} no longer produces ${from}`;
    default:
      return `Link removed: ${from} and ${on} (${kind.replace(/-/g, ' ')})`;
  }
}

const STANCE_VERB: Record<Stance, string> = {
  sponsor: 'sponsors',
  support: 'supports',
  oppose: 'opposes',
  neutral: 'is neutral on',
  withdrawn: 'withdraws its position on',
};

/** "League of Women Voters of California opposes SB 230". */
export function positionTaken(who: string, stance: Stance, target: string): string {
  return `${who} ${STANCE_VERB[stance]} ${target}`;
}

/** 'SB 230: "Its own use-of-force standard" is struck'. */
export function provisionStruck(bill: string, provision: string): string {
  return `${bill}: "${provision}" is struck`;
}

/**
 * "SB 230: Passed the Senate": a recorded event, as its source words it. A date the words end with
 * that is the event's own `date` (YYYY-MM-DD) is left off: the caption's heading gives it, in the
 * page's one style ("SB 1138: Pocket Veto", was "...Pocket Veto 01/05/2021" under "5 Jan 2021").
 * Any other date is kept: it says something the heading does not.
 */
export function eventCaption(bill: string, description: string, date?: string): string {
  return `${bill}: ${date ? withoutOwnDate(description, date) : description}`;
}

/** A trailing US (M/D/YYYY) or ISO date, and what comes before it. */
const TRAILING_DATE = /^(.*\S)\s+(?:(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{4})-(\d{2})-(\d{2}))[.\s]*$/;

function withoutOwnDate(description: string, date: string): string {
  const m = TRAILING_DATE.exec(description);
  if (!m) return description;
  const [y, mo, d] = m[4] ? [m[4], m[2], m[3]] : [m[5], m[6], m[7]];
  const same = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}` === date;
  return same ? m[1] : description;
}
