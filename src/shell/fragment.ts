/**
 * A dataset carried in the URL fragment: `#data=<deflate, base64url>`. The fragment never reaches
 * a server, so a link or embed made this way works for every reader with no hosting at all.
 */
import { groupDigits } from '../model/numbers';

/** The dataset ref (store and loader) of a dataset read from the URL fragment. */
export const FRAGMENT_REF = '#data';

/** The longest link Tiebar hands out with a dataset in it (browsers, CMSs and chat apps keep this much). */
export const MAX_LINK_CHARS = 32_000;

/** The most a fragment may inflate to (the dataset file limit). */
const MAX_INFLATED_BYTES = 50 * 1024 * 1024;
/** The longest `data=` value read. */
const MAX_FRAGMENT_CHARS = 4 * 1024 * 1024;

/** The `data` value of a URL fragment (`#data=...`, possibly among other `&` parts), or null. */
export function fragmentData(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get('data');
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = source.pipeThrough(stream as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError(`it inflates to more than ${limit / 1048576} MB`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The `data=` value for dataset JSON text: raw deflate (CompressionStream), then base64url. */
export async function encodeFragmentData(json: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/** A decoded fragment: the dataset's JSON text, or why it could not be read. */
export type FragmentResult = { ok: true; text: string } | { ok: false; message: string };

/** Decodes a `data=` value (raw deflate, or zlib-wrapped deflate, in base64url) to JSON text. */
export async function decodeFragmentData(value: string): Promise<FragmentResult> {
  if (value.length > MAX_FRAGMENT_CHARS) return { ok: false, message: `it is ${groupDigits(value.length)} characters long` };
  const bytes = fromBase64Url(value);
  if (!bytes || bytes.length === 0) return { ok: false, message: 'it is not base64url text (was the link cut short or changed?)' };
  // A zlib header (CMF 0x78-style, checksum divisible by 31) means "deflate"; otherwise raw deflate.
  const zlib = bytes.length > 1 && (bytes[0] & 0x0f) === 8 && ((bytes[0] << 8) | bytes[1]) % 31 === 0;
  let inflated: Uint8Array;
  try {
    inflated = await pipe(bytes, new DecompressionStream(zlib ? 'deflate' : 'deflate-raw'), MAX_INFLATED_BYTES);
  } catch (e) {
    return { ok: false, message: e instanceof RangeError ? e.message : 'it does not decompress (was the link cut short or changed?)' };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return { ok: false, message: 'it is not UTF-8 text' };
  }
}
