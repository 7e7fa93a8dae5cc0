/** A session's packages named on a far view of its shelves: the blocks, and the names drawn over them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/model';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import { buildStoryStructure } from '../../src/engine/storyGraph';
import { shelfBlocks, shelfLayout } from '../../src/graph/shelfLayout';
import { NAMED_FROM, drawBlockLabels } from '../../src/graph/canvas/blockLabels';
import { fitZoom } from '../../src/graph/core/geometry';
import { THEME } from '../../src/graph/core/theme';

const r = parseDatasetText(readFileSync('public/data/mi-2023-2024.json', 'utf8'));
if (!r.ok) throw new Error('invalid');
const s = buildStoryStructure(r.dataset, buildGraphStructure(r.dataset), 'grouped', new Set());

/** A stand-in 2D context: text 7 px a character, every call written down. */
function recorder(calls: string[]): CanvasRenderingContext2D {
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, name: string) =>
      name === 'measureText'
        ? (text: string) => ({ width: text.length * 7 })
        : (...args: unknown[]) => calls.push(`${name}(${args.join(',')})`),
    set: () => true,
  }) as unknown as CanvasRenderingContext2D;
}

/** The box around every block. */
function boundsOf(blocks: ReturnType<typeof shelfBlocks>): number[] {
  const all = blocks.map((b) => b.box);
  return [0, 1].map((i) => Math.min(...all.map((b) => b[i]))).concat([2, 3].map((i) => Math.max(...all.map((b) => b[i]))));
}

describe("a session's packages on a far view", () => {
  it('each block holds its package, largest first, led by its first bill', () => {
    const pos = shelfLayout(s);
    const blocks = shelfBlocks(s);
    // 436: HB 4638's package and SB 432's, its enacted twin's, are one block (joined by their companion link).
    expect(blocks.length).toBe(436);
    expect(blocks.map((b) => b.bills)).toEqual([...blocks.map((b) => b.bills)].sort((a, b) => b - a));
    expect(blocks[0]).toMatchObject({ lead: 'hb4764', bills: 52 });
    const p = pos.get('hb4764')!;
    expect(p.x).toBeGreaterThan(blocks[0].box[0]);
    expect(p.y).toBeGreaterThan(blocks[0].box[1]);
  });

  it('names the packages of six bills or more, fitted whole in a 880 x 500 view, never one name over another', () => {
    const blocks = shelfBlocks(s);
    const box = boundsOf(blocks);
    const k = fitZoom(box, 880, 500, 20, 1);
    const view = { k, x: 20 - box[0] * k, y: 20 - box[1] * k };
    const calls: string[] = [];
    const nodeById = new Map(s.nodes.map((n) => [n.id, n]));
    const drawn = drawBlockLabels(recorder(calls), blocks, nodeById, view, { width: 880, height: 500 }, 1, { ...THEME.light, bg: '#fff' });
    expect(drawn[0]).toBe('HB 4764 and 51 more');
    expect(drawn.length).toBeGreaterThan(10);
    const named = blocks.filter((b) => b.bills >= NAMED_FROM).length;
    expect(drawn.length).toBeLessThanOrEqual(named);
    // Written where drawn (a halo, then the words), each name once.
    expect(calls.filter((c) => c.startsWith('fillText(')).map((c) => c.slice(9).split(',')[0])).toEqual(drawn);
    expect(new Set(drawn).size).toBe(drawn.length);
    const boxes = calls
      .filter((c) => c.startsWith('fillText('))
      .map((c) => {
        const [text, x, y] = c.slice(9, -1).split(',');
        return { x0: Number(x), x1: Number(x) + text.length * 7, y0: Number(y) - 12, y1: Number(y) };
      });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `${drawn[i]} / ${drawn[j]}`).toBe(true);
      }
  });

  it("at a phone's width, never a name cut by the view's edge, and each on a plate of the ground, not over lines", () => {
    const blocks = shelfBlocks(s);
    const box = boundsOf(blocks);
    const width = 375;
    // Zoomed in a little past the fitted view, as a reader's pinch leaves it: blocks run past both edges.
    const k = fitZoom(box, width, 560, 8, 1) * 1.6;
    const view = { k, x: width / 2 - ((box[0] + box[2]) / 2) * k, y: 20 - box[1] * k };
    const calls: string[] = [];
    const nodeById = new Map(s.nodes.map((n) => [n.id, n]));
    const drawn = drawBlockLabels(recorder(calls), blocks, nodeById, view, { width, height: 560 }, 1, { ...THEME.light, bg: '#fff' });
    expect(drawn.length).toBeGreaterThan(0);
    const texts = calls.filter((c) => c.startsWith('fillText('));
    const blockOf = new Map(blocks.map((b) => [nodeById.get(b.lead)?.label ?? b.lead, b]));
    for (const c of texts) {
      const [text, x] = c.slice(9, -1).split(',');
      expect(Number(x), text).toBeGreaterThanOrEqual(0);
      expect(Number(x) + text.length * 7, text).toBeLessThanOrEqual(width);
      // A block the left edge cuts is named within what shows of it, never over its neighbour.
      const own = blockOf.get(text.split(' and ')[0])!;
      if (own.box[0] * view.k + view.x < 0) expect(Number(x) + text.length * 7, text).toBeLessThanOrEqual(own.box[2] * view.k + view.x);
    }
    // A plate (fillRect) before each name's words.
    const order = calls.filter((c) => c.startsWith('fillRect(') || c.startsWith('fillText('));
    for (let i = 0; i < order.length; i += 2) {
      expect(order[i]).toMatch(/^fillRect\(/);
      expect(order[i + 1]).toMatch(/^fillText\(/);
    }
  });
});
