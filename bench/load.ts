/**
 * Opening an unbaked session in headless Chromium: from the data's arrival to the first graph frame
 * and to the settled layout, and the longest main-thread task in that span, for Tiebar (the app,
 * `?dataset=<url>`) and force-graph laying out the same bills and links itself, in the same run.
 * TIEBAR_BENCH_LOAD_BEFORE=<dir> adds a build of an earlier commit (`vite build --outDir
 * /tmp/tiebar-bench-load/<dir>` in a checkout of it) as a third target, for before/after figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Browser } from '@playwright/test';
import { generateDataset } from '../src/engine/generate';
import { serveStatic } from './serve';
import { launchChromium } from './browser';

const ROOT = '/tmp/tiebar-bench-load';

// tsx (esbuild) wraps named inner functions in __name(); the page needs that helper too.
const OBSERVE = `
  window.__name = (f) => f;
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const state = document.querySelector('[data-testid="graph"]')?.dataset.layout;
    if (!window.__firstFrame && (state === 'refining' || state === 'settled')) requestAnimationFrame(() => (window.__firstFrame ??= performance.now()));
    if (!window.__settled && state === 'settled') requestAnimationFrame(() => (window.__settled ??= performance.now()));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-layout'] });
`;

interface Figures {
  firstFrame: number;
  settled: number;
  longestTask: number;
  tasks: Array<[number, number]>;
}

async function measure(browser: Browser, url: string, dataFile: string): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __settled?: number }).__settled, null, { timeout: 240_000, polling: 200 });
  const figures = await page.evaluate((file) => {
    const w = window as unknown as { __firstFrame: number; __settled: number; __longTasks: Array<[number, number]> };
    const entry = performance.getEntriesByType('resource').find((e) => e.name.includes(file)) as PerformanceResourceTiming | undefined;
    const arrived = entry?.responseEnd ?? 0;
    const tasks = w.__longTasks
      .filter(([start, d]) => start + d > arrived && start < w.__settled)
      .map(([s, d]) => [s - arrived, d] as [number, number]);
    return {
      firstFrame: w.__firstFrame - arrived,
      settled: w.__settled - arrived,
      longestTask: Math.max(0, ...tasks.map(([, d]) => d)),
      tasks,
    };
  }, dataFile);
  await context.close();
  return figures;
}

/** Runs Tiebar and the peer `repeat` times each, alternating; one row per target with the median and the range. */
export async function benchLoad(repeat = Number(process.env.TIEBAR_BENCH_REPEAT ?? 3)): Promise<Array<Record<string, string>>> {
  mkdirSync(`${ROOT}/data`, { recursive: true });
  for (const args of [
    ['vite', 'build', '--logLevel', 'warn', '--outDir', `${ROOT}/app`, '--emptyOutDir'],
    ['vite', 'build', '-c', 'bench/peer-graph/vite.config.ts'],
  ]) {
    if (spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, PEER_OUT: `${ROOT}/peer` } }).status !== 0)
      throw new Error(`build failed: ${args.join(' ')}`);
  }
  const ds = generateDataset({ bills: 20_000, links: 100_000, seed: 12 });
  const file = `unbaked-${ds.id}.json`;
  writeFileSync(`${ROOT}/data/${file}`, JSON.stringify(ds));
  const server = await serveStatic(ROOT);
  const browser = await launchChromium();
  const dataUrl = `${server.url}data/${file}`;
  const targets: Array<[string, string]> = [
    ['Tiebar (app, ?dataset=)', `${server.url}app/?debug=1&dataset=${encodeURIComponent(dataUrl)}`],
    ['force-graph (own layout)', `${server.url}peer/fgl.html?data=${encodeURIComponent(dataUrl)}`],
  ];
  const before = process.env.TIEBAR_BENCH_LOAD_BEFORE;
  if (before) targets.push([`Tiebar, earlier build (${before})`, `${server.url}${before}/?debug=1&dataset=${encodeURIComponent(dataUrl)}`]);
  const runs = new Map<string, Figures[]>(targets.map(([t]) => [t, []]));
  try {
    for (let i = 0; i < repeat; i++)
      for (const [target, url] of targets) {
        const f = await measure(browser, url, file);
        runs.get(target)!.push(f);
        if (process.env.TIEBAR_BENCH_DEBUG)
          console.log(
            `  ${target}: first ${f.firstFrame.toFixed(0)}, settled ${f.settled.toFixed(0)}, tasks ${f.tasks.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(' ')}`,
          );
      }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const span = (xs: number[]) => `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
  return targets.map(([target]) => {
    const fs = runs.get(target)!;
    return {
      data: '20,000 / 100,000 unbaked',
      target,
      'first frame': span(fs.map((f) => f.firstFrame)),
      settled: span(fs.map((f) => f.settled)),
      'longest task': span(fs.map((f) => f.longestTask)),
      runs: String(fs.length),
    };
  });
}
