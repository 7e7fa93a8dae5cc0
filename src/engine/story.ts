/** The timeline as a story: every dated moment, and captions in words for one of them, for the scrubber and player. */
import type { Dataset } from '../model/schema';
import { dateEnd } from '../model/dates';
import { eventCaption, positionTaken, provisionStruck, tieMade, tieRemoved } from './words/captions';

/** One thing that happened on a date. */
export interface Caption {
  /** Plain words, e.g. "SB 230: Passed Senate Public Safety ...". */
  text: string;
  /** What kind of moment it is. */
  kind: 'event' | 'context' | 'link' | 'provision' | 'position';
  /** Source ids. */
  sources: string[];
}

/** A stop on the timeline. */
export interface TimelineStop {
  /** The day the scrubber sets asOf to (the last day a partial date can mean). */
  asOf: string;
  /** The date as the sources give it (may be "2019-05"). */
  label: string;
  /** How many things happened then (their words come from `captionsAt`). */
  count: number;
}

/** The captions of one stop: the first `limit` of them, and how many there are in all. */
export interface StopCaptions {
  /** What happened, in dataset order. */
  captions: Caption[];
  /** All of them, shown or not. */
  total: number;
}

/**
 * Visits every dated moment in dataset order. The caption is built only when asked for, so a
 * session's 100,000 moments cost no strings until a reader looks at one date.
 */
function eachMoment(ds: Dataset, visit: (date: string, caption: () => Caption) => void): void {
  let labels: Map<string, string> | undefined;
  const label = (id: string) =>
    (labels ??= new Map(
      ds.bills.flatMap((b) => [[b.id, b.label], ...(b.provisions ?? []).map((p): [string, string] => [p.id, p.label])]),
    )).get(id) ?? id;
  let names: Map<string, string> | undefined;
  const name = (id: string) => (names ??= new Map((ds.stakeholders ?? []).map((s) => [s.id, s.name]))).get(id) ?? id;
  for (const c of ds.context ?? []) visit(c.date, () => ({ text: c.description, kind: 'context', sources: c.sources ?? [] }));
  for (const bill of ds.bills) {
    for (const ev of bill.events ?? [])
      visit(ev.date, () => ({ text: eventCaption(bill.label, ev.description, ev.date), kind: 'event', sources: ev.sources ?? [] }));
    for (const p of bill.provisions ?? []) {
      if (p.struck) visit(p.struck, () => ({ text: provisionStruck(bill.label, p.label), kind: 'provision', sources: p.sources ?? [] }));
    }
  }
  for (const link of ds.links ?? []) {
    const sources = link.sources ?? [];
    if (link.added)
      visit(link.added, () => ({ text: tieMade(link.kind, label(link.from), link.to.map(label), link.requires), kind: 'link', sources }));
    if (link.removed)
      visit(link.removed, () => ({ text: tieRemoved(link.kind, label(link.from), link.to.map(label)), kind: 'link', sources }));
  }
  for (const pos of ds.positions ?? []) {
    if (!pos.date) continue;
    visit(pos.date, () => ({
      text: positionTaken(name(pos.stakeholder), pos.stance, label(pos.target)),
      kind: 'position',
      sources: pos.sources ?? [],
    }));
  }
}

/** Every dated moment of a dataset, in order, with how many things happened on it. */
export function timelineStops(ds: Dataset): TimelineStop[] {
  const stops = new Map<string, TimelineStop>();
  eachMoment(ds, (date) => {
    const asOf = dateEnd(date);
    let stop = stops.get(asOf);
    if (!stop) stops.set(asOf, (stop = { asOf, label: date, count: 0 }));
    if (date.length > stop.label.length) stop.label = date;
    stop.count++;
  });
  return [...stops.values()].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
}

/** What happened at the stop `asOf` (a stop's `asOf`): its first `limit` captions and the total. */
export function captionsAt(ds: Dataset, asOf: string, limit = 50): StopCaptions {
  const captions: Caption[] = [];
  let total = 0;
  eachMoment(ds, (date, caption) => {
    if (dateEnd(date) !== asOf) return;
    if (total++ < limit) captions.push(caption());
  });
  return { captions, total };
}
