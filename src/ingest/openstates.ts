/**
 * Imports bill JSON in the Open States format (API v3 bill objects, their `results` lists, and
 * the bulk/scraper files that say `legislative_session`) into a Tiebar dataset: bills, dated
 * events, votes, sponsors as stakeholders, related bills as loose links, and the ties detected in
 * any bill text given. Bad records are reported by file and JSON path, skipped and counted.
 */
import type { Bill, BillEvent, Dataset, Link, Position, Stakeholder } from '../model/schema';
import { dateProblem } from '../model/dates';
import { findBillRefs, normaliseIdentifier } from './billRefs';
import { detectClauses } from './detect';

/** A file handed to the importer. */
export interface ImportFile {
  /** File name (used in reports and to match text files to bills: "AB392.txt"). */
  name: string;
  /** Its contents. */
  text: string;
}

/** What an import did. */
export interface ImportReport {
  /** Files read. */
  files: number;
  /** Bills imported. */
  bills: number;
  /** Records skipped. */
  skipped: number;
  /** Problems, by file and JSON path. */
  problems: Array<{ file: string; path: string; message: string }>;
  /** Links found in bill text. */
  detected: number;
  /** Bill references in detected clauses that named no imported bill. */
  unresolved: Array<{ bill: string; ref: string }>;
}

/** Options of an import. */
export interface ImportOptions {
  /** Dataset id (default "openstates-import"). */
  id?: string;
  /** Dataset title. */
  title?: string;
  /** Called as records are processed. */
  onProgress?: (done: number, total: number) => void;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown, max = 500): string | undefined => (typeof v === 'string' && v.trim() ? clip(v.trim(), max) : undefined);
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50) || 'x';

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

/** Turns Open States files into a dataset and a report. Never throws on bad input. */
export function importOpenStates(files: ImportFile[], options: ImportOptions = {}): { dataset: Dataset; report: ImportReport } {
  const report: ImportReport = { files: files.length, bills: 0, skipped: 0, problems: [], detected: 0, unresolved: [] };
  const problem = (file: string, path: string, message: string) =>
    report.problems.length < 1000 && report.problems.push({ file, path, message });
  const texts = new Map<string, string>();
  const records: Array<{ file: string; path: string; bill: Json }> = [];
  for (const f of files) {
    if (/\.(txt|html?)$/i.test(f.name)) {
      const id = normaliseIdentifier(f.name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' '));
      if (id) texts.set(id, /\.html?$/i.test(f.name) ? htmlToText(f.text) : f.text);
      else problem(f.name, '', 'a text file must be named after its bill, e.g. "AB392.txt"');
      continue;
    }
    let doc: unknown;
    try {
      doc = JSON.parse(f.text);
    } catch (e) {
      problem(f.name, '', `not valid JSON: ${(e as Error).message}`);
      report.skipped++;
      continue;
    }
    if (Array.isArray(doc)) doc.forEach((b, i) => records.push({ file: f.name, path: `[${i}]`, bill: b as Json }));
    else if (isObj(doc) && Array.isArray(doc.results))
      doc.results.forEach((b, i) => records.push({ file: f.name, path: `results[${i}]`, bill: b as Json }));
    else records.push({ file: f.name, path: '', bill: doc as Json });
  }

  const sources: Dataset['sources'] = {};
  const bills: Bill[] = [];
  const stakeholders = new Map<string, Stakeholder>();
  const positions: Position[] = [];
  const related: Array<{ from: string; identifier: string; kind: Link['kind']; file: string; path: string; source?: string }> = [];
  const billText = new Map<string, { text: string; date?: string }>();
  const jurisdictions = new Set<string>();

  records.forEach(({ file, path, bill: raw }, n) => {
    options.onProgress?.(n, records.length);
    const at = (p: string) => (path ? `${path}.${p}` : p);
    if (!isObj(raw)) return (problem(file, path, 'a bill must be a JSON object'), report.skipped++);
    const identifier = str(raw.identifier, 60);
    const title = str(raw.title, 500);
    if (!identifier) return (problem(file, at('identifier'), 'missing: every bill needs its identifier (e.g. "AB 392")'), report.skipped++);
    if (!title) return (problem(file, at('title'), 'missing: every bill needs a title'), report.skipped++);
    const id = normaliseIdentifier(identifier) ?? slug(identifier);
    if (bills.some((b) => b.id === id))
      return (problem(file, at('identifier'), `"${identifier}" appears twice; kept the first`), report.skipped++);
    const jurisdiction = isObj(raw.jurisdiction) ? str(raw.jurisdiction.name, 100) : undefined;
    if (jurisdiction) jurisdictions.add(jurisdiction);
    const sourceId = addSource(sources, id, raw);
    const cite = sourceId ? [sourceId] : undefined;
    const events: BillEvent[] = [];
    const actions = Array.isArray(raw.actions) ? raw.actions : [];
    actions.forEach((a, i) => {
      const date = isObj(a) && typeof a.date === 'string' ? a.date.slice(0, 10) : '';
      if (!isObj(a) || dateProblem(date))
        return problem(file, at(`actions[${i}].date`), `"${isObj(a) ? String(a.date).slice(0, 30) : ''}" is not a date; action skipped`);
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
      const date = isObj(v) && typeof v.start_date === 'string' ? v.start_date.slice(0, 10) : '';
      if (!isObj(v) || dateProblem(date)) return problem(file, at(`votes[${i}].start_date`), 'not a date; vote skipped');
      const counts = Array.isArray(v.counts) ? v.counts.filter(isObj) : [];
      const count = (o: string) => Number(counts.find((c) => c.option === o)?.value ?? 0) || 0;
      const other = counts.filter((c) => c.option !== 'yes' && c.option !== 'no').reduce((s, c) => s + (Number(c.value) || 0), 0);
      const tally = {
        yes: Math.min(count('yes'), 10_000),
        no: Math.min(count('no'), 10_000),
        ...(other ? { notVoting: Math.min(other, 10_000) } : {}),
        ...(cite ? { sources: cite } : {}),
      };
      const motion = str(v.motion_text, 1500) ?? 'Vote';
      events.push({
        date,
        type: 'floor-vote',
        description: `${motion}${typeof v.result === 'string' ? ` (${clip(v.result, 40)})` : ''}`,
        tallies: [tally],
        ...(cite ? { sources: cite } : {}),
      });
    });
    const sponsors = Array.isArray(raw.sponsorships) ? raw.sponsorships.filter(isObj) : [];
    const authors: string[] = [];
    for (const s of sponsors) {
      const name = str(s.name, 200);
      if (!name) continue;
      if (s.primary === true || s.classification === 'primary' || s.classification === 'author') authors.push(name);
      const sid = `sponsor-${slug(name)}`;
      if (!stakeholders.has(sid))
        stakeholders.set(sid, {
          id: sid,
          name,
          kind: s.entity_type === 'person' ? 'legislator' : 'other',
          ...(cite ? { sources: cite } : {}),
        });
      if (!positions.some((p) => p.stakeholder === sid && p.target === id))
        positions.push({ stakeholder: sid, target: id, stance: 'sponsor', ...(cite ? { sources: cite } : {}) });
    }
    const relatedBills = Array.isArray(raw.related_bills) ? raw.related_bills : [];
    relatedBills.forEach((r, i) => {
      const ident = isObj(r) ? str(r.identifier, 60) : undefined;
      if (!ident) return problem(file, at(`related_bills[${i}].identifier`), 'missing; relation skipped');
      related.push({
        from: id,
        identifier: ident,
        kind: RELATIONS[String((r as Json).relation_type)] ?? 'related',
        file,
        path: at(`related_bills[${i}]`),
        source: sourceId,
      });
    });
    const versions = Array.isArray(raw.versions) ? raw.versions.filter(isObj) : [];
    const withText = versions.find((v) => typeof v.text === 'string');
    const text = typeof withText?.text === 'string' ? withText.text : texts.get(id);
    if (text)
      billText.set(id, {
        text,
        date: typeof withText?.date === 'string' && !dateProblem(withText.date.slice(0, 10)) ? withText.date.slice(0, 10) : undefined,
      });
    const abstract = Array.isArray(raw.abstracts) && isObj(raw.abstracts[0]) ? str(raw.abstracts[0].abstract, 5000) : undefined;
    const session = str(raw.session, 100) ?? str(raw.legislative_session, 100);
    const ref = findBillRefs(identifier)[0];
    bills.push({
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
    report.bills++;
  });

  const ids = new Set(bills.map((b) => b.id));
  const links: Link[] = [];
  for (const r of related) {
    const to = normaliseIdentifier(r.identifier);
    if (!to || !ids.has(to) || to === r.from) {
      problem(r.file, r.path, `related bill "${r.identifier}" is not among the imported bills; relation skipped`);
      continue;
    }
    links.push({
      id: `rel-${r.from}-${to}-${links.length}`,
      kind: r.kind,
      from: r.from,
      to: [to],
      ...(r.source ? { sources: [r.source] } : {}),
    });
  }
  for (const [id, { text, date }] of billText) {
    const bill = bills.find((b) => b.id === id)!;
    for (const d of detectClauses(text, id)) {
      const to: string[] = [];
      for (const t of d.targets) {
        if (ids.has(t.id)) to.push(t.id);
        else if (t.kind !== 'bill') {
          // A constitutional amendment or budget act not in the import: modelled as a measure to hang on.
          bills.push({ id: t.id, label: t.label, kind: t.kind, title: t.label, sources: bill.sources });
          ids.add(t.id);
          to.push(t.id);
        } else report.unresolved.push({ bill: bill.label, ref: t.label });
      }
      if (to.length === 0) continue;
      links.push({
        id: `det-${id}-${links.length}`,
        kind: d.kind,
        from: id,
        to: [...new Set(to)],
        ...(date ? { added: date } : {}),
        ...(d.deadline ? { deadline: d.deadline } : {}),
        ...(d.section ? { section: d.section } : {}),
        ...(d.order ? { order: d.order } : {}),
        clause: clip(d.clause, 5000),
        clauseVerified: true,
        note: `Found in the bill text by the rule "${d.rule}" (confidence ${d.confidence}), characters ${d.start}-${d.end}.`,
        ...(bill.sources ? { sources: bill.sources } : {}),
      });
      report.detected++;
    }
  }
  options.onProgress?.(records.length, records.length);
  const dataset: Dataset = {
    schemaVersion: 1,
    id: options.id ?? 'openstates-import',
    title: options.title ?? `Imported from Open States: ${report.bills} bills`,
    ...(jurisdictions.size ? { jurisdictions: [...jurisdictions].slice(0, 100) } : {}),
    sources,
    bills,
    ...(stakeholders.size ? { stakeholders: [...stakeholders.values()] } : {}),
    ...(positions.length ? { positions } : {}),
    ...(links.length ? { links } : {}),
  };
  return { dataset, report };
}

/** Registers the bill's public page (openstates_url, else its first http(s) source) as a source. */
function addSource(sources: Dataset['sources'], id: string, raw: Json): string | undefined {
  const candidates = [raw.openstates_url, ...(Array.isArray(raw.sources) ? raw.sources.map((s) => (isObj(s) ? s.url : undefined)) : [])];
  for (const url of candidates) {
    if (typeof url !== 'string' || url.length > 2000) continue;
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') continue;
      const key = `os-${id}`.slice(0, 32).replace(/[^A-Za-z0-9_-]/g, '-');
      sources[key] = { url: parsed.href, publisher: parsed.hostname };
      return key;
    } catch {
      // not a URL: try the next
    }
  }
  return undefined;
}

/** Bill text from HTML: tags dropped, entities for spaces and ampersands decoded. Never rendered. */
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#8211;|&ndash;/g, '–')
    .replace(/[ \t]+/g, ' ');
}
