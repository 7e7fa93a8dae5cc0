/**
 * The visual encoding both renderers read, and the SVG's stylesheet is generated from
 * (styleSheet.ts): colour-blind-safe colours (Okabe-Ito), dashes, widths, opacities and sizes.
 * A colour written `var(--name)` follows the theme (theme.ts holds both themes' values).
 */
import type { Outcome } from '../../engine/scenario';
import type { Stance, Stakeholder } from '../../model/schema';
import { cutEnd } from '../../engine/words/subjects';

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
  /** A story's card: the margin drawn around its items, and its corner radius. */
  card: { pad: 6, r: 10 },
  /** Corner radii of the boxes: a bill's, a stakeholder group's (rounded: people) and a provision's. */
  corner: { bill: 8, group: 14, provision: 3 },
  /** A group's members' kinds, as dots at its right end: at most `count`, radius `r`, `step` apart, the first `inset` from the end. */
  kindMarks: { count: 3, r: 4, step: 10, inset: 10 },
  /**
   * The room a routed tie's words take beside its line (two lines: "operative only if", its date),
   * wide enough for the widest: kept clear of a bill's subject, and of a caption where it can be.
   */
  linkWords: { width: 150, above: 24, below: 18 },
} as const;

/** A node's box corner radius (graph units): a bill's, a group's or a provision's. */
export function cornerRadius(kind: 'bill' | 'provision' | 'stakeholder' | 'group'): number {
  return kind === 'bill' ? SIZE.corner.bill : kind === 'group' ? SIZE.corner.group : SIZE.corner.provision;
}

/** The kinds a group's dots show (its most common, as many as are drawn). */
export function groupKindMarks<K extends string>(kinds: readonly K[] | undefined): K[] {
  return (kinds ?? []).slice(0, SIZE.kindMarks.count);
}

/** How far a provision's or group's words sit in from its box's left edge (graph units). */
export const ITEM_TEXT_INSET = 8;

/** The width a provision's or group's words have on its box (graph units): a group's kind dots take their share. */
export function itemTextRoom(kinds: readonly string[] | undefined): number {
  return 2 * SIZE.item.hw - 2 * ITEM_TEXT_INSET - groupKindMarks(kinds).length * SIZE.kindMarks.step;
}

/** An item's words run to at most this many lines, this far apart (graph units); each more line makes its box this much taller. */
export const ITEM_LINES = { max: 2, step: 16 } as const;

const wrapped = new Map<string, string[]>();

/**
 * Words on at most ITEM_LINES.max lines of `room` (graph units) at `size`: on one line where they
 * fit, else broken between words, the last line cut with an ellipsis where the words run on. Worked
 * out once per label, room and size.
 */
function wrapWords(label: string, room: number, size: number, max: number = ITEM_LINES.max): string[] {
  const key = `${room}|${size}|${max}|${label}`;
  let lines = wrapped.get(key);
  if (lines) return lines;
  lines = [];
  let rest = label.trim();
  while (rest && lines.length < max - 1 && textWidth(rest, size) > room) {
    const words = rest.split(' ');
    // The first n words' width, grown a word at a time in the order textWidth sums it.
    let em = addEm(0, words[0], false);
    let n = 1;
    while (n < words.length) {
      const next = addEm(em + SPACE_EM, words[n], false);
      if (next * size > room) break;
      em = next;
      n++;
    }
    // A first word wider than the room is cut where it must be; the next line starts after it.
    lines.push(fitText(words.slice(0, n).join(' '), room, size));
    rest = words.slice(n).join(' ');
  }
  if (rest) lines.push(fitText(rest, room, size));
  if (wrapped.size > 5000) wrapped.clear();
  wrapped.set(key, lines);
  return lines;
}

/** A provision's or group's words as its box draws them, in its room (itemTextRoom) at FONT.item. */
export function itemLines(label: string, kinds?: readonly string[]): string[] {
  return wrapWords(label, itemTextRoom(kinds), FONT.item);
}

/** The width a listed person's name has, from beside their dot to the end of their row (graph units). */
export const MEMBER_TEXT_ROOM = 2 * SIZE.item.hw - 24;

/** A listed person's name ("Opposes: Taxpayers Association of California") as their row draws it: two lines where one would cut it. */
export function memberLines(label: string): string[] {
  return wrapWords(label, MEMBER_TEXT_ROOM, FONT.person);
}

/** A listed person's lines with the middle of each, from their dot's centre (graph units): where both renderers put them. */
export function memberLineSpots(label: string): Array<{ words: string; y: number }> {
  return spread(memberLines(label));
}

const spread = (lines: string[]) => lines.map((words, i) => ({ words, y: (i - (lines.length - 1) / 2) * ITEM_LINES.step }));

/** An item's lines with the middle of each, from its box's centre (graph units): where both renderers put them. */
export function itemLineSpots(label: string, kinds?: readonly string[]): Array<{ words: string; y: number }> {
  return spread(itemLines(label, kinds));
}

/** An item's box height (graph units): one line's, and a line's step more for each line after. */
export function itemHeight(label: string, kinds?: readonly string[]): number {
  return SIZE.item.h + (itemLines(label, kinds).length - 1) * ITEM_LINES.step;
}

/** Font sizes in graph units. */
export const FONT = { bill: 16, outcome: 13, item: 13, person: 13, link: 12, date: 12, subject: 11.5 } as const;

/**
 * The tag beside a bill the scenario sets (its outcome is assumed, not recorded), in both renderers,
 * right of its box; on a session's shelves, where a tie's line and words run right of a box, centred
 * under it (`below`: its baseline under the box's bottom).
 */
export const WHAT_IF = { words: 'what if', dx: 8, dy: 12, below: 15 } as const;

/**
 * The "what if" tag's outline: a pill round its words, in the accent colour of the page's what-if
 * question, so the tag reads as the scenario's mark, not as words of the tie drawn beside the box.
 * `pad` and `rise` (graph units, at FONT.outcome) put it round the words' box from their baseline.
 */
export const WHAT_IF_PILL = {
  pad: 4,
  rise: 10.5,
  drop: 3.5,
  width: 1.25,
  text: 'var(--accent)',
  stroke: 'var(--accent)',
  fill: 'var(--bg)',
} as const;

/** The tag's pill round words that start at `x` on baseline `y`, `width` wide (all in one unit: graph units or CSS px at zoom `k`). */
export function whatIfPill(x: number, y: number, width: number, k = 1): { x: number; y: number; width: number; height: number; r: number } {
  const { pad, rise, drop } = WHAT_IF_PILL;
  const height = (rise + drop) * k;
  return { x: x - pad * k, y: y - rise * k, width: width + 2 * pad * k, height, r: height / 2 };
}

/**
 * A bill's subject ("Peace officers: deadly force"), in a story card's room right of the bill's box:
 * from where a "what if" tag starts (one left edge), `inset` short of the card's edge, on at most
 * `lines` lines `step` apart (two where the card lists nothing under its box), drawn only where that
 * room is at least `min` wide (graph units).
 */
export const SUBJECT = { lines: 3, step: 13, gap: WHAT_IF.dx, inset: 6, min: 90 } as const;

/**
 * A bill's subject as its card draws it in `room` (graph units), on at most `lines` lines: whole
 * where it fits; else without what it says in brackets; else without its headings, one at a time
 * (Michigan's "Children: services;" goes whole: "kinship caregiver navigator program"); else whole,
 * cut at a word.
 */
export function subjectLines(subject: string, room: number, lines: number = SUBJECT.lines): string[] {
  const whole = (s: string) => {
    const wrapped = wrapWords(s, room, FONT.subject, lines);
    return wrapped.join(' ') === s ? wrapped : null;
  };
  const trimmed = subject.trim();
  const plain = trimmed.replace(/\s*\([^)]*\)/g, '');
  for (const tried of [trimmed, plain]) {
    const found = whole(tried);
    if (found) return found;
  }
  for (let rest = plain; ;) {
    // A heading ends at the first semicolon where there is one ("Topic: sub;"), else at a colon of a
    // run of them ("Law enforcement: use of deadly force: training"). A subject with one colon only
    // ("Zoning reform: missing-middle housing", as a reporter titles a bill) keeps what is before it:
    // that is what the bill is about, and the end gives way instead.
    const sep = rest.includes('; ') ? '; ' : rest.split(': ').length > 2 ? ': ' : null;
    const at = sep ? rest.indexOf(sep) : -1;
    if (at < 0) break;
    rest = rest.slice(at + 2);
    const found = whole(rest);
    if (found) return found;
  }
  return cutAtWord(plain || trimmed, room, lines);
}

/** Words on at most `lines` lines of `room` at FONT.subject, the last cut after a word (never a small one) and ended with "…". */
function cutAtWord(text: string, room: number, lines: number): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  let i = 0;
  while (out.length < lines && i < words.length) {
    let line = words[i++];
    while (i < words.length && textWidth(`${line} ${words[i]}`, FONT.subject) <= room) line += ` ${words[i++]}`;
    out.push(line);
  }
  if (i < words.length) {
    const last = out.pop()!.split(' ');
    let kept = cutEnd(last.join(' '));
    while (last.length > 1 && (!kept || textWidth(`${kept}…`, FONT.subject) > room)) {
      last.pop();
      kept = cutEnd(last.join(' '));
    }
    out.push(`${kept || last[0]}…`);
  }
  // A word wider than the room is cut where it must be.
  return out.map((l) => (textWidth(l, FONT.subject) > room ? fitText(l, room, FONT.subject) : l));
}

/**
 * A bill's subject lines with each one's baseline, from its box's centre (graph units), where both
 * renderers draw them: centred on the box, and under the line a "what if" tag takes at its top.
 */
export function subjectSpots(subject: string, room: number, lines: number = SUBJECT.lines): Array<{ words: string; y: number }> {
  const drawn = subjectLines(subject, room, lines);
  const centred = FONT.subject * 0.35 - ((drawn.length - 1) * SUBJECT.step) / 2;
  // The tag's words reach a quarter em under its baseline; a line's, about an em over its own.
  const first = Math.max(centred, -SIZE.bill.hh + WHAT_IF.dy + 0.25 * FONT.outcome + FONT.subject + 1.5);
  return drawn.map((words, i) => ({ words, y: first + i * SUBJECT.step }));
}

/** The smallest a label may be drawn, in CSS pixels; a label smaller at the current zoom is left out. */
export const MIN_PX = { bill: 14, label: 12, link: 11 } as const;

/** Opacities: a node (and its words) not there yet as of the date, and a node or edge outside the highlight. */
export const OPACITY = { absent: 0.25, dim: 0.18 } as const;

/**
 * The opacity of the look a bill shows on a graph drawn a layer a look (the others are 0). Not 1: Chromium updates a composited
 * layer's opacity in place, with no new layerization of the page, only while it stays below 1, so
 * a toggle between looks at 0 and 0.999 reaches the screen sooner (no difference to the eye: under
 * a thousandth of a colour step).
 */
export const SHOWN_LOOK = 0.999;

/**
 * How links and provision lines are stroked: deciding ties in the theme's ink, loose relations grey
 * and dashed; `words` is the weight of a link's words (a deciding tie's in bold).
 */
export const EDGE_STYLE = {
  deciding: { stroke: 'var(--ink)', width: 4, dash: '', head: 'var(--ink)', headSize: 16, words: 700 },
  loose: { stroke: '#8a8a8a', width: 1.5, dash: '5 3', head: '#999999', headSize: 10, words: 400 },
  provision: { stroke: '#aaaaaa', width: 1, dash: '2 2' },
} as const;

/** Inoperative bills' hatch (its two colours), and the flat colour standing in for it where no pattern is drawn. */
export const HATCH = { bg: '#fff4ec', line: '#D55E00', flat: '#f3c7a8' } as const;

/** A box's look: fill, outline, outline width and dash, and the colour of its words. */
export interface BoxStyle {
  /** Fill. */
  fill: string;
  /** Outline. */
  stroke: string;
  /** Outline width (graph units). */
  width: number;
  /** Outline dash ('' for solid). */
  dash: string;
  /** Words. */
  text: string;
}

/** Every box that is not a bill: provisions (struck or not), stakeholder groups by side (back, oppose, other), members' rows, story cards. */
export const BOX_STYLE = {
  provision: { fill: 'var(--panel)', stroke: '#888888', width: 1, dash: '', text: 'var(--ink)' },
  struck: { fill: 'var(--struck)', stroke: '#D55E00', width: 1, dash: '3 2', text: 'var(--cut)' },
  /** A provision of a bill that failed or can never take effect: it falls with its bill (quiet, dotted). */
  fallen: { fill: 'var(--bg)', stroke: 'var(--muted)', width: 1, dash: '2 3', text: 'var(--muted)' },
  back: { fill: 'var(--bg)', stroke: '#0072B2', width: 2, dash: '', text: 'var(--ink)' },
  oppose: { fill: 'var(--bg)', stroke: '#D55E00', width: 2, dash: '', text: 'var(--ink)' },
  other: { fill: 'var(--bg)', stroke: 'var(--muted)', width: 2, dash: '3 3', text: 'var(--ink)' },
  row: { fill: 'var(--panel)', stroke: 'none', width: 0, dash: '', text: 'var(--ink)' },
  card: { fill: 'var(--panel)', stroke: 'var(--line)', width: 1, dash: '', text: 'var(--ink)' },
} as const satisfies Record<string, BoxStyle>;

/** The rest of the marks: bills' outline width, a struck provision's strike, dots' outline, the focus ring, label halos. */
export const MARK_STYLE = {
  /** A bill's outline width. */
  billWidth: 2.5,
  /** The line through a struck provision's words, and its date (vermilion darkened to read on the light box). */
  strike: { stroke: 'var(--strike)', width: 1.5 },
  /** Every stakeholder dot and kind mark is outlined in the text colour: 3:1 contrast in both themes, whatever its fill. */
  dotOutline: { stroke: 'var(--ink)', width: 1 },
  /** The focused node's ring. */
  focus: { stroke: 'var(--focus)', width: 4 },
  /** Halos behind words over lines: stakeholders' names, links' words, and a bill's words over its hatch (in the hatch's ground). */
  halo: { stroke: 'var(--bg)', name: 3, link: 4, onHatch: 9 },
} as const;

/**
 * A character's width in em, by its kind, as wide as the widest common sans-serif draws it
 * (DejaVu Sans; Roboto and San Francisco are narrower): a label is never cut too late, and text of
 * narrow letters ("Public use-of-force policies") keeps more of its words than an average would.
 */
function emOfKind(c: string, bold: boolean): number {
  if (/[iIjl.,:;'!|`]/.test(c)) return bold ? 0.36 : 0.3;
  if (c === ' ') return 0.33;
  if (/[frt()[\]{}\-/"]/.test(c)) return bold ? 0.48 : 0.42;
  if (/[mwMW@]/.test(c)) return bold ? 1.12 : 1.03;
  if (/[<>=+~^*#%&_$?\\]/.test(c)) return 0.84;
  if (/[A-Z]/.test(c)) return bold ? 0.8 : 0.72;
  if (/[0-9a-z]/.test(c)) return bold ? 0.72 : 0.64;
  // Other scripts and symbols: as wide as a capital, or a full em for ideographs.
  return c.charCodeAt(0) >= 0x2e80 ? 1 : bold ? 0.8 : 0.72;
}

// The widths of ASCII, looked up: a story's first frame measures thousands of characters, with code run once.
const asciiEm = (bold: boolean) => Float64Array.from({ length: 128 }, (_, code) => emOfKind(String.fromCharCode(code), bold));
const ASCII_EM = [asciiEm(false), asciiEm(true)] as const;
const SPACE_EM = ASCII_EM[0][32];

/** The em width of the character (code point) that starts at `text[i]`; a pair of surrogates counts as one, as emOfKind counts it. */
function emAt(text: string, i: number, bold: boolean): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_EM[bold ? 1 : 0][code];
  return code >= 0x2e80 ? 1 : bold ? 0.8 : 0.72;
}

/** Where the character after the one at `text[i]` starts (past both halves of a surrogate pair). */
function nextChar(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/** `em` plus the em width of `text`, summed character by character, left to right. */
function addEm(em: number, text: string, bold: boolean): number {
  for (let i = 0; i < text.length; i = nextChar(text, i)) em += emAt(text, i, bold);
  return em;
}

/** How wide `text` is at `size` px, without measuring (emOfKind: never narrower than it draws). */
export function textWidth(text: string, size: number, bold = false): number {
  return addEm(0, text, bold) * size;
}

/** `label` cut to fit `width` at `size` px, with an ellipsis. */
export function fitText(label: string, width: number, size: number, bold = false): string {
  if (textWidth(label, size, bold) <= width) return label;
  const room = width - size * 0.9; // the ellipsis
  let used = 0;
  let n = 0;
  for (let i = 0; i < label.length;) {
    used += emAt(label, i, bold) * size;
    if (used > room) break;
    const next = nextChar(label, i);
    n += next - i;
    i = next;
  }
  // At least the first character (whole, where it is a pair of surrogates).
  return `${label.slice(0, n || nextChar(label, 0)).trimEnd()}…`;
}

/** The side a stakeholder group is on, as its box is drawn: backing (side < 0), opposing (> 0), or other. */
export function groupSide(side: number): 'back' | 'oppose' | 'other' {
  return side < 0 ? 'back' : side > 0 ? 'oppose' : 'other';
}
