import { describe, expect, it } from 'vitest';
import { textWidthIn } from '../../src/graph/canvas/textWidths';

/** A context that measures `size * characters` for a font of `size`px, and counts its measurements. */
function measuringContext() {
  const calls: string[] = [];
  const ctx = {
    font: '10px sans-serif',
    measureText(text: string) {
      calls.push(`${this.font}|${text}`);
      return { width: Number(/(\d+)px/.exec(this.font)![1]) * text.length };
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('canvas text widths', () => {
  it('measures each text in the font given, whatever font the context was left in', () => {
    const { ctx } = measuringContext();
    expect(textWidthIn(ctx, '700 14px system-ui', 'tie-bar')).toBe(98);
    ctx.font = '9px serif';
    expect(textWidthIn(ctx, '12px system-ui', 'since 1 May')).toBe(132);
    expect(textWidthIn(ctx, '12px system-ui', 'tie-bar')).toBe(84);
  });

  it('measures a font and text once, however many frames ask', () => {
    const { ctx, calls } = measuringContext();
    for (let i = 0; i < 50; i++) textWidthIn(ctx, '13px system-ui', `words ${i % 3}`);
    expect(calls).toEqual(['13px system-ui|words 0', '13px system-ui|words 1', '13px system-ui|words 2']);
  });
});
