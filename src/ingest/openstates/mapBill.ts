/** The second step: one Open States bill record into a Tiebar bill, its events and votes, sponsors and relations. */
import type { Bill, BillEvent, Dataset, Link, Position, Stakeholder } from '../../model/schema';
import { dateProblem } from '../../model/dates';
import { IdMaker, safeId } from '../../model/ids';
import { MAX_SOURCE_ID_CHARS, MAX_TALLY } from '../../model/limits';
import { findBillRefs, normaliseIdentifier } from '../billRefs';
import type { BillRecord } from './readFiles';
import type { Json } from './types';
import { clip, isObj, str } from './types';

const ACTION_TYPES: Array<[string, BillEvent['type']]> = [
  ['executive-signature', 'signed'],
  ['became-law', 'enacted'],
  ['executive-veto', 'vetoed'],
  ['failure', 'failed'],
  ['withdrawal', 'died'],
  ['introduction', 'introduced'],
  ['filing', 'introduced'],
  ['passage', 'passed'],
  ['concurrence', 'concurred'],
  ['committee-passage', 'committee-vote'],
  ['committee-failure', 'committee-vote'],
  ['amendment-passage', 'amended'],
  ['amendment-introduction', 'amended'],
];
const RELATIONS: Record<string, Link['kind']> = {
  companion: 'companion',
  'prior-session': 'prior-session',
  'replaced-by': 'replaced-by',
  replaces: 'replaces',
};

/** A relation to another bill, resolved once every bill is known. */
export interface Relation {
  from: string;
  identifier: string;
  kind: Link['kind'];
  file: string;
  path: string;
  source?: string;
}

/** Everything the bills of an import share as they are mapped: sources, stakeholders, positions, relations, text. */
export class ImportState {
  readonly sources: Dataset['sources'] = {};
  readonly bills: Bill[] = [];
  /** Where each bill came from (same order as `bills`). */
  readonly origins: Array<{ file: string; path: string }> = [];
  readonly billIds = new Set<string>();
  readonly stakeholders = new Map<string, Stakeholder>();
  readonly positions: Position[] = [];
  private readonly positionKeys = new Set<string>();
  readonly related: Relation[] = [];
  readonly billText = new Map<string, { text: string; date?: string }>();
  readonly jurisdictions = new Set<string>();
  readonly sourceIds = new IdMaker(MAX_SOURCE_ID_CHARS);

  /** Adds a sponsor position once. */
  addPosition(p: Position): void {
    const key = `${p.stakeholder}\u0000${p.target}`;
    if (this.positionKeys.has(key)) return;
    this.positionKeys.add(key);
    this.positions.push(p);
  }
}

/** The id of a bill by its identifier ("AB 392" -> "ab392"; anything else made safe), the same for bills and their relations. */
export function billIdOf(identifier: string): string {
  return safeId([normaliseIdentifier(identifier) ?? identifier]);
}

/** Reports a problem with the input. */
export type Report = (file: string, path: string, message: string) => void;

/** Maps one record into the state; returns false (after reporting) when the record is skipped. */
export function mapBill(state: ImportState, record: BillRecord, texts: ReadonlyMap<string, string>, report: Report): boolean {
  const { file, path, bill: raw } = record;
  const at = (p: string) => (path ? `${path}.${p}` : p);
  if (!isObj(raw)) return (report(file, path, 'a bill must be a JSON object'), false);
  const identifier = str(raw.identifier, 60);
  const title = str(raw.title, 500);
  if (!identifier) return (report(file, at('identifier'), 'missing: every bill needs its identifier (e.g. "AB 392")'), false);
  if (!title) return (report(file, at('title'), 'missing: every bill needs a title'), false);
  const id = billIdOf(identifier);
  if (state.billIds.has(id)) return (report(file, at('identifier'), `"${identifier}" appears twice; kept the first`), false);
  const jurisdiction = isObj(raw.jurisdiction) ? str(raw.jurisdiction.name, 100) : undefined;
  const sourceId = addSource(state, id, raw);
  const cite = sourceId ? [sourceId] : undefined;
  const events: BillEvent[] = [];
  const actions = Array.isArray(raw.actions) ? raw.actions : [];
  actions.forEach((a, i) => {
    const date = isObj(a) && typeof a.date === 'string' ? a.date.slice(0, 10) : '';
    if (!isObj(a) || dateProblem(date))
      return report(file, at(`actions[${i}].date`), `"${isObj(a) ? String(a.date).slice(0, 30) : ''}" is not a date; action skipped`);
    const classes = Array.isArray(a.classification) ? a.classification.filter((c): c is string => typeof c === 'string') : [];
    const type = ACTION_TYPES.find(([c]) => classes.includes(c))?.[1] ?? 'other';
    const body = isObj(a.organization) ? str(a.organization.name, 200) : undefined;
    events.push({
      date,
      type,
      ...(body ? { body } : {}),
      description: str(a.description, 2000) ?? type,
      ...(cite ? { sources: cite } : {}),
    });
  });
  const votes = Array.isArray(raw.votes) ? raw.votes : [];
  votes.forEach((v, i) => {
    const event = mapVote(v, at(`votes[${i}]`), file, report, cite);
    if (event) events.push(event);
  });
  const authors: string[] = [];
  for (const s of Array.isArray(raw.sponsorships) ? raw.sponsorships.filter(isObj) : []) {
    const name = str(s.name, 200);
    if (!name) continue;
    if (s.primary === true || s.classification === 'primary' || s.classification === 'author') authors.push(name);
    const sid = safeId(['sponsor', name]);
    if (!state.stakeholders.has(sid))
      state.stakeholders.set(sid, {
        id: sid,
        name,
        kind: s.entity_type === 'person' ? 'legislator' : 'other',
        ...(cite ? { sources: cite } : {}),
      });
    state.addPosition({ stakeholder: sid, target: id, stance: 'sponsor', ...(cite ? { sources: cite } : {}) });
  }
  (Array.isArray(raw.related_bills) ? raw.related_bills : []).forEach((r, i) => {
    const ident = isObj(r) ? str(r.identifier, 60) : undefined;
    if (!ident) return report(file, at(`related_bills[${i}].identifier`), 'missing; relation skipped');
    const kind = RELATIONS[String((r as Json).relation_type)] ?? 'related';
    state.related.push({ from: id, identifier: ident, kind, file, path: at(`related_bills[${i}]`), source: sourceId });
  });
  const versions = Array.isArray(raw.versions) ? raw.versions.filter(isObj) : [];
  const withText = versions.find((v) => typeof v.text === 'string');
  const text = typeof withText?.text === 'string' ? withText.text : texts.get(id);
  if (text) {
    const date = typeof withText?.date === 'string' ? withText.date.slice(0, 10) : '';
    state.billText.set(id, { text, date: date && !dateProblem(date) ? date : undefined });
  }
  const abstract = Array.isArray(raw.abstracts) && isObj(raw.abstracts[0]) ? str(raw.abstracts[0].abstract, 5000) : undefined;
  const session = str(raw.session, 100) ?? str(raw.legislative_session, 100);
  const ref = findBillRefs(identifier)[0];
  if (jurisdiction) state.jurisdictions.add(jurisdiction);
  state.billIds.add(id);
  state.origins.push({ file, path });
  state.bills.push({
    id,
    label: ref && ref.start === 0 && ref.id === id ? ref.label : identifier,
    kind: 'bill',
    title,
    ...(session ? { session } : {}),
    ...(jurisdiction ? { jurisdiction } : {}),
    ...(authors.length ? { authors } : {}),
    ...(abstract ? { summary: abstract } : {}),
    ...(events.length ? { events: events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) } : {}),
    ...(cite ? { sources: cite } : {}),
  });
  return true;
}

/** A vote as a floor-vote event with its tally, or null (reported) when its date or a count is unusable. */
function mapVote(v: unknown, path: string, file: string, report: Report, cite: string[] | undefined): BillEvent | null {
  const date = isObj(v) && typeof v.start_date === 'string' ? v.start_date.slice(0, 10) : '';
  if (!isObj(v) || dateProblem(date)) return (report(file, `${path}.start_date`, 'not a date; vote skipped'), null);
  const counts = Array.isArray(v.counts) ? v.counts : [];
  let yes = 0;
  let no = 0;
  let other = 0;
  for (let j = 0; j < counts.length; j++) {
    const c = counts[j];
    if (!isObj(c)) continue;
    const value = Number(c.value ?? 0);
    if (!Number.isInteger(value) || value < 0 || value > MAX_TALLY) {
      report(
        file,
        `${path}.counts[${j}].value`,
        `${clip(JSON.stringify(c.value) ?? 'nothing', 30)} is not a count from 0 to ${MAX_TALLY.toLocaleString('en-US')}; vote skipped`,
      );
      return null;
    }
    if (c.option === 'yes') yes += value;
    else if (c.option === 'no') no += value;
    else other += value;
  }
  if (yes > MAX_TALLY || no > MAX_TALLY || other > MAX_TALLY) {
    report(file, `${path}.counts`, `the counts add up to more than ${MAX_TALLY.toLocaleString('en-US')}; vote skipped`);
    return null;
  }
  const motion = str(v.motion_text, 1500) ?? 'Vote';
  return {
    date,
    type: 'floor-vote',
    description: `${motion}${typeof v.result === 'string' ? ` (${clip(v.result, 40)})` : ''}`,
    tallies: [{ yes, no, ...(other ? { notVoting: other } : {}), ...(cite ? { sources: cite } : {}) }],
    ...(cite ? { sources: cite } : {}),
  };
}

/** Registers the bill's public page (openstates_url, else its first http(s) source) as a source. */
function addSource(state: ImportState, id: string, raw: Json): string | undefined {
  const candidates = [raw.openstates_url, ...(Array.isArray(raw.sources) ? raw.sources.map((s) => (isObj(s) ? s.url : undefined)) : [])];
  for (const url of candidates) {
    if (typeof url !== 'string' || url.length > 2000) continue;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') continue;
      const key = state.sourceIds.make(['os', id]);
      state.sources[key] = { url: parsed.href, publisher: parsed.hostname };
      return key;
    } catch {
      // not a URL: try the next
    }
  }
  return undefined;
}
