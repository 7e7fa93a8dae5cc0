/** Copy-ready embed code for a view: a plain responsive iframe, and a pym.js version. */

/** What the snippets embed. */
export interface EmbedTarget {
  /** Absolute URL of the embed (with `embed=1` and the view's state). */
  src: string;
  /** Accessible title of the iframe. */
  title: string;
  /** Fallback height in pixels. */
  height?: number;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const jsString = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c');

/** A responsive iframe: full width, fallback height, lazy loading, titled; resized by scripts that speak pym or AMP. */
export function iframeSnippet({ src, title, height = 640 }: EmbedTarget): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" loading="lazy" style="border:0;width:100%;max-width:100%;" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}

/** pym.js: the parent script sizes the iframe to the embed's content as it changes. */
export function pymSnippet({ src, title }: EmbedTarget, containerId = 'tiebar-embed'): string {
  return [
    `<div id="${escapeAttr(containerId)}"></div>`,
    `<script src="https://pym.nprapps.org/pym.v1.min.js"></script>`,
    `<script>new pym.Parent(${jsString(containerId)}, ${jsString(src)}, { title: ${jsString(title)} });</script>`,
  ].join('\n');
}

/** The embed URL for a full-app URL: same path and state, plus `embed=1`. */
export function embedUrl(appUrl: string): string {
  const url = new URL(appUrl);
  url.searchParams.set('embed', '1');
  return url.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/**
 * True when `url` can only be opened on the machine (or the private network) it came from:
 * `localhost`, loopback and private addresses, `.local` names, files. Links and embed code made on
 * such a page reach no reader.
 */
export function isLocalOnly(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'file:') return true;
  const host = u.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host === '::1' || host === '0.0.0.0') return true;
  const ip = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (!ip) return false;
  const [a, b] = [Number(ip[1]), Number(ip[2])];
  return a === 127 || a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254);
}
