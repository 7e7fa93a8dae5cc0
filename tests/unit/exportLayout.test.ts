import { describe, expect, it } from 'vitest';
import type { ExportMeta, Measure } from '../../src/graph/core/exportLayout';
import { exportLayout, wrapText } from '../../src/graph/core/exportLayout';
import { drawPng } from '../../src/graph/canvas/exportPng';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { evaluate } from '../../src/engine';
import { storyLayout } from '../../src/graph/storyLayout';
import { foundingDataset } from '../fixtures/datasets';

/** A stand-in for a font: 0.6 em a character, 0.66 em in bold (wider than system-ui's average). */
const measure: Measure = (text, font) => text.length * Number(/(\d+)px/.exec(font)![1]) * (font.startsWith('700') ? 0.66 : 0.6);

const meta: ExportMeta = {
  title: 'California 2019: SB 230 hangs on AB 392, and what happens to police use of deadly force if either bill fails',
  date: 'As of 24 Apr 2019',
  sentence: 'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392, which the Assembly passed 68 to 0.',
  credit: 'Compiled by the Tiebar desk · made with Tiebar',
  sources: 'Sources: California Legislative Information, Los Angeles Times, CalMatters and 3 more',
};

describe('wrapText', () => {
  it('keeps every line within the width, words whole, and cuts a word longer than a line', () => {
    const lines = wrapText('a few short words and Supercalifragilisticexpialidocious', 120, '10px x', measure);
    for (const l of lines) expect(measure(l, '10px x')).toBeLessThanOrEqual(120);
    expect(lines.join(' ').replace(/Supercal\S+ /, '')).toContain('a few short words and');
    expect(lines.join('')).toContain('Supercalifragilisticexpialidocious'.slice(0, 20));
  });
});

describe('the words around an export', () => {
  it.each([
    ['a social card', { width: 1200, height: 675 }],
    ['a phone-sized view', { width: 375, height: 600 }],
    ['a desktop view', { width: 960, height: 640 }],
  ])('%s: no line is wider than the image, and the title, date, sentence, credit and sources are all there', (_, size) => {
    const l = exportLayout(meta, size, measure);
    expect(l.width).toBe(size.width);
    expect(l.height).toBeGreaterThanOrEqual(size.height);
    for (const line of l.lines) {
      expect(line.x).toBe(l.pad);
      expect(line.x + measure(line.text, line.font)).toBeLessThanOrEqual(l.width - l.pad);
      expect(line.y).toBeLessThanOrEqual(l.height);
    }
    const words = l.lines.map((x) => x.text).join(' ');
    for (const part of [meta.title, meta.date, meta.sentence, meta.credit, meta.sources]) expect(words).toContain(part);
    // The title wraps over lines rather than running off the right edge.
    expect(l.lines.filter((x) => x.bold).length).toBeGreaterThan(1);
    // The graph's box lies between the header and the footer.
    const headBottom = Math.max(...l.lines.filter((x) => x.y < l.body.y).map((x) => x.y));
    const footTop = Math.min(...l.lines.filter((x) => x.y > l.body.y).map((x) => x.y - x.size));
    expect(headBottom).toBeLessThanOrEqual(l.body.y);
    expect(l.body.y + l.body.height).toBeLessThanOrEqual(footTop);
  });

  it('the canvas PNG draws those lines (a recording context): none wider than the image', () => {
    const ds = foundingDataset();
    const structure = buildGraphStructure(ds);
    const state = buildGraphState(evaluate(ds, { assumptions: {} }));
    const pos = storyLayout(structure, 800, 600).pos;
    const texts: Array<{ text: string; x: number; font: string; transform: number[] }> = [];
    const t = { font: '', transform: [1, 0, 0, 1, 0, 0] };
    const ctx = new Proxy(t as Record<string, unknown>, {
      get: (target, key) => {
        if (key === 'measureText') return (s: string) => ({ width: measure(s, String(target.font)) });
        if (key === 'setTransform') return (...m: number[]) => (target.transform = m);
        if (key === 'fillText')
          return (s: string, x: number) => texts.push({ text: s, x, font: String(target.font), transform: target.transform as number[] });
        return key in target ? target[key as string] : () => undefined;
      },
      set: (target, key, value) => ((target[key as string] = value), true),
    }) as unknown as CanvasRenderingContext2D;
    const scene = {
      nodes: structure.nodes,
      edges: structure.edges,
      pos,
      nodeById: new Map(structure.nodes.map((n) => [n.id, n])),
      state,
      story: false,
    };
    drawPng(ctx, scene, meta, { width: 1200, height: 675 }, 1, measure);
    const layout = exportLayout(meta, { width: 1200, height: 675 }, measure);
    const header = texts.filter((x) => layout.lines.some((l) => l.text === x.text));
    expect(header.map((x) => x.text)).toEqual(layout.lines.map((l) => l.text));
    for (const x of header) expect(x.x + measure(x.text, x.font)).toBeLessThanOrEqual(1200 - layout.pad);
  });
});
