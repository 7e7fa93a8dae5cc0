/** Interaction rules both renderers share: which gestures zoom, and which labels are drawn at a zoom. */
import { FONT, MIN_PX } from './encodings';

/**
 * d3-zoom's filter: in an embed (`modifier`) the wheel zooms only with Ctrl/Cmd, and one finger
 * scrolls the page (two pinch); elsewhere every wheel and touch zooms. Right clicks never pan.
 */
export function zoomFilter(wheelZoom: 'always' | 'modifier'): (event: Event) => boolean {
  return (event) => {
    if (event.type === 'wheel') return wheelZoom === 'always' || (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
    if (event.type.startsWith('touch')) return wheelZoom === 'always' || (event as TouchEvent).touches.length >= 2;
    return !(event as MouseEvent).button;
  };
}

/** Which label classes are too small to draw at zoom `k` (a label is left out, never drawn below its minimum). */
export function hiddenLabels(k: number): { bill: boolean; small: boolean; item: boolean; link: boolean } {
  return {
    bill: k * FONT.bill < MIN_PX.bill,
    small: k * FONT.outcome < MIN_PX.label,
    item: k * FONT.item < MIN_PX.label,
    link: k * Math.min(FONT.link, FONT.date) < MIN_PX.link,
  };
}
