/** Export the current graph as a standalone SVG (styles inlined; title, date, scenario, credit and sources) or as a PNG. */
import type { ExportMeta } from './core/exportLayout';
import { EXPORT_FONT, exportLayout } from './core/exportLayout';
import { EXPORT_PALETTE } from './core/theme';
import { pictureWindow } from './core/fit';
import { SVG_NS as NS, svgElement as el } from './svg/svgElement';

export type { ExportMeta } from './core/exportLayout';
export { creditLine } from './core/exportLayout';

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'visibility',
  'display',
  'paint-order',
  'text-anchor',
  'text-transform',
  'letter-spacing',
];

/**
 * A self-contained SVG document of the graph as shown: the title wrapped above it, the date and the
 * scenario sentence under the title, the graph scaled to fit (the whole, or `region` of it in graph
 * units, cut at the graph's part of the image), and the credit and sources below. `size` is the
 * image's size (a 1200 x 675 social card, or the view's own size).
 */
export function graphToSvg(
  svg: SVGSVGElement,
  meta: ExportMeta,
  size: { width: number; height: number },
  region?: readonly [number, number, number, number] | null,
): { text: string; width: number; height: number } {
  const layer = svg.querySelector<SVGGElement>('.tb-camera')!;
  // Words left out at the screen's zoom are drawn in the image (it has its own scale).
  const hidden = svg.getAttribute('data-hide');
  svg.removeAttribute('data-hide');
  const { width, height, lines, body } = exportLayout(meta, size);
  const drawn = layer.getBBox();
  const frame = region && pictureWindow(region, [drawn.x, drawn.y, drawn.x + drawn.width, drawn.y + drawn.height], body.width, body.height);
  const box = frame ? { x: frame[0], y: frame[1], width: frame[2] - frame[0], height: frame[3] - frame[1] } : drawn;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // The image is on white whatever the page's theme: its colours are computed in the export palette.
  const themed = Object.keys(EXPORT_PALETTE).map((name) => [`--${name}`, svg.style.getPropertyValue(`--${name}`)] as const);
  svg.setAttribute('data-exporting', '');
  for (const [name, colour] of Object.entries(EXPORT_PALETTE)) svg.style.setProperty(`--${name}`, colour);
  // Inline the computed styles, element by element, so the file looks the same anywhere.
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  // A bill is drawn in every outcome's look and shows its own: the file carries only the shown one.
  const unshown: Element[] = [];
  originals.forEach((o, i) => {
    const cs = getComputedStyle(o);
    if (o.classList.contains('tb-look') && cs.opacity === '0') unshown.push(copies[i]);
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    copies[i].setAttribute('style', style);
    copies[i].removeAttribute('class');
    copies[i].removeAttribute('tabindex');
  });
  for (const look of unshown) look.remove();
  for (const [name, before] of themed) svg.style.setProperty(name, before || null);
  // Back to the page's theme at once; transitions come back a frame later.
  requestAnimationFrame(() => svg.removeAttribute('data-exporting'));
  if (hidden) svg.setAttribute('data-hide', hidden);
  clone.removeAttribute('data-hide');
  clone.setAttribute('xmlns', NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const k = Math.min(region ? Infinity : 1.5, body.width / Math.max(box.width, 1), body.height / Math.max(box.height, 1));
  const camera = [...clone.children].find((c) => c.tagName === 'g') as SVGGElement | undefined;
  camera?.setAttribute(
    'transform',
    `translate(${body.x + (body.width - k * box.width) / 2 - k * box.x},${body.y + (body.height - k * box.height) / 2 - k * box.y}) scale(${k})`,
  );
  // A region's neighbours reach past it: the drawing is cut at the graph's part of the image, clear of the words.
  if (region && camera) {
    const clip = el('clipPath', { id: 'tb-export-graph' });
    clip.append(el('rect', { x: body.x, y: body.y, width: body.width, height: body.height }));
    const cut = el('g', { 'clip-path': 'url(#tb-export-graph)' });
    camera.replaceWith(cut);
    cut.append(camera);
    clone.insertBefore(el('defs', {}), clone.firstChild).append(clip);
  }
  clone.insertBefore(el('rect', { x: 0, y: 0, width, height, fill: EXPORT_PALETTE.bg }), clone.firstChild);
  const words = el('g', { 'font-family': EXPORT_FONT });
  for (const l of lines)
    words.append(el('text', { x: l.x, y: l.y, 'font-size': l.size, 'font-weight': l.bold ? 700 : 400, fill: l.colour }, l.text));
  clone.append(words);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

/** Renders the SVG to a PNG at `scale` (2 for sharp screens and print). */
export async function svgToPng(svg: { text: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the SVG could not be drawn'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * scale;
    canvas.height = svg.height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
