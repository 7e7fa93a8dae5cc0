/**
 * Deterministic snapshots of the founding graph as drawn (the way Observable Plot tests its marks):
 * the SVG with ids renumbered in order of appearance, and the canvas renderer's draw calls, so a
 * drawing change shows in review as a diff of these files.
 */
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { buildStoryState, buildStoryStructure } from '../../src/engine/storyGraph';
import { evaluate } from '../../src/engine';
import { createSvgView } from '../../src/graph/svg/createSvgView';
import { storyLayout } from '../../src/graph/storyLayout';
import { drawNodes } from '../../src/graph/canvas/canvasDraw';
import { drawLinkMarks } from '../../src/graph/canvas/drawMarks';
import { foundingDataset } from '../fixtures/datasets';
import { THEME } from '../../src/graph/core/theme';
import { ITEM_TEXT_INSET, SIZE, WHAT_IF } from '../../src/graph/core/encodings';

const ds = foundingDataset();
const story = buildStoryStructure(ds, buildGraphStructure(ds), 'grouped', new Set());
const state = buildStoryState(buildGraphState(evaluate(ds, { assumptions: { ab392: 'failed' } })), story);

/** Renumbers every id-like attribute value in order of first appearance, so unrelated data changes do not churn the file. */
function renumber(markup: string): string {
  const ids = new Map<string, string>();
  return markup
    .replace(/(data-id|aria-label)="([^"]*)"/g, (_, attr: string, value: string) => {
      if (attr === 'aria-label') return `${attr}="${value}"`;
      if (!ids.has(value)) ids.set(value, `id${ids.size + 1}`);
      return `${attr}="${ids.get(value)}"`;
    })
    .replace(/></g, '>\n<');
}

describe('snapshots of the founding graph (AB 392 fails)', () => {
  it('SVG: the story view as drawn at 800 x 600', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const view = createSvgView(container, {}, {});
    view.setState(state);
    view.setData(story);
    // As drawn once the first frame has painted: every bill in each outcome's look.
    await waitFor(() => expect(container.querySelectorAll('.tb-look')).toHaveLength(5 * container.querySelectorAll('.tb-bill').length));
    await expect(renumber(container.innerHTML)).toMatchFileSnapshot('__snapshots__/founding-story.svg.txt');
    view.destroy();
    container.remove();
  });

  /** The canvas renderer's draw calls for the story (or `nodes` of it, as a network draws them) at zoom `k`, recorded through a stand-in 2D context. */
  function canvasCalls(k: number, nodes = story.nodes, whatIfBelow = false): string[] {
    const calls: string[] = [];
    const round = (v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);
    const ctx = new Proxy(
      { canvas: { width: 800, height: 600 } },
      {
        get: (t, name: string) =>
          name === 'canvas'
            ? t.canvas
            : name === 'measureText'
              ? (text: string) => ({ width: text.length * 7 })
              : (...args: unknown[]) => calls.push(`${name}(${args.map(round).join(',')})`),
        set: (_t, name: string, value: unknown) => {
          calls.push(`${name} = ${String(round(value))}`);
          return true;
        },
      },
    ) as unknown as CanvasRenderingContext2D;
    const view = { k, x: 20, y: 20 };
    const size = { width: 800, height: 600 };
    const palette = { ...THEME.light, bg: '#ffffff' };
    const nodeById = new Map(story.nodes.map((n) => [n.id, n]));
    const taken = drawNodes(ctx, nodes, pos, state, view, size, 1, null, null, palette, null, whatIfBelow);
    drawLinkMarks(ctx, story.edges, pos, nodeById, state, view, size, 1, palette, taken);
    return calls;
  }
  const pos = storyLayout(story, 800, 600).pos;

  it('canvas: the draw calls for the same view', async () => {
    await expect(renumber(canvasCalls(1).join('\n'))).toMatchFileSnapshot('__snapshots__/founding-story.canvas.txt');
  });

  it('canvas: the bill the scenario sets is tagged "what if" in a network as in a story (an image never passes it off as the record)', () => {
    const tagged = (calls: string[]) => calls.filter((c) => c.startsWith('fillText(what if,')).length;
    expect(tagged(canvasCalls(1))).toBe(1);
    expect(
      tagged(
        canvasCalls(
          1,
          story.nodes.filter((n) => n.kind === 'bill'),
        ),
      ),
    ).toBe(1);
  });

  it('canvas: on shelves the tag goes under its bill, centred, clear of the tie and its words beside the box', () => {
    const where = (calls: string[]) => {
      const i = calls.findIndex((c) => c.startsWith('fillText(what if,'));
      const [x, y] = calls[i].slice('fillText(what if,'.length, -1).split(',').map(Number);
      const align = calls
        .slice(0, i)
        .filter((c) => c.startsWith('textAlign = '))
        .at(-1);
      return { x, y, align };
    };
    const p = pos.get('ab392')!;
    const [hw, hh] = [SIZE.bill.hw, SIZE.bill.hh];
    const beside = where(canvasCalls(1));
    expect(beside.x).toBeGreaterThan(p.x + hw + 20);
    expect(beside.y).toBeLessThan(p.y + 20);
    const under = where(canvasCalls(1, story.nodes, true));
    expect(under).toEqual({ x: p.x + 20, y: p.y + hh + WHAT_IF.below + 20, align: 'textAlign = center' });
  });

  it("canvas: a provision's or group's words start where the SVG puts them, in from its box's left edge, at every zoom", () => {
    for (const k of [0.8, 1, 1.4]) {
      const calls = canvasCalls(k);
      const items = story.nodes.filter((n) => n.kind === 'provision' || n.kind === 'group');
      expect(items.length).toBeGreaterThan(4);
      for (const n of items) {
        const p = pos.get(n.id)!;
        // Its words: the longest text written that begins its label (a bill's name may begin it too).
        const written = calls
          .filter((c) => c.startsWith('fillText(') && n.label.startsWith(c.slice(9).split(',')[0].replace(/…$/, '')))
          .sort((a, b) => b.length - a.length)[0];
        expect(written, n.label).toBeDefined();
        const x = Number(written!.split(',').at(-2));
        expect(x).toBeCloseTo((p.x - SIZE.item.hw + ITEM_TEXT_INSET) * k + 20, 1);
      }
    }
  });
});
