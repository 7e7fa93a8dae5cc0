/** The choices the editor's selects offer: ids picked from the draft, kinds from the schema. */
import type { Draft } from '../model/edit';
import { eventTypes, linkKinds, measureKinds, stakeholderKinds, stances } from '../model/vocabulary';
import type { Choice } from './SelectField';
import { safeHref } from '../ui/SourceLinks';

const words = (v: string) => v.replace(/-/g, ' ');
const fromList = (list: readonly string[]): Choice[] => list.map((v) => ({ value: v, label: words(v) }));

/** Link kinds. */
export const LINK_KINDS = fromList(linkKinds);
/** Event types. */
export const EVENT_TYPES = fromList(eventTypes);
/** Stakeholder kinds. */
export const STAKEHOLDER_KINDS = fromList(stakeholderKinds);
/** Stances. */
export const STANCES = fromList(stances);
/** Measure kinds. */
export const MEASURE_KINDS = fromList(measureKinds);
/** Double-joint order. */
export const ORDERS: Choice[] = [
  { value: 'after', label: 'prevails if enacted after' },
  { value: 'before', label: 'prevails if enacted before' },
];

/** What a deciding link asks of the bills it names (absent: that they take effect). */
export const REQUIREMENTS: Choice[] = [
  { value: 'enactment', label: 'that they are enacted (Michigan tie-bar)' },
  { value: 'effect', label: 'that they take effect' },
];

/** Every bill, by label. */
export function billChoices(draft: Draft): Choice[] {
  return draft.bills.map((b) => ({ value: b.id, label: b.label || b.id }));
}

/** Every bill and provision (what a position or a link's `from` may name). */
export function targetChoices(draft: Draft): Choice[] {
  return draft.bills.flatMap((b) => [
    { value: b.id, label: b.label || b.id },
    ...(b.provisions ?? []).map((p) => ({ value: p.id, label: `${b.label}: ${p.label || p.id}` })),
  ]);
}

/** Every stakeholder, by name. */
export function stakeholderChoices(draft: Draft): Choice[] {
  return (draft.stakeholders ?? []).map((s) => ({ value: s.id, label: s.name || s.id }));
}

/** Every source, by id and publisher (or address). */
export function sourceChoices(sources: Draft['sources']): Choice[] {
  return Object.entries(sources).map(([id, s]) => ({ value: id, label: `${id}: ${sourceName(s)}` }));
}

/**
 * What a source is called where one is picked: its title, else its publisher and the end of its
 * address, so three pages of one site are told apart ("leginfo.legislature.ca.gov …bill_id=202520260AB100").
 */
export function sourceName(s: Draft['sources'][string]): string {
  // A source a reader could not open (an address that is no web page's, as "javascript:…" is) is
  // said to be one where it is picked, never named by what its address holds.
  const href = safeHref(s.url);
  if (!href) return `${s.title ?? s.publisher ?? 'A source'} (no web address: fix it under Sources before citing it)`;
  if (s.title) return s.title;
  const u = new URL(href);
  const who = s.publisher ?? u.hostname.replace(/^www\./, '');
  const rest = `${u.pathname}${u.search}`.replace(/\/$/, '');
  if (!rest) return who;
  return `${who} ${rest.length > 40 ? `…${rest.slice(-39)}` : rest}`;
}
