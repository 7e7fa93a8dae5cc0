/** Connects the store to the graph: structure from the dataset, state from the scenario; exports the view. */
import { useMemo, useRef } from 'react';
import { buildGraphState } from '../engine/graphSpec';
import { GraphView } from '../graph/GraphView';
import { graphToSvg, svgToPng } from '../graph/exportImage';
import type { GraphView as GraphViewApi } from '../graph/types';
import { CANVAS_THRESHOLD } from '../graph/createGraphView';
import { selectEvaluation, selectGraphStructure, selectScenarioSummary, useAppStore, useDeferredAppStore } from '../store';
import { Legend } from '../ui/Legend';
import { downloadBlob, downloadText } from '../ui/download';

/** The graph with its legend and export buttons. */
export function GraphPanel() {
  const structure = useAppStore(selectGraphStructure);
  const evaluation = useAppStore(selectEvaluation);
  const setFocus = useAppStore((s) => s.setFocus);
  const focus = useAppStore((s) => s.focus);
  const renderer = useAppStore((s) => s.renderer);
  const options = useMemo(() => ({ renderer }), [renderer]);
  const ds = useAppStore((s) => s.dataset);
  const summary = useDeferredAppStore(selectScenarioSummary);
  const state = useMemo(() => (evaluation ? buildGraphState(evaluation) : null), [evaluation]);
  const panel = useRef<HTMLDivElement>(null);
  if (!structure || !state) return <p className="tb-loading">Loading the graph…</p>;
  const title = `${ds?.title ?? 'Tiebar'}${summary ? ` — ${summary}` : ''}`;
  const credit = `${ds?.credit ?? 'Tiebar'} · made with Tiebar`;
  const svgImage = () => {
    const svg = panel.current?.querySelector<SVGSVGElement>('svg.tb-graph-svg');
    return svg ? graphToSvg(svg, title, credit) : null;
  };
  const png = async (): Promise<Blob> => {
    const svg = svgImage();
    if (svg) return svgToPng(svg, 2);
    const view = (panel.current?.querySelector('[data-testid="graph"]') as (HTMLElement & { tiebarView?: GraphViewApi }) | null)
      ?.tiebarView;
    return view!.toPng!(2, title, credit);
  };
  const isSvg = renderer !== 'canvas' && structure.nodes.length <= CANVAS_THRESHOLD;
  const name = ds?.id ?? 'tiebar';
  return (
    <div className="tb-graph-panel" ref={panel}>
      <GraphView structure={structure} state={state} focus={focus} onSelect={setFocus} options={options} />
      <div className="tb-graph-foot">
        <Legend />
        <div className="tb-export">
          {isSvg && (
            <button type="button" onClick={() => downloadText(`${name}.svg`, svgImage()!.text, 'image/svg+xml')}>
              Export SVG
            </button>
          )}
          <button type="button" onClick={() => void png().then((blob) => downloadBlob(`${name}.png`, blob))}>
            Export PNG
          </button>
        </div>
      </div>
    </div>
  );
}
