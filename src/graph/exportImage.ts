/** Export the current graph as a standalone SVG (styles inlined; title, date, scenario, credit and sources) or as a PNG. */

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

/** The words around an exported graph. */
export interface ExportMeta {
  /** The dataset's title. */
  title: string;
  /** The date shown ("As of 24 Apr 2019", "Latest record: 1 Jan 2020"). */
  date: string;
  /** The scenario in one sentence ("As recorded.", "If AB 392 fails: SB 230 cannot take effect."). */
  sentence: string;
  /** Who made it. */
  credit: string;
  /** The sources line ("Sources: California Legislative Information, Los Angeles Times"). */
  sources: string;
}

const FONT_FAMILY = 'system-ui, sans-serif';

/** Splits `text` into lines of at most `width` px at `size` px (words kept whole unless one is longer than a line). */
export function wrapText(text: string, width: number, size: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let w = word; w.length > 0; w = w.slice(max)) {
      const part = w.slice(0, max);
      if (line && line.length + 1 + part.length > max) {
        lines.push(line);
        line = part;
      } else line = line ? `${line} ${part}` : part;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A self-contained SVG document of the graph as shown: the title wrapped above it, the date and the
 * scenario sentence under the title, the graph scaled to fit, and the credit and sources below.
 * `size` is the image's size (a 1200 x 675 social card, or the view's own size).
 */
export function graphToSvg(
  svg: SVGSVGElement,
  meta: ExportMeta,
  size: { width: number; height: number },
): { text: string; width: number; height: number } {
  const layer = svg.querySelector<SVGGElement>('.tb-camera')!;
  // Words left out at the screen's zoom are drawn in the image (it has its own scale).
  const hidden = svg.getAttribute('data-hide');
  svg.removeAttribute('data-hide');
  const box = layer.getBBox();
  const width = Math.round(Math.max(320, size.width));
  const pad = Math.max(16, Math.round(width * 0.025));
  const inner = width - 2 * pad;
  const titleSize = width >= 900 ? 30 : 22;
  const textSize = width >= 900 ? 18 : 14;
  const title = wrapText(meta.title, inner, titleSize * 1.08);
  const sub = wrapText(`${meta.date} · ${meta.sentence}`, inner, textSize);
  const foot = wrapText(`${meta.credit} · ${meta.sources}`, inner, 12);
  const head = pad + title.length * titleSize * 1.2 + sub.length * textSize * 1.35 + 8;
  const footH = foot.length * 16 + pad;
  const height = Math.round(Math.max(size.height, head + footH + 160));
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
  if (hidden) svg.setAttribute('data-hide', hidden);
  clone.removeAttribute('data-hide');
  clone.setAttribute('xmlns', NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const body = { top: head, height: height - head - footH };
  const k = Math.min(1.5, inner / Math.max(box.width, 1), body.height / Math.max(box.height, 1));
  const camera = [...clone.children].find((c) => c.tagName === 'g') as SVGGElement | undefined;
  camera?.setAttribute(
    'transform',
    `translate(${pad + (inner - k * box.width) / 2 - k * box.x},${body.top + (body.height - k * box.height) / 2 - k * box.y}) scale(${k})`,
  );
  clone.insertBefore(el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }), clone.firstChild);
  const words = el('g', { 'font-family': FONT_FAMILY, fill: '#1d1d1f' });
  let y = pad;
  for (const line of title) {
    y += titleSize * 1.2;
    words.append(el('text', { x: pad, y: y - titleSize * 0.25, 'font-size': titleSize, 'font-weight': 700 }, line));
  }
  for (const line of sub) {
    y += textSize * 1.35;
    words.append(el('text', { x: pad, y: y - textSize * 0.3, 'font-size': textSize, fill: '#333333' }, line));
  }
  foot.forEach((line, i) =>
    words.append(el('text', { x: pad, y: height - pad - (foot.length - 1 - i) * 16, 'font-size': 12, fill: '#5b5b60' }, line)),
  );
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
