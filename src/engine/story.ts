/** The timeline as a story: every dated moment with captions in words, for the scrubber and player. */
import type { Dataset } from '../model/schema';
import { dateEnd } from '../model/dates';
import { LINK_LABELS } from './graphSpec';

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
  /** What happened. */
  captions: Caption[];
}

/** Every dated moment of a dataset, in order, with captions. */
export function timelineStops(ds: Dataset): TimelineStop[] {
  const stops = new Map<string, TimelineStop>();
  const add = (date: string, caption: Caption) => {
    const asOf = dateEnd(date);
    let stop = stops.get(asOf);
    if (!stop) stops.set(asOf, (stop = { asOf, label: date, captions: [] }));
    if (date.length > stop.label.length) stop.label = date;
    stop.captions.push(caption);
  };
  const label = new Map(ds.bills.map((b) => [b.id, b.label]));
  const names = new Map((ds.stakeholders ?? []).map((s) => [s.id, s.name]));
  for (const c of ds.context ?? []) add(c.date, { text: c.description, kind: 'context', sources: c.sources ?? [] });
  for (const bill of ds.bills) {
    for (const ev of bill.events ?? [])
      add(ev.date, { text: `${bill.label}: ${ev.description}`, kind: 'event', sources: ev.sources ?? [] });
    for (const p of bill.provisions ?? []) {
      if (p.struck) add(p.struck, { text: `${bill.label}: "${p.label}" struck`, kind: 'provision', sources: p.sources ?? [] });
    }
  }
  for (const link of ds.links ?? []) {
    const from = label.get(link.from) ?? link.from;
    const to = link.to.map((t) => label.get(t) ?? t).join(', ');
    if (link.added)
      add(link.added, { text: `Tie made: ${from} → ${LINK_LABELS[link.kind]} → ${to}`, kind: 'link', sources: link.sources ?? [] });
    if (link.removed)
      add(link.removed, {
        text: `Tie removed: ${from} no longer ${LINK_LABELS[link.kind]} ${to}`,
        kind: 'link',
        sources: link.sources ?? [],
      });
  }
  for (const pos of ds.positions ?? []) {
    if (!pos.date) continue;
    const target = label.get(pos.target) ?? pos.target;
    add(pos.date, {
      text: `${names.get(pos.stakeholder) ?? pos.stakeholder}: ${pos.stance} on ${target}`,
      kind: 'position',
      sources: pos.sources ?? [],
    });
  }
  return [...stops.values()].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
}
