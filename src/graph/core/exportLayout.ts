/**
 * The words around an exported image, laid out once for both renderers' exports: the title wrapped
 * above the graph, the date and scenario sentence under it, the credit and sources line below.
 */

/** The words around an exported graph. */
export interface ExportMeta {
  /** The dataset's title. */
  title: string;
  /** The date shown ("As of 24 Apr 2019", "Latest record, 1 Jan 2020"). */
  date: string;
  /** The story as the page tells it ("SB 230 takes effect only because AB 392 became law.", or a scenario's). */
  sentence: string;
  /** Who made it. */
  credit: string;
  /** The sources line ("Sources: California Legislative Information, Los Angeles Times"). */
  sources: string;
}

import { EXPORT_PALETTE } from './theme';

/** An export's credit line: the dataset's own credit, then Tiebar's; Tiebar's alone where it has none (never "Tiebar · made with Tiebar"). */
export function creditLine(credit: string | undefined): string {
  return credit?.trim() ? `${credit.trim()} · made with Tiebar` : 'Made with Tiebar';
}

/** The export's font stack. */
export const EXPORT_FONT = 'system-ui, sans-serif';

/** How wide `text` is in CSS pixels at `font` (a CSS font shorthand, e.g. "700 30px system-ui, sans-serif"). */
export type Measure = (text: string, font: string) => number;

/** Measures with a 2D canvas where there is one; else 0.6 em a character (wide enough for most words). */
export function defaultMeasure(): Measure {
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext?.('2d') : null;
  if (ctx) {
    return (text, font) => {
      ctx.font = font;
      return ctx.measureText(text).width;
    };
  }
  return (text, font) => text.length * 0.6 * Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16);
}

/** Splits `text` into lines no wider than `width` as measured (words kept whole unless one is wider than a line). */
export function wrapText(text: string, width: number, font: string, measure: Measure): string[] {
  const fits = (s: string) => measure(s, font) <= width;
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    // A word wider than a line is cut where it fills one.
    while (!fits(word) && word.length > 1) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(word.slice(0, cut))) cut--;
      if (line) lines.push(line);
      lines.push(word.slice(0, cut));
      line = '';
      word = word.slice(cut);
    }
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** One line of words in the image: where its baseline is, and how it is set. */
export interface ExportLine {
  /** The words. */
  text: string;
  /** Left edge (CSS px). */
  x: number;
  /** Baseline (CSS px). */
  y: number;
  /** Font size (CSS px). */
  size: number;
  /** Bold for the title. */
  bold: boolean;
  /** Colour. */
  colour: string;
  /** The CSS font shorthand the line was measured with. */
  font: string;
}

/** Where everything goes in an exported image. */
export interface ExportLayout {
  /** Image size, CSS px. */
  width: number;
  /** Image size, CSS px. */
  height: number;
  /** Margin. */
  pad: number;
  /** Every line of words (title, date and sentence, credit and sources). */
  lines: ExportLine[];
  /** The box the graph is fitted into. */
  body: { x: number; y: number; width: number; height: number };
}

/** Lays out an image of `size` (a 1200 x 675 social card, or the view's own size); it grows taller when the words need it. */
export function exportLayout(meta: ExportMeta, size: { width: number; height: number }, measure: Measure = defaultMeasure()): ExportLayout {
  const width = Math.round(Math.max(320, size.width));
  const pad = Math.max(16, Math.round(width * 0.025));
  const inner = width - 2 * pad;
  const titleSize = width >= 900 ? 30 : 22;
  const textSize = width >= 900 ? 18 : 14;
  const footSize = 12;
  const font = (px: number, bold: boolean) => `${bold ? '700 ' : ''}${px}px ${EXPORT_FONT}`;
  const lines: ExportLine[] = [];
  let y = pad;
  const add = (text: string, px: number, bold: boolean, colour: string, leading: number) => {
    for (const line of wrapText(text, inner, font(px, bold), measure)) {
      y += px * leading;
      lines.push({ text: line, x: pad, y: y - px * 0.25, size: px, bold, colour, font: font(px, bold) });
    }
  };
  add(meta.title, titleSize, true, EXPORT_PALETTE.ink, 1.2);
  add(`${meta.date} · ${meta.sentence}`, textSize, false, EXPORT_PALETTE.ink, 1.35);
  const head = y + 8;
  const footLines = wrapText(`${meta.credit} · ${meta.sources}`, inner, font(footSize, false), measure);
  const footH = footLines.length * 16 + pad;
  const height = Math.round(Math.max(size.height, head + footH + 160));
  footLines.forEach((text, i) =>
    lines.push({
      text,
      x: pad,
      y: height - pad - (footLines.length - 1 - i) * 16,
      size: footSize,
      bold: false,
      colour: EXPORT_PALETTE.muted,
      font: font(footSize, false),
    }),
  );
  return { width, height, pad, lines, body: { x: pad, y: head, width: inner, height: height - head - footH } };
}
