/** Visual encodings: colour-blind-safe colours (Okabe-Ito) and dash patterns per outcome and stance. */
import type { Outcome } from '../engine/scenario';
import type { Stance, Stakeholder } from '../model/schema';

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
