/** Export the current graph as a standalone SVG (styles inlined, with title and legend) or as a 2x PNG. */
import { OUTCOME_STYLE, STANCE_STYLE } from './encodings';

const NS = 'http://www.w3.org/2000/svg';
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
];

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A self-contained SVG document of the graph as shown, with `title` above and a legend below. */
export function graphToSvg(svg: SVGSVGElement, title: string, credit: string): { text: string; width: number; height: number } {
  const layer = svg.querySelector<SVGGElement>('.tb-camera')!;
  const box = layer.getBBox();
  const pad = 24;
  const head = 48;
  const legendH = 56;
  const width = Math.ceil(Math.max(box.width + 2 * pad, 640));
  const height = Math.ceil(box.height + 2 * pad + head + legendH);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Inline the computed styles, element by element, so the file looks the same anywhere.
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((o, i) => {
    const cs = getComputedStyle(o);
    const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    copies[i].setAttribute('style', style);
    copies[i].removeAttribute('class');
    copies[i].removeAttribute('tabindex');
  });
  clone.setAttribute('xmlns', NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const camera = [...clone.children].find((c) => c.tagName === 'g') as SVGGElement | undefined;
  camera?.setAttribute('transform', `translate(${pad - box.x + (width - 2 * pad - box.width) / 2},${head + pad - box.y})`);
  clone.insertBefore(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }), clone.firstChild);
  clone.append(
    el('text', { x: pad, y: 30, 'font-size': 20, 'font-weight': 700, 'font-family': 'system-ui, sans-serif', fill: '#1d1d1f' }, title),
  );
  const legend = el('g', {
    transform: `translate(${pad},${height - legendH + 8})`,
    'font-family': 'system-ui, sans-serif',
    'font-size': 11,
  });
  let x = 0;
  for (const [name, s] of Object.entries(OUTCOME_STYLE)) {
    legend.append(
      el('rect', {
        x,
        y: 0,
        width: 14,
        height: 14,
        rx: 3,
        fill: s.pattern ? '#fff4ec' : s.fill,
        stroke: s.stroke,
        'stroke-dasharray': s.dash,
        'stroke-width': 2,
      }),
    );
    legend.append(el('text', { x: x + 18, y: 11, fill: '#1d1d1f' }, name));
    x += 30 + name.length * 6.5;
  }
  x = 0;
  for (const [name, s] of Object.entries(STANCE_STYLE)) {
    legend.append(el('line', { x1: x, y1: 27, x2: x + 20, y2: 27, stroke: s.stroke, 'stroke-width': s.width, 'stroke-dasharray': s.dash }));
    legend.append(el('text', { x: x + 24, y: 31, fill: '#1d1d1f' }, name));
    x += 34 + name.length * 6.5;
  }
  legend.append(el('text', { x: 0, y: 46, fill: '#5b5b60' }, credit));
  clone.append(legend);
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
