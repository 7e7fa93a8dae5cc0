/** React binding for the graph view: the only React file in src/graph. */
import { useEffect, useRef } from 'react';
import type { GraphState, GraphStructure } from '../engine/graphSpec';
import type { GraphOptions, GraphView as View } from './createGraphView';
import { createGraphView } from './createGraphView';

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
  /** Zoom and drag behaviour (read once, when the view is created). */
  options?: GraphOptions;
}

/** Draws the graph and keeps it in step with its props. */
export function GraphView({ structure, state, focus = null, onSelect, options }: GraphViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const view = useRef<View | null>(null);
  const onSelectRef = useRef(onSelect);
  const optionsRef = useRef(options);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const v = createGraphView(ref.current!, { onSelect: (id) => onSelectRef.current?.(id) }, optionsRef.current);
    view.current = v;
    const observer = new ResizeObserver(() => v.resize());
    observer.observe(ref.current!);
    return () => {
      observer.disconnect();
      v.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    view.current?.setState(state);
  }, [state]);
  useEffect(() => {
    view.current?.setData(structure);
  }, [structure]);
  useEffect(() => {
    view.current?.setFocus(focus);
  }, [focus, structure]);

  return <div ref={ref} className="tb-graph" data-testid="graph" />;
}
