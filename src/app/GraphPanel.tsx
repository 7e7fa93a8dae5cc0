/** Connects the store to the graph: structure from the dataset, state from the scenario; exports the view. */
import { useMemo, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { GraphView } from '../graph/GraphView';
import { useStoryGraph } from '../ui/useStoryGraph';
import { graphToSvg, svgToPng } from '../graph/exportImage';
import type { GraphView as GraphViewApi } from '../graph/types';
import { selectScenarioSummary, useAppStore, useDeferredAppStore } from '../store';
import { Legend } from '../ui/Legend';
import { downloadBlob, downloadText } from '../ui/download';

/** The graph with its legend and export buttons. */
export function GraphPanel() {
  const { structure, state, focus, onSelect } = useStoryGraph();
  const renderer = useAppStore((s) => s.renderer);
  const options = useMemo(() => ({ renderer }), [renderer]);
  const ds = useAppStore((s) => s.dataset);
  const summary = useDeferredAppStore(selectScenarioSummary);
  const panel = useRef<HTMLDivElement>(null);
  // The renderer the view actually draws with (it chooses; the panel asks rather than guessing).
  const [drawnWith, setDrawnWith] = useState<'svg' | 'canvas' | null>(null);
  // Below the desktop layout the graph grows to the height its story reads best at (the page scrolls).
  const [height, setHeight] = useState<number | null>(null);
  const fitHeight = useMemo(
    () => ({
      min: 320,
      max: 1400,
      set: (h: number) => setHeight(window.innerWidth <= 900 ? Math.min(h, Math.max(600, window.innerWidth * 4)) : null),
    }),
    [],
  );
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
  const isSvg = drawnWith === 'svg';
  const name = ds?.id ?? 'tiebar';
  return (
    <div
      className="tb-graph-panel"
      ref={panel}
      data-fit-height={height ? '' : undefined}
      style={height ? ({ '--tb-graph-height': `${height}px` } as CSSProperties) : undefined}
    >
      <GraphView
        structure={structure}
        state={state}
        focus={focus}
        onSelect={onSelect}
        options={options}
        onRenderer={setDrawnWith}
        onHeight={fitHeight}
      />
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
