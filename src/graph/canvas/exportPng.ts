/** The canvas renderer's export: the whole graph (or the part a reader zoomed to) as a PNG, with the same words around it as the SVG export. */
import type { GraphEdge, GraphNode, GraphState } from '../../engine/graphSpec';
import type { Point } from '../layout';
import type { Route, SubjectRoom } from '../storyLayout';
import type { ShelfBlock } from '../shelfLayout';
import { drawBlockLabels } from './blockLabels';
import type { ExportMeta, Measure } from '../core/exportLayout';
import { exportLayout } from '../core/exportLayout';
import { boundsOf, pictureWindow } from '../core/fit';
import { SIZE } from '../core/encodings';
import { EXPORT_PALETTE } from '../core/theme';
import { LOD } from '../core/interaction';
import { drawNodes } from './canvasDraw';
import { drawCards, drawLinkMarks } from './drawMarks';
import { edgeSegments, edgeStyleIndex, edgeStyles, strokeEdges } from './edgeBuffers';

/** What the canvas draws, in graph units: room around the node centres for boxes and labels (as the network fit leaves), and every card whole. */
export function drawnBox(
  pos: ReadonlyMap<string, Point>,
  cards: readonly (readonly number[])[] | undefined,
): [number, number, number, number] {
  const [cx0, cy0, cx1, cy1] = boundsOf(pos, null);
  let [x0, y0, x1, y1] = [cx0 - 100, cy0 - 80, cx1 + 100, cy1 + 80];
  const pad = SIZE.card.pad + 4;
  for (const c of cards ?? [])
    [x0, y0, x1, y1] = [Math.min(x0, c[0]! - pad), Math.min(y0, c[1]! - pad), Math.max(x1, c[2]! + pad), Math.max(y1, c[3]! + pad)];
  return [x0, y0, x1, y1];
}

/** What is drawn. */
export interface PngScene {
  /** Nodes. */
  nodes: GraphNode[];
  /** Edges. */
  edges: GraphEdge[];
  /** Positions. */
  pos: ReadonlyMap<string, Point>;
  /** Nodes by id. */
  nodeById: ReadonlyMap<string, GraphNode>;
  /** Scenario and date. */
  state: GraphState | null;
  /** Whether it is a story (ties only). */
  story: boolean;
  /** A story's cards. */
  cards?: ReadonlyArray<readonly [number, number, number, number]>;
  /** A story's routed ties (a session's on shelves too). */
  routes?: ReadonlyMap<string, Route>;
  /** A story's bills whose subject is drawn beside their box, with its room. */
  subjects?: ReadonlyMap<string, SubjectRoom>;
  /** A session's tied bills on shelves (a what-if's tag goes under its bill). */
  shelves?: boolean;
  /** A session's packages on shelves, named when the image is too far out for bills' names. */
  blocks?: readonly ShelfBlock[];
}

/**
 * Draws the image into `ctx` (its canvas `scale` times `size`, grown taller when the words need it):
 * the title wrapped, the date and scenario sentence, the whole graph fitted (or `region` of it, in
 * graph units, clipped to the graph's part of the image), the credit and sources.
 */
export function drawPng(
  ctx: CanvasRenderingContext2D,
  scene: PngScene,
  meta: ExportMeta,
  size: { width: number; height: number },
  scale: number,
  measure?: Measure,
  region?: readonly [number, number, number, number] | null,
): void {
  const { width, height, lines, body } = exportLayout(meta, size, measure ?? canvasMeasure(ctx));
  const palette = EXPORT_PALETTE;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = palette.bg;
  ctx.fillRect(0, 0, width * scale, height * scale);
  const drawn = drawnBox(scene.pos, scene.cards);
  const [x0, y0, x1, y1] = region ? pictureWindow(region, drawn, body.width, body.height) : drawn;
  const k = Math.min(region ? Infinity : 1.5, body.width / Math.max(x1 - x0, 1), body.height / Math.max(y1 - y0, 1));
  const v = { k, x: body.x + body.width / 2 - (k * (x0 + x1)) / 2, y: body.y + body.height / 2 - (k * (y0 + y1)) / 2 };
  const page = { width, height };
  // A region's neighbours reach past it: the drawing is cut at the graph's part of the image, clear of the words.
  ctx.save();
  if (region) {
    ctx.beginPath();
    ctx.rect(body.x * scale, body.y * scale, body.width * scale, body.height * scale);
    ctx.clip();
  }
  drawCards(ctx, scene.cards ?? [], v, scale, palette);
  const segs = edgeSegments(scene.edges, scene.pos, scene.routes);
  strokeEdges(ctx, segs, edgeStyleIndex(scene.edges, scene.state, scene.story), edgeStyles(palette.ink), null, v, scale, width, height);
  const taken = drawNodes(
    ctx,
    scene.nodes,
    scene.pos,
    scene.state,
    v,
    page,
    scale,
    null,
    null,
    palette,
    null,
    scene.shelves,
    scene.subjects,
  );
  drawLinkMarks(ctx, scene.edges, scene.pos, scene.nodeById, scene.state, v, page, scale, palette, taken, null, scene.routes);
  if (scene.blocks && v.k < LOD.far) drawBlockLabels(ctx, scene.blocks, scene.nodeById, v, page, scale, palette);
  ctx.restore();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const l of lines) {
    ctx.font = l.font;
    ctx.fillStyle = l.colour;
    ctx.fillText(l.text, l.x, l.y);
  }
}

/** Measures with the export's own context (the fonts it will draw with). */
function canvasMeasure(ctx: CanvasRenderingContext2D): Measure {
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** The PNG of the graph at `size` (CSS px) times `scale`. */
export function toPng(
  scene: PngScene,
  meta: ExportMeta,
  size: { width: number; height: number },
  scale: number,
  region?: readonly [number, number, number, number] | null,
): Promise<Blob> {
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  const measure = canvasMeasure(ctx);
  const { width, height } = exportLayout(meta, size, measure);
  out.width = width * scale;
  out.height = height * scale;
  drawPng(ctx, scene, meta, size, scale, measure, region);
  return new Promise<Blob>((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
}
