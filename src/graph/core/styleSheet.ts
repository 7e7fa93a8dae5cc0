/**
 * The graph's stylesheet, generated from the encoding table (encodings.ts): the SVG's nodes, edges,
 * labels and cards, and the keys that repeat them (outcome badges, the legend's stance lines). Added
 * once to the document by whichever renderer starts first; an exported SVG inlines what it computes.
 */
import type { BoxStyle } from './encodings';
import {
  BOX_STYLE,
  EDGE_STYLE,
  HATCH,
  MARK_STYLE,
  OPACITY,
  OUTCOME_STYLE,
  WHAT_IF_PILL,
  SHOWN_LOOK,
  SIZE,
  STAKEHOLDER_COLOR,
  STANCE_STYLE,
} from './encodings';
import { HIT } from './interaction';

/** The id of the <style> element that carries the sheet. */
export const STYLE_ID = 'tb-graph-styles';

const rule = (selector: string, props: Record<string, string | number | undefined>) =>
  `${selector} {${Object.entries(props)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}: ${v};`)
    .join('')} }`;
const dash = (d: string) => (d ? d : 'none');
const box = (b: BoxStyle) => ({ fill: b.fill, stroke: b.stroke, 'stroke-width': b.width, 'stroke-dasharray': dash(b.dash) });
/** A CSS border style for a dash: solid, dotted (short dashes) or dashed. */
export const borderStyle = (d: string) => (!d ? 'solid' : Number(d.split(' ')[0]) <= 2 ? 'dotted' : 'dashed');

/** The graph's CSS text. */
export function graphCss(): string {
  const out: string[] = [];
  const add = (selector: string, props: Record<string, string | number | undefined>) => out.push(rule(selector, props));
  add('.tb-node', { cursor: 'pointer', transition: 'opacity 0.35s ease' });
  // A node tapped or clicked takes focus: the browser's ring would box its whole row (the graph lights
  // it instead). A keyboard's focus keeps the page's ring, and the graph's on its box.
  add('.tb-node:focus:not(:focus-visible)', { outline: 'none' });
  add('.tb-node text', { 'pointer-events': 'none', fill: 'var(--ink)' });
  // Bills: drawn once per outcome (a look each), in that outcome's colours, outline and dash; the
  // bill's <g> carries data-outcome, and its own look is the one opaque (no outcome yet: the pending
  // look, without its word).
  add('.tb-bill .tb-label', { 'font-weight': 700 });
  add('.tb-bill .tb-outcome', { 'font-weight': 700, 'text-transform': 'uppercase', 'letter-spacing': '0.04em' });
  add('.tb-look', { opacity: 0 });
  for (const o of Object.keys(OUTCOME_STYLE) as Array<keyof typeof OUTCOME_STYLE>) {
    const s = OUTCOME_STYLE[o];
    const look = `.tb-look[data-look='${o}']`;
    add(`${look} .tb-shape`, { fill: s.fill, stroke: s.stroke, 'stroke-width': MARK_STYLE.billWidth, 'stroke-dasharray': dash(s.dash) });
    // Words over a hatch sit on a halo of the hatch's ground, so its lines never cross the letters.
    add(
      `${look} text`,
      s.pattern
        ? { fill: s.text, 'paint-order': 'stroke', stroke: HATCH.bg, 'stroke-width': `${MARK_STYLE.halo.onHatch}px` }
        : { fill: s.text },
    );
    add(`.tb-bill[data-outcome='${o}'] ${look}`, { opacity: 1 });
    add(`.tb-graph-svg[data-layers] .tb-bill[data-outcome='${o}'] ${look}`, { opacity: SHOWN_LOOK });
  }
  add(".tb-bill:not([data-outcome]) .tb-look[data-look='pending']", { opacity: 1 });
  add(".tb-graph-svg[data-layers] .tb-bill:not([data-outcome]) .tb-look[data-look='pending']", { opacity: SHOWN_LOOK });
  add('.tb-bill:not([data-outcome]) .tb-outcome', { visibility: 'hidden' });
  // On a small graph each look is its own compositor layer: showing another changes no pixels to
  // paint, and the look shown stays below opacity 1 (SHOWN_LOOK), so Chromium updates its layer in
  // place. A large graph's one look a bill is not a layer: it stays at 1 (below 1 it would be drawn
  // apart and blended on every paint).
  add('.tb-graph-svg[data-layers] .tb-look', { 'will-change': 'opacity' });
  // Provisions, groups, members' rows and cards.
  add('.tb-provision .tb-shape', box(BOX_STYLE.provision));
  add('.tb-provision .tb-label', { fill: BOX_STYLE.provision.text });
  // A provision whose bill fell is drawn quiet (a struck one keeps its own look: the rules after win).
  add(".tb-provision[data-fallen='true'] .tb-shape", box(BOX_STYLE.fallen));
  add(".tb-provision[data-fallen='true'] .tb-label", { fill: BOX_STYLE.fallen.text });
  add('.tb-provision .tb-shape', { transition: 'fill 0.35s ease, stroke 0.35s ease' });
  add(".tb-provision[data-struck='true'] .tb-shape", box(BOX_STYLE.struck));
  add(".tb-provision[data-struck='true'] .tb-label", { fill: BOX_STYLE.struck.text });
  add('.tb-provision .tb-strike', { stroke: MARK_STYLE.strike.stroke, 'stroke-width': MARK_STYLE.strike.width, visibility: 'hidden' });
  add(".tb-provision[data-struck='true'] .tb-strike", { visibility: 'visible' });
  for (const side of ['back', 'oppose', 'other'] as const) add(`.tb-group[data-side='${side}'] .tb-shape`, box(BOX_STYLE[side]));
  add('.tb-member .tb-row', { fill: BOX_STYLE.row.fill });
  add('.tb-card', { fill: BOX_STYLE.card.fill, stroke: BOX_STYLE.card.stroke, 'stroke-width': BOX_STYLE.card.width });
  // Stakeholders: outlined dots, names with a halo (a group's and a member's words sit on a box: no halo).
  for (const [kind, colour] of Object.entries(STAKEHOLDER_COLOR))
    add(`.tb-stakeholder .tb-shape[data-kind='${kind}'], .tb-kind-mark[data-kind='${kind}']`, { fill: colour });
  add('.tb-stakeholder .tb-shape, .tb-kind-mark', { stroke: MARK_STYLE.dotOutline.stroke, 'stroke-width': MARK_STYLE.dotOutline.width });
  // A free dot's hit area: its radius plus the slack, and never under the minimum target, in screen pixels
  // (--tb-k is the zoom, set by the SVG view as it changes), as the canvas hit-tests (interaction.ts).
  const k = 'var(--tb-k, 1)';
  add('.tb-stakeholder .tb-hit', {
    fill: 'none',
    stroke: 'none',
    'pointer-events': 'all',
    r: `max(calc(${SIZE.dot}px + ${HIT.slack}px / ${k}), calc(${HIT.min / 2}px / ${k}))`,
  });
  // A listed item's whole row answers a tap (on a touch screen the rows are a finger tall: storyLayout).
  add('.tb-tap', { fill: 'none', stroke: 'none', 'pointer-events': 'all' });
  add('.tb-stakeholder .tb-label', {
    fill: 'var(--ink)',
    'paint-order': 'stroke',
    stroke: MARK_STYLE.halo.stroke,
    'stroke-width': `${MARK_STYLE.halo.name}px`,
  });
  add('.tb-group .tb-label, .tb-member .tb-label', { fill: BOX_STYLE.back.text, stroke: 'none' });
  // A stakeholder's name that would overlap a box or another name hides, and shows on hover and focus.
  add('.tb-stakeholder .tb-label[data-overlap]', { display: 'none' });
  add('.tb-stakeholder:hover .tb-label[data-overlap], .tb-stakeholder:focus .tb-label[data-overlap]', { display: 'inline' });
  // The focus ring comes after every box rule, so it shows on any box.
  add(".tb-node[data-focus='true'] .tb-shape, .tb-node:focus-visible .tb-shape", {
    stroke: MARK_STYLE.focus.stroke,
    'stroke-width': MARK_STYLE.focus.width,
  });
  // Edges: links (deciding or loose), provision lines, and one rule per stance.
  add('.tb-edge', { transition: 'opacity 0.35s ease' });
  add('.tb-edge path', { transition: 'stroke 0.35s ease, stroke-width 0.35s ease' });
  const line = (sel: string, s: { stroke: string; width: number; dash: string }) =>
    add(`${sel} path`, { stroke: s.stroke, 'stroke-width': s.width, 'stroke-dasharray': dash(s.dash) });
  line('.tb-edge-provision', EDGE_STYLE.provision);
  line('.tb-edge-link', EDGE_STYLE.deciding);
  line('.tb-edge-link.tb-loose', EDGE_STYLE.loose);
  line('.tb-edge-position', STANCE_STYLE.neutral);
  for (const st of Object.keys(STANCE_STYLE) as Array<keyof typeof STANCE_STYLE>)
    line(`.tb-edge-position[data-stance='${st}']`, STANCE_STYLE[st]);
  add('.tb-arrow-head', { fill: EDGE_STYLE.deciding.head });
  add('.tb-link-label text', {
    fill: 'var(--ink)',
    'paint-order': 'stroke',
    stroke: MARK_STYLE.halo.stroke,
    'stroke-width': `${MARK_STYLE.halo.link}px`,
  });
  add('.tb-link-label .tb-link-words', { 'font-weight': EDGE_STYLE.deciding.words });
  add('.tb-link-label.tb-loose .tb-link-words', { 'font-weight': EDGE_STYLE.loose.words });
  add('.tb-link-label .tb-pill', { fill: MARK_STYLE.halo.stroke });
  add('.tb-link-label[data-overlap]', { display: 'none' });
  // Left out, its words show on focus or hover where they find room (the core's rule: highlight.ts),
  // over the nodes, their tie's arrowhead again on top (svg/litWords.ts). An export draws the view
  // at rest: without them.
  add(".tb-graph-svg:not([data-exporting]) .tb-link-label[data-overlap][data-lit='true']", { display: 'inline' });
  add('.tb-lit-words', { 'pointer-events': 'none' });
  add('.tb-lit-head', { fill: 'none', stroke: 'none' });
  // Nor zoomed out past reading the ties' words (the canvas draws none there): their pills and heads alone would show.
  add(".tb-graph-svg[data-exporting] .tb-lit-words, .tb-graph-svg[data-hide~='link'] .tb-lit-words", { display: 'none' });
  // Presence (as of the date) and the highlight: nodes fade, edges and their words are not there yet.
  add(".tb-node[data-present='false'], .tb-subject[data-present='false']", { opacity: OPACITY.absent });
  add(".tb-node[data-dim='true'], .tb-edge[data-dim='true'], .tb-link-label[data-dim='true'], .tb-subject[data-dim='true']", {
    opacity: OPACITY.dim,
  });
  // After the highlight: a link not made yet stays out of sight, dimmed or not.
  add(".tb-edge[data-present='false'], .tb-link-label[data-present='false']", { opacity: 0 });
  // A bill the scenario sets is tagged "what if" (before the rule that leaves out words too small to read).
  add('.tb-whatif', { display: 'none', 'font-style': 'italic', 'font-weight': 700 });
  add('.tb-whatif text', { fill: WHAT_IF_PILL.text });
  add('.tb-whatif rect', { fill: WHAT_IF_PILL.fill, stroke: WHAT_IF_PILL.stroke, 'stroke-width': WHAT_IF_PILL.width });
  // The legend's key to it, in the same pill.
  add('.tb-whatif-key i', {
    color: WHAT_IF_PILL.text,
    'font-weight': 700,
    border: `${WHAT_IF_PILL.width}px solid ${WHAT_IF_PILL.stroke}`,
    'border-radius': '999px',
    padding: '0 0.4em',
  });
  // A bill's subject beside its box, in a story card: quiet words on the card's ground.
  add('.tb-subject', { fill: 'var(--muted)', 'pointer-events': 'none' });
  // (:where keeps it no more specific than that rule, which must win when the words are too small.)
  add(":where(.tb-graph-svg[data-story] .tb-bill[data-assumed='true']) .tb-whatif", { display: 'inline' });
  // Words too small to read at this zoom are left out; the tooltip and the details panel still say them.
  add(
    ".tb-graph-svg[data-hide~='bill'] .tb-t-bill, .tb-graph-svg[data-hide~='small'] .tb-t-small, .tb-graph-svg[data-hide~='item'] .tb-t-item, .tb-graph-svg[data-hide~='link'] .tb-t-link, .tb-graph-svg[data-hide~='subject'] .tb-t-subject",
    { display: 'none' },
  );
  // While an export reads the computed colours (in the light palette), nothing may be mid-transition.
  add('.tb-graph-svg[data-exporting] *', { transition: 'none !important' });
  // A bill visibly drops when a scenario makes it fall: the view marks it data-fall then (never on
  // the first drawing, so a bill that failed on the record does not move), and unmarks it when it
  // stands again, so the next fall starts the drop anew.
  add('.tb-bill[data-fall] .tb-shape', { animation: 'tb-fall 0.6s ease-out' });
  out.push(
    '@keyframes tb-fall { 0% { transform: translateY(-8px); } 60% { transform: translateY(3px); } 100% { transform: translateY(0); } }',
  );
  // The keys around the graph: outcome badges and the legend's stance lines.
  for (const o of Object.keys(OUTCOME_STYLE) as Array<keyof typeof OUTCOME_STYLE>) {
    const s = OUTCOME_STYLE[o];
    const bg = s.pattern ? `repeating-linear-gradient(45deg, ${HATCH.bg} 0 4px, ${HATCH.flat} 4px 7px)` : s.fill;
    add(`.tb-badge.tb-badge-${o}`, { background: bg, 'border-color': s.stroke, 'border-style': borderStyle(s.dash), color: s.text });
  }
  // The key's sample boxes for a provision's looks (fallen with its bill, struck).
  for (const look of ['fallen', 'struck'] as const) {
    const b = BOX_STYLE[look];
    add(`.tb-boxkey-${look}::before`, { background: b.fill, 'border-color': b.stroke, 'border-style': borderStyle(b.dash) });
  }
  for (const st of Object.keys(STANCE_STYLE) as Array<keyof typeof STANCE_STYLE>) {
    const s = STANCE_STYLE[st];
    add(`.tb-stance.tb-stance-${st}::before`, {
      'border-color': s.stroke,
      'border-top-width': `${s.width >= 2 ? 3 : 2}px`,
      'border-top-style': borderStyle(s.dash),
    });
  }
  return out.join('\n');
}

/** The documents the sheet was adopted into (a constructed sheet leaves no element to find). */
const adopted = new WeakSet<Document>();

/**
 * Adds the sheet to `doc` once (a second call does nothing): as a constructed stylesheet where the
 * browser has them, which a strict Content Security Policy (style-src 'self', as in a sandboxed
 * embed) allows, else as a <style> element.
 */
export function ensureGraphStyles(doc: Document = document): void {
  if (adopted.has(doc) || doc.getElementById(STYLE_ID)) return;
  const View = doc.defaultView as (Window & typeof globalThis) | null;
  if (View && 'adoptedStyleSheets' in doc && typeof View.CSSStyleSheet?.prototype.replaceSync === 'function') {
    try {
      const sheet = new View.CSSStyleSheet();
      sheet.replaceSync(graphCss());
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      adopted.add(doc);
      return;
    } catch {
      // Not constructable here: fall back to an element.
    }
  }
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = graphCss();
  doc.head.append(style);
}
