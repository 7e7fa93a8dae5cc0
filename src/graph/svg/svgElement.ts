/** Making SVG elements without d3: the bill looks a frame builds, and the export's own marks. */

/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** A new SVG element with `attrs` set, and `text` as its words (text only, never markup). */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const k in attrs) e.setAttribute(k, String(attrs[k]));
  if (text !== undefined) e.textContent = text;
  return e;
}
