/**
 * Table benchmark in headless Chromium: a whole session's table (Michigan 2023-2024, 4,043 bills, the
 * first 500 rows shown) opened from the graph, sorted, and filtered a keystroke at a time, against a
 * peer in the same run: a plain DOM table of the same rows and words, laid out the same way (fixed
 * columns, the same widths and type), built, re-ordered and filtered by hand. Each figure is from the
 * action to the next frame; a filter's keystroke also to the table showing what was typed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { serveStatic } from './serve';
import { launchChromium } from './browser';

const ROOT = '/tmp/tiebar-bench-table';
const RUNS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const ratio = (ours: number, peer: number) =>
  peer >= ours ? `${(peer / ours).toFixed(1)}x faster` : `${(ours / peer).toFixed(1)}x slower`;

// In the page: runs `act` (a function body), then resolves with the time to the next frame, and (when
// `until` is given) to the first frame at which `until` holds.
const TIMER = `
  window.__name = (f) => f;
  window.__time = (act, until) => new Promise((resolve) => {
    const t0 = performance.now();
    new Function(act)();
    const check = until ? new Function('return (' + until + ')') : null;
    let first = NaN;
    const frame = () => requestAnimationFrame(() => setTimeout(() => {
      const t = performance.now() - t0;
      if (Number.isNaN(first)) first = t;
      // Gives up after 20 s (NaN): a wait that never ends would hang the bench.
      if (!check || check()) resolve([first, t]);
      else if (t > 20000) resolve([first, NaN]);
      else frame();
    }, 0));
    frame();
  });
`;

type TimedWindow = Window & { __time: (act: string, until?: string) => Promise<[number, number]> };
const time = (page: Page, act: string, until?: string) =>
  page.evaluate(([a, u]) => (window as unknown as TimedWindow).__time(a, u), [act, until] as const);

const click = (selector: string, text: string) =>
  `[...document.querySelectorAll(${JSON.stringify(selector)})].find((b) => b.textContent.trim().startsWith(${JSON.stringify(text)})).click()`;
const type = (value: string) =>
  `const el = document.querySelector('.tb-filters input[placeholder="text"]'); Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, ${JSON.stringify(value)}); el.dispatchEvent(new Event('input', { bubbles: true }));`;

// The peer: the same rows in a plain table, as Tiebar's table lays them out.
const PEER_PAGE = `<!doctype html><meta charset="utf-8"><style>
  body { margin: 0; font: 16px system-ui, sans-serif; }
  #wrap { width: 880px; padding: 16px; box-sizing: border-box; }
  table { border-collapse: collapse; table-layout: fixed; width: 100%; font-size: 0.9rem; }
  th, td { border-bottom: 1px solid #ddd; padding: 0.5rem; text-align: left; vertical-align: top; }
  b { font-size: 0.75rem; border: 1px solid; padding: 0 4px; border-radius: 4px; }
</style><div id="wrap"></div><script>
  window.__peer = (columns, widths, rows) => {
    const table = document.createElement('table');
    const cols = table.appendChild(document.createElement('colgroup'));
    for (const w of widths) cols.appendChild(document.createElement('col')).style.width = w;
    const head = table.appendChild(document.createElement('thead')).appendChild(document.createElement('tr'));
    for (const c of columns) head.appendChild(document.createElement('th')).textContent = c;
    const body = table.appendChild(document.createElement('tbody'));
    const all = rows.map((cells) => {
      const tr = document.createElement('tr');
      cells.forEach((c, i) => {
        const cell = tr.appendChild(document.createElement(i === 0 ? 'th' : 'td'));
        if (i === 2) cell.appendChild(document.createElement('b')).textContent = c.toUpperCase();
        else cell.textContent = c;
      });
      return { tr, cells, text: cells.join(' ').toLowerCase() };
    });
    const show = (list) => body.replaceChildren(...list.slice(0, 500).map((r) => r.tr));
    return {
      open: () => { document.getElementById('wrap').replaceChildren(table); show(all); },
      sort: (i) => { const c = new Intl.Collator(undefined, { numeric: true }); show([...all].sort((a, b) => c.compare(a.cells[i], b.cells[i]))); },
      filter: (text) => show(all.filter((r) => r.text.includes(text.toLowerCase()))),
    };
  };
</script>`;

/** Runs the comparison and returns one row per action. */
export async function benchTable(): Promise<Array<Record<string, string>>> {
  mkdirSync(ROOT, { recursive: true });
  if (
    spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', `${ROOT}/app`, '--emptyOutDir'], { stdio: 'inherit' }).status !== 0
  )
    throw new Error('build failed');
  writeFileSync(`${ROOT}/peer.html`, PEER_PAGE);
  const server = await serveStatic(ROOT);
  const browser = await launchChromium();
  const ours: Record<string, number[]> = {};
  const peers: Record<string, number[]> = {};
  const add = (into: Record<string, number[]>, key: string, v: number) => {
    if (process.env.TIEBAR_BENCH_DEBUG) console.log(`  ${into === ours ? 'Tiebar' : 'peer'}: ${key} ${v.toFixed(1)} ms`);
    (into[key] ??= []).push(v);
  };
  try {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(TIMER);
      await page.goto(`${server.url}app/?dataset=mi-2023-2024`, { timeout: 120_000 });
      await page.locator('[data-layout="settled"]').waitFor({ timeout: 120_000 });
      await page.waitForTimeout(1000);
      const rows = '.tb-table tbody tr';
      const [open, opened] = await time(page, click('button', 'Table'), `document.querySelectorAll('${rows}').length === 500`);
      add(ours, 'open the table (first frame)', open);
      add(ours, 'open the table (all 500 rows)', opened);
      await page.waitForTimeout(500);
      add(ours, 'sort by outcome', (await time(page, click('thead button', 'Outcome')))[0]);
      await page.waitForTimeout(500);
      add(ours, 'sort by bill', (await time(page, click('thead button', 'Bill')))[0]);
      await page.waitForTimeout(500);
      // "solar": each keystroke to the next frame, and to the table filtered by it.
      // (The table has followed once it says it is filtered by what was typed: data-filter.)
      const filteredBy = (text: string) => `document.querySelector('.tb-table').dataset.filter === ${JSON.stringify(text)}`;
      for (const text of ['s', 'so', 'sol']) {
        const [frame, shown] = await time(page, type(text), filteredBy(text));
        add(ours, 'filter keystroke (next frame)', frame);
        add(ours, 'filter keystroke (table filtered)', shown);
        await page.waitForTimeout(300);
      }
      add(ours, 'clear the filter (table back)', (await time(page, type(''), filteredBy('')))[1]);
      // The peer gets the same rows' words (every bill's, as the CSV has them: the table's own download).
      const data = await page.evaluate(() => {
        const cols = [...document.querySelectorAll('.tb-table thead th')].map((th) => th.textContent!.replace(/[↕▲▼]/g, '').trim());
        const widths = [...document.querySelectorAll('.tb-table col')].map((c) => (c as HTMLElement).style.width || 'auto');
        const cells = [...document.querySelectorAll('.tb-table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? ''));
        return { cols, widths, cells };
      });
      await page.close();
      const peer = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await peer.addInitScript(TIMER);
      await peer.goto(`${server.url}peer.html`);
      // 4,043 rows like the 500 shown (their words repeated), so a filter scans as many.
      await peer.evaluate(({ cols, widths, cells }) => {
        const all = Array.from({ length: 4043 }, (_, i) => cells[i % cells.length]);
        (window as unknown as { __table: unknown }).__table = (
          window as unknown as { __peer: (c: string[], w: string[], r: string[][]) => unknown }
        ).__peer(cols, widths, all);
      }, data);
      const peerAct = (js: string) => `window.__table.${js}`;
      add(peers, 'open the table (first frame)', (await time(peer, peerAct('open()')))[0]);
      peers['open the table (all 500 rows)'] = peers['open the table (first frame)'];
      await peer.waitForTimeout(300);
      add(peers, 'sort by outcome', (await time(peer, peerAct('sort(2)')))[0]);
      await peer.waitForTimeout(300);
      add(peers, 'sort by bill', (await time(peer, peerAct('sort(0)')))[0]);
      for (const text of ['s', 'so', 'sol']) {
        const [frame] = await time(peer, peerAct(`filter(${JSON.stringify(text)})`));
        add(peers, 'filter keystroke (next frame)', frame);
        add(peers, 'filter keystroke (table filtered)', frame);
        await peer.waitForTimeout(300);
      }
      add(peers, 'clear the filter (table back)', (await time(peer, peerAct('filter("")')))[0]);
      await peer.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return Object.keys(ours).map((action) => ({
    action,
    Tiebar: ms(median(ours[action])),
    'plain DOM table (peer)': ms(median(peers[action])),
    ratio: ratio(median(ours[action]), median(peers[action])),
  }));
}
