/**
 * Canvas text widths, measured once per font and text: setting a font and measuring cost a few
 * microseconds each, and a frame of a session measures every label in view (hundreds).
 */
const widths = new Map<string, number>();

/** Past this many, the widths are forgotten (a session's labels are a few thousand). */
const KEEP = 20_000;

/**
 * How wide `text` draws in `font` (CSS font shorthand), in the context's user units. It may leave
 * the context in that font or in the one it had: a caller sets the font it draws with.
 */
export function textWidthIn(ctx: CanvasRenderingContext2D, font: string, text: string): number {
  const key = `${font}\n${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (widths.size >= KEEP) widths.clear();
    ctx.font = font;
    width = ctx.measureText(text).width;
    widths.set(key, width);
  }
  return width;
}
