/** Ids: what the schema accepts, the names it reserves, the one slug, and the ids made from words (`labelId`, `safeId`). */
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
/** The accents NFKD splits from their letters ("é" -> "e" + U+0301): dropped, so "Nuñez" is "nunez", not "nun-ez". */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** A bill's number once slugged ("ab 392"): read better joined, as its id ("ab392"). */
const BILL_NUMBER = /^[a-z]{1,4} \d+$/;

/**
 * The slug of any text: lowercase letters and digits, accents dropped, other runs turned into
 * single dashes ("H.B. 4138" -> "h-b-4138", "Café Nuñez" -> "cafe-nunez"), a bill's number joined
 * ("AB 392" -> "ab392"); "" when nothing is left. The one slug every id made from words comes from:
 * the editor's and the sheets' (`labelId`), the importers' (`safeId`), and the "did you mean" hints.
 * ASCII text skips normalization: the first call to it loads Unicode's tables (about 4 ms as a dataset opens).
 */
export function slugify(text: string): string {
  const words = (NOT_PRINTABLE_ASCII.test(text) ? text.normalize('NFKD').replace(COMBINING_MARKS, '') : text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return BILL_NUMBER.test(words) ? words.replace(' ', '') : words.replace(/ /g, '-');
}

/** How long an id made from a label may be: short enough to read, and to take a "-2" or a provision's part. */
const LABEL_ID_CHARS = 48;

/**
 * The id a label makes, as the editor and the sheets make a new bill's, stakeholder's or dataset's
 * (and the LegiScan import a sponsor's): its slug ("AB 392" -> "ab392", "ACLU of California" ->
 * "aclu-of-california"), a long one cut after its last whole word within 48 characters (it goes
 * into addresses and file names: "...-hangs-on-a", not "...-hangs-on-a-r"), `fallback` when no
 * letter or digit is left, and "-id" after a reserved name.
 */
export function labelId(label: string, fallback = 'item'): string {
  const slug = slugify(label);
  const cut = slug.length <= LABEL_ID_CHARS || slug[LABEL_ID_CHARS] === '-' ? slug.slice(0, LABEL_ID_CHARS) : wholeWords(slug);
  const id = cut.replace(/-+$/, '') || fallback;
  return RESERVED_NAMES.has(id) ? `${id}-id` : id;
}

/** A long slug's first 48 characters up to its last "-" (a single word that long is cut where it reaches 48). */
function wholeWords(slug: string): string {
  const head = slug.slice(0, LABEL_ID_CHARS);
  const end = head.lastIndexOf('-');
  return end > 0 ? head.slice(0, end) : head;
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
