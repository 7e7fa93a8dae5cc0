/**
 * Checks the schema cannot express: unique ids, references ("did you mean"), date order,
 * citations, and text a reader could be fooled by. Tolerant of malformed input, so they run
 * beside the schema and a reporter sees every error at once.
 */
import type { Problem } from './problems';
import { formatPath, suggest } from './problems';
import { dateEnd, dateStart } from './dates';
import { Findings } from './findings';
import { slugify } from './ids';
import { quote } from './text';

/** Errors (fatal) and warnings (shown) about a dataset; the first 200 of each, with the totals. */
export interface ReferenceReport {
  /** Problems that make the dataset unusable. */
  errors: Problem[];
  /** Problems worth showing that do not stop the dataset from loading. */
  warnings: Problem[];
  /** How many errors in all. */
  errorCount: number;
  /** How many warnings in all. */
  warningCount: number;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const NONE: readonly never[] = Object.freeze([]);
const items = (v: unknown): readonly Obj[] => (Array.isArray(v) ? (v as Obj[]) : NONE);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : NONE);

/** Characters that reorder text on screen (bidi embeddings, overrides and isolates). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Text made only of spaces, zero-width and other invisible characters. */
const INVISIBLE_ONLY = /^[\s\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800\u180E]*$/u;
/** Text made only of invisible characters (a first character in printable ASCII rules it out at once). */
const invisible = (v: string) => {
  const c = v.charCodeAt(0);
  return !(c > 0x20 && c < 0x7f) && INVISIBLE_ONLY.test(v);
};
/** Events that can only follow a bill's introduction. */
const AFTER_INTRODUCTION = new Set(['signed', 'chaptered', 'enacted', 'vetoed']);

/** Checks ids, references, date order, citations and deceptive text; runs on any parsed JSON. */
export function checkReferences(doc: unknown): ReferenceReport {
  const ds: Obj = isObj(doc) ? doc : {};
  const errors = new Findings();
  const warnings = new Findings();
  const err = errors.add.bind(errors);
  const warn = warnings.add.bind(warnings);

  const billIds = new Set<string>();
  const provisionIds = new Set<string>();
  const stakeholderIds = new Set<string>();
  const linkIds = new Set<string>();
  const introduced = new Map<string, string>();
  const provisionBill = new Map<string, string>();
  const sourceSet = new Set(isObj(ds.sources) ? Object.keys(ds.sources) : []);

  // The hot loops below build no strings and no closures unless something is wrong.
  const badRefs = (refs: unknown): boolean => {
    if (!Array.isArray(refs)) return false;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      if (typeof ref === 'string' && ref !== '' && !sourceSet.has(ref)) return true;
    }
    return false;
  };
  const reportRefs = (refs: unknown[], path: string) =>
    refs.forEach((ref, i) => {
      if (typeof ref === 'string' && ref !== '' && !sourceSet.has(ref))
        err(`${path}.sources[${i}]`, () => unknown('source', ref, sourceSet));
    });
  const uncited = (refs: unknown) => refs === undefined || (Array.isArray(refs) && refs.length === 0);
  const checkSources = (refs: unknown, path: string, what: string) => {
    if (uncited(refs)) warn(path, `${what} cites no source (add "sources": ["S1", ...])`);
    else if (badRefs(refs)) reportRefs(refs as unknown[], path);
  };
  const taken = (set: Set<string>, id: unknown): id is string =>
    typeof id === 'string' && (billIds.has(id) || provisionIds.has(id) || stakeholderIds.has(id) || set.has(id));
  const duplicate = (id: string, path: string, what: string) => err(`${path}.id`, `duplicate ${what} id ${quote(id)} (ids must be unique)`);
  const label = (value: unknown, path: string, what: string) => {
    if (BIDI_CONTROLS.test(value as string))
      err(path, `${what} holds characters that reverse text on screen (bidi overrides or isolates); remove them`);
    else if (invisible(value as string)) err(path, `${what} is made only of invisible characters; write a visible ${what}`);
  };
  const title = (value: unknown, path: string, what: string) => {
    if (BIDI_CONTROLS.test(value as string))
      warn(path, `${what} holds characters that reverse text on screen (bidi overrides or isolates)`);
    else if (invisible(value as string)) warn(path, `${what} is made only of invisible characters`);
  };
  const linkPath = (i: number) => `links[${i}]`;
  const eventPath = (b: number, e: number) => `bills[${b}].events[${e}]`;
  const deceptive = (value: unknown) => typeof value === 'string' && value !== '' && (BIDI_CONTROLS.test(value) || invisible(value));

  if (deceptive(ds.title)) title(ds.title, 'title', 'the title');
  const bills = items(ds.bills);
  for (let b = 0; b < bills.length; b++) {
    const bill = bills[b];
    if (!isObj(bill)) continue;
    const id = str(bill.id) ?? '';
    if (taken(billIds, bill.id)) duplicate(id, `bills[${b}]`, 'bill');
    billIds.add(id);
    if (uncited(bill.sources) || badRefs(bill.sources)) checkSources(bill.sources, `bills[${b}]`, `bill ${quote(id)}`);
    if (deceptive(bill.label)) label(bill.label, `bills[${b}].label`, 'label');
    if (deceptive(bill.title)) title(bill.title, `bills[${b}].title`, 'the title');
    const events = items(bill.events);
    let intro: string | undefined;
    for (const ev of events) {
      if (isObj(ev) && ev.type === 'introduced' && typeof ev.date === 'string') {
        intro = ev.date;
        break;
      }
    }
    if (intro !== undefined) introduced.set(id, intro);
    for (let e = 0; e < events.length; e++) {
      const ev = events[e];
      if (!isObj(ev)) continue;
      const tallies = items(ev.tallies);
      let cited = strings(ev.sources).length > 0;
      for (const t of tallies) if (!cited && isObj(t) && strings(t.sources).length > 0) cited = true;
      if (!cited) warn(eventPath(b, e), () => `event ${quote(str(ev.description) ?? '', 40)} cites no source`);
      if (badRefs(ev.sources)) reportRefs(ev.sources as unknown[], eventPath(b, e));
      for (let ti = 0; ti < tallies.length; ti++) {
        const t = tallies[ti];
        if (isObj(t) && badRefs(t.sources)) reportRefs(t.sources as unknown[], `${eventPath(b, e)}.tallies[${ti}]`);
      }
      if (tallies.length > 1) {
        const counts = new Set(tallies.filter(isObj).map((t) => `${String(t.yes)}-${String(t.no)}`));
        if (counts.size > 1)
          warn(`${eventPath(b, e)}.tallies`, `sources disagree on the tally: ${[...counts].join(', ')} (kept as recorded)`);
      }
      const date = ev.date;
      if (
        intro &&
        typeof date === 'string' &&
        date < intro &&
        AFTER_INTRODUCTION.has(String(ev.type)) &&
        validDate(date) &&
        validDate(intro)
      ) {
        if (dateEnd(date) < dateStart(intro))
          warn(`${eventPath(b, e)}.date`, `"${String(ev.type)}" on ${date}, before the bill was introduced on ${intro} (check both dates)`);
      }
    }
    items(bill.provisions).forEach((pr, p) => {
      if (!isObj(pr)) return;
      const pp = `bills[${b}].provisions[${p}]`;
      if (taken(provisionIds, pr.id)) duplicate(pr.id, pp, 'provision');
      if (typeof pr.id === 'string') {
        provisionIds.add(pr.id);
        provisionBill.set(pr.id, id);
      }
      checkSources(pr.sources, pp, `provision ${quote(str(pr.id) ?? '')}`);
      if (deceptive(pr.label)) label(pr.label, `${pp}.label`, 'label');
      const added = str(pr.added);
      const struck = str(pr.struck);
      if (added && struck && validDate(added) && validDate(struck) && dateEnd(struck) < dateStart(added))
        err(`${pp}.struck`, `struck on ${struck}, before it was added on ${added}`);
    });
  }

  const targets = () => [...billIds, ...provisionIds];
  items(ds.stakeholders).forEach((s, i) => {
    if (!isObj(s)) return;
    const path = `stakeholders[${i}]`;
    if (taken(stakeholderIds, s.id)) duplicate(s.id, path, 'stakeholder');
    if (typeof s.id === 'string') stakeholderIds.add(s.id);
    checkSources(s.sources, path, `stakeholder ${quote(str(s.id) ?? '')}`);
    if (deceptive(s.name)) label(s.name, `${path}.name`, 'name');
  });

  items(ds.positions).forEach((pos, i) => {
    if (!isObj(pos)) return;
    const path = `positions[${i}]`;
    const who = pos.stakeholder;
    if (typeof who === 'string' && !stakeholderIds.has(who)) err(`${path}.stakeholder`, () => unknown('stakeholder', who, stakeholderIds));
    const target = str(pos.target);
    const billId = target === undefined ? undefined : billIds.has(target) ? target : provisionBill.get(target);
    if (target !== undefined && billId === undefined) err(`${path}.target`, () => unknown('bill or provision', target, targets()));
    checkSources(pos.sources, path, 'position');
    const intro = billId && introduced.get(billId);
    const date = str(pos.date);
    if (date && intro && validDate(date) && validDate(intro) && dateEnd(date) < dateStart(intro)) {
      warn(`${path}.date`, `position dated ${date}, before ${billId} was introduced on ${intro}`);
    }
  });

  const links = items(ds.links);
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (!isObj(link)) continue;
    const id = str(link.id);
    if (id !== undefined) {
      if (linkIds.has(id)) err(`${linkPath(i)}.id`, `duplicate link id ${quote(id)} (ids must be unique)`);
      linkIds.add(id);
    }
    const from = str(link.from);
    if (from !== undefined && !billIds.has(from) && !provisionIds.has(from))
      err(`${linkPath(i)}.from`, () => unknown('bill or provision', from, targets()));
    const fromBill = provisionIds.size > 0 && from ? (provisionBill.get(from) ?? from) : from;
    const to = strings(link.to);
    let twice = false;
    for (let k = 0; k < to.length; k++) {
      const t = to[k];
      if (typeof t !== 'string') continue;
      for (let j = 0; j < k; j++) if (to[j] === t) twice = true;
      if (billIds.has(t)) {
        if (t === fromBill) err(`${linkPath(i)}.to[${k}]`, `a bill cannot be linked to itself (${quote(t)})`);
      } else if (provisionIds.has(t))
        err(`${linkPath(i)}.to[${k}]`, `${quote(t)} is a provision; links hang on bills (name its bill, "${provisionBill.get(t)}")`);
      else err(`${linkPath(i)}.to[${k}]`, () => unknown('bill', t, billIds));
    }
    if (twice) err(`${linkPath(i)}.to`, 'names the same bill twice');
    const added = str(link.added);
    const removed = str(link.removed);
    if (added && removed && validDate(added) && validDate(removed) && dateEnd(removed) < dateStart(added))
      err(`${linkPath(i)}.removed`, `removed on ${removed}, before it was added on ${added}`);
    if (link.kind === 'double-joint' && !link.section)
      err(`${linkPath(i)}.section`, 'a double-joint link must name the code section both bills amend');
    if (uncited(link.sources) || badRefs(link.sources)) checkSources(link.sources, linkPath(i), `link ${quote(id ?? '')}`);
  }
  items(ds.context).forEach((c, i) => isObj(c) && checkSources(c.sources, `context[${i}]`, 'context event'));
  // A baked position for a node the dataset does not have is a dangling reference (run `bake` again).
  if (isObj(ds.layout))
    for (const id of Object.keys(ds.layout))
      if (!billIds.has(id) && !provisionIds.has(id) && !stakeholderIds.has(id))
        err(
          formatPath(['layout', id]),
          () => `${unknown('bill, provision or stakeholder', id, [...billIds, ...stakeholderIds])}; run bake again`,
        );
  return { errors: errors.list, warnings: warnings.list, errorCount: errors.count, warningCount: warnings.count };
}

const DATE_SHAPE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const validDate = (v: string) => DATE_SHAPE.test(v);

/** "no bill with id "ab329" (did you mean "ab392"?)", also matching a label typed for an id ("AB 392"). */
function unknown(what: string, id: string, known: Iterable<string>): string {
  const list = [...known];
  const squashed = slugify(id).replace(/-/g, '');
  const hint = list.find((k) => k === squashed || k === slugify(id)) ?? suggest(id, list);
  return `no ${what} with id ${quote(id)}${hint ? ` (did you mean "${hint}"?)` : ''}`;
}
