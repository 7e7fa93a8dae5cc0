/** Reading files for the CLI: regular files only, the size limit applied before reading, the BOM dropped. */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { ParseResult } from '../model';
import { MAX_FILE_BYTES, fileTooLarge, parseDatasetText, stripBom } from '../model';

/** A file's text, or why it could not be read (a message naming the file). */
export type ReadText = { ok: true; text: string } | { ok: false; message: string };

/** A file's bytes, or why it could not be read (a message naming the file). */
export type ReadBytes = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Reads a file of at most `limit` bytes. Checks that it is a regular file and its size on the open
 * descriptor first, so `/dev/zero`, a FIFO or a 4 GB file fail at once with a message.
 */
export function readFileBytes(path: string, limit = MAX_FILE_BYTES): ReadBytes {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: `${path}: cannot read (it is a folder)` };
    if (!stat.isFile()) return { ok: false, message: `${path}: cannot read (not a regular file: a device, pipe or socket)` };
    if (stat.size > limit) return { ok: false, message: `${path}: cannot read (${fileTooLarge(stat.size, 'it')})` };
    return { ok: true, bytes: readFileSync(fd) };
  } catch (e) {
    return { ok: false, message: `${path}: cannot read (${why(e as NodeJS.ErrnoException)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a UTF-8 text file of at most `limit` bytes (as readFileBytes), the BOM dropped. */
export function readTextFile(path: string, limit = MAX_FILE_BYTES): ReadText {
  const read = readFileBytes(path, limit);
  return read.ok ? { ok: true, text: stripBom(Buffer.from(read.bytes).toString('utf8')) } : read;
}

function why(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'no such file';
  if (err.code === 'EISDIR') return 'it is a folder';
  if (err.code === 'EACCES') return 'permission denied';
  return err.message.slice(0, 200);
}

/** The dataset in a file, or why it could not be read at all (unreadable = exit 2). */
export function readDatasetFile(path: string): { readable: true; result: ParseResult } | { readable: false; message: string } {
  const read = readTextFile(path);
  if (!read.ok) return { readable: false, message: read.message };
  return { readable: true, result: parseDatasetText(read.text) };
}
