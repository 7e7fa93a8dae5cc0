/** React binding for the graph view: the only React file in src/graph. */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { GraphState, GraphStructure } from '../engine/graphSpec';
import type { GraphOptions, GraphView as View } from './createGraphView';
import { chooseRenderer, createGraphView } from './createGraphView';
import { storyHeight, storyReads } from './storyLayout';
import { touchTap } from './core/interaction';
import { ensureGraphStyles } from './core/styleSheet';
import type { FocusSpot } from './core/surroundings';

// The graph's stylesheet (generated from the encoding table) also styles the outcome badges and the
// legend, which show before any graph is drawn (and in the table view).
if (typeof document !== 'undefined') ensureGraphStyles();

/** Props of the graph. */
export interface GraphViewProps {
  /** What to draw; a new structure keeps existing positions by id. */
  structure: GraphStructure;
  /** How it looks now (scenario and date); changes restyle without relayout. */
  state: GraphState;
  /** The focused node (highlighted with its neighbours), or null. */
  focus?: string | null;
  /** Called with a node id when a node is clicked or activated (null when cleared). */
  onSelect?: (id: string | null) => void;
  /** Zoom, drag and renderer options (read when the view is created). */
  options?: GraphOptions;
  /**
   * For a story: hears the height (CSS px, between `min` and `max`) at which the story reads at full
   * size in the view's width, so the page can give it that (an embed on a phone grows tall, not tiny).
   * While `wanted` says the page lays the graph out in the room it has left (a desktop layout), it
   * hears null instead, unless the story would not read in that `room` (CSS px high): its words would
   * be left out, too small to draw (a laptop's short stage, or the editor beside it). `room` is
   * handed the graph's own element.
   */
  onHeight?: {
    min: number;
    max: number;
    set: (height: number | null) => void;
    wanted?: () => boolean;
    room?: (graph: HTMLElement) => number | null;
    /** Calls back whenever the room may have changed (the page's stage resized); returns the unsubscribe. */
    watchRoom?: (graph: HTMLElement, changed: () => void) => () => void;
  };
  /**
   * Hears where the focused node is drawn and what lies around it (CSS px in the view's box), after
   * each focus change; null when nothing is focused, or while a reader's gesture has moved the view
   * (the spot would go stale).
   */
  onFocusSpot?: (spot: FocusSpot | null) => void;
  /** Hears which renderer draws the graph, whenever that changes. */
  onRenderer?: (renderer: 'svg' | 'canvas') => void;
  /**
   * Subscribes the view to states handed over between renders (a scenario toggle): each is drawn at
   * once, in the frame the toggle lands in, without waiting for React. Returns an unsubscribe. The
   * `state` prop must later be the very same object, or the view is handed it again.
   */
  live?: (apply: (state: GraphState) => void) => () => void;
}

/** True when a container's size moved by two pixels or more (sub-pixel wobble of the panels around it is no resize). */
const resized = (a: { width: number; height: number }, b: { width: number; height: number }) =>
  Math.abs(a.width - b.width) >= 2 || Math.abs(a.height - b.height) >= 2;

/** Draws the graph and keeps it in step with its props. */
export function GraphView({ structure, state, focus = null, onSelect, options, onRenderer, onHeight, live, onFocusSpot }: GraphViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const view = useRef<View | null>(null);
  // What the view was last given, so mounting does not hand it the same data twice.
  const given = useRef<{ structure?: GraphStructure; state?: GraphState; focus?: string | null }>({});
  const latest = useRef({ structure, state, focus, onSelect, options, onHeight });
  useEffect(() => {
    latest.current = { structure, state, focus, onSelect, options, onHeight };
  });
  // The height the story wants at the view's width (whenever the story or the width changes).
  const [width, setWidth] = useState(0);
  // Counts changes of the room a desktop page leaves the graph (onHeight.watchRoom).
  const [roomMoved, setRoomMoved] = useState(0);
  // Whether the reader has moved the view off the whole graph (a drag, wheel or pinch): a button then brings it back.
  const [moved, setMoved] = useState(false);
  const wholeButton = useRef<HTMLButtonElement>(null);
  // Set when the story asks its page for a height before the view has drawn (the page applies it
  // in a render of its own, right after this commit).
  const heightAsked = useRef(false);
  useLayoutEffect(() => {
    const h = latest.current.onHeight;
    if (!h) return;
    // A session's network takes the height its page gives it (not the last story's).
    if (!structure.story) return h.set(null);
    const w = width || ref.current?.getBoundingClientRect().width || 0;
    if (h.wanted?.() === false) {
      const room = ref.current ? (h.room?.(ref.current) ?? null) : null;
      if (room === null || w <= 0 || storyReads(structure, w, room, touchTap())) return h.set(null);
    }
    if (w <= 0) return;
    h.set(storyHeight(structure, w, h.min, h.max, touchTap()));
    if (!view.current) heightAsked.current = true;
    // Asked again when the page's room changed (a window made shorter, a notice gone).
  }, [structure, width, roomMoved]);
  // The room's changes, where the page lays the graph out in the room it has left (not where it
  // grows the graph to its story: the page then grows with it).
  useEffect(() => {
    const h = latest.current.onHeight;
    const el = ref.current;
    if (!h?.watchRoom || !el) return;
    return h.watchRoom(el, () => {
      if (h.wanted?.() === false) setRoomMoved((n) => n + 1);
    });
  }, [onHeight]);
  const renderer = chooseRenderer(structure.nodes.length, options, structure.edges.length);
  useEffect(() => onRenderer?.(renderer), [onRenderer, renderer]);
  // Which renderer the live view is, and which one the latest render wants: when they differ (a
  // story's SVG switching to a session's canvas), the old view must never be handed the new data,
  // or the SVG would build thousands of nodes before it is replaced.
  const drawnBy = useRef<'svg' | 'canvas' | null>(null);
  const wanted = useRef(renderer);
  useLayoutEffect(() => {
    wanted.current = renderer;
  }, [renderer]);

  // Made during the commit (a layout effect), so the first frame that shows the page shows the graph.
  useLayoutEffect(() => {
    const el = ref.current!;
    let cancelled = false;
    let v: View | null = null;
    let observer: ResizeObserver | null = null;
    // The size the view is made at, read before it draws (a read after would lay out all it drew).
    // A height the story has just asked for is applied by the page's next render, which React makes
    // before this task ends: the view then starts in a microtask (still before the first frame), at
    // the size it keeps, instead of laying the story out for the old box and again for the new.
    const waitForHeight = heightAsked.current;
    heightAsked.current = false;
    let initial = waitForHeight ? null : el.getBoundingClientRect();
    const start = (made: View) => {
      if (cancelled) return made.destroy();
      initial ??= el.getBoundingClientRect();
      v = made;
      const { structure: s, state: st, focus: f } = latest.current;
      view.current = v;
      drawnBy.current = renderer;
      // For browser tests and benchmarks: the live view behind this element.
      Object.defineProperty(el, 'tiebarView', { value: v, configurable: true });
      v.setState(st);
      v.setData(s);
      v.setFocus(f);
      given.current = { structure: s, state: st, focus: f };
      // Tell the view only of real size changes: the observer's first call reports the size the view
      // was created at, and a resize would redraw a session's 100,000 edges for nothing.
      let seen: { width: number; height: number } = initial;
      observer = new ResizeObserver(([entry]) => {
        if (!resized(entry.contentRect, seen)) return;
        if (Math.abs(entry.contentRect.width - seen.width) >= 2) setWidth(entry.contentRect.width);
        seen = entry.contentRect;
        made.resize();
      });
      observer.observe(el);
    };
    const { structure: s, options: o } = latest.current;
    const tellMoved = (now: boolean) => {
      // The button goes with a fit (its click, or the 0 key): keyboard focus on it stays with the
      // graph (its box, not a node, which would light one), not the page.
      if (!now && wholeButton.current && document.activeElement === wholeButton.current) el.focus({ preventScroll: true });
      setMoved(now);
    };
    const made = createGraphView(
      el,
      s.nodes.length,
      { onSelect: (id) => latest.current.onSelect?.(id), onMoved: tellMoved },
      { ...o, renderer },
    );
    if (made instanceof Promise) void made.then(start);
    else if (waitForHeight) queueMicrotask(() => start(made));
    else start(made);
    return () => {
      cancelled = true;
      observer?.disconnect();
      v?.destroy();
      // A new view (the other renderer) starts showing the whole graph.
      setMoved(false);
      view.current = null;
      drawnBy.current = null;
    };
  }, [renderer]);

  // A gesture moves the drawing under a caption placed beside the focused node: the caption leaves
  // the node until the view shows the whole graph again.
  useLayoutEffect(() => {
    const v = view.current;
    const f = given.current.focus;
    if (v && f) onFocusSpot?.(moved ? null : v.focusSpot(f));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the view is moved or shown whole again
  }, [moved]);

  useEffect(
    () =>
      live?.((next) => {
        const v = view.current;
        if (v && drawnBy.current === wanted.current && given.current.state !== next) v.setState((given.current.state = next));
      }),
    [live],
  );

  // Hands the view what changed since it was last given anything, in this order, during the commit.
  useLayoutEffect(() => {
    const v = view.current;
    // Still loading, or about to be replaced by the other renderer: the new view is handed the latest props when it starts.
    if (!v || drawnBy.current !== renderer) return;
    const g = given.current;
    if (g.state !== state) v.setState((g.state = state));
    if (g.structure !== structure) v.setData((g.structure = structure));
    if (g.focus !== focus) {
      v.setFocus((g.focus = focus));
      onFocusSpot?.(focus && !moved ? v.focusSpot(focus) : null);
    }
  });

  return (
    <div ref={ref} className="tb-graph" data-testid="graph" data-renderer={renderer} tabIndex={-1}>
      {moved && (
        <button type="button" className="tb-whole-graph" ref={wholeButton} onClick={() => view.current?.fit()}>
          Whole graph
        </button>
      )}
    </div>
  );
}
