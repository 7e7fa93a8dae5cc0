/** Connects the store to the graph: structure from the dataset, state from the scenario; exports the view. */
import { useMemo, useRef } from 'react';
import { buildGraphState } from '../engine/graphSpec';
import { GraphView } from '../graph/GraphView';
import { graphToSvg, svgToPng } from '../graph/exportImage';
import { selectEvaluation, selectGraphStructure, selectScenarioSummary, useAppStore } from '../store';
import { Legend } from '../ui/Legend';
import { downloadText } from '../ui/csv';

/** The graph with its legend and export buttons. */
export function GraphPanel() {
  const structure = useAppStore(selectGraphStructure);
  const evaluation = useAppStore(selectEvaluation);
  const setFocus = useAppStore((s) => s.setFocus);
  const focus = useAppStore((s) => s.focus);
  const renderer = useAppStore((s) => s.renderer);
  const options = useMemo(() => ({ renderer }), [renderer]);
  const ds = useAppStore((s) => s.dataset);
  const summary = useAppStore(selectScenarioSummary);
  const state = useMemo(() => (evaluation ? buildGraphState(evaluation) : null), [evaluation]);
  const panel = useRef<HTMLDivElement>(null);
  if (!structure || !state) return <p className="tb-loading">Loading the graph…</p>;
  const image = () => {
    const svg = panel.current!.querySelector<SVGSVGElement>('svg.tb-graph-svg')!;
    const title = `${ds?.title ?? 'Tiebar'}${summary ? ` — ${summary}` : ''}`;
    return graphToSvg(svg, title, `${ds?.credit ?? 'Tiebar'} · made with Tiebar`);
  };
  const name = ds?.id ?? 'tiebar';
  return (
    <div className="tb-graph-panel" ref={panel}>
      <GraphView structure={structure} state={state} focus={focus} onSelect={setFocus} options={options} />
      <div className="tb-graph-foot">
        <Legend />
        <div className="tb-export">
          <button type="button" onClick={() => downloadText(`${name}.svg`, image().text, 'image/svg+xml')}>
            Export SVG
          </button>
          <button
            type="button"
            onClick={() =>
              void svgToPng(image(), 2).then((blob) => {
                const url = URL.createObjectURL(blob);
                const a = Object.assign(document.createElement('a'), { href: url, download: `${name}.png` });
                document.body.append(a);
                a.click();
                a.remove();
                setTimeout(() => URL.revokeObjectURL(url), 1000);
              })
            }
          >
            Export PNG
          </button>
        </div>
      </div>
    </div>
  );
}
