import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOX_STYLE, HATCH, MARK_STYLE, OUTCOME_STYLE, STAKEHOLDER_COLOR, STANCE_STYLE, shorten } from '../../src/graph/core/encodings';
import { graphCss } from '../../src/graph/core/styleSheet';
import { edgeStyles } from '../../src/graph/canvas/edgeBuffers';
import { drawOne, recordingContext } from '../fixtures/recordingCanvas';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import type { GraphState } from '../../src/engine/graphSpec';
import { foundingDataset } from '../fixtures/datasets';
import { THEME, paint } from '../../src/graph/core/theme';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * What the canvas really paints for one bill in each outcome: the fill of its box and the colour of
 * its label, read off a recording 2D context (the SVG lays a hatch pattern over the same fill).
 */
function canvasColours(): Record<string, { fill: string; text: string }> {
  const ds = foundingDataset();
  const structure = buildGraphStructure(ds);
  const out: Record<string, { fill: string; text: string }> = {};
  for (const outcome of Object.keys(OUTCOME_STYLE) as Array<keyof typeof OUTCOME_STYLE>) {
    const bill = structure.nodes.find((n) => n.id === 'sb230')!;
    const state = { nodes: { sb230: { outcome, present: true } }, edges: {} } as unknown as GraphState;
    const seen = { fill: '', text: '' };
    const ctx = recordingContext({
      fillRect: (c) => void (seen.fill = String(c.fillStyle)),
      fill: (c) => void (seen.fill = String(c.fillStyle)),
      fillText: (c, t: string) => void (seen.text ||= t === 'SB 230' ? String(c.fillStyle) : ''),
    });
    drawOne(ctx, bill, state, { ...THEME.light, ink: '#000000', bg: '#ffffff' });
    out[outcome] = seen;
  }
  return out;
}
const DRAWN = canvasColours();
const fillOf = (o: keyof typeof OUTCOME_STYLE) => DRAWN[o].fill;
const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'].map((c) => c.toLowerCase());

describe('visual encodings', () => {
  const outcomes = Object.keys(OUTCOME_STYLE) as Array<keyof typeof OUTCOME_STYLE>;

  it('tell every outcome apart without colour: each has its own outline dash (or the hatch)', () => {
    const cues = outcomes.map((o) => `${OUTCOME_STYLE[o].dash}|${OUTCOME_STYLE[o].pattern ?? ''}`);
    expect(new Set(cues).size).toBe(outcomes.length);
    expect(OUTCOME_STYLE.inoperative.pattern).toBe('hatch');
  });

  it('give every outcome its own fill', () => {
    expect(new Set(outcomes.map(fillOf)).size).toBe(outcomes.length);
  });

  it('keep a bill label readable on its fill (WCAG AA, 4.5:1), in the colours the canvas paints', () => {
    for (const o of outcomes) {
      expect(DRAWN[o].fill, o).toMatch(/^#[0-9a-f]{6}$/i);
      expect(DRAWN[o].text, o).toBe(OUTCOME_STYLE[o].text);
      expect(contrast(DRAWN[o].text, DRAWN[o].fill), o).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("keep every box's words readable on it (WCAG AA, 4.5:1) in both themes: provisions (a fallen one too), groups, rows", () => {
    for (const theme of ['light', 'dark'] as const)
      for (const [name, look] of Object.entries(BOX_STYLE)) {
        const colour = (c: string) => paint(c, THEME[theme]);
        expect(contrast(colour(look.text), colour(look.fill)), `${name} (${theme})`).toBeGreaterThanOrEqual(4.5);
      }
  });

  it('strike a provision in a line that shows on its box (3:1) in both themes, on a dark ground in the dark one (a cream box glared there)', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colour = (c: string) => paint(c, THEME[theme]);
      expect(contrast(colour(MARK_STYLE.strike.stroke), colour(BOX_STYLE.struck.fill)), theme).toBeGreaterThanOrEqual(3);
    }
    expect(luminance(paint(BOX_STYLE.struck.fill, THEME.dark))).toBeLessThan(0.05);
  });

  it("keep a hatched bill's words off the hatch's lines: they sit on a halo of its ground, readable on it", () => {
    const css = graphCss();
    for (const o of outcomes) {
      const rule = css.split('\n').find((r) => r.startsWith(`.tb-look[data-look='${o}'] text`))!;
      if (OUTCOME_STYLE[o].pattern) {
        expect(rule, o).toContain('paint-order: stroke');
        expect(rule, o).toContain(`stroke: ${HATCH.bg}`);
        expect(contrast(OUTCOME_STYLE[o].text, HATCH.bg), o).toBeGreaterThanOrEqual(4.5);
      } else expect(rule, o).not.toContain('paint-order');
    }
  });

  it('draw stances in distinct colours from the colour-blind-safe Okabe-Ito palette (grey for neutral and withdrawn, told apart by dash)', () => {
    const coloured = (['sponsor', 'support', 'oppose'] as const).map((s) => STANCE_STYLE[s].stroke.toLowerCase());
    expect(new Set(coloured).size).toBe(3);
    for (const c of coloured) expect(OKABE_ITO).toContain(c);
    expect(STANCE_STYLE.neutral.dash).not.toBe(STANCE_STYLE.withdrawn.dash);
    // Sponsors stand out from mere supporters by weight, not only by shade.
    expect(STANCE_STYLE.sponsor.width).toBeGreaterThan(STANCE_STYLE.support.width);
  });

  it('use the palette for stakeholder kinds too', () => {
    for (const c of Object.values(STAKEHOLDER_COLOR)) expect([...OKABE_ITO, '#666666', '#999999']).toContain(c.toLowerCase());
  });

  it('draw deciding links heavier than loose relations on the canvas, and loose ones dashed', () => {
    const [deciding, loose] = edgeStyles('#111111');
    expect(deciding.width).toBeGreaterThan(loose.width);
    expect(deciding.dash).toEqual([]);
    expect(loose.dash.length).toBeGreaterThan(0);
  });

  it('shorten long labels with an ellipsis, leaving short ones alone', () => {
    expect(shorten('Peace Officers Research Association of California', 20)).toBe('Peace Officers Rese…');
    expect(shorten('SB 230', 16)).toBe('SB 230');
  });
});

describe('the theme the graph draws with', () => {
  /** The custom properties a block of styles.css sets. */
  const vars = (block: string) => Object.fromEntries([...block.matchAll(/--(\w+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
  const css = readFileSync('src/app/styles.css', 'utf8');

  it.each([
    ['light', /^:root \{([^}]*)\}/m],
    ['dark', /^:root\[data-theme='dark'\] \{([^}]*)\}/m],
  ] as const)('%s: the table holds the values the app stylesheet sets', (theme, block) => {
    const set = vars(block.exec(css)![1]);
    for (const [name, colour] of Object.entries(THEME[theme])) expect(set[name], name).toBe(colour);
  });
});
