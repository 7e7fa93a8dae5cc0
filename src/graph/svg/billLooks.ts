/**
 * A bill's looks: its box and words drawn once per outcome, each over the others; the stylesheet
 * shows the bill's own (by data-outcome). The first frame builds the look each bill shows; the rest
 * follow once it has painted (`completeLooks`), and a change that needs one first builds it there.
 */
import type { GraphNode } from '../../engine/graphSpec';
import { FONT, OUTCOME_STYLE, SIZE, cornerRadius, fitText } from '../core/encodings';
import { halfSize } from '../core/geometry';
import { svgElement } from './svgElement';

/** An outcome a bill can be drawn in: each has its look. */
export type LookWord = keyof typeof OUTCOME_STYLE;

/** Every outcome's look, in the order a bill stacks them. */
export const LOOK_WORDS = Object.keys(OUTCOME_STYLE) as LookWord[];

/** Bill `d` drawn in `word`'s look: its box, and its name over the word as one text, read "AB 392 enacted" (WCAG 2.5.3). */
function newLook(d: GraphNode, word: LookWord): SVGGElement {
  const [hw, hh] = halfSize(d);
  const look = svgElement('g', { class: 'tb-look', 'data-look': word });
  const box = svgElement('rect', { class: 'tb-shape', x: -hw, y: -hh, width: 2 * hw, height: 2 * hh, rx: cornerRadius('bill') });
  const text = svgElement('text', { class: 'tb-label', 'text-anchor': 'middle' });
  const name = svgElement(
    'tspan',
    { class: 'tb-name tb-t-bill', x: 0, y: -4, 'font-size': FONT.bill },
    fitText(d.label, 2 * SIZE.bill.hw - 8, FONT.bill, true),
  );
  const outcome = svgElement('tspan', { class: 'tb-outcome tb-t-small', x: 0, y: 15, 'font-size': FONT.outcome }, word);
  text.append(name, ' ', outcome);
  look.append(box, text);
  return look;
}

/** Another look copied from one the bill has: only its word differs. */
function relook(model: Element, word: LookWord): Element {
  const look = model.cloneNode(true) as Element;
  look.setAttribute('data-look', word);
  look.querySelector('.tb-outcome')!.textContent = word;
  return look;
}

/**
 * Gives bill element `el` (its <title> first, its looks right after) the look for `word` where it
 * has none yet, in its place in the stack.
 */
export function ensureLook(el: SVGGElement, d: GraphNode, word: LookWord): void {
  const at = LOOK_WORDS.indexOf(word);
  let after: Element = el.firstElementChild!;
  let model: Element | null = null;
  for (let look = after.nextElementSibling; look?.classList.contains('tb-look'); look = look.nextElementSibling) {
    const i = LOOK_WORDS.indexOf(look.getAttribute('data-look') as LookWord);
    if (i === at) return;
    model ??= look;
    if (i < at) after = look;
  }
  el.insertBefore(model ? relook(model, word) : newLook(d, word), after.nextSibling);
}

/** Gives each bill of `bills` every outcome's look it does not have yet. */
export function completeLooks(bills: ReadonlyArray<readonly [SVGGElement, GraphNode]>): void {
  for (const [el, d] of bills) if (d.kind === 'bill') for (const word of LOOK_WORDS) ensureLook(el, d, word);
}
