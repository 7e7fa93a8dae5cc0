/** The record as of a date: which events happened, which provisions and links and positions hold. */
import type { Bill, BillEvent, Dataset, Link, Position } from '../model/schema';
import { dateEnd, happenedBy } from '../model/dates';
import type { OwnStatus } from './scenario';

const ENACTING = new Set<BillEvent['type']>(['signed', 'chaptered', 'enacted', 'approved-by-voters']);
const FAILING = new Set<BillEvent['type']>(['vetoed', 'died', 'failed']);

/** A bill's own recorded status as of a date, and the event that settled it. */
export interface RecordedStatus {
  /** enacted, failed, or pending when no deciding event has happened yet. */
  status: OwnStatus;
  /** The deciding event, if any. */
  event?: BillEvent;
  /** The latest event that happened by then, deciding or not. */
  latest?: BillEvent;
}

/**
 * The bill's own status from its events up to `asOf`: the last deciding event decides it. The event
 * reported is the first of the run of deciding events that ended the same way: a bill signed on 12
 * Dec and chaptered on 31 Dec "was signed on 12 Dec", as a reader would say it.
 */
export function recordedStatus(bill: Bill, asOf: string | undefined): RecordedStatus {
  // No array or sort: this runs for every bill of a session on every toggle.
  let latest: BillEvent | undefined;
  let decisive: BillEvent | undefined;
  let lastEnacting = '';
  let lastFailing = '';
  for (const ev of bill.events ?? []) {
    if (!happenedBy(ev.date, asOf)) continue;
    const end = dateEnd(ev.date);
    if (!latest || end >= dateEnd(latest.date)) latest = ev;
    const enacting = ENACTING.has(ev.type);
    if (!enacting && !FAILING.has(ev.type)) continue;
    if (!decisive || end >= dateEnd(decisive.date)) decisive = ev;
    if (enacting && end > lastEnacting) lastEnacting = end;
    if (!enacting && end > lastFailing) lastFailing = end;
  }
  if (!decisive) return { status: 'pending', latest };
  const enacted = ENACTING.has(decisive.type);
  // The run that decided it began after the last deciding event that went the other way.
  const other = enacted ? lastFailing : lastEnacting;
  let first: BillEvent | undefined;
  let firstEnd = '';
  for (const ev of bill.events ?? []) {
    if (!happenedBy(ev.date, asOf) || ENACTING.has(ev.type) !== enacted || (!enacted && !FAILING.has(ev.type))) continue;
    const end = dateEnd(ev.date);
    // The earliest (on a shared day, the first given).
    if (end > other && (!first || end < firstEnd)) [first, firstEnd] = [ev, end];
  }
  return { status: enacted ? 'enacted' : 'failed', event: first ?? decisive, latest };
}

/** The date a bill was enacted on the record (first enacting event), if it was. */
export function enactmentDate(bill: Bill): string | undefined {
  let first: string | undefined;
  for (const ev of bill.events ?? []) {
    if (ENACTING.has(ev.type) && (first === undefined || dateEnd(ev.date) < first)) first = dateEnd(ev.date);
  }
  return first;
}

/** True when a link exists as of a date: added by then and not yet removed. */
export function linkInForce(link: Link, asOf: string | undefined): boolean {
  if (link.added !== undefined && !happenedBy(link.added, asOf)) return false;
  return !(link.removed !== undefined && happenedBy(link.removed, asOf));
}

/** True when a bill is there as of a date: it records an event by then (or records none at all, so nothing says when it began). */
export function billThereBy(bill: Bill, asOf: string | undefined): boolean {
  return !bill.events?.length || asOf === undefined || bill.events.some((e) => happenedBy(e.date, asOf));
}

/** True when a provision is in its bill as of a date. */
export function provisionInForce(p: { added?: string; struck?: string }, asOf: string | undefined): boolean {
  if (p.added !== undefined && !happenedBy(p.added, asOf)) return false;
  return !(p.struck !== undefined && happenedBy(p.struck, asOf));
}

/** The positions in force as of a date: per stakeholder and target, the latest dated one. */
export function positionsAsOf(ds: Dataset, asOf: string | undefined): Position[] {
  const current = new Map<string, Position>();
  for (const pos of ds.positions ?? []) {
    if (pos.date !== undefined && !happenedBy(pos.date, asOf)) continue;
    const key = `${pos.stakeholder}\u0000${pos.target}`;
    const prev = current.get(key);
    if (!prev || (pos.date !== undefined && (prev.date === undefined || dateEnd(pos.date) >= dateEnd(prev.date)))) current.set(key, pos);
  }
  return [...current.values()];
}

/** The record as of a date: what has happened, what is in, what holds. */
export interface Snapshot {
  /** Events that have happened, per bill id, in date order. */
  events: Record<string, BillEvent[]>;
  /** Provision ids in their bill as of the date. */
  provisionsIn: string[];
  /** Provision ids struck by the date. */
  provisionsStruck: string[];
  /** Link ids in force. */
  links: string[];
  /** Positions in force. */
  positions: Position[];
}

/** Everything that holds as of a date (undefined = after the last event). */
export function snapshotAsOf(ds: Dataset, asOf: string | undefined): Snapshot {
  const events: Record<string, BillEvent[]> = {};
  const provisionsIn: string[] = [];
  const provisionsStruck: string[] = [];
  for (const bill of ds.bills) {
    events[bill.id] = (bill.events ?? [])
      .filter((e) => happenedBy(e.date, asOf))
      .sort((a, b) => (dateEnd(a.date) < dateEnd(b.date) ? -1 : dateEnd(a.date) > dateEnd(b.date) ? 1 : 0));
    for (const p of bill.provisions ?? []) {
      if (provisionInForce(p, asOf)) provisionsIn.push(p.id);
      else if (p.struck !== undefined && happenedBy(p.struck, asOf)) provisionsStruck.push(p.id);
    }
  }
  const links = (ds.links ?? []).filter((l) => linkInForce(l, asOf)).map((l) => l.id);
  return { events, provisionsIn, provisionsStruck, links, positions: positionsAsOf(ds, asOf) };
}
