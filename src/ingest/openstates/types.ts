/** The importer's inputs, options and report. */

/** A file handed to the importer. */
export interface ImportFile {
  /** File name (used in reports and to match text files to bills: "AB392.txt"). */
  name: string;
  /** Its contents. */
  text: string;
}

/** One problem with the input, by file and JSON path. */
export interface ImportProblem {
  /** The file's name. */
  file: string;
  /** JSON path inside the file ("results[3].votes[0].counts[1].value"); empty for the whole file. */
  path: string;
  /** What is wrong, and what was done (skipped...). */
  message: string;
}

/** What an import did. */
export interface ImportReport {
  /** Files read. */
  files: number;
  /** Bills imported. */
  bills: number;
  /** Records skipped. */
  skipped: number;
  /** Problems, by file and JSON path (the first 1,000; `skipped` counts them all). */
  problems: ImportProblem[];
  /** Links found in bill text. */
  detected: number;
  /** Where those links were read, in words that follow "found N ties": "in bill text". */
  tiesFrom: string;
  /** Bill references in detected clauses that named no imported bill. */
  unresolved: Array<{ bill: string; ref: string }>;
  /** Set when nothing usable came out (no bills, or more than a dataset holds): the reason, in words. */
  fatal?: string;
}

/** Options of an import. */
export interface ImportOptions {
  /** Dataset id (default "openstates-import"). */
  id?: string;
  /** Dataset title. */
  title?: string;
  /** Called as records are processed. */
  onProgress?: (done: number, total: number) => void;
}

/** A JSON object. */
export type Json = Record<string, unknown>;

/** True for a JSON object (not an array, not null). */
export const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Characters that reorder text on screen: dropped from imported text. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A trimmed, non-empty string cut to `max` characters (bidi controls dropped), or undefined. */
export function str(v: unknown, max = 500): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.replace(BIDI_CONTROLS, '').trim();
  return s ? clip(s, max) : undefined;
}

/** A string cut to `max` characters, ending with "…" when cut. */
export const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
