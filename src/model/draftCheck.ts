/**
 * Validation for a draft changed one field at a time: the same schemas and reference checks as
 * validateDataset, but each list item's schema result is kept by object identity, so after an
 * edit (which copies only the changed item, src/model/edit.ts) only that item is checked again.
 */
import type { z } from 'zod/mini';
import type { Dataset } from './schema';
import {
  SCHEMA_VERSION,
  billSchema,
  contextEventSchema,
  datasetSchema,
  linkSchema,
  positionSchema,
  sourceSchema,
  stakeholderSchema,
} from './schema';
import { Findings } from './findings';
import { formatPath } from './problems';
import { checkReferences } from './references';
import type { ParseResult } from './parse';
import { describeIssue } from './describeIssue';
import { validateDataset } from './parse';

type Issue = { path: PropertyKey[]; message: string };
type Schema = z.ZodMiniType;

const LISTS: ReadonlyArray<[keyof Dataset, Schema]> = [
  ['bills', billSchema],
  ['stakeholders', stakeholderSchema],
  ['positions', positionSchema],
  ['links', linkSchema],
  ['context', contextEventSchema],
];
const VALID_SOURCE = { url: 'https://example.org/' };

/** Checks drafts, remembering each item's result; one checker per editing session. */
export function createDraftChecker(): (draft: unknown) => ParseResult {
  const cache = new WeakMap<object, Issue[]>();
  const itemIssues = (schema: Schema, item: unknown): Issue[] => {
    const key = item !== null && typeof item === 'object' ? item : null;
    const known = key && cache.get(key);
    if (known) return known;
    const r = schema.safeParse(item, { reportInput: true });
    const issues = r.success ? [] : r.error.issues.map((i) => ({ path: i.path, message: describeIssue(i) }));
    if (key) cache.set(key, issues);
    return issues;
  };

  return (draft) => {
    const doc = draft as Record<string, unknown>;
    // Anything the editor would not make (an old version, a list that is not a list) takes the full path.
    const plain =
      doc !== null &&
      typeof doc === 'object' &&
      doc.schemaVersion === SCHEMA_VERSION &&
      doc.sources !== null &&
      typeof doc.sources === 'object' &&
      !Array.isArray(doc.sources) &&
      LISTS.every(([k]) => doc[k] === undefined || Array.isArray(doc[k]));
    if (!plain) return validateDataset(draft);

    const errors = new Findings();
    const refs = checkReferences(doc);
    // A reference that names nothing is said once, by the reference check, as validateDataset says it.
    const add = (path: string, message: string) => {
      if (!refs.dangling.has(path)) errors.add(path, message);
    };
    // The dataset's own fields, with lists emptied and sources stood in for (their keys still checked).
    const shell: Record<string, unknown> = {
      ...doc,
      sources: Object.fromEntries(Object.keys(doc.sources as object).map((k) => [k, VALID_SOURCE])),
    };
    for (const [k] of LISTS) if (doc[k] !== undefined) shell[k] = [];
    for (const issue of itemIssues(datasetSchema, shell)) {
      if (issue.path.length === 1 && issue.path[0] === 'bills' && (doc.bills as unknown[]).length > 0) continue;
      add(formatPath(issue.path), issue.message);
    }
    for (const [id, source] of Object.entries(doc.sources as Record<string, unknown>))
      for (const issue of itemIssues(sourceSchema, source)) add(formatPath(['sources', id, ...issue.path]), issue.message);
    for (const [k, schema] of LISTS) {
      const list = (doc[k] as unknown[] | undefined) ?? [];
      // A plain loop, not forEach: holes in a list are checked (and refused) as the full path does.
      for (let i = 0; i < list.length; i++)
        for (const issue of itemIssues(schema, list[i])) add(formatPath([k, i, ...issue.path]), issue.message);
    }
    // Schema and reference problems are reported together, as validateDataset does.
    errors.addAll(refs.errors, refs.errorCount);
    if (errors.count > 0)
      return { ok: false, errors: errors.list, warnings: refs.warnings, errorCount: errors.count, warningCount: refs.warningCount };
    return { ok: true, dataset: doc as Dataset, warnings: refs.warnings, warningCount: refs.warningCount };
  };
}
