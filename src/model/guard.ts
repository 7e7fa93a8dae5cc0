/** Checks on raw JSON before the schema sees it: size, depth and prototype keys. */
import type { Problem } from './problems';
import { formatPath } from './problems';

import { MAX_BILL_TEXT_CHARS, MAX_DEPTH, MAX_FILE_BYTES, MAX_STRING_CHARS } from './limits';
import { quote } from './text';

export { MAX_BILL_TEXT_CHARS, MAX_DEPTH, MAX_STRING_CHARS };
/** The largest dataset file Tiebar reads (the one limit lives in ./limits). */
export const MAX_FILE_CHARS = MAX_FILE_BYTES;

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
        problems.push({
          path: formatPath([...path, key]),
          message: `the key ${quote(key)} is not allowed (it could alter JavaScript objects)`,
        });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}
