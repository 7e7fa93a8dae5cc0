/**
 * Checks the schema cannot express: unique ids, references ("did you mean"), date order,
 * citations, and text a reader could be fooled by. Tolerant of malformed input, so they run
 * beside the schema and a reporter sees every error at once.
 */
import type { Problem } from './problems';
import { ReferenceContext, isObj } from './referenceContext';
import { checkBills } from './referenceBills';
import { checkContextAndLayout, checkLinks, checkPeople } from './referenceLinks';
import { deceptive } from './referenceText';

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
  /** Paths of references that name nothing: the error there says so with the id meant, so the schema need not say the value is not id-shaped. */
  dangling: ReadonlySet<string>;
}

/** Checks ids, references, date order, citations and deceptive text; runs on any parsed JSON. */
export function checkReferences(doc: unknown): ReferenceReport {
  const ds = isObj(doc) ? doc : {};
  const ctx = new ReferenceContext(ds.sources);
  if (deceptive(ds.title)) ctx.title(ds.title, 'title', 'the title');
  checkBills(ctx, ds);
  checkPeople(ctx, ds);
  checkLinks(ctx, ds);
  checkContextAndLayout(ctx, ds);
  const { errors, warnings, dangling } = ctx;
  return { errors: errors.list, warnings: warnings.list, errorCount: errors.count, warningCount: warnings.count, dangling };
}
