/**
 * Graph benchmark in headless Chromium: time to the first graph frame after the data arrives (to
 * the frame's start, and to the end of its paint), pan frame times, scenario-toggle-to-pixels latency, the longest main-thread task after the first
 * frame, and JS heap, for Tiebar (SVG and Canvas) and two peers on the same data in the same run:
 * force-graph (canvas) and a plain d3 SVG graph. Session-sized datasets are generated (seeded) and
 * their layouts baked ahead, as Tiebar's `bake` does. The founding story's first frames and toggles
 * are taken over several loads a target, in turn (median and range); pan, longest task and heap
 * come from the first load.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { parseDatasetText } from '../src/model';
import type { Dataset } from '../src/model';
import { generateDataset } from '../src/engine/generate';
import { buildGraphStructure } from '../src/engine/graphSpec';
import { evaluate } from '../src/engine';
import { computeLayout } from '../src/graph/layout';
import { serveStatic } from './serve';
import { launchChromium } from './browser';

/** What a target is: the app (toggled through its store), or a peer page (toggled through `__peer`). */
type Kind = 'tiebar' | 'fg' | 'd3' | 'renderer';

/** One page load's figures; `toggles` and `toggleWork` hold one value per toggle. */
interface Figures {
  firstFrame: number;
  firstPixels: number;
  fromNavigation: number;
  meanFrame: number;
  p95Frame: number;
  busyPerFrame: number;
  toggles: number[];
  toggleWork: number[];
  longestTask: number;
  heapMb: number;
}

/**
 * Page loads per target for the founding story (TIEBAR_BENCH_LOADS, default 5), taken in turn
 * across the targets: one load's first frame swings by tens of milliseconds on a shared machine,
 * so a comparison of single loads says more about the moment than about the page.
 */
const LOADS = Math.max(1, Number(process.env.TIEBAR_BENCH_LOADS ?? 5) || 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** "91 ms (69-110)" over several loads, "91 ms" for one. */
function spread(xs: number[], digits = 0): string {
  const m = `${median(xs).toFixed(digits)} ms`;
  return xs.length > 1 ? `${m} (${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)})` : m;
}

const ROOT = '/tmp/tiebar-bench-graph';

function bake(ds: Dataset): Dataset {
  const { layout: _old, ...rest } = ds;
  const layout: Record<string, [number, number]> = {};
  for (const [id, p] of computeLayout(buildGraphStructure(rest))) layout[id] = [Math.round(p.x) || 0, Math.round(p.y) || 0];
  return { ...rest, layout };
}

// tsx (esbuild) wraps named inner functions in __name(); the page needs that helper too.
// The first frame is the frame that shows the graph settled: the next frame after a task marks it
// so, or the very frame whose animation callbacks marked it (a canvas draws, then marks, in one).
// Its start is timed (__firstFrame) and marked in the trace, which times the end of that frame's
// paint, as the toggles are timed: the frame's own style, layout and paint then count, for every
// target alike (a page that lays itself out before the frame and one that leaves that to the frame
// are timed the same way).
const OBSERVE = `
  window.__name = (f) => f;
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  let inFrame = false;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => { inFrame = true; try { cb(t); } finally { queueMicrotask(() => (inFrame = false)); } });
  let firstFrame;
  Object.defineProperty(window, '__firstFrame', { configurable: true, get: () => firstFrame, set(v) {
    if (firstFrame === undefined && v) performance.mark('bench:first-frame');
    firstFrame = v;
  } });
  new MutationObserver(() => {
    if (window.__firstFrame || !document.querySelector('[data-layout="settled"]')) return;
    if (inFrame) window.__firstFrame = performance.now();
    else requestAnimationFrame(() => (window.__firstFrame ??= performance.now()));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-layout'] });
`;

/**
 * Loads the page once and measures it: the first frame, then (when `full`) panning, then toggles
 * and the heap. A load that is not `full` measures the first frame and the toggles only.
 */
async function measure(browser: Browser, url: string, dataFile: string, toggleId: string, kind: Kind, full = true): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  // TIEBAR_BENCH_IDLE_DATA=1 holds the data file back until the page has finished starting, so the
  // first frame counts only the work the data itself causes (from a local server the file otherwise
  // arrives while a page is still starting, and each target's start-up work falls into its figure).
  // The file is matched by its path: the app's own address names it in its `?dataset=`, and is not held.
  if (process.env.TIEBAR_BENCH_IDLE_DATA)
    await page.route(
      (u) => u.pathname.endsWith(`/${dataFile}`),
      async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      },
    );
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstFrame?: number }).__firstFrame, null, { timeout: 120_000, polling: 100 });
  await page.waitForTimeout(300);
  // After the data arrived, and from the navigation (what a reader waits: a page that asks for its
  // data while its code still loads has it arrive sooner, and the first figure then counts its start-up).
  const [firstFrame, fromNavigation] = await page.evaluate((file) => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes(file)) as PerformanceResourceTiming | undefined;
    const frame = (window as unknown as { __firstFrame: number }).__firstFrame;
    return [frame - (entry?.responseEnd ?? 0), frame];
  }, dataFile);
  const loadTrace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const [drawn] = frameDoneSpans(loadTrace.traceEvents, 'bench:first-frame', 'bench:first-frame');
  const firstPixels = drawn ? firstFrame + (drawn.done - drawn.start) / 1000 : NaN;
  const { frames, busyPerFrame } = full ? await panFrames(browser, page, kind) : { frames: [], busyPerFrame: NaN };
  // Back to the fitted view (so the toggled node is on screen), then let it settle.
  await page.evaluate(() => {
    const w = window as unknown as { __peer?: { fit?: () => void } };
    (document.querySelector('[data-testid="graph"]') as unknown as { tiebarView?: { fit: () => void } } | null)?.tiebarView?.fit();
    w.__peer?.fit?.();
  });
  await page.waitForTimeout(800);
  await zoomTo(page, toggleId);
  const toggle = await toggleLatency(browser, page, toggleId, kind);
  if (!full) {
    await context.close();
    const none = { meanFrame: NaN, p95Frame: NaN, busyPerFrame: NaN, longestTask: NaN, heapMb: NaN };
    return { firstFrame, firstPixels, fromNavigation, ...none, toggles: toggle.latencies, toggleWork: toggle.work };
  }
  const cdp = await context.newCDPSession(page);
  // Live objects only: collect garbage before reading the heap.
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const longestTask = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: Array<[number, number]>; __firstFrame: number };
    return Math.max(0, ...w.__longTasks.filter(([start]) => start > w.__firstFrame).map(([, d]) => d));
  });
  await context.close();
  frames.sort((a, b) => a - b);
  const mean = frames.reduce((s, f) => s + f, 0) / Math.max(frames.length, 1);
  return {
    firstFrame,
    firstPixels,
    fromNavigation,
    meanFrame: mean,
    p95Frame: frames[Math.floor(frames.length * 0.95)] ?? 0,
    busyPerFrame,
    toggles: toggle.latencies,
    toggleWork: toggle.work,
    longestTask,
    heapMb: heap / 1048576,
  };
}

/**
 * Drags the view around for about 1.5 s; returns the frame intervals seen meanwhile and the renderer
 * main thread's busy time per frame, from a Chromium trace. Headless Chromium caps frames at 60 per
 * second, so two renderers that both keep up look alike by frame rate; the time each frame costs
 * tells them apart (1000 / cost is the rate an uncapped display could show).
 */
async function panFrames(browser: Browser, page: Page, kind: string): Promise<{ frames: number[]; busyPerFrame: number }> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    performance.mark('bench:pan-start');
  });
  // Start in the middle of the graph's own box (Tiebar's sits below the app's header and timeline;
  // a fixed point above it would drag nothing and only hover nodes).
  const [x, y] =
    kind === 'tiebar'
      ? await page.evaluate(() => {
          const r = document.querySelector('[data-testid="graph"]')!.getBoundingClientRect();
          return [r.left + r.width / 2, r.top + r.height / 2];
        })
      : [640, 400];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; i < 90; i++) await page.mouse.move(x + 200 * Math.sin(i / 9), y + 120 * Math.cos(i / 9), { steps: 1 });
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    performance.mark('bench:pan-end');
    return w.__frames.slice(2);
  });
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  return { frames, busyPerFrame: mainThreadBusy(trace.traceEvents) / Math.max(frames.length + 2, 1) };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

// Chromium's top-level task event, by its older and newer names.
const TASK = /^(RunTask|ThreadControllerImpl::RunTask)$/;

/** Milliseconds of top-level tasks on the page's main thread between the two pan marks. */
function mainThreadBusy(events: TraceEvent[]): number {
  return mainThreadBusySpans(events, 'bench:pan-start', 'bench:pan-end')[0] ?? NaN;
}

/** For each span from a `startMark` to the next `endMark`: milliseconds of the main thread's top-level tasks in it. */
function mainThreadBusySpans(events: TraceEvent[], startMark: string, endMark: string): number[] {
  const starts = events.filter((e) => e.name === startMark).sort((a, b) => a.ts - b.ts);
  const ends = events.filter((e) => e.name === endMark).sort((a, b) => a.ts - b.ts);
  return starts.flatMap((start) => {
    const end = ends.find((e) => e.ts >= start.ts);
    return end ? [mainThreadBusyBetween(events, start.ts, end.ts, start)] : [];
  });
}

/** Milliseconds of top-level tasks between two trace times on the thread of `on` (by default, the thread that marked the start). */
function mainThreadBusyBetween(events: TraceEvent[], from: number, to: number, on?: TraceEvent): number {
  const thread = on ?? events.find((e) => e.name === 'bench:toggle-start');
  if (!thread || !(to > from)) return NaN;
  let busy = 0;
  for (const e of events) {
    if (e.pid !== thread.pid || e.tid !== thread.tid || e.ph !== 'X' || !TASK.test(e.name)) continue;
    const a = Math.max(e.ts, from);
    const b = Math.min(e.ts + (e.dur ?? 0), to);
    if (b > a) busy += b - a;
  }
  return busy / 1000;
}

/** Zooms in 8x with the wheel around a node (as a reader would), so every renderer shows it over several pixels. */
async function zoomTo(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((id) => {
    const graph = document.querySelector('[data-testid="graph"]') as
      (HTMLElement & { tiebarView?: { screenPoint: (i: string) => { x: number; y: number } | null } }) | null;
    const w = window as unknown as { __peer?: { screenPoint?: (id: string) => { x: number; y: number } } };
    const p = graph?.tiebarView?.screenPoint(id) ?? w.__peer?.screenPoint?.(id) ?? null;
    const box = (graph ?? document.querySelector('canvas') ?? document.body).getBoundingClientRect();
    return p && { x: p.x + (graph ? box.left : 0), y: p.y + (graph ? box.top : 0) };
  }, id);
  if (!at) return;
  await page.mouse.move(at.x, at.y);
  // Six events of 2^0.5 each (Tiebar caps one wheel event at that; d3-zoom's default gives the same for this delta).
  for (let i = 0; i < 6; i++) {
    await page.mouse.wheel(0, -250);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(800);
}

/**
 * The end of the main thread's part of the frame the change was first seen in: the frame's
 * layerize (or commit) step after the `seen` mark, which closes the paint that put the change on
 * screen. Per span from a start mark to its seen mark; NaN where the trace has none.
 */
function frameDoneSpans(events: TraceEvent[], startMark: string, seenMark: string): Array<{ start: number; done: number }> {
  const starts = events.filter((e) => e.name === startMark).sort((a, b) => a.ts - b.ts);
  const seens = events.filter((e) => e.name === seenMark).sort((a, b) => a.ts - b.ts);
  const steps = events.filter((e) => e.ph === 'X' && /^(Layerize|Commit)$/.test(e.name)).sort((a, b) => a.ts - b.ts);
  return starts.map((start) => {
    const seen = seens.find((e) => e.ts >= start.ts);
    const step = seen && steps.find((e) => e.pid === seen.pid && e.tid === seen.tid && e.ts >= seen.ts);
    return { start: start.ts, done: step ? step.ts + (step.dur ?? 0) : NaN };
  });
}

/**
 * From a toggle to the frame where the change is on screen: each frame, once its animation
 * callbacks have run, the pixels around the node are read back from the canvas (or the SVG fill
 * and opacity are read), and the first frame that shows the change is timed to the end of its paint (from a
 * Chromium trace), the same way for every target. Work after that paint (panels that follow the
 * graph) is not part of it. Seven toggles (on, off, on...), each started at a random moment within
 * a frame, since where in a frame a reader clicks decides much of the wait; the table gives the
 * median over every load's toggles.
 */
async function toggleLatency(browser: Browser, page: Page, id: string, kind: string): Promise<{ latencies: number[]; work: number[] }> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline'] });
  const times = await page.evaluate(
    async ({ id, kind }) => {
      const w = window as unknown as {
        __tiebar?: { store: { getState: () => { setAssumption: (id: string, a: string) => void } } };
        __peer?: { toggle: (id: string) => void; screenPoint?: (id: string) => { x: number; y: number } };
      };
      const graph = document.querySelector('[data-testid="graph"]') as
        (HTMLElement & { tiebarView?: { screenPoint: (i: string) => { x: number; y: number } | null } }) | null;
      const canvas = (graph ?? document).querySelector('canvas');
      const point = graph?.tiebarView?.screenPoint(id) ?? w.__peer?.screenPoint?.(id) ?? null;
      // What is read each frame is found once, before the toggles, so each frame's read costs every
      // target only its computed-style reads.
      const looks = graph
        ? [...graph.querySelectorAll(`g[data-id="${id}"] rect`)].map((r) => [r, r.closest('.tb-look') ?? r] as const)
        : [];
      // The look shown before a toggle (found before it, untimed): a toggle hides it, or restyles it
      // where a bill has one look only, so its box's fill and opacity are all a frame needs reading
      // (as the d3 peer reads its circle's fill), not every look's.
      let shown = looks[0];
      const findShown = () => (shown = looks.find(([, look]) => getComputedStyle(look).opacity !== '0') ?? looks[0]);
      const circle = document.querySelector(`circle[data-id="${id}"]`);
      const read = () => {
        if (canvas && point) {
          // A few pixels around the node's centre, read back from the canvas.
          const r = canvas.getBoundingClientRect();
          const sx = canvas.width / r.width;
          return canvas
            .getContext('2d')!
            .getImageData(Math.round(point.x * sx) - 3, Math.round(point.y * sx) - 3, 7, 7)
            .data.join(',');
        }
        // Tiebar's SVG draws a bill once per outcome and shows its own look (opacity).
        if (graph) return shown ? `${getComputedStyle(shown[0]).fill}@${getComputedStyle(shown[1]).opacity}` : '';
        return circle ? getComputedStyle(circle).fill : '';
      };
      // Read once each frame's animation callbacks (where every renderer draws) have all run, and
      // before the frame paints: a ResizeObserver started in a frame's callbacks is called in that
      // frame's rendering step, after them (a timer would wait behind whatever tasks are queued).
      const probe = document.body.appendChild(document.createElement('div'));
      const afterFrame = () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            const ro = new ResizeObserver(() => {
              ro.disconnect();
              resolve();
            });
            ro.observe(probe);
          }),
        );
      const once = async (on: boolean) => {
        findShown();
        const before = read();
        performance.mark('bench:toggle-start');
        const t0 = performance.now();
        if (kind === 'tiebar') w.__tiebar!.store.getState().setAssumption(id, on ? 'failed' : 'recorded');
        else w.__peer!.toggle(id);
        for (let i = 0; i < 600; i++) {
          await afterFrame();
          if (read() !== before) {
            // Seen in this frame's rendering step, before its paint (the trace times the paint).
            performance.mark('bench:toggle-seen');
            return performance.now() - t0;
          }
        }
        return NaN;
      };
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        times.push(await once(i % 2 === 0));
        // Let everything the toggle started finish (animations included), then start the next one at a random point of a frame.
        for (let f = 0; f < 4; f++) await afterFrame();
        await new Promise((r) => setTimeout(r, 800 + Math.random() * 17));
      }
      return times;
    },
    { id, kind },
  );
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const spans = frameDoneSpans(trace.traceEvents, 'bench:toggle-start', 'bench:toggle-seen');
  // Without a paint step in the trace (another Chromium), the time the change was seen stands in.
  const latencies = spans.map((s, i) => (Number.isNaN(s.done) ? times[i] : (s.done - s.start) / 1000));
  const work = spans.map((s) => mainThreadBusyBetween(trace.traceEvents, s.start, s.done));
  if (process.env.TIEBAR_BENCH_DEBUG)
    console.log(
      `  toggles (${kind}): ${latencies.map((t) => t.toFixed(1)).join(', ')} ms (seen before paint at ${times.map((t) => t.toFixed(1)).join(', ')}); work ${work.map((t) => t.toFixed(1)).join(', ')} ms`,
    );
  return { latencies, work };
}

function builtIn(path: string): Dataset {
  const r = parseDatasetText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`${path} is invalid`);
  return r.dataset;
}

/** Runs the whole comparison and returns one table row per dataset and target. */
export async function benchGraph(): Promise<Array<Record<string, string>>> {
  mkdirSync(ROOT, { recursive: true });
  const peers = ['vite', 'build', '-c', 'bench/peer-graph/vite.config.ts'];
  for (const [args, only] of [
    [['vite', 'build', '--logLevel', 'warn', '--outDir', `${ROOT}/app`, '--emptyOutDir'], ''],
    [peers, ''],
    [peers, 'renderer'],
  ] as const) {
    if (spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, PEER_OUT: `${ROOT}/peer`, PEER_ONLY: only } }).status !== 0)
      throw new Error(`build failed: ${args.join(' ')}`);
  }
  const founding = parseDatasetText(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8'));
  if (!founding.ok) throw new Error('founding dataset invalid');
  // TIEBAR_BENCH_SIZES=founding,2000,20000,mi-2023-2024 (the default) picks the datasets.
  const sizes = (process.env.TIEBAR_BENCH_SIZES ?? 'founding,2000,20000,mi-2023-2024').split(',');
  const sets: Array<[string, () => Dataset]> = [
    ['founding', () => founding.dataset],
    ['2,000 / 10,000', () => bake(generateDataset({ bills: 2000, links: 10_000, seed: 11 }))],
    ['20,000 / 100,000', () => bake(generateDataset({ bills: 20_000, links: 100_000, seed: 12 }))],
    // The built-in Michigan session as shipped (baked; its graph opens on the tied bills).
    ['mi-2023-2024 session (LegiScan)', () => builtIn('public/data/mi-2023-2024.json')],
  ];
  mkdirSync(`${ROOT}/data`, { recursive: true });
  const server = await serveStatic(ROOT);
  const browser = await launchChromium();
  const rows: Array<Record<string, string>> = [];
  try {
    for (const [name, make] of sets) {
      if (!sizes.includes(name === 'founding' ? name : name.split(' ')[0].replace(',', ''))) continue;
      const ds = make();
      const file = `bench-${ds.id}.json`;
      writeFileSync(`${ROOT}/data/${file}`, JSON.stringify(ds));
      const dataUrl = `${server.url}data/${file}`;
      const enacted = evaluate(ds, { assumptions: {} });
      const drawn = new Set(buildGraphStructure(ds).nodes.map((n) => n.id));
      const toggleId =
        ds.id === 'ca-2019-deadly-force' ? 'sb230' : ds.bills.find((b) => enacted.outcomes[b.id] === 'enacted' && drawn.has(b.id))!.id;
      const targets: Array<[string, string, Kind]> = [
        ['Tiebar (svg)', `${server.url}app/?debug=1&renderer=svg&dataset=${encodeURIComponent(dataUrl)}`, 'tiebar'],
        ['Tiebar (canvas)', `${server.url}app/?debug=1&renderer=canvas&dataset=${encodeURIComponent(dataUrl)}`, 'tiebar'],
        ['force-graph', `${server.url}peer/fg.html?data=${encodeURIComponent(dataUrl)}`, 'fg'],
        ['d3 SVG', `${server.url}peer/d3.html?data=${encodeURIComponent(dataUrl)}`, 'd3'],
      ];
      // For the story, two rows that take the first frame apart: the d3 graph with its nodes' words
      // (what words cost), and Tiebar's SVG renderer with no React and no page (what the app adds).
      if (name === 'founding')
        targets.push(
          ['d3 SVG with words', `${server.url}peer/d3.html?words=1&data=${encodeURIComponent(dataUrl)}`, 'd3'],
          ['Tiebar renderer alone', `${server.url}peer/renderer.html?data=${encodeURIComponent(dataUrl)}`, 'renderer'],
        );
      const measured = targets.filter(([target]) => !(name.startsWith('20,000') && target === 'Tiebar (svg)')); // SVG is for small graphs; auto picks canvas here
      // The founding story is loaded LOADS times per target, in turn; a session once (its loads take seconds each).
      const loads = name === 'founding' ? LOADS : 1;
      const seen = new Map<string, Figures[]>(measured.map(([target]) => [target, []]));
      const failed = new Map<string, string>();
      for (let load = 0; load < loads; load++)
        for (const [target, url, kind] of measured) {
          if (failed.has(target)) continue;
          try {
            seen.get(target)!.push(await measure(browser, url, file, toggleId, kind, load === 0));
          } catch (e) {
            failed.set(target, (e as Error).message.split('\n')[0].slice(0, 160));
          }
        }
      for (const [target] of measured) {
        const why = failed.get(target);
        if (why) {
          rows.push({ data: name, target, 'first frame': `failed: ${why}` });
          continue;
        }
        const all = seen.get(target)!;
        const f = all[0];
        const toggles = all.flatMap((x) => x.toggles).filter((t) => !Number.isNaN(t));
        const work = all.flatMap((x) => x.toggleWork).filter((t) => !Number.isNaN(t));
        rows.push({
          data: name,
          target,
          'first frame': spread(all.map((x) => x.firstFrame)),
          'first frame drawn': spread(all.map((x) => x.firstPixels)),
          'from navigation': spread(all.map((x) => x.fromNavigation)),
          'pan fps (mean)': (1000 / f.meanFrame).toFixed(0),
          'pan p95 frame': `${f.p95Frame.toFixed(1)} ms`,
          'main thread per frame': `${f.busyPerFrame.toFixed(1)} ms`,
          'toggle to pixels': toggles.length ? `${median(toggles).toFixed(1)} ms` : 'n/a',
          'toggle main thread': work.length ? `${median(work).toFixed(1)} ms` : 'n/a',
          'longest task after': `${f.longestTask.toFixed(0)} ms`,
          heap: `${f.heapMb.toFixed(0)} MB`,
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
