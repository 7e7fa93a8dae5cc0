/**
 * What a focus or hover shows in the SVG, by the core's rule (highlight.ts): the nodes and edges it
 * dims (data-dim, which the stylesheet fades; a dimmed tie's words drawn at rest fade with it, as on
 * the canvas), the focus's ring (data-focus), the bills' subjects dimmed with their bills, and its
 * ties' words left out at rest, lifted over the nodes where they find room (litWords).
 */
import type { Selection } from 'd3-selection';
import type { GraphEdge, GraphNode } from '../../engine/graphSpec';
import type { Highlight } from '../core/highlight';
import { dimsEdge, dimsNode } from '../core/highlight';
import type { LitScene } from './litWords';
import { createLitWords } from './litWords';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** The highlight as drawn. */
export interface SvgHighlight {
  /** Shows `h` (null: nothing lit, nothing dimmed), `focusId` ringed. */
  show: (h: Highlight | null, focusId: string | null) => void;
  /** The lit words again, among the words at rest as they are now (`moved`: those were placed again, or names left out or not). */
  showWords: (moved?: boolean) => void;
  /** The words at rest changed (a bill's outcome word): worked out again at the next showing. */
  forget: () => void;
  /** Puts every lifted label back in its own layer (before a join looks for them there). */
  putBack: () => void;
  /** A bill's subject is there when its bill is (as of the date), and dims with it. */
  styleSubjects: () => void;
}

/** Creates the highlight of a view whose links' words are in `home`, lifted to `top` while lit. */
export function createSvgHighlight(
  home: G,
  top: G,
  scene: () => LitScene,
  subjects: () => Selection<SVGTextElement, GraphNode, SVGGElement, unknown> | null,
): SvgHighlight {
  const litWords = createLitWords(home, top);
  // What the highlight lights now (null: nothing dimmed).
  let now: Highlight | null = null;
  const self: SvgHighlight = {
    show(h, focusId) {
      const { nodes, edges, labels } = scene();
      const dim = (e: GraphEdge) => (dimsEdge(h, e) ? 'true' : null);
      nodes?.attr('data-dim', (d) => (dimsNode(h, d.id) ? 'true' : null)).attr('data-focus', (d) => (d.id === focusId ? 'true' : null));
      edges?.attr('data-dim', dim);
      labels?.attr('data-dim', dim);
      now = h;
      self.showWords();
      self.styleSubjects();
    },
    showWords(moved = false) {
      if (moved) litWords.forget();
      litWords.show(now, scene());
    },
    forget: () => litWords.forget(),
    putBack: () => litWords.putBack(),
    styleSubjects() {
      const { state } = scene();
      subjects()
        ?.attr('data-present', (d) => String(state?.nodes[d.id]?.present ?? true))
        .attr('data-dim', (d) => (dimsNode(now, d.id) ? 'true' : null));
    },
  };
  return self;
}
