/** What the embed's table says it lists: how many, matching which words, and where the rest are. */
import { countOf } from '../engine/words/grammar';
import { groupDigits } from '../model/numbers';
import { clipKey } from '../model/text';

/** Rows shown at most: a session's table shows its first rows, each bill explained only when shown. */
export const MAX_EMBED_ROWS = 500;

/**
 * The caption of a table of `total` rows (`noun`: "bill") showing `shown` of them, filtered by
 * `filter`: "4 bills matching “liquor”", "The first 500 of 4,448 bills ("Open in Tiebar" has them
 * all)"; null when it shows them all and no filter narrows them (there is nothing to say).
 */
export function embedCaption(noun: string, shown: number, total: number, filter: string): string | null {
  const nouns = `${noun}s`;
  const words = filter.trim() ? `“${clipKey(filter.trim(), 60)}”` : null;
  if (shown < total)
    return `The first ${shown} of ${groupDigits(total)} ${nouns}${words ? ` matching ${words}` : ''} ("Open in Tiebar" has them all)`;
  if (!words) return null;
  return total === 0 ? `No ${nouns} match ${words}` : `${countOf(total, noun)} matching ${words}`;
}
