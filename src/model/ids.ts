/** Ids: what the schema accepts, the names it reserves, and `safeId`, which makes a valid id from anything. */
import { MAX_ID_CHARS } from './limits';

/** A dataset id: lowercase letters, digits, "-" or "_", starting with a letter or digit, at most 64 characters. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** A source id (a key of `sources`): letters, digits, "-" or "_", at most 32 characters. */
export const SOURCE_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Names that are properties of every JavaScript object (`constructor`, `__proto__`...) or of
 * functions (`prototype`): refused as ids and keys, since a lookup by them finds the language's
 * own property rather than nothing.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Why a string is not a usable id, or null when it is one. */
export function idProblem(value: string): string | null {
  if (RESERVED_NAMES.has(value)) return `"${value}" is a reserved word in JavaScript and cannot be an id (use e.g. "${value}-1")`;
  return null;
}

/** FNV-1a, 32 bits, as 7 base-36 digits: a short, stable fingerprint of a string. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** A character outside printable ASCII: text without one is as Unicode normalization would leave it. */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/**
 * Lowercase letters and digits from any text, other runs turned into single dashes ("H.B. 4138" -> "h-b-4138").
 * ASCII text skips normalization: the first call to it loads Unicode's tables (about 4 ms as a dataset opens).
 */
export function slugify(text: string): string {
  return (NOT_PRINTABLE_ASCII.test(text) ? text.normalize('NFKD') : text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A valid id made of the given parts ("rel", from, to, n): slugged and joined with "-". When that
 * is too long, it is cut and ends with a fingerprint of the whole, so different inputs keep
 * different ids; empty or reserved results get an "x" or "-id". `max` is 64 (32 for source ids).
 */
export function safeId(parts: ReadonlyArray<string | number>, max = MAX_ID_CHARS): string {
  let id = parts
    .map((p) => slugify(String(p)))
    .filter((p) => p !== '')
    .join('-');
  if (id === '') id = 'x';
  if (id.length > max) {
    const tail = `-${fingerprint(parts.join('\u0000'))}`;
    id = `${id.slice(0, max - tail.length).replace(/-+$/, '')}${tail}`;
  }
  if (RESERVED_NAMES.has(id)) id = `${id.slice(0, max - 3)}-id`;
  return id;
}

/** Hands out ids that are valid and unique among those it gave: `safeId`, then "-2", "-3"... on a clash. */
export class IdMaker {
  private readonly used = new Set<string>();

  /** Builds with a different length limit (32 for source ids). */
  constructor(private readonly max = MAX_ID_CHARS) {}

  /** A new unique id for these parts. */
  make(parts: ReadonlyArray<string | number>): string {
    const base = safeId(parts, this.max);
    let id = base;
    for (let n = 2; this.used.has(id); n++) {
      const suffix = `-${n}`;
      id = `${base.slice(0, this.max - suffix.length)}${suffix}`;
    }
    this.used.add(id);
    return id;
  }

  /** Marks an id as taken (made elsewhere). */
  reserve(id: string): void {
    this.used.add(id);
  }

  /** True when the id was given or reserved. */
  has(id: string): boolean {
    return this.used.has(id);
  }
}
