/**
 * A session's packages named on a far view of its shelves, where its bills are too small to carry
 * their names: "HB 4764 and 51 more" over each block's top left, packages of NAMED_FROM bills or
 * more, largest first, each name left out where it would run into one already drawn.
 */
import type { GraphNode } from '../../engine/graphSpec';
import { packageLabel } from '../../engine/words/packages';
import { MARK_STYLE, MIN_PX } from '../core/encodings';
import { keepUnoverlapped } from '../core/labels';
import type { LabelBox } from '../core/labels';
import type { Palette } from '../core/theme';
import { paint } from '../core/theme';
import type { ShelfBlock } from '../shelfLayout';
import type { View } from './canvasDraw';
import { textWidthIn } from './textWidths';

const FONT = `700 ${MIN_PX.label}px system-ui, sans-serif`;

/** Room kept between a name and the view's edges (CSS px). */
const EDGE = 2;

/** The fewest bills a package has to be named on a far view (Michigan 2023-2024 has 25 such packages). */
export const NAMED_FROM = 6;

/** Draws the names of the blocks in view (screen pixels); returns what it drew, for tests. */
export function drawBlockLabels(
  ctx: CanvasRenderingContext2D,
  blocks: readonly ShelfBlock[],
  nodeById: ReadonlyMap<string, GraphNode>,
  view: View,
  size: { width: number; height: number },
  dpr: number,
  palette: Palette,
): string[] {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = FONT;
  const labels: Array<{ text: string; x: number; y: number; box: LabelBox }> = [];
  for (const b of blocks) {
    const [x0, y0, x1] = [b.box[0] * view.k + view.x, b.box[1] * view.k + view.y, b.box[2] * view.k + view.x];
    if (x0 > size.width || x1 < 0 || y0 > size.height) continue;
    // Only the larger packages are named (blocks come largest first): a pair's block is a dash.
    if (b.bills < NAMED_FROM) break;
    const text = packageLabel(nodeById.get(b.lead)?.label ?? b.lead, b.bills);
    const width = textWidthIn(ctx, FONT, text);
    // Over its top left, or just inside it where the view's top edge leaves no room above; where
    // the view's left edge cuts the block, from that edge. A name the view's right edge would cut
    // is left out, never cut ("HB 520" for HB 5200's package).
    const y = y0 - 4 >= MIN_PX.label ? y0 - 4 : y0 + MIN_PX.label;
    const x = Math.max(x0, EDGE);
    if (x + width > size.width - EDGE || (x0 < EDGE && x + width > x1)) continue;
    labels.push({ text, x, y, box: { x0: x - 2, y0: y - MIN_PX.label, x1: x + width + 2, y1: y + 3 } });
    // Past a few hundred in view, the rest would not find room anyway.
    if (labels.length >= 400) break;
  }
  const keep = keepUnoverlapped(labels.map((l) => l.box));
  ctx.textAlign = 'left';
  ctx.lineWidth = MARK_STYLE.halo.name;
  ctx.strokeStyle = paint(MARK_STYLE.halo.stroke, palette);
  const drawn: string[] = [];
  // Each name on a plate of the page's ground: a session's lanes run dense under the blocks' tops,
  // and a halo alone left them showing between the letters.
  const ground = paint('var(--bg)', palette);
  labels.forEach((l, i) => {
    if (!keep[i]) return;
    ctx.fillStyle = ground;
    ctx.fillRect(l.box.x0, l.box.y0, l.box.x1 - l.box.x0, l.box.y1 - l.box.y0);
    ctx.fillStyle = paint('var(--ink)', palette);
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillText(l.text, l.x, l.y);
    drawn.push(l.text);
  });
  return drawn;
}
