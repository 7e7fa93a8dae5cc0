/**
 * "Skip to graph": the page's first stop for the keyboard, shown once it has the focus. It takes the
 * keyboard past the header's tools and the side panel to the graph (or the table) in one press.
 */
import type { MouseEvent, RefObject } from 'react';
import { useAppStore } from '../store';

/** The id of the stage the link names (its address is never followed: the page's fragment carries datasets). */
export const STAGE_ID = 'tb-stage';

/**
 * Where the keyboard lands in `stage`: the graph's own stop (the node in the tab order, or the
 * canvas; the graph's box before it is drawn), else the table's first control, else the stage itself.
 */
export function skipTarget(stage: HTMLElement): HTMLElement {
  const graph = stage.querySelector<HTMLElement>('.tb-graph');
  if (graph) return graph.querySelector<HTMLElement>('[tabindex="0"]') ?? graph;
  return stage.querySelector<HTMLElement>('.tb-table-wrap button') ?? stage;
}

/** Props of SkipLink. */
export interface SkipLinkProps {
  /** The stage: the section that holds the graph or the table. */
  stage: RefObject<HTMLElement | null>;
}

/** The skip link, first on the page. */
export function SkipLink({ stage }: SkipLinkProps) {
  const view = useAppStore((s) => s.view);
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    if (stage.current) skipTarget(stage.current).focus();
  };
  return (
    <a className="tb-skip-link" href={`#${STAGE_ID}`} onClick={skip}>
      Skip to {view === 'table' ? 'table' : 'graph'}
    </a>
  );
}
