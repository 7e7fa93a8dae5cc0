/** The graph view's public interface, shared by the SVG and Canvas renderers. */
import type { GraphState, GraphStructure } from '../engine/graphSpec';
import type { Point } from './layout';
import type { ExportMeta } from './core/exportLayout';
import type { FocusSpot } from './core/surroundings';

/** Callbacks from the graph to its owner. */
export interface GraphHandlers {
  /** A node was clicked or activated with Enter (or Escape cleared the focus: null). */
  onSelect?: (id: string | null) => void;
  /** A reader's drag, wheel or pinch moved the view off the whole graph (true), or a fit showed it whole again (false). */
  onMoved?: (moved: boolean) => void;
}

/** Options of the graph view. */
export interface GraphOptions {
  /** Zoom with the wheel always, or only with Ctrl/Cmd held (embeds never hijack page scrolling). */
  wheelZoom?: 'always' | 'modifier';
  /** Whether nodes can be dragged (default true; SVG only). */
  draggable?: boolean;
  /** Renderer: SVG, Canvas 2D, or chosen by size (default: canvas past `canvasThreshold` nodes). */
  renderer?: 'auto' | 'svg' | 'canvas';
  /** Node count past which "auto" picks Canvas (default 1500). */
  canvasThreshold?: number;
}

/** A live graph in a container element. */
export interface GraphView {
  /** Which renderer draws it. */
  readonly renderer: 'svg' | 'canvas';
  /** Shows a structure; positions of nodes already shown are kept by id. */
  setData: (structure: GraphStructure) => void;
  /** Restyles for a scenario and date without moving anything. */
  setState: (state: GraphState) => void;
  /** Highlights a node and its neighbours (dimming the rest) and brings it into view; null clears. */
  setFocus: (id: string | null) => void;
  /** The container changed size: keeps the drawing where it was on screen at the same zoom (fits when never fitted). */
  resize: () => void;
  /** Fits the whole graph (or, on a small screen, its tied bills) into the container. */
  fit: () => void;
  /** Node positions (for tests and export). */
  positions: () => ReadonlyMap<string, Point>;
  /** Frames drawn so far (canvas; for tests): in full, and mid-gesture as the last full one moved. */
  frames?: () => { full: number; moved: number };
  /**
   * Renders the graph to a PNG of `size` CSS px at `scale`, with the title wrapped, the date, the
   * scenario sentence, the credit and the sources (canvas renderer): the whole graph, or the part
   * `region` (graph units: x0, y0, x1, y1) when given.
   */
  toPng?: (
    meta: ExportMeta,
    size: { width: number; height: number },
    scale: number,
    region?: readonly [number, number, number, number] | null,
  ) => Promise<Blob>;
  /**
   * The part of the graph on screen (graph units) once a reader has moved the view off the whole
   * graph, less `coverRight` CSS px of its right side hidden under something (a focus's details),
   * and less blank ground where nothing is drawn; null while it shows the whole.
   */
  shownRegion: (coverRight?: number) => readonly [number, number, number, number] | null;
  /** Where a node is drawn, in CSS pixels from the container's top left (null if unknown). */
  screenPoint: (id: string) => Point | null;
  /** Where a node is drawn and what lies around it on screen, for a caption beside it (null if unknown). */
  focusSpot: (id: string) => FocusSpot | null;
  /** Removes everything the view added and every listener. Safe to call twice. */
  destroy: () => void;
}
