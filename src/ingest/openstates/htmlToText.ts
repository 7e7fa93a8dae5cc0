/** Bill text from HTML, in one pass: tags dropped, scripts and styles removed, a few entities decoded. Never rendered. */

const BREAKS = new Set(['br', 'br/', '/p', '/div', '/li']);
const ENTITIES: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&#8211;': '–', '&ndash;': '–' };

/**
 * Linear in the length of the input whatever it holds (an unclosed "<" repeated 100,000 times
 * included): each search for a closing ">" or "</script" starts where the last one ended, and a
 * search that found nothing ends the scan or is not repeated.
 */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const out: string[] = [];
  let i = 0;
  const closers = new Map<string, number>(); // "</script" -> its next index (or -1), searched forward only
  const closerAt = (tag: string, from: number) => {
    const known = closers.get(tag);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const at = lower.indexOf(`</${tag}`, from);
    closers.set(tag, at);
    return at;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) break; // no tag closes after here: the rest is text
    if (gt === lt + 1) {
      // "<>" is not a tag: keep it as text
      out.push(html.slice(i, gt + 1));
      i = gt + 1;
      continue;
    }
    out.push(html.slice(i, lt));
    const name = /^\/?[a-z0-9]+\/?/.exec(lower.slice(lt + 1, Math.min(gt, lt + 12)))?.[0] ?? '';
    if (name === 'script' || name === 'style') {
      const close = closerAt(name, gt + 1);
      const end = close === -1 ? -1 : html.indexOf('>', close);
      if (end !== -1) {
        out.push(' ');
        i = end + 1;
        continue;
      }
    }
    out.push(BREAKS.has(name) ? '\n' : ' ');
    i = gt + 1;
  }
  out.push(html.slice(i));
  return out
    .join('')
    .replace(/&nbsp;|&amp;|&#8211;|&ndash;/g, (e) => ENTITIES[e])
    .replace(/[ \t]+/g, ' ');
}
