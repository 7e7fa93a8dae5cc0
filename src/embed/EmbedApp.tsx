/** The embed: title, compact scenario control, the graph or table, credit, sources and "Open in Tiebar". No page chrome. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { GraphView } from '../graph/GraphView';
import { orderBills } from '../graph/billOrder';
import type { FocusSpot } from '../graph/core/surroundings';
import { useStoryGraph } from '../ui/useStoryGraph';
import { hasOpeningGroups } from '../engine/storyGraph';
import { useEscapeToClose } from '../ui/useEscapeToClose';
import { selectWholeRecord, useAppStore, useAppStoreApi, useDeferredAppStore } from '../store';
import { sourcesCitedFor } from '../model';
import { ScenarioSummary } from '../ui/ScenarioSummary';
import { unbroken } from '../ui/unbroken';
import { useMediaQuery } from '../ui/useMediaQuery';
import { NodeCaption } from '../ui/NodeCaption';
import { Legend } from '../ui/Legend';
import { ViewSwitch } from '../ui/ViewSwitch';
import { tableAddressOf } from '../ui/viewAddress';
import { loadDatasetRef, loadWithFallback } from '../shell/loadDataset';
import { DEFAULT_DATASET, bundleDataset, fetchIndex } from '../shell/datasetIndex';
import { embedHint } from './embedHint';
import { serializeUrlState } from '../shell/urlState';
import { addressChecks } from '../shell/addressChecks';
import { FRAGMENT_REF } from '../shell/fragment';
import { EmbedControls } from './EmbedControls';
import { sessionScope } from './sessionScope';
import { EmbedTable } from './EmbedTable';
import { startResizeBridge } from './resizeBridge';
import { startEmbedBridge } from './embedBridge';
import { parseAllowedOrigins } from './messaging';
import { groupDigits } from '../model/numbers';
import { asOfLabel } from '../model/dates';
import { SourceLinks } from '../ui/SourceLinks';

/** Props of the embed. */
export interface EmbedAppProps {
  /** The dataset the URL asked for. */
  initialDataset: string;
}

/** The embedded view. */
export function EmbedApp({ initialDataset }: EmbedAppProps) {
  const store = useAppStoreApi();
  useEscapeToClose(store);
  const ds = useAppStore((s) => s.dataset);
  const view = useAppStore((s) => s.view);
  const notices = useAppStore((s) => s.notices);
  // A session is told as the story of one bill and the bills tied to it: the one the address
  // focuses (taps later do not move it), else the one the sentence leads with.
  const record = useAppStore(selectWholeRecord);
  const [addressFocus] = useState(() => store.getState().focus);
  const scope = useMemo(
    () => (record && record.record.dataset === ds ? sessionScope(record, addressFocus) : undefined),
    [record, ds, addressFocus],
  );
  // The bill the address focused became the story: its sentence says it all, so until the reader
  // picks something it is not also lit (which would dim its own neighbours' lists) nor explained
  // again under the graph. The focus itself stays (the page hears no deselection, the links keep it).
  const [picked, setPicked] = useState(false);
  const focused = useAppStore((s) => s.focus);
  const quiet = !picked && scope !== undefined && scope.lead === addressFocus && focused === addressFocus;
  const { structure, state, focus, onSelect: selectInStory, live } = useStoryGraph(scope?.bills, scope?.lead);
  // A session's embed cites what it draws (a session cites thousands of sources).
  const cited = useMemo(() => (ds ? (scope ? sourcesCitedFor(ds, scope.bills) : Object.keys(ds.sources)) : []), [ds, scope]);
  // The what-if rows follow the cards' order, so a row and its card are found in the same place.
  const drawnOrder = useMemo(() => (structure?.story ? orderBills(structure) : undefined), [structure]);
  // A tap on a group lists (or folds) its members: the caption of what was tapped before goes, rather
  // than stay over the list it would now cover.
  const onSelect = (id: string | null) => {
    setPicked(true);
    if (id && structure?.nodes.some((n) => n.id === id && n.kind === 'group')) store.getState().setFocus(null);
    selectInStory(id);
  };
  const stakeholders = useAppStore((s) => s.stakeholders);
  const datasetRef = useAppStore((s) => s.datasetRef);
  // The table's tab, filter and sort, as the address set them: "Open in Tiebar" opens the same table.
  const table = useAppStore(useShallow(tableAddressOf));
  // The "Open in Tiebar" link follows a toggle once the graph has shown it (the toggle's own task renders no React).
  const assumptions = useDeferredAppStore((s) => s.assumptions);
  const asOf = useDeferredAppStore((s) => s.asOf);
  const root = useRef<HTMLElement>(null);
  // Touch screens get touch hints (no "Ctrl + scroll" on a phone), as the pointer is now.
  const touch = useMediaQuery('(pointer: coarse)');
  // The stage grows to the height the story reads best at in its width (the iframe reports it to the page).
  const [stageHeight, setStageHeight] = useState<number | null>(null);
  // Where the focused node is drawn, so its caption sits beside it (on a phone the stage is taller than the screen).
  const stage = useRef<HTMLDivElement>(null);
  // The part of the stage on screen when the node was focused, in the stage: null when not known,
  // 'pending' until a fresh observer says (it sees through the article's frame too).
  type Seen = { top: number; bottom: number } | null | 'pending';
  type Room = { above: number; below: number };
  const [focusAt, setFocusAt] = useState<(FocusSpot & { box: { width: number; height: number }; seen: Seen; room: Room }) | null>(null);
  const watching = useRef<IntersectionObserver | null>(null);
  const onFocusSpot = useCallback((spot: FocusSpot | null) => {
    watching.current?.disconnect();
    watching.current = null;
    const el = stage.current;
    const page = root.current;
    const rect = el?.getBoundingClientRect();
    const all = page?.getBoundingClientRect();
    if (!spot || !el || !rect || !page || !all) return setFocusAt(null);
    const box = { width: rect.width, height: rect.height };
    // The embed's own words above and below the graph, which a caption may cover for a moment
    // rather than leave the screen.
    const room = { above: rect.top - all.top, below: all.bottom - rect.bottom };
    if (typeof IntersectionObserver !== 'function') return setFocusAt({ ...spot, box, room, seen: null });
    setFocusAt({ ...spot, box, room, seen: 'pending' });
    // A new observer's first report is what is on screen now (one kept over a scroll reports only
    // when the share on screen crosses a step, and a tall stage's share can stay the same).
    const observer = new IntersectionObserver((entries) => {
      observer.disconnect();
      const e = entries[entries.length - 1];
      // The embed's part on screen, in the stage's terms (the stage sits `room.above` into it).
      const top = e.boundingClientRect.top + room.above;
      const seen = e.isIntersecting ? { top: e.intersectionRect.top - top, bottom: e.intersectionRect.bottom - top } : null;
      setFocusAt((f) => (f && f.at === spot.at ? { ...f, seen } : f));
    });
    observer.observe(page);
    watching.current = observer;
  }, []);
  useEffect(() => () => watching.current?.disconnect(), []);
  // As tall as the story reads at (a long list opened on a phone is a page to scroll, not words too small to read).
  const fitHeight = useMemo(() => ({ min: 260, max: Math.max(520, Math.round(window.innerWidth * 12)), set: setStageHeight }), []);
  const renderer = useAppStore((s) => s.renderer);
  const graphOptions = useMemo(() => ({ wheelZoom: 'modifier' as const, draggable: false, renderer }), [renderer]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const load = (ref: string) => loadDatasetRef(ref, null, { trustBuiltIns: true });
      let opened = await loadWithFallback(initialDataset, DEFAULT_DATASET, load);
      // A published bundle lists only its own dataset: it opens when the address names none (or
      // one that is not there), as in the app; the default it does not hold goes unmentioned.
      const own = opened.ref ? null : bundleDataset(await fetchIndex().catch(() => []));
      const ownResult = own ? await load(own) : null;
      if (own && ownResult?.ok)
        opened = { ref: own, result: ownResult, failed: initialDataset === DEFAULT_DATASET ? undefined : opened.failed };
      if (cancelled) return;
      const { addNotices, openDataset } = store.getState();
      if (opened.failed)
        addNotices([{ id: 'load', level: 'error', message: opened.failed.message, details: opened.failed.details.slice(0, 5) }]);
      if (opened.ref && opened.result.ok) {
        // The URL's scenario and date are checked against the dataset, as in the app.
        const checked = addressChecks(store.getState(), opened.result.dataset);
        if (checked.notices.length > 0) addNotices(checked.notices);
        if (checked.dropAsOf) store.getState().setAsOf(undefined);
        openDataset(opened.result.dataset, opened.ref, opened.result.warnings);
      } else if (!opened.result.ok) addNotices([{ id: 'load-fallback', level: 'error', message: opened.result.message }]);
    })();
    return () => {
      cancelled = true;
    };
  }, [initialDataset, store]);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const stopResize = startResizeBridge(root.current!, window, params.get('childId'));
    const stopBridge = startEmbedBridge(store, window, parseAllowedOrigins(params.get('allowOrigin')));
    return () => {
      stopResize();
      stopBridge();
    };
  }, [store]);

  if (!ds && notices.length === 0) {
    return (
      <main ref={root} className="tb-embed tb-embed-loading" data-embed="1">
        <p>Loading…</p>
      </main>
    );
  }
  const shown = datasetRef ?? initialDataset;
  const carried = shown === FRAGMENT_REF && ds !== null ? window.location.hash : '';
  const full = `./${serializeUrlState({ dataset: shown, assumptions, asOf, focus: focused ?? undefined, view, ...table, stakeholders })}${carried}`;
  const sourceCount = cited.length;
  // "See them all" opens the whole session on the story's bill.
  const whole = scope && `./${serializeUrlState({ dataset: shown, assumptions, asOf, focus: scope.lead, view, stakeholders })}${carried}`;
  return (
    <main ref={root} className="tb-embed" data-embed="1">
      <header className="tb-embed-head">
        {/* A session's embed tells one bill's story: that is its headline, under the dataset's title. */}
        {scope && ds && (
          <p className="tb-embed-kicker" data-testid="embed-dataset-title">
            {unbroken(ds.title)}
          </p>
        )}
        <h1 className="tb-embed-title">{unbroken(scope?.title ?? ds?.title ?? 'Loading…')}</h1>
        {/* A view pinned to a date says so before its sentence: "both are still pending" is true of then, not now. */}
        {asOf !== undefined && (
          <p className="tb-embed-asof" data-testid="embed-as-of">
            {asOfLabel(asOf)}
          </p>
        )}
        {/* The story first, then the switches to try others: a reader's one look is the sentence and the graph. */}
        <ScenarioSummary about={scope?.lead} among={scope?.bills} letsGo />
        <EmbedControls order={drawnOrder} />
      </header>
      {notices.map((n) =>
        n.id.startsWith('url-') && n.id !== 'url-dataset' ? (
          // A mistake in the embed's address is the publisher's to fix: readers get one plain line,
          // and the publisher checking the page opens it for the details. (A dataset that could not
          // be read is said in full: the embed shows another story.)
          <details key={n.id} className={`tb-notice tb-notice-${n.level}`} data-testid="notice">
            <summary>Part of this graphic’s address (“{n.id.slice(4).split('-')[0]}”) was not understood and was left out.</summary>
            {n.message}
          </details>
        ) : (
          <p key={n.id} className={`tb-notice tb-notice-${n.level}`} data-testid="notice">
            {n.message}
          </p>
        ),
      )}
      {view === 'graph' && scope && (
        // What of the session the graph shows, and the way to the rest.
        <p className="tb-embed-scope" data-testid="embed-scope">
          {unbroken(scope.sentence)}{' '}
          <a href={whole ?? full} target="_blank" rel="noopener">
            See them all in Tiebar ↗
          </a>
        </p>
      )}
      <div ref={stage} className="tb-embed-stage" style={view === 'graph' && stageHeight ? { height: stageHeight } : undefined}>
        {view === 'table' ? (
          <EmbedTable among={scope?.bills} />
        ) : structure && state ? (
          <GraphView
            structure={structure}
            state={state}
            focus={quiet ? null : focus}
            onSelect={onSelect}
            live={live}
            options={graphOptions}
            onHeight={fitHeight}
            onFocusSpot={onFocusSpot}
          />
        ) : null}
        {view === 'graph' && focusAt && (
          <NodeCaption
            at={focusAt.at}
            box={focusAt.box}
            around={focusAt.around}
            seen={focusAt.seen}
            room={focusAt.room}
            drawn={scope?.bills}
            subjectShown={focusAt.subjectShown}
          />
        )}
      </div>
      {/* Under the stage when there is no point to sit beside (the table, or a node not drawn). */}
      {!quiet && !(view === 'graph' && focusAt) && <NodeCaption drawn={scope?.bills} />}
      {view === 'graph' && structure && <p className="tb-embed-hint">{embedHint(touch, hasOpeningGroups(structure))}</p>}
      {view === 'graph' && structure && state && <Legend structure={structure} state={state} meanings />}
      <footer className="tb-embed-foot">
        <ViewSwitch />
        <span>{ds?.credit ?? 'Tiebar'}</span>
        {ds && sourceCount > 0 && (
          // The count opens the list: every fact the graphic shows cites one of these.
          <details className="tb-embed-sources">
            <summary>{sourceCount === 1 ? '1 public source' : `${groupDigits(sourceCount)} public sources`}</summary>
            <ul>
              {cited.map((id) => (
                <li key={id}>
                  <SourceLinks dataset={ds} ids={[id]} />
                </li>
              ))}
            </ul>
          </details>
        )}
        <a href={full} target="_blank" rel="noopener">
          Open in Tiebar ↗
        </a>
      </footer>
    </main>
  );
}
