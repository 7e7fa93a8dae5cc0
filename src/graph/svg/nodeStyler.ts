/**
 * The SVG's nodes through a state change (a toggle, a date): only the nodes whose look moved are
 * restyled, in the change's own task, so its frame carries only what it shows; what no pixel waits
 * for follows it: their names (accessible name, tooltip) when the browser is idle, and a bill's drop
 * (the stylesheet's tb-fall) with its provisions greyed, from the frame after its new look shows.
 */
import type { Selection } from 'd3-selection';
import type { GraphNode, GraphState } from '../../engine/graphSpec';
import { fell } from '../../engine/graphSpec';
import { afterShown, whenIdle } from '../../timing/whenIdle';
import { markFallen, nameNodes, styleNode, styleNodes } from './drawNodes';

type NodeSel = Selection<SVGGElement, GraphNode, SVGGElement, unknown>;

/** What the styler reads from the view, when it needs it. */
export interface StyledScene {
  /** The nodes drawn (null before the first drawing). */
  nodes: () => NodeSel | null;
  /** Each node's element with its node, for restyling a few without a selection. */
  drawn: () => ReadonlyArray<readonly [SVGGElement, GraphNode]>;
  /** The scenario and date now. */
  state: () => GraphState | null;
  /** Whether each bill is drawn in every outcome's look (a small graph) or in one, restyled. */
  allLooks: () => boolean;
}

/** Styles the nodes by state. */
export interface NodeStyler {
  /** Styles and names every node at once (a new drawing). */
  all: (nodes: NodeSel, state: GraphState) => void;
  /** Restyles what `next` changes from `before` (null: every node, named when idle); true when what is there as of the date may have changed. */
  change: (before: GraphState | null, next: GraphState) => boolean;
  /** Cancels the naming and the drops still to come. */
  destroy: () => void;
}

/** The bill looks that tell one state from another. */
const same = (a: GraphState['nodes'][string] | undefined, b: GraphState['nodes'][string] | undefined) =>
  a?.outcome === b?.outcome && a?.present === b?.present && a?.struck === b?.struck && a?.fallen === b?.fallen && a?.assumed === b?.assumed;

/** Creates the styler for a view's nodes. */
export function createNodeStyler(scene: StyledScene): NodeStyler {
  // Nodes whose names a state change left behind: named when the browser is idle.
  const unnamed = new Set<string>();
  let cancelNaming: (() => void) | null = null;
  // `ask`: ask for an idle period now; otherwise one already asked for names them (fallLater's).
  function nameLater(ids: Iterable<string>, ask = true) {
    for (const id of ids) unnamed.add(id);
    if (ask) cancelNaming ??= whenIdle(nameNow);
  }
  function nameNow() {
    cancelNaming?.();
    cancelNaming = null;
    const nodes = scene.nodes();
    const state = scene.state();
    if (nodes && state && unnamed.size)
      nameNodes(unnamed.size === scene.drawn().length ? nodes : nodes.filter((d) => unnamed.has(d.id)), state);
    unnamed.clear();
  }
  // A bill that falls drops from the frame after its new look shows. The change's own task asks for
  // one idle callback and nothing more, so its frame carries only the look: the idle period after
  // that frame names the nodes and starts the drop in the next frame.
  const falls: Array<() => void> = [];
  let cancelFalls: (() => void) | null = null;
  function fallLater(mark: () => void) {
    falls.push(mark);
    cancelFalls ??= afterShown(() => {
      cancelFalls = null;
      for (const f of falls.splice(0)) f();
      // Names left by a change made after the idle period (which named the rest).
      if (unnamed.size) cancelNaming ??= whenIdle(nameNow);
    }, nameNow);
  }

  return {
    all(nodes, state) {
      styleNodes(nodes, state, scene.allLooks());
      unnamed.clear();
      nameNodes(nodes, state);
    },
    change(before, next) {
      const nodes = scene.nodes();
      if (!nodes) return false;
      if (!before) {
        styleNodes(nodes, next, scene.allLooks());
        nameLater(scene.drawn().map(([, d]) => d.id));
        return true;
      }
      // A plain loop over the drawn elements: a toggle's own task restyles the few that moved.
      const changed = scene.drawn().filter(([, d]) => !same(before.nodes[d.id], next.nodes[d.id]));
      for (const [el, d] of changed) styleNode(el, d, next, scene.allLooks(), before);
      if (changed.length > 0) {
        // fallLater's idle period names what changed.
        nameLater(
          changed.map(([, d]) => d.id),
          false,
        );
        // What falls with a bill follows it: the bill's drop, and its provisions greyed, start the frame after its new look shows.
        fallLater(() => {
          const shown = new Set(changed.map(([el]) => el));
          const moved = scene.nodes()?.filter(function () {
            return shown.has(this);
          });
          if (!moved) return;
          markFalls(moved, before, next);
          markFallen(moved, next, before);
        });
      }
      return changed.some(([, d]) => before.nodes[d.id]?.present !== next.nodes[d.id]?.present);
    },
    destroy() {
      cancelNaming?.();
      cancelFalls?.();
    },
  };
}

/** Marks each bill a state change made fail (its drop: the stylesheet's tb-fall), and unmarks one that stands again. */
function markFalls(changed: NodeSel, before: GraphState, next: GraphState): void {
  const fallen = (s: GraphState, id: string) => fell(s.nodes[id]?.outcome);
  changed
    .filter((d) => d.kind === 'bill')
    .each(function (d) {
      if (!fallen(next, d.id)) this.removeAttribute('data-fall');
      else if (!fallen(before, d.id)) this.setAttribute('data-fall', '');
    });
}
