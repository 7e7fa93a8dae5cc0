/** Interaction rules both renderers share: which gestures zoom, and which labels are drawn at a zoom. */
import type { GraphNode } from '../../engine/graphSpec';
import type { Point } from '../layout';
import { FONT, ITEM_LINES, MIN_PX, SIZE } from './encodings';
import { halfSize, itemExtraHeight } from './geometry';
import { PHONE } from './widths';

/**
 * Zooms at which the drawing changes its level of detail. The SVG's words scale with the drawing
 * (hiddenLabels below leaves out those too small); the canvas draws its words at a fixed screen size
 * and leaves them out below these zooms.
 */
/**
 * The zoom a network's focused node is brought to when the view is further out (its words at the
 * size they are drawn): a bill found in a session's hairball is shown readable, not as a dot.
 */
export const READ_ZOOM = 1;

export const LOD = {
  /** Below: the canvas fills plain boxes (no outlines or words); the SVG marks itself "far". */
  far: 0.2,
  /** Below: the SVG is "far" (its stylesheet may thin it); above, the canvas labels every node. */
  labels: 0.45,
  /** Above: the canvas labels bills even when other nodes are unlabelled. */
  billLabels: 0.15,
  /** Above: the canvas draws arrowheads. */
  marks: 0.25,
  /** Above: the canvas draws links' words. */
  linkLabels: 0.35,
  /** Above: a bill shows its outcome under its name on the canvas. */
  outcome: 0.8,
  /** From: a struck provision shows its date on the canvas (its words on one line, then on two, which need the taller box's room). */
  struckDate: 1.1,
  struckDateTwoLines: 1.8,
  /** Outlines and dashes keep their screen width down to this zoom. */
  thinnest: 0.25,
} as const;

/** How far the camera zooms out and in. */
export const ZOOM_EXTENT: [number, number] = [0.02, 8];

/**
 * d3-zoom's filter: in an embed (`modifier`) the wheel zooms only with Ctrl/Cmd; elsewhere every
 * wheel zooms. On a touch screen one finger scrolls the page (a story on a phone is taller than the
 * screen) and two pan and pinch. Right clicks never pan.
 */
export function zoomFilter(wheelZoom: 'always' | 'modifier'): (event: Event) => boolean {
  return (event) => {
    if (event.type === 'wheel') return wheelZoom === 'always' || (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
    if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2;
    return !(event as MouseEvent).button;
  };
}

/**
 * How far one wheel event zooms (a power of 2), as d3-zoom's default, but never past 2^0.5 (1.41x):
 * Chromium reports a trackpad pinch as the wheel with Ctrl held, which d3 speeds up tenfold, and a
 * mouse's wheel notch with Ctrl held (as an embed asks for) then zoomed 4x at once.
 */
export function wheelDelta(event: WheelEvent): number {
  const d = -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1);
  return Math.max(-0.5, Math.min(0.5, d));
}

/** A reader's gesture moves the view off the whole graph only past this (a click that jitters a pixel moves nothing). */
export const MOVED = { px: 8, zoom: 0.02 } as const;

/** Which label classes are too small to draw at zoom `k` (a label is left out, never drawn below its minimum). */
export function hiddenLabels(k: number): { bill: boolean; small: boolean; item: boolean; link: boolean; subject: boolean } {
  return {
    bill: k * FONT.bill < MIN_PX.bill,
    small: k * FONT.outcome < MIN_PX.label,
    item: k * FONT.item < MIN_PX.label,
    link: k * Math.min(FONT.link, FONT.date) < MIN_PX.link,
    subject: k * FONT.subject < MIN_PX.label,
  };
}

/** Whether zoom `k` draws every label of a story but its bills' subjects (the words that tell it). */
export function drawsWords(k: number): boolean {
  const { subject: _optional, ...told } = hiddenLabels(k);
  return !Object.values(told).some(Boolean);
}

/**
 * Hit sizes: a node answers a pointer within its box plus `slack` screen pixels, and never on less
 * than `min` screen pixels across (a stakeholder's dot is a 24 px target, however far out).
 */
export const HIT = { slack: 4, min: 24 } as const;

/**
 * The height (CSS px) of a tap target on a touch screen: a story's listed rows are spaced so each is
 * one (storyLayout). A touch screen is one whose pointer is coarse, or a phone-narrow window, as
 * the page's stylesheet decides its 44 px targets (so a phone's width measured on a desktop lays out
 * as on the phone). 0 elsewhere.
 */
export const TOUCH_TAP = 44;

/** TOUCH_TAP on a touch screen (or phone-narrow window), else 0. */
export function touchTap(win: (Window & typeof globalThis) | null = typeof window === 'undefined' ? null : window): number {
  return typeof win?.matchMedia === 'function' && win.matchMedia(`(pointer: coarse), ${PHONE}`).matches ? TOUCH_TAP : 0;
}

/** Half width and half height, in graph units, of the area where `node` answers a pointer at zoom `k`. */
export function hitHalfSize(node: GraphNode, k: number): [number, number] {
  const [hw, hh] = halfSize(node);
  const min = HIT.min / 2 / k;
  return [Math.max(hw + HIT.slack / k, min), Math.max(hh + HIT.slack / k, min)];
}

/** How far apart a story's listed rows are (graph units): a provision or group, and a listed person (storyLayout). */
export interface RowPitch {
  item: number;
  member: number;
}

/**
 * The row a story's listed node answers a tap across (graph units, from its centre): an item's is
 * centred on its box, a person's starts at their dot and runs the card's width, each as tall as the
 * rows are apart (`pitch`; without one, as the box). Null for a node not listed (a bill, or a free
 * stakeholder dot). One home for the SVG's tap rows and the canvas's hit test.
 */
export function rowBox(node: GraphNode, pitch: RowPitch | null): { x: number; y: number; width: number; height: number } | null {
  const member = Boolean(node.ref);
  if (!member && node.kind !== 'provision' && node.kind !== 'group') return null;
  // An item (or a person's name) whose words take more lines has a taller box and row (storyLayout).
  const extra = itemExtraHeight(node);
  const height = (pitch ? (member ? pitch.member : pitch.item) : member ? SIZE.member.h : SIZE.item.h) + extra;
  return { x: member ? -SIZE.member.r - 2 : -SIZE.item.hw, y: -height / 2, width: 2 * SIZE.item.hw, height };
}

/** Whether graph point `at` hits `node` drawn at `p` at zoom `k`: its hit area, or (in a story, `pitch`) its whole row. */
export function hits(node: GraphNode, p: Point, at: Point, k: number, pitch: RowPitch | null = null): boolean {
  const row = pitch && rowBox(node, pitch);
  if (row && at.x >= p.x + row.x && at.x <= p.x + row.x + row.width && at.y >= p.y + row.y && at.y <= p.y + row.y + row.height) return true;
  const [hw, hh] = hitHalfSize(node, k);
  return Math.abs(at.x - p.x) <= hw && Math.abs(at.y - p.y) <= hh;
}

/**
 * How far (graph units) from a pointer a node's centre can be and the node still answer it, at zoom
 * `k`: the widest box's corner, or (in a story, `pitch`) the far end of a listed person's row.
 */
export function hitSearchRadius(k: number, pitch: RowPitch | null = null): number {
  const slack = HIT.slack / k;
  const min = HIT.min / 2 / k;
  const hw = Math.max(SIZE.bill.hw, SIZE.item.hw, SIZE.dot, pitch ? 2 * SIZE.item.hw : 0) + slack;
  const taller = (ITEM_LINES.max - 1) * ITEM_LINES.step;
  const hh =
    Math.max(SIZE.bill.hh, (SIZE.item.h + taller) / 2, SIZE.dot, pitch ? Math.max(pitch.item, pitch.member) / 2 + taller / 2 : 0) + slack;
  return Math.hypot(Math.max(hw, min), Math.max(hh, min));
}
