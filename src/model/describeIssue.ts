/** Plain words for the schema's (zod's) issues: what is wrong, with the limit, never just "Invalid input". */
import { quote } from './text';
import { groupDigits } from './numbers';
import { suggest } from './problems';

/** The parts of a zod issue the messages use. */
export interface ZodIssueLike {
  code: string;
  message: string;
  keys?: string[];
  expected?: unknown;
  values?: unknown[];
  input?: unknown;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  format?: string;
  issues?: ZodIssueLike[];
}

const DEFAULT = 'Invalid input';
const n = (v: number | bigint | undefined) => (typeof v === 'number' ? groupDigits(v) : String(v));

/** Plain words for a zod issue: what is wrong and what was expected (custom messages from the schema win). */
export function describeIssue(issue: ZodIssueLike): string {
  const custom = issue.message && issue.message !== DEFAULT ? issue.message : null;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      const shown = keys.slice(0, 5).map((k) => quote(k, 40));
      const more = keys.length > 5 ? ` and ${keys.length - 5} more` : '';
      return `unknown key${keys.length > 1 ? 's' : ''} ${shown.join(', ')}${more} (check the spelling; see the schema)`;
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      // A word close to one of the list ("sigend", "opposes") is named with the one meant.
      const near =
        typeof issue.input === 'string'
          ? suggest(
              issue.input.toLowerCase(),
              values.filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      const hint = near ? ` (did you mean ${JSON.stringify(near)}?)` : '';
      return `is ${show(issue.input)}${hint}; expected ${values.length === 1 ? '' : 'one of '}${values.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    case 'invalid_type':
      if (custom) return `${custom} (it is ${show(issue.input)})`;
      return issue.input === undefined
        ? `is missing (expected ${String(issue.expected)})`
        : `is ${show(issue.input)}; expected ${expected(issue.expected)}`;
    case 'too_big':
      return `${custom ?? limitWords(issue, 'at most', issue.maximum)}${size(issue)}`;
    case 'too_small':
      return `${custom ?? limitWords(issue, 'at least', issue.minimum)}${size(issue)}`;
    case 'invalid_key': {
      const inner = issue.issues?.[0];
      return `the key ${quote(String(issue.input ?? ''), 40)} is not allowed: ${inner ? describeIssue({ ...inner, input: undefined }) : 'check it'}`;
    }
    case 'invalid_format':
      return custom ?? `is ${show(issue.input)}; not in the expected format (${issue.format ?? 'see the schema'})`;
    default:
      return custom ?? `is ${show(issue.input)}; not what the schema allows here`;
  }
}

function expected(what: unknown): string {
  if (what === 'int') return 'a whole number';
  if (what === 'tuple') return 'a list';
  return String(what);
}

function limitWords(issue: ZodIssueLike, bound: string, limit: number | bigint | undefined): string {
  if (issue.origin === 'array' || issue.origin === 'set') return `must have ${bound} ${n(limit)} item${limit === 1 ? '' : 's'}`;
  if (issue.origin === 'string') return `must be ${bound} ${n(limit)} character${limit === 1 ? '' : 's'}`;
  return `must be ${bound} ${n(limit)}`;
}

/** " (it has 60,000)" / " (it is 12,000)": the size found, next to the limit. */
function size(issue: ZodIssueLike): string {
  const v = issue.input;
  if (Array.isArray(v)) return ` (it has ${groupDigits(v.length)})`;
  // An empty string needs no count next to "must not be empty".
  if (typeof v === 'string') return v.length === 0 ? '' : ` (it has ${groupDigits(v.length)} characters)`;
  if (typeof v === 'number') return ` (it is ${v.toLocaleString('en-US', { maximumFractionDigits: 3 })})`;
  return '';
}

/** A value, briefly: strings quoted and cut, lists and objects named, not printed. */
export function show(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return quote(value, 40);
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return String(value);
}
