/** Reads a dataset from text or parsed JSON: size and shape guards, schema, references, all reported at once. */
import { SCHEMA_VERSION, datasetSchema } from './schema';
import { formatPath } from './problems';
import { guardJson } from './guard';
import { checkReferences } from './references';
import { migrateToCurrent } from './migrate';
import { describeIssue } from './describeIssue';
import { dateProblem } from './dates';
import { Findings } from './findings';
import type { ParseResult } from './quickParse';
import { fail, readDatasetJson, validateQuickly } from './quickParse';

export type { ParseResult };

/** Parses and validates dataset text (a JSON file's contents; a UTF-8 BOM is ignored). Never throws. */
export function parseDatasetText(text: string): ParseResult {
  const read = readDatasetJson(text);
  return 'raw' in read ? validateDataset(read.raw) : read;
}

/** Validates parsed JSON as a dataset: every schema and reference error at once. Never throws. */
export function validateDataset(raw: unknown): ParseResult {
  // The common case: the hand-written check passes, and only the references remain.
  return validateQuickly(raw) ?? validateSlowly(raw as Record<string, unknown>);
}

/** The full path for a document the fast check did not pass: guards, version, zod and references together. */
function validateSlowly(raw: Record<string, unknown>): ParseResult {
  const guarded = guardJson(raw);
  // Prototype keys and deep nesting are hostile: nothing else looks at such a document.
  if (guarded.some((p) => !p.message.startsWith('a string of')))
    return { ok: false, errors: guarded, warnings: [], errorCount: guarded.length };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('schemaVersion', `missing or not a positive whole number (this Tiebar writes ${SCHEMA_VERSION})`);
  }
  if (version > SCHEMA_VERSION) {
    return fail(
      'schemaVersion',
      `this dataset was made by a newer Tiebar (schema ${version}; this one reads up to ${SCHEMA_VERSION}): update Tiebar to open it`,
    );
  }
  const migrated = migrateToCurrent(raw);
  if (!migrated.ok) return fail('schemaVersion', migrated.message);
  const notes = migrated.applied.map((step) => ({ path: 'schemaVersion', message: `migrated from an older schema (${step})` }));
  const errors = new Findings();
  errors.addAll(guarded);
  const parsed = datasetSchema.safeParse(migrated.doc, { reportInput: true });
  const refs = checkReferences(migrated.doc);
  if (!parsed.success) {
    const longStrings = new Set(guarded.map((p) => p.path));
    for (const issue of parsed.error.issues) {
      const path = formatPath(issue.path);
      if (issue.code === 'too_big' && longStrings.has(path)) continue; // said once, by the guard
      // "AB 329" in a link: said once, by the reference check, which names the id meant ("ab392").
      if (refs.dangling.has(path)) continue;
      // A dated thing without its date is told what a date looks like, as the editor tells it.
      const missingDate = issue.code === 'invalid_type' && issue.input === undefined && issue.path.at(-1) === 'date';
      errors.add(path, () => (missingDate ? dateProblem('')! : describeIssue(issue)));
    }
  }
  errors.addAll(refs.errors, refs.errorCount);
  const warnings = [...notes, ...refs.warnings];
  const warningCount = notes.length + refs.warningCount;
  if (errors.count > 0 || !parsed.success)
    return { ok: false, errors: errors.list, warnings, errorCount: Math.max(1, errors.count), warningCount };
  return { ok: true, dataset: parsed.data, warnings, warningCount };
}
