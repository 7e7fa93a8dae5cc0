/**
 * Embed benchmark: JavaScript downloaded (gzip), layout shift, and time to the first graph frame,
 * for Tiebar's embed and for the peer (a plain React + force-graph build of the same view),
 * measured alternately in the same headless Chromium run, in a 640 px column and on a 375 px phone
 * (touch, as most readers see it).
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { serveStatic } from './serve';
import { launchChromium } from './browser';

/** One page load's figures. */
interface Load {
  jsGzip: number;
  cls: number;
  firstFrame: number;
}

const OBSERVE = `
  window.__cls = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  new MutationObserver(() => {
    if (!window.__firstFrame && document.querySelector('[data-layout="settled"]')) requestAnimationFrame(() => (window.__firstFrame ??= performance.now()));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-layout'] });
`;

/** Where the embed is read: an article's column on a desktop, or a phone. */
const SCREENS = {
  column: { viewport: { width: 640, height: 900 } },
  phone: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} as const;
type Screen = keyof typeof SCREENS;

async function load(browser: Browser, url: string, screen: Screen): Promise<Load> {
  const context = await browser.newContext(SCREENS[screen]);
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  let jsGzip = 0;
  page.on('response', async (res) => {
    if (res.url().endsWith('.js')) jsGzip += gzipSync(await res.body()).length;
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstFrame?: number }).__firstFrame, null, { timeout: 20_000 });
  await page.waitForTimeout(500);
  const { cls, firstFrame } = await page.evaluate(() => ({
    cls: (window as unknown as { __cls: number }).__cls,
    firstFrame: (window as unknown as { __firstFrame: number }).__firstFrame,
  }));
  await context.close();
  return { jsGzip, cls, firstFrame };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Builds both, serves them, loads each `runs` times alternately; returns rows for the report. */
export async function benchEmbed(runs = 5): Promise<Array<Record<string, string>>> {
  const out = '/tmp/tiebar-bench-dist';
  const peerOut = '/tmp/tiebar-bench-peer';
  for (const args of [
    ['vite', 'build', '--logLevel', 'warn', '--outDir', out, '--emptyOutDir'],
    ['vite', 'build', '-c', 'bench/peer/vite.config.ts'],
  ]) {
    const r = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, PEER_OUT: peerOut } });
    if (r.status !== 0) throw new Error(`build failed: npx ${args.join(' ')}`);
  }
  const tiebar = await serveStatic(out);
  const peer = await serveStatic(peerOut);
  const browser = await launchChromium();
  const ours: Record<Screen, Load[]> = { column: [], phone: [] };
  const theirs: Record<Screen, Load[]> = { column: [], phone: [] };
  try {
    for (let i = 0; i < runs; i++)
      for (const screen of ['column', 'phone'] as const) {
        ours[screen].push(await load(browser, `${tiebar.url}?embed=1&scenario=ab392:failed`, screen));
        theirs[screen].push(await load(browser, peer.url, screen));
      }
  } finally {
    await browser.close();
    await tiebar.close();
    await peer.close();
  }
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const m = (xs: Load[], k: keyof Load) => median(xs.map((x) => x[k]));
  const range = (xs: Load[]) =>
    `${Math.min(...xs.map((x) => x.firstFrame)).toFixed(0)}-${Math.max(...xs.map((x) => x.firstFrame)).toFixed(0)}`;
  return [
    {
      metric: 'JavaScript downloaded (gzip)',
      tiebar: kb(m(ours.column, 'jsGzip')),
      peer: kb(m(theirs.column, 'jsGzip')),
      ratio: `${(m(theirs.column, 'jsGzip') / m(ours.column, 'jsGzip')).toFixed(2)}x smaller`,
      budget: '<= 110 KB',
    },
    ...(['column', 'phone'] as const).flatMap((screen) => {
      const where = screen === 'column' ? '640 px column' : '375 px phone';
      return [
        {
          metric: `cumulative layout shift (${where})`,
          tiebar: m(ours[screen], 'cls').toFixed(3),
          peer: m(theirs[screen], 'cls').toFixed(3),
          ratio: '-',
          budget: '0 (no shift)',
        },
        {
          metric: `first graph frame from navigation (${where})`,
          tiebar: `${ms(m(ours[screen], 'firstFrame'))} (${range(ours[screen])})`,
          peer: `${ms(m(theirs[screen], 'firstFrame'))} (${range(theirs[screen])})`,
          ratio: `${(m(ours[screen], 'firstFrame') / m(theirs[screen], 'firstFrame')).toFixed(2)}x the peer's`,
          budget: '< 1000 ms',
        },
      ];
    }),
  ];
}
