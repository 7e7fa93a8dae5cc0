/**
 * A large object as JSON text in pieces: its top-level lists cut into chunks, so the page can parse
 * it back a few milliseconds at a time (one JSON.parse of a session's 16 MB holds the page for
 * hundreds of milliseconds). Round trip: `await joinJson(splitJson(x))` equals `JSON.parse(JSON.stringify(x))`.
 */

/** Items per chunk of a top-level list. */
export const CHUNK_ITEMS = 2000;

/** An object as JSON: everything but its long top-level lists in `head`, and each such list in chunks. */
export interface JsonChunks {
  /** The object without its long lists, as JSON. */
  head: string;
  /** Each long top-level list: its key and its items as JSON arrays of at most CHUNK_ITEMS. */
  lists: Array<[string, string[]]>;
}

/**
 * Sets `key` as an own property, whatever its name: a plain assignment of "__proto__" would set the
 * object's prototype instead, and the key would vanish from its JSON (JSON.parse keeps it as data).
 */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Cuts `value` (a plain object) into JSON chunks. */
export function splitJson(value: object): JsonChunks {
  const rest: Record<string, unknown> = {};
  const lists: Array<[string, string[]]> = [];
  for (const [key, v] of Object.entries(value)) {
    if (!Array.isArray(v) || v.length <= CHUNK_ITEMS) {
      setOwn(rest, key, v);
      continue;
    }
    setOwn(rest, key, null); // keeps the key's place, so the object comes back with its keys in order
    const chunks: string[] = [];
    for (let i = 0; i < v.length; i += CHUNK_ITEMS) chunks.push(JSON.stringify(v.slice(i, i + CHUNK_ITEMS)));
    lists.push([key, chunks]);
  }
  return { head: JSON.stringify(rest), lists };
}

/**
 * Parses the chunks back into one object (keys in their order), handing the page back
 * (`pause`) whenever `budgetMs` of parsing have passed.
 */
export async function joinJson<T>(
  { head, lists }: JsonChunks,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  budgetMs = 30,
): Promise<T> {
  const out = JSON.parse(head) as Record<string, unknown>;
  let since = performance.now();
  for (const [key, chunks] of lists) {
    const items: unknown[] = [];
    for (const chunk of chunks) {
      if (performance.now() - since > budgetMs) {
        await pause();
        since = performance.now();
      }
      for (const item of JSON.parse(chunk) as unknown[]) items.push(item);
    }
    setOwn(out, key, items);
  }
  return out as T;
}
