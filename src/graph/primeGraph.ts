/**
 * Readies the SVG renderer while a page waits for its data. The first story a page draws pays for
 * what no later one does: the browser sets up each size and weight of the graph's type on its first
 * use, and V8 compiles and warms up the code that draws (measured on the founding story here: the
 * renderer's first frame after the data arrived: 55-57 ms cold, 28 ms primed). So once the page has
 * started and has time to spare, a made-up story (primeSample) is drawn, out of sight, and taken
 * away in the same task: no frame shows it and nothing of it stays in the page (a MutationObserver
 * of the whole document sees it come and go). A real view made first (the data came quickly) stops
 * it; so does an idle period that never comes.
 */
import { readDatasetJson, validateQuickly } from '../model/quickParse';
import { evaluate } from '../engine';
import { buildGraphState, buildGraphStructure } from '../engine/graphSpec';
import type { GraphState, GraphStructure } from '../engine/graphSpec';
import { buildStoryState, buildStoryStructure } from '../engine/storyGraph';
import type { GraphOptions } from './types';
import { createSvgView } from './svg/createSvgView';
import { PRIME_SAMPLE } from './primeSample';
import { whenIdle } from '../timing/whenIdle';

/** How long priming waits for an idle period before it lets go (ms): a page that busy has its data by then. */
const WAIT = 1000;

let cancel: (() => void) | null = null;
let started = false;

/** Primes the SVG renderer once a page has time to spare, unless it is asked to draw on a canvas. */
export function primeGraph(options: GraphOptions = {}, doc: Document = document): void {
  if (started || options.renderer === 'canvas' || !doc.body) return;
  started = true;
  // Two idle steps, so neither holds the page long: reading and evaluating the sample, then drawing it.
  cancel = whenIdle(() => {
    // Read as a page reads a plain valid dataset (shell/parseOffThread), with no schema library.
    const read = readDatasetJson(PRIME_SAMPLE);
    const parsed = 'raw' in read ? validateQuickly(read.raw) : null;
    if (!parsed?.ok) return;
    const ds = parsed.dataset;
    const structure = buildStoryStructure(ds, buildGraphStructure(ds), 'grouped', new Set());
    const state = buildStoryState(buildGraphState(evaluate(ds, { assumptions: {} })), structure);
    cancel = whenIdle(() => {
      cancel = null;
      draw(doc, structure, state);
    }, WAIT);
  }, WAIT);
}

/** Stops priming that has not yet drawn (a real view is being made). */
export function stopPriming(): void {
  cancel?.();
  cancel = null;
}

/** Draws into a box out of sight and out of the accessibility tree, lays it out, and takes it away. */
function draw(doc: Document, structure: GraphStructure, state: GraphState): void {
  const box = doc.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:fixed;left:-10000px;top:0;width:800px;height:600px;visibility:hidden;pointer-events:none;contain:strict';
  doc.body.appendChild(box);
  const view = createSvgView(box, {}, { renderer: 'svg' });
  try {
    view.setState(state);
    view.setData(structure);
    // Lays out what was drawn (the page's layout, the words' too) now, while the page waits: the
    // type is set up here, not in the real first frame.
    box.getBoundingClientRect();
  } finally {
    view.destroy();
    box.remove();
  }
}
