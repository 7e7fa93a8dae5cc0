/** A bounded list of problems that still counts them all: the first 200 are kept, the rest only counted. */
import type { Problem } from './problems';
import { groupDigits } from './numbers';

/** How many problems of a kind a report lists (the rest are counted). */
export const MAX_LISTED = 200;

/** Problems found, the first `MAX_LISTED` kept with their messages; messages may be built lazily. */
export class Findings {
  /** The problems kept, in the order found. */
  readonly list: Problem[] = [];
  /** How many were found in all. */
  count = 0;

  /** Records a problem; a message given as a function is only built when the problem is kept. */
  add(path: string, message: string | (() => string)): void {
    this.count++;
    if (this.list.length < MAX_LISTED) this.list.push({ path, message: typeof message === 'function' ? message() : message });
  }

  /** Records problems found elsewhere (each counted once). */
  addAll(problems: readonly Problem[], total = problems.length): void {
    for (const p of problems) {
      if (this.list.length < MAX_LISTED) this.list.push(p);
    }
    this.count += total;
  }
}

/** "15,000 errors (the first 200 listed)", or "3 errors". */
export function countWords(count: number, listed: number, noun = 'error'): string {
  const words = `${groupDigits(count)} ${noun}${count === 1 ? '' : 's'}`;
  return count > listed ? `${words} (the first ${groupDigits(listed)} listed)` : words;
}
