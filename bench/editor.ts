/**
 * Editor benchmark: from a keystroke in a field to the graph and outcomes updated, for the founding
 * dataset and a 2,000-bill one, against re-validating and re-opening the whole dataset from its
 * text (what a hand-edited JSON file costs) in the same run. Part one is the pure path in Node;
 * part two is the app in headless Chromium, to the second frame after the update.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { parseDatasetText } from '../src/model';
import type { Dataset } from '../src/model';
import { setIn } from '../src/model/edit';
import { checkDraft } from '../src/editor/checkDraft';
import { createDraftChecker } from '../src/model/draftCheck';
import { evaluate } from '../src/engine';
import { buildGraphState, buildGraphStructure } from '../src/engine/graphSpec';
import { generateDataset } from '../src/engine/generate';
import { ms, time } from './timing';
import { serveStatic } from './serve';
import { launchChromium } from './browser';

const ROOT = '/tmp/tiebar-bench-editor';

function datasets(): Array<[string, Dataset]> {
  const founding = parseDatasetText(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8'));
  if (!founding.ok) throw new Error('founding dataset invalid');
  return [
    ['founding', founding.dataset],
    ['2,000 bills / 10,000 links', generateDataset({ bills: 2000, links: 10_000, seed: 11 })],
  ];
}

const ratio = (ours: number, peer: number) =>
  peer >= ours ? `${(peer / ours).toFixed(1)}x faster` : `${(ours / peer).toFixed(1)}x slower`;

/** The pure path: one keystroke's edit, validation, outcomes and graph spec, against parsing the whole text again. */
export function benchEditorPure(): Array<Record<string, string>> {
  return datasets().map(([name, ds]) => {
    let n = 0;
    const check = createDraftChecker();
    const live = time(() => {
      const draft = setIn(ds, ['bills', 1, 'title'], `Title ${n++}`);
      const { dataset } = checkDraft(draft, check);
      buildGraphState(evaluate(dataset!, { assumptions: {} }));
      return buildGraphStructure(dataset!);
    });
    const scratch = time(() => {
      const draft = setIn(ds, ['bills', 1, 'title'], `Title ${n++}`);
      const r = parseDatasetText(JSON.stringify(draft));
      if (!r.ok) throw new Error('invalid');
      buildGraphState(evaluate(r.dataset, { assumptions: {} }));
      return buildGraphStructure(r.dataset);
    });
    return {
      data: name,
      'keystroke to outcomes (editor)': ms(live.median),
      'from the text (peer)': ms(scratch.median),
      ratio: ratio(live.median, scratch.median),
    };
  });
}

/** What the bench page adds to window (WAIT_FOR below, and `?debug=1`). */
type BenchWindow = Window & {
  __after: (mark: string, since: number, work: string) => Promise<[number, number]>;
  __tiebar: { store: { getState: () => { dataset: unknown } } };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

// Resolves with [time since the trigger, time since the work began] once `mark` is set after the trigger and two frames have passed.
const WAIT_FOR = `
  window.__name = (f) => f;
  window.__after = (mark, since, work) => new Promise((resolve) => {
    const poll = () => {
      const m = performance.getEntriesByName(mark).find((e) => e.startTime >= since);
      if (!m) return setTimeout(poll, 1);
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const end = performance.now();
        const began = performance.getEntriesByName(work).find((e) => e.startTime >= since)?.startTime ?? since;
        resolve([end - since, end - began]);
      }));
    };
    poll();
  });
`;

async function keystrokes(page: Page, field: string, runs: number): Promise<{ total: number; work: number }> {
  await page.locator(field).focus();
  const totals: number[] = [];
  const works: number[] = [];
  for (let i = 0; i < runs; i++) {
    const since = await page.evaluate(() => performance.now());
    await page.keyboard.press(i % 2 ? 'Backspace' : 'x');
    const [total, work] = await page.evaluate(
      ([s]) => (window as unknown as BenchWindow).__after('tiebar:editor-shown', s, 'tiebar:editor-check'),
      [since],
    );
    totals.push(total);
    works.push(work);
  }
  return { total: median(totals), work: median(works) };
}

async function reopenFromText(page: Page, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [t] = await page.evaluate(async () => {
      // The same change as a keystroke in the label field, so the peer redraws the same node.
      const ds = structuredClone((window as unknown as BenchWindow).__tiebar.store.getState().dataset) as {
        bills: Array<{ label: string }>;
      };
      ds.bills[0].label = ds.bills[0].label.endsWith('x') ? ds.bills[0].label.slice(0, -1) : `${ds.bills[0].label}x`;
      const text = JSON.stringify(ds);
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'bench.json', { type: 'application/json' }));
      const since = performance.now();
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.querySelector('main')!.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      return (window as unknown as BenchWindow).__after('tiebar:dataset-open', since, 'tiebar:dataset-open');
    });
    times.push(t);
  }
  return median(times);
}

/** The app in Chromium: keystroke to the graph redrawn, against dropping the same dataset's text. */
export async function benchEditorBrowser(): Promise<Array<Record<string, string>>> {
  mkdirSync(`${ROOT}/data`, { recursive: true });
  if (
    spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', `${ROOT}/app`, '--emptyOutDir'], { stdio: 'inherit' }).status !== 0
  )
    throw new Error('build failed');
  const server = await serveStatic(ROOT);
  const browser = await launchChromium();
  const rows: Array<Record<string, string>> = [];
  try {
    for (const [name, ds] of datasets()) {
      writeFileSync(`${ROOT}/data/${ds.id}.json`, JSON.stringify(ds));
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.addInitScript(WAIT_FOR);
      await page.goto(`${server.url}app/?debug=1&dataset=${encodeURIComponent(`${server.url}data/${ds.id}.json`)}`, {
        waitUntil: 'domcontentloaded',
        timeout: 120_000,
      });
      await page.getByTestId('graph').and(page.locator('[data-layout="settled"]')).waitFor({ timeout: 120_000 });
      await page.getByRole('button', { name: 'Edit / New dataset' }).click();
      await page.getByRole('button', { name: /^Edit a copy of/ }).click();
      await page.getByTestId('editor').getByRole('button', { name: 'Bills', exact: true }).click();
      await page.getByTestId('draft-check').and(page.locator('[data-checked="yes"]')).waitFor({ timeout: 120_000 });
      await page.getByTestId('graph').and(page.locator('[data-layout="settled"]')).waitFor({ timeout: 120_000 });
      // A bill's label is drawn on its node; its title is not (it changes the explanations only).
      const label = await keystrokes(page, '#ed-bills-0-label', 9);
      const title = await keystrokes(page, '#ed-bills-0-title', 9);
      const peer = await reopenFromText(page, 5);
      for (const [field, live] of [
        ['label', label],
        ['title', title],
      ] as const)
        rows.push({
          data: name,
          field,
          'keystroke to graph (incl. 120 ms pause)': `${live.total.toFixed(0)} ms`,
          'after the pause': `${live.work.toFixed(0)} ms`,
          'drop the JSON again (peer)': `${peer.toFixed(0)} ms`,
          'after the pause vs peer': ratio(live.work, peer),
        });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}
