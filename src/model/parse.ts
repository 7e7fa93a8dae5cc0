/** Reads a dataset from text or parsed JSON: size and shape guards, schema, references. */
import type { Dataset } from './schema';
import { SCHEMA_VERSION, datasetSchema } from './schema';
import type { Problem } from './problems';
import { formatPath } from './problems';
import { MAX_FILE_CHARS, guardJson } from './guard';
import { checkReferences } from './references';
import { migrateToCurrent } from './migrate';

/** The result of reading a dataset: the dataset, or the errors that stopped it. */
export type ParseResult = { ok: true; dataset: Dataset; warnings: Problem[] } | { ok: false; errors: Problem[]; warnings: Problem[] };

/** Parses and validates dataset text (a JSON file's contents). Never throws. */
export function parseDatasetText(text: string): ParseResult {
  if (text.length > MAX_FILE_CHARS) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return fail('', `the file is ${mb} MB; Tiebar reads datasets of at most ${MAX_FILE_CHARS / 1024 / 1024} MB`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail('', `not valid JSON: ${(e as Error).message}`);
  }
  return validateDataset(raw);
}

/** Validates parsed JSON as a dataset. Never throws. */
export function validateDataset(raw: unknown): ParseResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('', 'a dataset must be a JSON object ({ "schemaVersion": 1, ... })');
  }
  const guarded = guardJson(raw);
  if (guarded.length > 0) return { ok: false, errors: guarded, warnings: [] };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('schemaVersion', `missing or not a positive whole number (this Tiebar writes ${SCHEMA_VERSION})`);
  }
  if (version > SCHEMA_VERSION) {
    return fail(
      'schemaVersion',
      `this dataset was made by a newer Tiebar (schema ${version}; this one reads up to ${SCHEMA_VERSION}): update Tiebar to open it`,
    );
  }
  const migrated = migrateToCurrent(raw as Record<string, unknown>);
  if (!migrated.ok) return fail('schemaVersion', migrated.message);
  const notes = migrated.applied.map((step) => ({ path: 'schemaVersion', message: `migrated from an older schema (${step})` }));
  const parsed = datasetSchema.safeParse(migrated.doc, { reportInput: true });
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, 200).map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
    return { ok: false, errors, warnings: [] };
  }
  const { errors, warnings } = checkReferences(parsed.data);
  if (errors.length > 0) return { ok: false, errors, warnings: [...notes, ...warnings] };
  return { ok: true, dataset: parsed.data, warnings: [...notes, ...warnings] };
}

/** The parts of a zod issue the words are made from. */
export interface ZodIssueLike {
  code: string;
  message: string;
  keys?: string[];
  expected?: unknown;
  values?: unknown[];
  input?: unknown;
}

/** Plain words for a zod issue: what is wrong and what was expected. */
export function describeIssue(issue: ZodIssueLike): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key${issue.keys!.length > 1 ? 's' : ''} ${issue.keys!.map((k) => `"${k}"`).join(', ')} (check the spelling; see the schema)`;
    case 'invalid_value':
      return `is ${show(issue.input)}; expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing (expected ${String(issue.expected)})`
        : `is ${show(issue.input)}; expected ${String(issue.expected)}`;
    default:
      return issue.message;
  }
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function fail(path: string, message: string): ParseResult {
  return { ok: false, errors: [{ path, message }], warnings: [] };
}
