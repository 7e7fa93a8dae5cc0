/** Reading dataset files for the CLI, with the size limit applied before reading. */
import { readFileSync, statSync } from 'node:fs';
import type { ParseResult } from '../model';
import { parseDatasetText } from '../model';
import { MAX_FILE_CHARS } from '../model/guard';

/** The dataset in a file, or why it could not be read at all (unreadable = exit 2). */
export function readDatasetFile(path: string): { readable: true; result: ParseResult } | { readable: false; message: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_CHARS) {
      return {
        readable: true,
        result: {
          ok: false,
          errors: [{ path: '', message: `the file is ${(size / 1048576).toFixed(1)} MB; Tiebar reads datasets of at most 50 MB` }],
          warnings: [],
        },
      };
    }
    return { readable: true, result: parseDatasetText(readFileSync(path, 'utf8')) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === 'ENOENT'
        ? 'no such file'
        : err.code === 'EISDIR'
          ? 'it is a folder'
          : err.code === 'EACCES'
            ? 'permission denied'
            : err.message;
    return { readable: false, message: `${path}: cannot read (${why})` };
  }
}
