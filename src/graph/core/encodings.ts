/** Visual encodings: colour-blind-safe colours (Okabe-Ito) and dash patterns per outcome and stance. */
import type { Outcome } from '../../engine/scenario';
import type { Stance, Stakeholder } from '../../model/schema';

/** How a bill looks for each outcome: fill, outline, dash (so colour is never the only cue). */
export const OUTCOME_STYLE: Record<Outcome, { fill: string; stroke: string; dash: string; text: string; pattern?: string }> = {
  enacted: { fill: '#00795A', stroke: '#00513c', dash: '', text: '#ffffff' },
  contingent: { fill: '#F0E442', stroke: '#8a7f00', dash: '8 3', text: '#222222' },
  pending: { fill: '#ffffff', stroke: '#555555', dash: '4 3', text: '#222222' },
  inoperative: { fill: 'url(#tb-hatch)', stroke: '#D55E00', dash: '6 4', text: '#7a2e00', pattern: 'hatch' },
  failed: { fill: '#bbbbbb', stroke: '#444444', dash: '2 3', text: '#222222' },
};

/** Position edges: colour and dash per stance. */
export const STANCE_STYLE: Record<Stance, { stroke: string; width: number; dash: string }> = {
  sponsor: { stroke: '#0072B2', width: 2.5, dash: '' },
  support: { stroke: '#56B4E9', width: 1.6, dash: '' },
  oppose: { stroke: '#D55E00', width: 1.6, dash: '' },
  neutral: { stroke: '#999999', width: 1.2, dash: '2 3' },
  withdrawn: { stroke: '#999999', width: 1.2, dash: '6 3' },
};

/** Stakeholder dots: colour per kind. */
export const STAKEHOLDER_COLOR: Record<Stakeholder['kind'], string> = {
  legislator: '#CC79A7',
  governor: '#CC79A7',
  'advocacy-group': '#0072B2',
  union: '#56B4E9',
  'law-enforcement-association': '#000000',
  family: '#E69F00',
  coalition: '#0072B2',
  agency: '#666666',
  'local-government': '#009E73',
  'civic-group': '#E69F00',
  business: '#666666',
  other: '#999999',
};

/** Shortens a label for drawing; the full text stays in the accessible name and tooltip. */
export function shorten(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Sizes in graph units (CSS pixels at zoom 1): boxes, and the font sizes of their words. Both
 * renderers and the story layout read these; nothing else sets a size.
 */
export const SIZE = {
  /** A bill's box (half width, half height). */
  bill: { hw: 60, hh: 26 },
  /** A provision's or a stakeholder group's box in a card (half width, height). */
  item: { hw: 110, h: 28 },
  /** A stakeholder listed in a card: row height and dot radius. */
  member: { h: 22, r: 6 },
  /** A stakeholder's dot in the network view (radius). */
  dot: 7,
} as const;

/** Font sizes in graph units. */
export const FONT = { bill: 16, outcome: 13, item: 13, person: 13, link: 12, date: 12 } as const;

/** The smallest a label may be drawn, in CSS pixels; a label smaller at the current zoom is left out. */
export const MIN_PX = { bill: 14, label: 12, link: 11 } as const;

/** Opacities: a node or edge not there yet as of the date, and one outside the highlight. */
export const OPACITY = { absent: 0.25, dim: 0.18 } as const;

/** Edge strokes that do not depend on the theme (deciding links use the theme's ink). */
export const EDGE_STYLE = {
  deciding: { width: 4, dash: '' },
  loose: { stroke: '#8a8a8a', width: 1.5, dash: '5 3' },
  provision: { stroke: '#aaaaaa', width: 1, dash: '2 2' },
} as const;

/** Roughly how wide `text` is at `size` px (0.6 em a character: good enough to keep words apart without measuring). */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.62 : 0.56);
}

/** `label` cut to fit `width` at `size` px, with an ellipsis. */
export function fitText(label: string, width: number, size: number, bold = false): string {
  const max = Math.max(1, Math.floor(width / (size * (bold ? 0.62 : 0.56))));
  return shorten(label, max);
}
