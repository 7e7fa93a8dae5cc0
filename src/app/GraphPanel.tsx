/** Connects the store to the graph: structure from the dataset, state from the scenario; exports the view. */
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { GraphView } from '../graph/GraphView';
import { useStoryGraph } from '../ui/useStoryGraph';
import { creditLine, graphToSvg, svgToPng } from '../graph/exportImage';
import type { ExportMeta } from '../graph/exportImage';
import { asOfLabel } from '../model/dates';
import type { Dataset } from '../model';
import type { GraphView as GraphViewApi } from '../graph/types';
import { afterPaint, selectStoryTold, useAppStore, useAppStoreApi } from '../store';
import { selectTimeline } from '../store/appSelectors';
import { Legend } from '../ui/Legend';
import { StakeholderMode } from '../ui/StakeholderMode';
import { downloadBlob, downloadText, viewFileName } from '../ui/download';
import { graphRoom, watchRoom } from './graphRoom';

/** The graph's least height (CSS px; the stylesheet's `.tb-graph` min-height, 20rem). */
const GRAPH_MIN_HEIGHT = 320;

/** The graph with its legend and export buttons (memoised: the app re-rendering around it, as when a dataset opens, leaves it be). */
export const GraphPanel = memo(function GraphPanel() {
  const { structure, state, focus, onSelect, live } = useStoryGraph();
  const renderer = useAppStore((s) => s.renderer);
  const options = useMemo(() => ({ renderer }), [renderer]);
  const store = useAppStoreApi();
  const panel = useRef<HTMLDivElement>(null);
  // The renderer the view actually draws with (it chooses; the panel asks rather than guessing).
  const [drawnWith, setDrawnWith] = useState<'svg' | 'canvas' | null>(null);
  // Heard once the graph's first frame has painted (it only decides whether Export SVG shows).
  const onRenderer = useCallback((r: 'svg' | 'canvas') => void afterPaint(() => setDrawnWith(r)), []);
  // Below the desktop layout the graph grows to the height its story reads best at (the page scrolls);
  // on a desktop too where the room left for it would draw the story too small to read (the stage scrolls).
  const [height, setHeight] = useState<number | null>(null);
  const fitHeight = useMemo(
    () => ({
      min: GRAPH_MIN_HEIGHT,
      max: 1400,
      wanted: () => window.innerWidth <= 900,
      room: (graph: HTMLElement) => graphRoom(graph, GRAPH_MIN_HEIGHT),
      watchRoom,
      set: (h: number | null) => setHeight(h === null ? null : Math.min(h, Math.max(600, window.innerWidth * 4))),
    }),
    [],
  );
  if (!structure || !state) return <p className="tb-loading">Loading the graph…</p>;
  // What an export prints around the graph, read when a reader exports (a session lists thousands of
  // sources: working that out on every scenario toggle cost the toggle's frame 15 ms).
  const exportMeta = (): ExportMeta => {
    const s = store.getState();
    // A picture of part of the graph (zoomed to a package) tells the story of the bills in it, about
    // the focused bill when it is one of them; the whole graph's, the page's story.
    const among = billsIn(region(), view()?.positions(), s.dataset);
    const about = among && s.focus && among.has(s.focus) ? s.focus : null;
    return {
      title: s.dataset?.title ?? 'Tiebar',
      // Away from the timeline, the latest record says how late it is.
      date: asOfLabel(s.asOf, selectTimeline(s).at(-1)?.label),
      // The story as the page tells it: the record's ("SB 230 takes effect only because ..."), or the scenario's.
      sentence: selectStoryTold(s, about, among)?.text ?? 'As recorded.',
      credit: creditLine(s.dataset?.credit),
      sources: sourcesLine(s.dataset),
    };
  };
  const svgEl = () => panel.current?.querySelector<SVGSVGElement>('svg.tb-graph-svg') ?? null;
  // The view's own size (less what a focus's details cover of a zoomed view), or a 1200 x 675 social card.
  const sizeOf = (card: boolean) => {
    const r = panel.current?.querySelector('[data-testid="graph"]')?.getBoundingClientRect();
    const covered = region() ? detailsCover() : 0;
    return card
      ? { width: 1200, height: 675 }
      : { width: Math.max(640, (r?.width ?? 800) - covered), height: Math.max(480, r?.height ?? 600) };
  };
  const view = () =>
    (panel.current?.querySelector('[data-testid="graph"]') as (HTMLElement & { tiebarView?: GraphViewApi }) | null)?.tiebarView;
  // The part on screen once the reader has zoomed or panned off the whole graph (less what a focus's
  // details cover at its right); else the whole.
  const region = () => view()?.shownRegion(detailsCover()) ?? null;
  const detailsCover = () => {
    const graph = panel.current?.querySelector('[data-testid="graph"]')?.getBoundingClientRect();
    const details = panel.current?.closest('.tb-stage-body')?.querySelector(':scope > .tb-details')?.getBoundingClientRect();
    if (!graph || !details || details.top >= graph.bottom || details.bottom <= graph.top) return 0;
    return Math.max(0, graph.right - Math.max(details.left, graph.left));
  };
  const svgImage = (card = false) => {
    const svg = svgEl();
    return svg ? graphToSvg(svg, exportMeta(), sizeOf(card), region()) : null;
  };
  const png = async (card = false): Promise<Blob> => {
    const svg = svgImage(card);
    if (svg) return svgToPng(svg, card ? 1 : 2);
    return view()!.toPng!(exportMeta(), sizeOf(card), card ? 1 : 2, region());
  };
  const isSvg = drawnWith === 'svg';
  // Named when saved: the scenario and date then (a what-if's picture is never taken for the record's).
  const name = () => viewFileName(store.getState());
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
        live={live}
        options={options}
        onRenderer={onRenderer}
        onHeight={fitHeight}
      />
      <div className="tb-graph-foot">
        <Legend structure={structure} state={state} dated />
        <div className="tb-export">
          <StakeholderMode />
          <button type="button" onClick={() => void png().then((blob) => downloadBlob(`${name()}.png`, blob))}>
            Export PNG
          </button>
          <button type="button" onClick={() => void png(true).then((blob) => downloadBlob(`${name()}-card.png`, blob))}>
            Social card
          </button>
          {/* Last: it shows once the view says it draws SVG (after the first frame), moving nothing. */}
          {isSvg && (
            <button type="button" onClick={() => downloadText(`${name()}.svg`, svgImage()!.text, 'image/svg+xml')}>
              Export SVG
            </button>
          )}
        </div>
      </div>
    </div>
  );
});

/** "Sources: A, B and 3 more" from a dataset's publishers (or hosts). */
function sourcesLine(ds: Dataset | null): string {
  const names = [
    ...new Set(
      Object.values(ds?.sources ?? {}).map((s) => {
        try {
          return s.publisher ?? new URL(s.url).hostname;
        } catch {
          return s.url;
        }
      }),
    ),
  ];
  if (names.length === 0) return 'Sources: none given';
  const shown = names.slice(0, 4).join(', ');
  return `Sources: ${shown}${names.length > 4 ? ` and ${names.length - 4} more` : ''}`;
}

/** The bills drawn inside a region of the graph (graph units), or undefined for the whole graph or a region holding none. */
function billsIn(
  region: readonly [number, number, number, number] | null,
  positions: ReadonlyMap<string, { x: number; y: number }> | undefined,
  dataset: Dataset | null,
): ReadonlySet<string> | undefined {
  if (!region || !positions || !dataset) return undefined;
  const [x0, y0, x1, y1] = region;
  const inside = new Set<string>();
  for (const b of dataset.bills) {
    const p = positions.get(b.id);
    if (p && p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1) inside.add(b.id);
  }
  return inside.size > 0 ? inside : undefined;
}
