/** Connects the store to the graph: structure from the dataset, state from the scenario. */
import { useMemo } from 'react';
import { buildGraphState } from '../engine/graphSpec';
import { GraphView } from '../graph/GraphView';
import { selectEvaluation, selectGraphStructure, useAppStore } from '../store';
import { Legend } from '../ui/Legend';

/** The graph with its legend. */
export function GraphPanel() {
  const structure = useAppStore(selectGraphStructure);
  const evaluation = useAppStore(selectEvaluation);
  const setFocus = useAppStore((s) => s.setFocus);
  const focus = useAppStore((s) => s.focus);
  const state = useMemo(() => (evaluation ? buildGraphState(evaluation) : null), [evaluation]);
  if (!structure || !state) return <p className="tb-loading">Loading the graph…</p>;
  return (
    <div className="tb-graph-panel">
      <GraphView structure={structure} state={state} focus={focus} onSelect={setFocus} />
      <Legend />
    </div>
  );
}
