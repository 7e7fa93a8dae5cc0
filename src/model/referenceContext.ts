/**
 * What the reference checks share while they walk a dataset: the ids seen so far, the sources
 * known, and the reporters, so each part (bills, people, links) lives in a file of its own.
 */
import { CITE_HINT, suggest } from './problems';
import { Findings } from './findings';
import { slugify } from './ids';
import { quote } from './text';
import { BIDI_CONTROLS, invisible } from './referenceText';

/** A plain JSON object, as read: nothing in it is trusted yet. */
export type Obj = Record<string, unknown>;
/** True for a plain object (not null, not an array). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const NONE: readonly never[] = Object.freeze([]);
/** The value as a list of objects to walk (empty if it is not an array). */
export const items = (v: unknown): readonly Obj[] => (Array.isArray(v) ? (v as Obj[]) : NONE);
/** The value if it is a string. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** The value as a list (empty if it is not an array). */
export const strings = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : NONE);

const DATE_SHAPE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** True for a YYYY, YYYY-MM or YYYY-MM-DD string (the schema reports other shapes). */
export const validDate = (v: string) => DATE_SHAPE.test(v);

/** What `unknown` may also weigh when it suggests an id. */
export interface UnknownHints {
  /** Each slugified name to its id: a name typed for an id ("Michigan AFL-CIO") is named as such. */
  names?: ReadonlyMap<string, string>;
  /** Ids already used beside this one (the other ends of its link): suggested only when no other is close. */
  avoid?: ReadonlySet<string>;
}

/**
 * "no bill with id "ab329" (did you mean "ab392"?)", also matching a label typed for an id ("AB
 * 392", or "AB 329" mistyped), and a name typed for an id (see UnknownHints). Every check that
 * finds a reference naming nothing says it with these words, the spreadsheet import's own included.
 */
export function unknown(what: string, id: string, known: Iterable<string>, { names, avoid }: UnknownHints = {}): string {
  const list = [...known];
  const slug = slugify(id);
  const squashed = slug.replace(/-/g, '');
  const named = names?.get(slug);
  const hint =
    list.find((k) => k === squashed || k === slug) ??
    suggest(id, list, avoid) ??
    (squashed === id ? undefined : suggest(squashed, list, avoid));
  if (named && named !== hint) return `no ${what} with id ${quote(id)} (that is the name of "${named}": write its id)`;
  return `no ${what} with id ${quote(id)}${hint ? ` (did you mean "${hint}"?)` : ''}`;
}

/** The state of one reference check: ids seen, sources known, errors and warnings found. */
export class ReferenceContext {
  /** Errors found (fatal). */
  readonly errors = new Findings();
  /** Warnings found (shown). */
  readonly warnings = new Findings();
  /** Paths of references that name nothing (see `missing`). */
  readonly dangling = new Set<string>();
  /** Bill ids seen. */
  readonly billIds = new Set<string>();
  /** Provision ids seen. */
  readonly provisionIds = new Set<string>();
  /** Stakeholder ids seen. */
  readonly stakeholderIds = new Set<string>();
  /** Stakeholder ids by slugified name (a name typed where an id belongs is named as such). */
  readonly stakeholderNames = new Map<string, string>();
  /** Each bill's introduction date, by bill id. */
  readonly introduced = new Map<string, string>();
  /** Each provision's bill, by provision id. */
  readonly provisionBill = new Map<string, string>();
  private readonly sourceSet: Set<string>;

  constructor(sources: unknown) {
    this.sourceSet = new Set(isObj(sources) ? Object.keys(sources) : []);
  }

  /** Records an error at a path (the message may be built only when it is kept). */
  err(path: string, message: string | (() => string)): void {
    this.errors.add(path, message);
  }

  /** Reports a reference at `path` that names nothing (`unknown`'s words); the schema's word on its shape is not said too. */
  missing(path: string, message: () => string): void {
    this.dangling.add(path);
    this.err(path, message);
  }

  /** Records a warning at a path. */
  warn(path: string, message: string | (() => string)): void {
    this.warnings.add(path, message);
  }

  /** True if a list of source refs names one the dataset lacks (builds nothing when all is well). */
  badRefs(refs: unknown): boolean {
    if (!Array.isArray(refs)) return false;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      if (typeof ref === 'string' && ref !== '' && !this.sourceSet.has(ref)) return true;
    }
    return false;
  }

  /** Reports each source ref the dataset lacks, at its index. */
  reportRefs(refs: unknown[], path: string): void {
    refs.forEach((ref, i) => {
      if (typeof ref === 'string' && ref !== '' && !this.sourceSet.has(ref))
        this.missing(`${path}.sources[${i}]`, () => unknown('source', ref, this.sourceSet));
    });
  }

  /** True when a fact cites nothing. */
  uncited(refs: unknown): boolean {
    return refs === undefined || (Array.isArray(refs) && refs.length === 0);
  }

  /** Warns about a fact that cites no source; reports refs to missing sources. */
  checkSources(refs: unknown, path: string, what: string): void {
    if (this.uncited(refs)) this.warn(path, `${what} cites no source${CITE_HINT}`);
    else if (this.badRefs(refs)) this.reportRefs(refs as unknown[], path);
  }

  /** True if the id is already used by a bill, provision or stakeholder, or by `set`. */
  taken(set: Set<string>, id: unknown): id is string {
    return typeof id === 'string' && (this.billIds.has(id) || this.provisionIds.has(id) || this.stakeholderIds.has(id) || set.has(id));
  }

  /** Reports a duplicate id. */
  duplicate(id: string, path: string, what: string): void {
    this.err(`${path}.id`, `duplicate ${what} id ${quote(id)} (ids must be unique)`);
  }

  /** A label a reader is fooled by is an error (labels are what the graph shows). */
  label(value: unknown, path: string, what: string): void {
    if (BIDI_CONTROLS.test(value as string))
      this.err(path, `${what} holds characters that reverse text on screen (bidi overrides or isolates); remove them`);
    else if (invisible(value as string)) this.err(path, `${what} is made only of invisible characters; write a visible ${what}`);
  }

  /** A title a reader is fooled by is a warning. */
  title(value: unknown, path: string, what: string): void {
    if (BIDI_CONTROLS.test(value as string))
      this.warn(path, `${what} holds characters that reverse text on screen (bidi overrides or isolates)`);
    else if (invisible(value as string)) this.warn(path, `${what} is made only of invisible characters`);
  }

  /** Every bill and provision id, for "did you mean". */
  targets(): string[] {
    return [...this.billIds, ...this.provisionIds];
  }
}
