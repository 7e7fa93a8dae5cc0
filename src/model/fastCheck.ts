/**
 * A hand-written check of the common case: true only when a parsed document passes the whole
 * schema (and so the raw-JSON guards). It allocates nothing and runs in a fraction of zod's time;
 * when it says false, the zod schema runs to produce the messages. A property test holds the two
 * in agreement (tests/unit/fastCheck.test.ts): change both together.
 */
import { ID_PATTERN, RESERVED_NAMES, SOURCE_ID_PATTERN } from './ids';
import {
  MAX_BILL_TEXT_CHARS,
  MAX_BILLS,
  MAX_COORDINATE,
  MAX_ID_CHARS,
  MAX_LINKS,
  MAX_POSITIONS,
  MAX_SOURCE_REFS,
  MAX_STAKEHOLDERS,
  MAX_TALLY,
} from './limits';
import { dateProblem } from './dates';
import { SCHEMA_VERSION } from './version';
import { eventTypes, linkKinds, measureKinds, requirements, stakeholderKinds, stances } from './vocabulary';

type Obj = Record<string, unknown>;

// Local copies: a bundler inlines imports, but module loaders (tsx, vitest) read them through getters in the hot loops.
const ID_RE = ID_PATTERN;
const SOURCE_ID_RE = SOURCE_ID_PATTERN;
const RESERVED = RESERVED_NAMES;
const SHORTEST_RESERVED = Math.min(...[...RESERVED].map((n) => n.length));
const TALLY_MAX = MAX_TALLY;
const COORD_MAX = MAX_COORDINATE;
const REFS_MAX = MAX_SOURCE_REFS;
const ID_MAX = MAX_ID_CHARS;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const keySet = (...keys: string[]) => new Set(keys);

/** Only the allowed keys, and every required one present (an undefined value counts as absent). */
function keysOk(o: Obj, allowed: ReadonlySet<string>, required: readonly string[]): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  for (const k of required) if (o[k] === undefined) return false;
  return true;
}
const isReserved = (v: string) => v.length >= SHORTEST_RESERVED && RESERVED.has(v);
const isId = (v: unknown) => typeof v === 'string' && ID_RE.test(v) && !isReserved(v);
const isText = (v: unknown, max = 20_000) => typeof v === 'string' && v.length >= 1 && v.length <= max;
const knownDates = new Map<string, boolean>();
/** Dates repeat across a session, so each distinct one is checked once (the cache is bounded). */
function isDate(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  let ok = knownDates.get(v);
  if (ok === undefined) {
    ok = dateProblem(v) === null;
    if (knownDates.size > 10_000) knownDates.clear();
    knownDates.set(v, ok);
  }
  return ok;
}
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= TALLY_MAX;
const isCoordinate = (v: unknown) => typeof v === 'number' && v >= -COORD_MAX && v <= COORD_MAX;
const enumOf = (values: readonly string[]) => {
  const set = new Set(values);
  return (v: unknown) => typeof v === 'string' && set.has(v);
};
const isEventType = enumOf(eventTypes);
const isLinkKind = enumOf(linkKinds);
const isMeasureKind = enumOf(measureKinds);
const isStakeholderKind = enumOf(stakeholderKinds);
const isStance = enumOf(stances);
const isOrder = enumOf(['after', 'before']);
const isRequirement = enumOf(requirements);

function list(v: unknown, max: number, item: (x: unknown) => boolean, min = 0): boolean {
  if (!Array.isArray(v) || v.length > max || v.length < min) return false;
  for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
  return true;
}
const isRefs = (v: unknown) => v === undefined || list(v, REFS_MAX, (r) => typeof r === 'string' && r.length >= 1);
const texts = (max: number) => (v: unknown) => isText(v, max);

function isUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    const { protocol } = new URL(v);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

const SOURCE = keySet('url', 'publisher', 'title', 'date');
const isSource = (s: unknown) =>
  isObj(s) &&
  keysOk(s, SOURCE, ['url']) &&
  isUrl(s.url) &&
  (s.publisher === undefined || isText(s.publisher, 200)) &&
  (s.title === undefined || isText(s.title, 500)) &&
  (s.date === undefined || isDate(s.date));

const TALLY = keySet('yes', 'no', 'notVoting', 'sources');
const isTally = (t: unknown) =>
  isObj(t) &&
  keysOk(t, TALLY, ['yes', 'no']) &&
  isCount(t.yes) &&
  isCount(t.no) &&
  (t.notVoting === undefined || isCount(t.notVoting)) &&
  isRefs(t.sources);

const EVENT = keySet('date', 'type', 'body', 'description', 'tallies', 'note', 'sources');
const isEvent = (e: unknown) =>
  isObj(e) &&
  keysOk(e, EVENT, ['date', 'type', 'description']) &&
  isDate(e.date) &&
  isEventType(e.type) &&
  (e.body === undefined || isText(e.body, 200)) &&
  isText(e.description, 2000) &&
  (e.tallies === undefined || list(e.tallies, 10, isTally)) &&
  (e.note === undefined || isText(e.note, 2000)) &&
  isRefs(e.sources);

const CONTEXT = keySet('date', 'description', 'sources');
const isContext = (c: unknown) =>
  isObj(c) && keysOk(c, CONTEXT, ['date', 'description']) && isDate(c.date) && isText(c.description, 2000) && isRefs(c.sources);

const PROVISION = keySet('id', 'label', 'description', 'added', 'struck', 'sections', 'sources');
const isProvision = (p: unknown) =>
  isObj(p) &&
  keysOk(p, PROVISION, ['id', 'label']) &&
  isId(p.id) &&
  isText(p.label, 200) &&
  (p.description === undefined || isText(p.description, 5000)) &&
  (p.added === undefined || isDate(p.added)) &&
  (p.struck === undefined || isDate(p.struck)) &&
  (p.sections === undefined || list(p.sections, 100, texts(200))) &&
  isRefs(p.sources);

const BILL = keySet(
  'id',
  'label',
  'kind',
  'title',
  'session',
  'jurisdiction',
  'authors',
  'summary',
  'events',
  'provisions',
  'text',
  'sources',
);
const isBill = (b: unknown) =>
  isObj(b) &&
  keysOk(b, BILL, ['id', 'label', 'title']) &&
  isId(b.id) &&
  isText(b.label, 60) &&
  (b.kind === undefined || isMeasureKind(b.kind)) &&
  isText(b.title, 500) &&
  (b.session === undefined || isText(b.session, 100)) &&
  (b.jurisdiction === undefined || isText(b.jurisdiction, 100)) &&
  (b.authors === undefined || list(b.authors, 500, texts(200))) &&
  (b.summary === undefined || isText(b.summary, 5000)) &&
  (b.events === undefined || list(b.events, 2000, isEvent)) &&
  (b.provisions === undefined || list(b.provisions, 500, isProvision)) &&
  (b.text === undefined || (typeof b.text === 'string' && b.text.length <= MAX_BILL_TEXT_CHARS)) &&
  isRefs(b.sources);

const STAKEHOLDER = keySet('id', 'name', 'kind', 'note', 'sources');
const isStakeholder = (s: unknown) =>
  isObj(s) &&
  keysOk(s, STAKEHOLDER, ['id', 'name', 'kind']) &&
  isId(s.id) &&
  isText(s.name, 200) &&
  isStakeholderKind(s.kind) &&
  (s.note === undefined || isText(s.note, 2000)) &&
  isRefs(s.sources);

const POSITION = keySet('stakeholder', 'target', 'stance', 'date', 'note', 'sources');
const isPosition = (p: unknown) =>
  isObj(p) &&
  keysOk(p, POSITION, ['stakeholder', 'target', 'stance']) &&
  isId(p.stakeholder) &&
  isId(p.target) &&
  isStance(p.stance) &&
  (p.date === undefined || isDate(p.date)) &&
  (p.note === undefined || isText(p.note, 2000)) &&
  isRefs(p.sources);

const LINK = keySet(
  'id',
  'kind',
  'from',
  'to',
  'added',
  'removed',
  'deadline',
  'section',
  'order',
  'requires',
  'clause',
  'clauseVerified',
  'note',
  'sources',
);
const isLink = (l: unknown) =>
  isObj(l) &&
  keysOk(l, LINK, ['id', 'kind', 'from', 'to']) &&
  isId(l.id) &&
  isLinkKind(l.kind) &&
  isId(l.from) &&
  list(l.to, 100, isId, 1) &&
  (l.added === undefined || isDate(l.added)) &&
  (l.removed === undefined || isDate(l.removed)) &&
  (l.deadline === undefined || isDate(l.deadline)) &&
  (l.section === undefined || isText(l.section, 200)) &&
  (l.order === undefined || isOrder(l.order)) &&
  (l.requires === undefined || isRequirement(l.requires)) &&
  (l.clause === undefined || isText(l.clause, 5000)) &&
  (l.clauseVerified === undefined || typeof l.clauseVerified === 'boolean') &&
  (l.note === undefined || isText(l.note, 2000)) &&
  isRefs(l.sources);

function isSources(v: unknown): boolean {
  if (!isObj(v)) return false;
  for (const key in v) {
    if (!SOURCE_ID_RE.test(key) || isReserved(key) || !isSource(v[key])) return false;
  }
  return true;
}

function isLayout(v: unknown): boolean {
  if (!isObj(v)) return false;
  for (const key in v) {
    const p = v[key];
    if (key.length > ID_MAX || isReserved(key)) return false;
    if (!Array.isArray(p) || p.length !== 2 || !isCoordinate(p[0]) || !isCoordinate(p[1])) return false;
  }
  return true;
}

const DATASET = keySet(
  '$schema',
  'schemaVersion',
  'id',
  'title',
  'description',
  'jurisdictions',
  'credit',
  'sources',
  'bills',
  'stakeholders',
  'positions',
  'links',
  'context',
  'layout',
  'notes',
);

/** `list` for the long lists, kept apart so each loop stays monomorphic. */
function everyOf(v: unknown, max: number, min: number, item: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length > max || v.length < min) return false;
  return v.every(item);
}

/** True only when the document passes the dataset schema; false means "ask zod what is wrong". */
export function passesSchemaFast(doc: unknown): boolean {
  if (!isObj(doc) || Object.getPrototypeOf(doc) !== Object.prototype) return false;
  return (
    keysOk(doc, DATASET, ['schemaVersion', 'id', 'title', 'sources', 'bills']) &&
    (doc.$schema === undefined || (typeof doc.$schema === 'string' && doc.$schema.length <= 500)) &&
    doc.schemaVersion === SCHEMA_VERSION &&
    isId(doc.id) &&
    isText(doc.title, 300) &&
    (doc.description === undefined || isText(doc.description, 5000)) &&
    (doc.jurisdictions === undefined || list(doc.jurisdictions, 100, texts(100))) &&
    (doc.credit === undefined || isText(doc.credit, 300)) &&
    isSources(doc.sources) &&
    everyOf(doc.bills, MAX_BILLS, 1, isBill) &&
    (doc.stakeholders === undefined || list(doc.stakeholders, MAX_STAKEHOLDERS, isStakeholder)) &&
    (doc.positions === undefined || everyOf(doc.positions, MAX_POSITIONS, 0, isPosition)) &&
    (doc.links === undefined || everyOf(doc.links, MAX_LINKS, 0, isLink)) &&
    (doc.context === undefined || list(doc.context, 10_000, isContext)) &&
    (doc.layout === undefined || isLayout(doc.layout)) &&
    (doc.notes === undefined || list(doc.notes, 100, texts(5000)))
  );
}
