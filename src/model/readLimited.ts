/** Reading a fetched dataset with a running byte count, so a response without Content-Length stops at the size limit. */
import { MAX_FILE_BYTES, fileTooLarge } from './limits';

/** The response's text, or why it was not read in full. */
export type LimitedRead = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a response body as UTF-8 text, counting bytes as they arrive: past `limit` it cancels
 * the stream and says so. A declared Content-Length over the limit stops it before reading.
 */
export async function readLimitedText(res: Response, name: string, limit = MAX_FILE_BYTES): Promise<LimitedRead> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > limit) return { ok: false, message: `${fileTooLarge(declared, name)}.` };
  if (!res.body) return { ok: true, text: await res.text() };
  const reader = res.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel().catch(() => undefined);
      return {
        ok: false,
        message: `${name} is over ${limit / 1048576} MB (it was still arriving); Tiebar reads datasets of at most ${limit / 1048576} MB.`,
      };
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}
