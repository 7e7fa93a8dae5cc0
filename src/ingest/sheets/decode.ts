/** A CSV file's bytes -> its text: UTF-8 when they are, else Windows-1252 (what Excel's plain "CSV" saves on Windows). */
import type { SheetFile } from './write';

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Windows-1252 is Latin-1 but for 0x80-0x9f, which hold curly quotes, dashes and the like (the
// WHATWG encoding index; the five bytes it leaves unassigned keep their code). Written out here
// because Node's TextDecoder reads "windows-1252" as plain Latin-1.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1252 bytes as text. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? HIGH.charCodeAt(b - 0x80) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * The sheet in `bytes`, named `name`. Bytes that are not UTF-8 are read as Windows-1252 (every
 * byte is a character there), and the sheet says so, so the reader can warn instead of letting
 * "’" turn into "�".
 */
export function decodeSheet(name: string, bytes: Uint8Array): SheetFile {
  try {
    return { name, text: utf8.decode(bytes) };
  } catch {
    return { name, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
