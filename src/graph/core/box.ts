/**
 * The view's box on the page, measured once per burst of work. Reading an element's box right after
 * drawing into it makes the browser lay out every new element there and then (for an SVG story,
 * most of the first frame's cost), though what is drawn inside does not change the box. So a
 * measure is kept until the script that took it has run to its end (the next microtask), or until
 * the view is told it resized; a later read measures again, so a box that moved is never stale.
 */
export interface Box {
  /** The container's box (measured now unless already measured in this task). */
  read: () => { left: number; top: number; width: number; height: number };
  /** The container resized: the next read measures again. */
  forget: () => void;
}

/** A box over `container`. */
export function createBox(container: HTMLElement): Box {
  let kept: DOMRect | null = null;
  const forget = () => void (kept = null);
  return {
    read() {
      if (!kept) {
        kept = container.getBoundingClientRect();
        queueMicrotask(forget);
      }
      return kept;
    },
    forget,
  };
}
