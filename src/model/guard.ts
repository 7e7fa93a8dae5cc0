/** Checks on raw JSON before the schema sees it: size, depth and prototype keys. */
import type { Problem } from './problems';
import { formatPath } from './problems';

/** The largest dataset file Tiebar reads. */
export const MAX_FILE_CHARS = 50 * 1024 * 1024;
/** The longest single string a dataset may hold. */
export const MAX_STRING_CHARS = 1024 * 1024;
/** The longest bill text (`bills[i].text`, kept for detection): real budget bills run to 4 MB. */
export const MAX_BILL_TEXT_CHARS = 8 * 1024 * 1024;
/** The deepest nesting a dataset may have (the schema needs 5). */
export const MAX_DEPTH = 32;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_REPORTED = 50;

/** Walks parsed JSON without recursion and reports hostile shapes, stopping after 50. */
export function guardJson(root: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value: root, path: [] }];
  while (stack.length > 0 && problems.length < MAX_REPORTED) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const max = path.length === 3 && path[0] === 'bills' && path[2] === 'text' ? MAX_BILL_TEXT_CHARS : MAX_STRING_CHARS;
      if (value.length > max) {
        problems.push({
          path: formatPath(path),
          message: `a string of ${value.length} characters is too long (at most ${max})`,
        });
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) {
      problems.push({ path: formatPath(path), message: `nested too deeply (more than ${MAX_DEPTH} levels)` });
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ path: formatPath([...path, key]), message: `the key "${key}" is not allowed (it could alter JavaScript objects)` });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}
