/** Every size limit of a dataset in one place: the schema, the fast validator, the CLI, the importer and the app read them here. */

/** The largest dataset file Tiebar reads (bytes; also checked on text length). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** The longest single string a dataset may hold. */
export const MAX_STRING_CHARS = 1024 * 1024;
/** The longest bill text (`bills[i].text`, kept for detection): real budget bills run to 4 MB. */
export const MAX_BILL_TEXT_CHARS = 8 * 1024 * 1024;
/** The deepest nesting a dataset may have (the schema needs 5). */
export const MAX_DEPTH = 32;
/** Most bills in one dataset. */
export const MAX_BILLS = 50_000;
/** Most stakeholders in one dataset. */
export const MAX_STAKEHOLDERS = 50_000;
/** Most positions in one dataset. */
export const MAX_POSITIONS = 200_000;
/** Most links in one dataset. */
export const MAX_LINKS = 500_000;
/** The largest vote count of a tally. */
export const MAX_TALLY = 10_000;
/** Most sources one fact may cite. */
export const MAX_SOURCE_REFS = 100;
/** Baked layout coordinates lie within +-this (a layout of 50,000 nodes spans a few thousand). */
export const MAX_COORDINATE = 1_000_000;
/** The longest id. */
export const MAX_ID_CHARS = 64;
/** The longest source id. */
export const MAX_SOURCE_ID_CHARS = 32;

/** "52.4 MB" for a byte count. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** The message for a file over the size limit, the same in the CLI, the app and the embed. */
export function fileTooLarge(bytes: number, what = 'the file'): string {
  return `${what} is ${megabytes(bytes)}; Tiebar reads datasets of at most ${MAX_FILE_BYTES / 1048576} MB`;
}
