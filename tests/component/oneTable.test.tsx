/**
 * Both renderers draw from one encoding table: the SVG's computed styles (the app's stylesheet and
 * the sheet generated from the table, as in the app) and the canvas's draw calls (a recording 2D
 * context) give the same fills, outlines, dashes, widths and opacities for every outcome, stance,
 * provision, group side and presence. A colour hard-coded in either renderer makes them differ.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphState, GraphStructure } from '../../src/engine/graphSpec';
import { OUTCOME_STYLE, STANCE_STYLE } from '../../src/graph/core/encodings';
import { THEME } from '../../src/graph/core/theme';
import { createSvgView } from '../../src/graph/svg/createSvgView';
import { drawNodes } from '../../src/graph/canvas/canvasDraw';
import { edgeStyleIndex, edgeStyles, strokeEdges, edgeSegments } from '../../src/graph/canvas/edgeBuffers';

const OUTCOMES = Object.keys(OUTCOME_STYLE) as Array<keyof typeof OUTCOME_STYLE>;
const STANCES = Object.keys(STANCE_STYLE) as Array<keyof typeof STANCE_STYLE>;

/** One of everything: a bill per outcome, an absent bill, provisions struck and not, a group per side, a stakeholder per stance. */
function fixture(): { structure: GraphStructure; state: GraphState } {
  const nodes: GraphStructure['nodes'] = [
    ...OUTCOMES.map((o) => ({ id: `b-${o}`, kind: 'bill' as const, label: o, side: 0 })),
    { id: 'b-absent', kind: 'bill', label: 'absent', side: 0 },
    { id: 'p-plain', kind: 'provision', label: 'plain', parent: 'b-enacted', side: 0 },
    { id: 'p-struck', kind: 'provision', label: 'struck', parent: 'b-enacted', side: 0 },
    ...[-1, 1, 0].map((side) => ({ id: `g${side}`, kind: 'group' as const, label: `group ${side}`, side, members: ['x'] })),
    ...STANCES.map((s) => ({ id: `s-${s}`, kind: 'stakeholder' as const, label: s, stakeholderKind: 'union' as const, side: 0 })),
  ];
  const edges: GraphStructure['edges'] = STANCES.map((s) => ({
    id: `pos:${s}`,
    kind: 'position' as const,
    source: `s-${s}`,
    target: 'b-enacted',
  }));
  const baked = Object.fromEntries(nodes.map((n, i) => [n.id, [300 * (i % 4), 200 * Math.floor(i / 4)] as const]));
  const state: GraphState = {
    nodes: {
      ...Object.fromEntries(OUTCOMES.map((o) => [`b-${o}`, { outcome: o, present: true }])),
      'b-absent': { outcome: 'pending', present: false },
      'p-plain': { present: true },
      'p-struck': { present: true, struck: '1 Jan 2019' },
    },
    edges: Object.fromEntries(STANCES.map((s) => [`pos:${s}`, { present: true, stance: s }])),
  } as GraphState;
  return { structure: { nodes, edges, baked }, state };
}

/** A colour as the browser computes it: rgb(r, g, b); a theme variable as the light theme sets it. */
function rgb(colour: string): string {
  const v = /^var\(--(\w+)\)$/.exec(colour.trim());
  const c = v ? THEME.light[v[1] as keyof typeof THEME.light] : colour.trim();
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
  return m
    ? `rgb(${m
        .slice(1)
        .map((h) => parseInt(h, 16))
        .join(', ')})`
    : c;
}
const dashes = (d: string | number[]) => (Array.isArray(d) ? d.join(' ') : d === 'none' ? '' : d.replace(/,?\s+/g, ' ').replace(/px/g, ''));

/** What one node or edge looks like, whichever renderer drew it. */
interface Look {
  fill?: string;
  stroke: string;
  width: number;
  dash: string;
  opacity: number;
}

/** The SVG's computed looks, by node or edge id. */
function svgLooks(): Map<string, Look> {
  const { structure, state } = fixture();
  const container = document.createElement('div');
  document.body.append(container);
  const view = createSvgView(container);
  view.setState(state);
  view.setData(structure);
  const out = new Map<string, Look>();
  const look = (g: Element, shape: Element): Look => {
    const cs = getComputedStyle(shape);
    return {
      fill: rgb(cs.getPropertyValue('fill')),
      stroke: rgb(cs.getPropertyValue('stroke')),
      width: Number(cs.getPropertyValue('stroke-width')),
      dash: dashes(cs.getPropertyValue('stroke-dasharray')),
      opacity: Number(getComputedStyle(g).getPropertyValue('opacity') || 1),
    };
  };
  // A bill is drawn in each outcome's look; the one it shows is opaque.
  const shape = (g: Element) =>
    [...g.querySelectorAll('.tb-look')].find((l) => getComputedStyle(l).getPropertyValue('opacity') !== '0')?.querySelector('.tb-shape') ??
    g.querySelector('.tb-shape')!;
  for (const g of container.querySelectorAll('g.tb-node')) out.set(g.getAttribute('data-id')!, look(g, shape(g)));
  // A dot's hit area answers the pointer but is never drawn.
  for (const hit of container.querySelectorAll('.tb-hit')) {
    const cs = getComputedStyle(hit);
    // ('none' computes as transparent here.)
    const paint = (v: string) => (v === 'rgba(0, 0, 0, 0)' || v === 'transparent' ? 'none' : v);
    out.set(`hit:${hit.parentElement!.getAttribute('data-id')}`, {
      fill: paint(cs.getPropertyValue('fill')),
      stroke: paint(cs.getPropertyValue('stroke')),
      width: 0,
      dash: '',
      opacity: 1,
    });
  }
  for (const g of container.querySelectorAll('g.tb-edge')) {
    const { fill: _, ...rest } = look(g, g.querySelector('path')!);
    out.set(g.getAttribute('data-id')!, rest);
  }
  view.destroy();
  container.remove();
  return out;
}

/** A 2D context that records the state in force at every fill and stroke. */
function recorder(onPaint: (kind: 'fill' | 'stroke', s: Record<string, unknown>) => void): CanvasRenderingContext2D {
  const s: Record<string, unknown> = { globalAlpha: 1, dash: [] as number[] };
  return new Proxy(s, {
    get: (t, key) => {
      if (key === 'setLineDash') return (d: number[]) => (t.dash = d);
      if (key === 'measureText') return (text: string) => ({ width: text.length * 7 });
      if (key === 'fillRect' || key === 'fill') return () => onPaint('fill', { ...t });
      if (key === 'strokeRect' || key === 'stroke') return () => onPaint('stroke', { ...t });
      return key in t ? t[key as string] : () => undefined;
    },
    set: (t, key, value) => ((t[key as string] = value), true),
  }) as unknown as CanvasRenderingContext2D;
}

/** The canvas's looks, by node or edge id, at zoom 1 (widths and dashes as drawn in graph units). */
function canvasLooks(): Map<string, Look> {
  const { structure, state } = fixture();
  const pos = new Map(Object.entries(structure.baked!).map(([id, [x, y]]) => [id, { x, y }]));
  const out = new Map<string, Look>();
  const palette = THEME.light;
  const view = { k: 1, x: 50, y: 50 };
  for (const n of structure.nodes) {
    const look: Partial<Look> = {};
    const ctx = recorder((kind, s) => {
      if (kind === 'fill' && look.fill === undefined) [look.fill, look.opacity] = [rgb(String(s.fillStyle)), Number(s.globalAlpha)];
      if (kind === 'stroke' && look.stroke === undefined)
        [look.stroke, look.width, look.dash] = [rgb(String(s.strokeStyle)), Number(s.lineWidth), dashes(s.dash as number[])];
    });
    drawNodes(ctx, [n], pos, state, view, { width: 2000, height: 2000 }, 1, null, null, palette);
    out.set(n.id, look as Look);
  }
  const style = edgeStyleIndex(structure.edges, state);
  const styles = edgeStyles(palette.ink);
  structure.edges.forEach((e, i) => {
    let look: Look | undefined;
    const ctx = recorder((kind, s) => {
      if (kind === 'stroke')
        look = { stroke: rgb(String(s.strokeStyle)), width: Number(s.lineWidth), dash: dashes(s.dash as number[]), opacity: 1 };
    });
    const only = style.map((v, j) => (j === i ? v : 255));
    strokeEdges(ctx, edgeSegments(structure.edges, pos), only, styles, null, view, 1, 2000, 2000);
    out.set(e.id, look!);
  });
  return out;
}

describe('one encoding table, two renderers', () => {
  let svg: Map<string, Look>;
  let canvas: Map<string, Look>;
  beforeAll(() => {
    // The app's stylesheet too: a hand-written rule there that overrode the table would show here.
    const app = document.createElement('style');
    app.textContent = readFileSync('src/app/styles.css', 'utf8');
    document.head.append(app);
    svg = svgLooks();
    canvas = canvasLooks();
  });

  it.each(OUTCOMES)('a bill %s: the same fill, outline, width and dash', (o) => {
    const [s, c] = [svg.get(`b-${o}`)!, canvas.get(`b-${o}`)!];
    // The SVG lays its hatch pattern where the canvas draws the hatch's flat colour.
    expect({ ...s, fill: /^url\("?#tb-hatch"?\)$/.test(s.fill!) ? 'hatch' : s.fill }).toEqual({
      ...c,
      fill: OUTCOME_STYLE[o].pattern ? 'hatch' : c.fill,
    });
    expect(c.stroke).toBe(rgb(OUTCOME_STYLE[o].stroke));
  });

  it.each(['b-absent', 'p-plain', 'p-struck', 'g-1', 'g1', 'g0'])('%s: the same box and opacity', (id) => {
    expect(svg.get(id)).toEqual(canvas.get(id));
  });

  it('an absent bill is faded the same (the table says 0.25)', () => {
    expect(svg.get('b-absent')!.opacity).toBe(0.25);
  });

  it.each(STANCES)('a %s position: the same stroke, width and dash', (st) => {
    expect(svg.get(`pos:${st}`)).toEqual(canvas.get(`pos:${st}`));
    expect(svg.get(`pos:${st}`)!.stroke).toBe(rgb(STANCE_STYLE[st].stroke));
  });

  it.each(STANCES.map((s) => `s-${s}`))('stakeholder dot %s: the same fill and outline; its hit area is not drawn', (id) => {
    expect(svg.get(id)).toEqual(canvas.get(id));
    expect(svg.get(`hit:${id}`)).toMatchObject({ fill: 'none', stroke: 'none' });
  });
});
