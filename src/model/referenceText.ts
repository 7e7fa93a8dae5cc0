/** Text a reader could be fooled by: bidi overrides that reorder it, or nothing visible at all. */

/** Characters that reorder text on screen (bidi embeddings, overrides and isolates). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Text made only of spaces, zero-width and other invisible characters. */
const INVISIBLE_ONLY = /^[\s\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800\u180E]*$/u;

/** Text made only of invisible characters (a first character in printable ASCII rules it out at once). */
export function invisible(v: string): boolean {
  const c = v.charCodeAt(0);
  return !(c > 0x20 && c < 0x7f) && INVISIBLE_ONLY.test(v);
}

/** True for a non-empty string that reorders on screen or shows nothing. */
export function deceptive(value: unknown): boolean {
  return typeof value === 'string' && value !== '' && (BIDI_CONTROLS.test(value) || invisible(value));
}
