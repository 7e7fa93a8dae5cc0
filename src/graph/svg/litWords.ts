/**
 * The SVG's words of lit ties, by the core's rule (highlight.ts), as the canvas draws them: a tie's
 * words left out at rest that a highlight shows are moved, while lit, to a layer over the nodes (a
 * box they cross does not cover them), with their tie's arrowhead again on top; they go back when
 * the highlight moves on. An export draws the view at rest: the stylesheet leaves that layer out.
 */
import type { Selection } from 'd3-selection';
import type { GraphEdge, GraphNode, GraphState } from '../../engine/graphSpec';
import type { Point } from '../layout';
import type { Highlight } from '../core/highlight';
import { lightsTie, litWordsShown } from '../core/highlight';
import type { LabelBox } from '../core/labels';
import { nodeWordBoxes } from './wordBoxes';

type G = Selection<SVGGElement, unknown, null, undefined>;
type NodeSel = Selection<SVGGElement, GraphNode, SVGGElement, unknown>;
type EdgeSel = Selection<SVGGElement, GraphEdge, SVGGElement, unknown>;

/** What is drawn, as the view holds it. */
export interface LitScene {
  /** The nodes. */
  nodes: NodeSel | null;
  /** The edges. */
  edges: EdgeSel | null;
  /** The links' words. */
  labels: EdgeSel | null;
  /** Where each link's words went (placeEdges). */
  boxes: ReadonlyMap<string, LabelBox>;
  /** Node positions. */
  pos: ReadonlyMap<string, Point>;
  /** The scenario and date. */
  state: GraphState | null;
}

/** The lit words' layer. */
export interface LitWords {
  /** Shows the left-out words of the ties `h` lights (null: none) that find room among the words drawn. */
  show: (h: Highlight | null, scene: LitScene) => void;
  /** Puts every lifted label back in its own layer (before a join looks for them there). */
  putBack: () => void;
  /** The words at rest changed (placed again, names left out or not): worked out again at the next show. */
  forget: () => void;
}

/** Lit words lifted from `home` (the links' words' layer) to `top` (a layer over the nodes). */
export function createLitWords(home: G, top: G): LitWords {
  let lifted: Element[] = [];
  // The words drawn at rest: the nodes', and the ties' kept (worked out once per placement).
  let atRest: LabelBox[] | null = null;
  // Whether some label is marked lit.
  let lit = false;
  const putBack = () => {
    for (const el of lifted) home.node()!.append(el);
    lifted = [];
    top.selectAll('*').remove();
  };
  return {
    putBack,
    forget: () => void (atRest = null),
    show(h, { nodes, edges, labels, boxes, pos, state }) {
      // Nothing lit now nor before (a placement, a date's step): nothing to do.
      if (!h && !lit) return;
      putBack();
      lit = false;
      if (!labels) return;
      const present = (e: GraphEdge) => state?.edges[e.id]?.present !== false;
      const leftOut = new Set<string>();
      labels.each(function (e) {
        if (this.hasAttribute('data-overlap')) leftOut.add(e.id);
      });
      const asked = new Map<string, LabelBox>();
      for (const e of labels.data())
        if (h && lightsTie(h, e) && leftOut.has(e.id) && present(e) && boxes.has(e.id)) asked.set(e.id, boxes.get(e.id)!);
      const kept = () => [...boxes].filter(([id]) => !leftOut.has(id)).map(([, b]) => b);
      if (asked.size) atRest ??= [...(nodes ? nodeWordBoxes(nodes, pos, state) : []), ...kept()];
      const shown = atRest && asked.size ? litWordsShown(atRest, asked) : new Set<string>();
      labels.attr('data-lit', (e) => (shown.has(e.id) ? 'true' : null));
      lit = shown.size > 0;
      if (!lit) return;
      labels
        .filter((e) => shown.has(e.id))
        .each(function () {
          lifted.push(this);
          top.node()!.append(this);
        });
      // The arrowheads over the words: each tie's path again, its marker alone drawn.
      edges
        ?.filter((e) => shown.has(e.id))
        .each(function () {
          const head = this.querySelector('path')?.cloneNode(false) as SVGPathElement | undefined;
          head?.setAttribute('class', 'tb-lit-head');
          if (head) top.node()!.append(head);
        });
    },
  };
}
