import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HOST_ORIGIN, openServedDataset } from './helpers';

test.describe('the graph', () => {
  test.beforeEach(async ({ page }) => {
    // The network view, every stakeholder shown (the story view has its own tests).
    await page.goto('/?scenario=ab392:failed&stakeholders=all');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  });

  test('keyboard: Tab into the graph, arrows walk to neighbours, Enter focuses, Escape clears', async ({ page }) => {
    const graph = page.getByTestId('graph');
    await expect(graph.locator('g.tb-node[tabindex="0"]')).toHaveCount(1);
    await graph.locator('g.tb-node[tabindex="0"]').focus();
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'AB 392 failed what if (set by the scenario), bill');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'SB 230 inoperative, bill');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'AB 392 failed what if (set by the scenario), bill');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(':focus')).toHaveAttribute(
      'aria-label',
      /, (legislator|advocacy group|union|law enforcement association|family|coalition|local government|civic group)$/,
    );
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'AB 392 failed what if (set by the scenario), bill');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('details')).toContainText('AB 392: Peace officers: deadly force');
    await expect(page).toHaveURL(/focus=ab392/);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('details')).toHaveCount(0);
  });

  test('hovering a node lights its neighbourhood and dims the rest', async ({ page }) => {
    const graph = page.getByTestId('graph');
    await graph.locator('g.tb-node[data-id="sb230"]').hover();
    await expect(graph.locator('g.tb-node[data-id="ab392"]')).not.toHaveAttribute('data-dim', 'true');
    await expect(graph.locator('g.tb-node[data-id="caballero"]')).not.toHaveAttribute('data-dim', 'true');
    await expect(graph.locator('g.tb-node[data-id="weber"]')).toHaveAttribute('data-dim', 'true');
    // A link's words fade with its line: SB 230's tie stays, AB 392's "prior session" to AB 931 fades.
    const opacity = (text: string) =>
      graph.locator('g.tb-link-label', { hasText: text }).evaluate((g) => Number(getComputedStyle(g).opacity));
    await expect.poll(() => opacity('prior session')).toBeLessThan(0.3);
    expect(await opacity('operative only if')).toBe(1);
    await page.mouse.move(2, 2);
    await expect(graph.locator('g.tb-node[data-dim="true"]')).toHaveCount(0);
    await expect.poll(() => opacity('prior session')).toBe(1);
  });

  test('zooming far out hides the small labels; zooming back in shows them', async ({ page }) => {
    const svg = page.getByTestId('graph').locator('svg');
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 300);
    await expect(svg).toHaveAttribute('data-zoom', 'far');
    await expect(page.getByTestId('graph').locator('g.tb-node[data-id="weber"] text')).toBeHidden();
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -300);
    await expect(svg).toHaveAttribute('data-zoom', 'near');
    await expect(page.getByTestId('graph').locator('g.tb-node[data-id="weber"] text')).toBeVisible();
  });

  test('exports the view as SVG (title, legend, outcomes) and as a 2x PNG', async ({ page }) => {
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('ca-2019-deadly-force-if-ab392-failed.svg');
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('>California 2019: SB 230 hangs on AB 392</text>');
    // The scenario sentence may wrap over several lines: read the text with the tags taken out.
    expect(svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(
      'Latest record, 1 Jan 2020 · If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    );
    expect(svg).toMatch(/>[^<]*made with Tiebar · Sources: [^<]+</);
    expect(svg).toContain('>inoperative</tspan>');
    expect(svg).toContain('operative only if');
    expect(svg).not.toContain('class=');
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    const png = readFileSync(await pngDownload.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width * 2);
    const [card] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Social card' }).click()]);
    const cardPng = readFileSync(await card.path());
    expect([cardPng.readUInt32BE(16), cardPng.readUInt32BE(20)]).toEqual([1200, 675]);
  });
});

test.describe('two renderers', () => {
  /** The colour filling most of a bill's box on the canvas (its fill, whatever the zoom and label). */
  async function pixel(page: import('@playwright/test').Page, id: string): Promise<string> {
    return page.evaluate((nodeId) => {
      const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
        tiebarView: { screenPoint: (i: string) => { x: number; y: number }; positions: () => Map<string, { x: number; y: number }> };
      };
      // The zoom, from two nodes' world and screen distances; a bill's box is 124 x 52 at zoom 1.
      const [a, b] = [...el.tiebarView.positions().entries()].filter(([, p], i, all) => i === 0 || p.x !== all[0][1].x).slice(0, 2);
      const k = Math.abs(el.tiebarView.screenPoint(b[0]).x - el.tiebarView.screenPoint(a[0]).x) / Math.abs(b[1].x - a[1].x);
      const p = el.tiebarView.screenPoint(nodeId);
      const d = window.devicePixelRatio;
      const [w, h] = [Math.round(50 * k * d), Math.round(20 * k * d)];
      const data = el
        .querySelector('canvas')!
        .getContext('2d')!
        .getImageData(Math.round(p.x * d) - w, Math.round(p.y * d) - h, 2 * w, 2 * h).data;
      const counts = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        const c = `rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})`;
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
      return [...counts].sort((x, y) => y[1] - x[1])[0][0];
    }, id);
  }

  test('SVG and Canvas draw the same nodes in the same places, with the same outcomes', async ({ page }) => {
    await page.goto('/?renderer=svg&scenario=ab392:failed');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    // SVG: every bill's drawn outcome is the engine's, and a toggle redraws it.
    const svgNode = (id: string) => page.getByTestId('graph').locator(`g.tb-node[data-id="${id}"]`);
    await expect(svgNode('sb230')).toHaveAttribute('data-outcome', 'inoperative');
    await expect(svgNode('ab392')).toHaveAttribute('data-outcome', 'failed');
    // The hatch comes from the stylesheet generated from the encoding table; data-outcome shows that look.
    const look = svgNode('sb230').locator('.tb-look[data-look="inoperative"]');
    // Shown at 0.999, not 1 (SHOWN_LOOK): a composited opacity below 1 is updated in place.
    await expect(look).toHaveCSS('opacity', '0.999');
    await expect(look.locator('rect')).toHaveCSS('fill', /url\("?#tb-hatch"?\)/);
    await expect(svgNode('sb230').locator('.tb-look[data-look="enacted"]')).toHaveCSS('opacity', '0');
    await page
      .getByRole('group', { name: /^AB 392/ })
      .getByRole('radio', { name: 'As recorded' })
      .check();
    await expect(svgNode('sb230')).toHaveAttribute('data-outcome', 'enacted');
    await expect(svgNode('ab392')).toHaveAttribute('data-outcome', 'enacted');
    await page
      .getByRole('group', { name: /^AB 392/ })
      .getByRole('radio', { name: 'Fails' })
      .check();
    await expect(svgNode('sb230')).toHaveAttribute('data-outcome', 'inoperative');
    const svgPositions = await page.evaluate(() => [
      ...(
        document.querySelector('[data-testid="graph"]') as unknown as { tiebarView: { positions: () => Map<string, unknown> } }
      ).tiebarView.positions(),
    ]);
    await page.goto('/?renderer=canvas&scenario=ab392:failed');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-renderer', 'canvas');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    const canvasPositions = await page.evaluate(() => [
      ...(
        document.querySelector('[data-testid="graph"]') as unknown as { tiebarView: { positions: () => Map<string, unknown> } }
      ).tiebarView.positions(),
    ]);
    expect(canvasPositions).toEqual(svgPositions);
    // SB 230 drawn inoperative (hatched orange) and, once AB 392 is as recorded, enacted (green).
    await expect.poll(() => pixel(page, 'sb230')).toBe('rgb(243, 199, 168)');
    await page
      .getByRole('group', { name: /^AB 392/ })
      .getByRole('radio', { name: 'As recorded' })
      .check();
    await expect.poll(() => pixel(page, 'sb230')).toBe('rgb(0, 121, 90)');
  });

  test('a session-sized graph picks Canvas, lays out in a worker, and answers clicks and keys', async ({ page }) => {
    const { generateDataset } = await import('../../src/engine/generate');
    const ds = generateDataset({ bills: 2000, links: 10_000, seed: 4 });
    await openServedDataset(page, ds);
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-renderer', 'canvas');
    await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 25_000 });
    const point = await page.evaluate(() =>
      (
        document.querySelector('[data-testid="graph"]') as unknown as {
          tiebarView: { screenPoint: (id: string) => { x: number; y: number } };
        }
      ).tiebarView.screenPoint('b0'),
    );
    const box = (await graph.boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect(page.getByTestId('details')).toContainText('B 0: Synthetic bill 0');
    await graph.locator('canvas').focus();
    await page.keyboard.press('ArrowRight');
    await expect(graph.locator('[aria-live="polite"]')).toHaveText(/ (enacted|contingent|pending|inoperative|failed), bill$/);
  });
});

test('the canvas renderer exports the whole graph as a 2x PNG', async ({ page }) => {
  await page.goto('/?renderer=canvas&scenario=ab392:failed');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  await expect(page.getByRole('button', { name: 'Export SVG' })).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  expect(width % 2).toBe(0);
  expect(width).toBeGreaterThanOrEqual(1600);
});

/** Where a node is drawn, in page pixels. */
async function pagePoint(page: import('@playwright/test').Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
      tiebarView: { screenPoint: (i: string) => { x: number; y: number } };
    };
    const p = el.tiebarView.screenPoint(nodeId);
    const box = el.getBoundingClientRect();
    return { x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) };
  }, id);
}

test('svg: a node dragged with the mouse moves with it, and only it', async ({ page }) => {
  // Nodes are dragged in the network view (every stakeholder drawn); the story view is laid out for its box.
  await page.goto('/?renderer=svg&stakeholders=all');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout', 'settled');
  const [start, other] = [await pagePoint(page, 'sb230'), await pagePoint(page, 'ab392')];
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(start.x + 16 * i, start.y + 12 * i);
  await page.mouse.up();
  const end = await pagePoint(page, 'sb230');
  expect(Math.abs(end.x - (start.x + 80))).toBeLessThanOrEqual(2);
  expect(Math.abs(end.y - (start.y + 60))).toBeLessThanOrEqual(2);
  expect(await pagePoint(page, 'ab392')).toEqual(other);
  // The drawn node is where the view says it is.
  const box = (await graph.locator('g.tb-node[data-id="sb230"] rect.tb-shape').last().boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - end.x)).toBeLessThanOrEqual(3);
});

for (const renderer of ['svg', 'canvas']) {
  test(`${renderer}: toggling a scenario and scrubbing the timeline never move the drawing on screen`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // Without the "falling" animation, so any movement would be the layout's.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/?renderer=${renderer}`);
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    const before = await pagePoint(page, 'sb230');
    const height = (await graph.boundingBox())!.height;
    await page.getByRole('button', { name: 'What if AB 392 had failed?' }).click();
    await expect(page.getByTestId('scenario-summary')).toContainText('If AB 392 had failed');
    expect(await pagePoint(page, 'sb230')).toEqual(before);
    // 23 May 2019 holds nine things: they scroll in their own box, the graph keeps its size.
    await page.goto(`/?renderer=${renderer}&asOf=2019-05-22`);
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    const onThe22nd = await pagePoint(page, 'sb230');
    await page.getByRole('button', { name: 'Next moment' }).click();
    await expect(page.getByTestId('captions')).toContainText('9 entries');
    expect((await graph.boundingBox())!.height).toBe(height);
    expect(await pagePoint(page, 'sb230')).toEqual(onThe22nd);
  });
}

for (const [path, width] of [
  ['/', 375],
  ['/?embed=1', 375],
  ['/?embed=1', 320],
] as const) {
  test(`on a phone, the question and its answer never move the graph (${path} at ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 812 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const top = async () => (await page.getByTestId('graph').boundingBox())!.y;
    const before = await top();
    await page.getByRole('button', { name: 'What if AB 392 had failed?' }).click();
    await expect(page.getByTestId('scenario-summary')).toContainText('If AB 392 had failed');
    expect(await top()).toBe(before);
    await page.getByRole('button', { name: 'Back to the record' }).click();
    await expect(page.getByTestId('scenario-summary')).toContainText('SB 230 takes effect only because');
    expect(await top()).toBe(before);
  });
}

test('a graph with over 20,000 edges strokes them in a worker, where the page shows them', async ({ page }) => {
  // 1,000 bills on a 40 x 25 grid; each bill tied 22 times to the one below it (21,120 edges): lines
  // run down the columns, and the gaps between columns stay empty.
  const [cols, rows, gap] = [40, 25, 300];
  const bills = Array.from({ length: cols * rows }, (_, i) => ({ id: `b${i}`, label: `B ${i}`, title: `Bill ${i}`, sources: ['s'] }));
  const links = [];
  for (let i = 0; i < cols * (rows - 1); i++)
    for (let k = 0; k < 22; k++) links.push({ id: `l${i}-${k}`, kind: 'tie-bar', from: `b${i}`, to: [`b${i + cols}`], sources: ['s'] });
  const layout = Object.fromEntries(bills.map((b, i) => [b.id, [(i % cols) * gap, Math.floor(i / cols) * gap]]));
  const ds = { schemaVersion: 1, id: 'grid', title: 'Grid', sources: { s: { url: 'https://example.org/' } }, bills, links, layout };
  // As baked (stakeholders=all draws the network, not a session's tied bills on shelves, whose ties between
  // rows run on lanes the main thread draws).
  await openServedDataset(page, ds, 'renderer=canvas&stakeholders=all');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 25_000 });
  await expect(graph).toHaveAttribute('data-edges', 'worker');
  /** The darkest channel value in a 9-pixel-wide strip halfway between two nodes. */
  const darkest = (a: string, b: string) =>
    page.evaluate(
      ([a, b]) => {
        const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
          tiebarView: { screenPoint: (i: string) => { x: number; y: number } };
        };
        const [p, q] = [el.tiebarView.screenPoint(a), el.tiebarView.screenPoint(b)];
        const d = window.devicePixelRatio;
        const [x, y] = [Math.round(((p.x + q.x) / 2) * d), Math.round(((p.y + q.y) / 2) * d)];
        const data = el
          .querySelector('canvas')!
          .getContext('2d')!
          .getImageData(x - 4, y, 9, 1).data;
        let min = 255;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0) min = Math.min(min, data[i], data[i + 1], data[i + 2]);
        return min;
      },
      [a, b],
    );
  // Down a column (b500 above b540): a tie-bar line. Across a gap (b500 beside b501): nothing drawn.
  expect(await darkest('b500', 'b540')).toBeLessThan(200);
  expect(await darkest('b500', 'b501')).toBe(255);
});

test('svg: a stakeholder label that would overlap another is hidden, and shows on hover', async ({ page }) => {
  // Two stakeholders baked 40 units apart on one line: the first's long label runs over the second's.
  const ds = {
    schemaVersion: 1,
    id: 'crowded',
    title: 'Crowded',
    sources: { s: { url: 'https://example.org/' } },
    bills: [{ id: 'hb1', label: 'HB 1', title: 'A bill', sources: ['s'] }],
    stakeholders: [
      { id: 'first', name: 'First Association of Long Names', kind: 'advocacy-group', sources: ['s'] },
      { id: 'second', name: 'Second Group', kind: 'union', sources: ['s'] },
      { id: 'third', name: 'Third Group', kind: 'union', sources: ['s'] },
    ],
    positions: [
      { stakeholder: 'first', target: 'hb1', stance: 'support', sources: ['s'] },
      { stakeholder: 'second', target: 'hb1', stance: 'support', sources: ['s'] },
      { stakeholder: 'third', target: 'hb1', stance: 'oppose', sources: ['s'] },
    ],
    layout: { hb1: [0, 0], first: [-300, -200], second: [-260, -200], third: [300, 200] },
  };
  // Wide enough that the labels are drawn at their full size (smaller, they are left out).
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openServedDataset(page, ds, 'stakeholders=all');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout', 'settled');
  const label = (id: string) => graph.locator(`g.tb-node[data-id="${id}"] text.tb-label`);
  await expect(label('first')).toBeVisible();
  await expect(label('third')).toBeVisible();
  await expect(label('second')).toBeHidden();
  await graph.locator('g.tb-node[data-id="second"] circle.tb-shape').hover({ force: true });
  await expect(label('second')).toBeVisible();
});

/**
 * Steps the page's (fake) clock one frame at a time and samples after each, until `done` says the
 * animation is over (or `max` frames): frames come from Playwright's clock, not the wall, so a busy
 * machine only makes the test slower, never different.
 */
/** Installs Playwright's clock on a loaded page and stops time: from now on frames come only from stepFrames. */
async function freezeClock(page: import('@playwright/test').Page) {
  await page.clock.install();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

async function stepFrames(
  page: import('@playwright/test').Page,
  sample: () => Promise<number>,
  done: (v: number, i: number) => boolean,
  max = 240,
) {
  const out: number[] = [];
  for (let i = 0; i < max; i++) {
    await page.clock.runFor(16);
    out.push(await sample());
    if (done(out.at(-1)!, i)) break;
  }
  return out;
}

test('canvas: mid-drag, the frame shown is the last one moved with the pointer, and the full one after it matches', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?renderer=canvas');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout', 'settled');
  await freezeClock(page);
  await page.clock.runFor(100);
  // The frame before the drag, kept in the page; then, of the pixels its drawing covers in a block in
  // the middle, how many a later frame shows `dx` CSS px to the right.
  await page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="graph"] canvas') as HTMLCanvasElement;
    (window as unknown as { before: ImageData }).before = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
  });
  const moved = (dx: number) =>
    page.evaluate((dx) => {
      const canvas = document.querySelector('[data-testid="graph"] canvas') as HTMLCanvasElement;
      const now = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const { data: before, width: w, height: h } = (window as unknown as { before: ImageData }).before;
      const shift = Math.round(dx * devicePixelRatio);
      let [covered, same] = [0, 0];
      for (let y = Math.round(h * 0.25); y < Math.round(h * 0.75); y++)
        for (let x = Math.round(w * 0.25); x < Math.round(w * 0.6); x++) {
          const [i, j] = [4 * (y * w + x), 4 * (y * w + x + shift)];
          if (before[i + 3] === 0) continue;
          covered++;
          if ([0, 1, 2, 3].every((c) => Math.abs(before[i + c] - now[j + c]) <= 2)) same++;
        }
      return { covered, same: same / Math.max(1, covered) };
    }, dx);
  const box = (await graph.boundingBox())!;
  // From the empty ground at the bottom right (a press on a node would pick it on release, and light it).
  const [x, y] = [box.x + box.width - 100, box.y + box.height - 20];
  const frames = () =>
    page.evaluate(() =>
      (
        document.querySelector('[data-testid="graph"]') as HTMLElement & { tiebarView: { frames: () => { full: number; moved: number } } }
      ).tiebarView.frames(),
    );
  const start = await frames();
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 4; i++) await page.mouse.move(x + 15 * i, y);
  // One frame, well inside the gesture (its end waits 120 ms for the pointer to rest): the last
  // full frame moved, not the graph drawn again.
  await page.clock.runFor(16);
  const during = await moved(60);
  expect(during.covered).toBeGreaterThan(500);
  expect(during.same).toBeGreaterThan(0.99);
  const mid = await frames();
  expect(mid.moved).toBeGreaterThan(start.moved);
  expect(mid.full).toBe(start.full);
  await page.mouse.up();
  await page.clock.runFor(300);
  expect((await moved(60)).same).toBeGreaterThan(0.97);
  expect((await frames()).full).toBeGreaterThan(mid.full);
});

for (const motion of ['no-preference', 'reduce'] as const) {
  test(`canvas: a bill that falls in a scenario drops and settles${motion === 'reduce' ? ' (not under reduced motion)' : ''}`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto('/?renderer=canvas');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await freezeClock(page);
    // Is SB 230's fill showing in a strip just above where its box rests? Sampled frame by frame after AB 392 fails.
    const strip = () =>
      page.evaluate(() => {
        const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
          tiebarView: { screenPoint: (i: string) => { x: number; y: number }; positions: () => Map<string, { x: number; y: number }> };
        };
        const pos = el.tiebarView.positions();
        const [a, b] = [pos.get('sb230')!, pos.get('ab392')!];
        const k = Math.abs(el.tiebarView.screenPoint('ab392').x - el.tiebarView.screenPoint('sb230').x) / Math.abs(b.x - a.x);
        const p = el.tiebarView.screenPoint('sb230');
        const d = window.devicePixelRatio;
        // The strip: 4 px tall, 2 px above the box's top edge (half height 26), over the middle of its right half.
        const data = el
          .querySelector('canvas')!
          .getContext('2d')!
          .getImageData(Math.round((p.x + 20 * k) * d), Math.round((p.y - 26 * k - 6) * d), Math.round(20 * k * d), 4 * d).data;
        let fill = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] === 243 && data[i + 1] === 199 && data[i + 2] === 168) fill++;
        return fill;
      });
    await page.locator('.tb-question').first().click();
    // The fall lasts 600 ms: run 1,200 ms of frames (75), whatever the wall clock does meanwhile.
    const seen = await stepFrames(page, strip, (_, i) => i >= 75);
    if (motion === 'reduce') expect(Math.max(...seen)).toBe(0);
    else expect(seen.filter((n) => n > 0).length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(0);
  });
}

for (const motion of ['no-preference', 'reduce'] as const) {
  test(`canvas: a link fades in on its date${motion === 'reduce' ? ' (at once under reduced motion)' : ''}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto('/?renderer=canvas&asOf=2019-04-22');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await freezeClock(page);
    // How far the SB 230 -> AB 392 line's pixels (at a point between SB 230's box and the link's label)
    // are from what was drawn there before the link's date (the story's card, or nothing).
    const pixel = () =>
      page.evaluate(() => {
        const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
          tiebarView: { screenPoint: (i: string) => { x: number; y: number } };
        };
        const [a, b] = [el.tiebarView.screenPoint('sb230'), el.tiebarView.screenPoint('ab392')];
        const d = window.devicePixelRatio;
        const ctx = el.querySelector('canvas')!.getContext('2d')!;
        const [x, y] = [Math.round((a.x + 0.3 * (b.x - a.x)) * d), Math.round(a.y * d)];
        return [-1, 0, 1].map((dy) => [...ctx.getImageData(x, y + dy, 1, 1).data]);
      });
    const before = await pixel();
    const ink = async () => Math.max(...(await pixel()).map((p, i) => p.reduce((sum, c, j) => sum + Math.abs(c - before[i][j]), 0)));
    const first = await ink();
    await page.getByRole('button', { name: 'Next moment' }).click();
    // Frame by frame until the line is drawn in full, at least 40 frames on (the fade takes 350 ms, 22 frames).
    const alphas = [first, ...(await stepFrames(page, ink, (v, i) => i >= 40 && v > 200))];
    expect(first).toBe(0);
    expect(alphas.at(-1)).toBeGreaterThan(200);
    const between = alphas.filter((v) => v > 0 && v < alphas.at(-1)! - 20);
    if (motion === 'reduce') expect(between).toEqual([]);
    else expect(between.length).toBeGreaterThan(1);
  });
}

test('canvas: a struck provision is struck through, with its date when zoomed in', async ({ page }) => {
  await page.goto('/?renderer=canvas&stakeholders=all');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout', 'settled');
  /** Pixels in a provision's box drawn in the strike's ink (#a64500, give or take anti-aliasing). */
  const inked = (id: string) =>
    page.evaluate((nodeId) => {
      const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
        tiebarView: { screenPoint: (i: string) => { x: number; y: number } };
      };
      const p = el.tiebarView.screenPoint(nodeId);
      const d = window.devicePixelRatio;
      const data = el
        .querySelector('canvas')!
        .getContext('2d')!
        .getImageData(Math.round((p.x - 300) * d), Math.round((p.y - 25) * d), Math.round(600 * d), Math.round(50 * d)).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (Math.abs(data[i] - 166) < 30 && Math.abs(data[i + 1] - 69) < 30 && data[i + 2] < 40 && data[i + 3] > 200) n++;
      return n;
    }, id);
  // Zoom in on SB 230's struck standard with the wheel, and move the mouse away (no highlight).
  const at = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
      tiebarView: { screenPoint: (i: string) => { x: number; y: number } };
    };
    const p = el.tiebarView.screenPoint('sb230-standard');
    const r = el.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  });
  await page.mouse.move(at.x, at.y);
  // Each wheel step has zoomed in once a neighbour's drawn point has moved away from it (no timed wait).
  const spread = () =>
    page.evaluate(() => {
      const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
        tiebarView: { screenPoint: (i: string) => { x: number; y: number } };
      };
      const [a, b] = [el.tiebarView.screenPoint('sb230-standard'), el.tiebarView.screenPoint('sb230')];
      return Math.hypot(a.x - b.x, a.y - b.y);
    });
  for (let i = 0; i < 2; i++) {
    const before = await spread();
    await page.mouse.wheel(0, -400);
    await expect.poll(spread).toBeGreaterThan(before * 1.2);
  }
  await page.mouse.move(2, 2);
  await expect.poll(() => inked('sb230-standard')).toBeGreaterThan(30);
  expect(await inked('sb230-policies')).toBe(0);
});

test('with ?renderer=svg past 1,500 nodes the panel asks the view: Export SVG is offered', async ({ page }) => {
  const { generateDataset } = await import('../../src/engine/generate');
  await openServedDataset(page, generateDataset({ bills: 1600, links: 200, seed: 5 }), 'renderer=svg');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-renderer', 'svg');
  await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 25_000 });
  await expect(page.getByRole('button', { name: 'Export SVG' })).toBeVisible();
});

test("a story opened from an address is laid out once: the dataset's notice comes with its first frame, not after it", async ({ page }) => {
  // Every placement of the founding story's SB 230 box, from the moment it is drawn.
  await page.addInitScript(() => {
    const w = window as unknown as { __placed: string[] };
    w.__placed = [];
    new MutationObserver((records) => {
      for (const r of records)
        if ((r.target as Element).getAttribute('data-id') === 'sb230')
          w.__placed.push((r.target as Element).getAttribute('transform') ?? '');
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['transform'] });
  });
  // Tall enough that the graph is above its least height, so a notice arriving late would shrink it.
  await page.setViewportSize({ width: 1280, height: 900 });
  // A scenario naming a bill the dataset lacks: said once the dataset is there, with the first frame.
  await page.goto(`/?dataset=${HOST_ORIGIN}/data/ca-2019-deadly-force.json&scenario=zz9:failed`);
  await expect(page.getByTestId('notice').filter({ hasText: 'The scenario names "zz9", not a bill of this dataset' })).toBeVisible();
  // The dataset's own warning (one fact cites no source) is its authors', not told to a reader of its address.
  await expect(page.getByTestId('notice').filter({ hasText: /warnings? \(shown, not fatal\)/ })).toHaveCount(0);
  await expect(page.getByLabel('Dataset', { exact: true }).locator('option:checked')).toHaveText(
    `California 2019: SB 230 hangs on AB 392 (${new URL(HOST_ORIGIN).hostname})`,
  );
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  // Two frames later nothing has moved it.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await page.evaluate(() => (window as unknown as { __placed: string[] }).__placed)).toHaveLength(1);
});

for (const renderer of ['svg', 'canvas'] as const)
  test(`${renderer}: after a drag or a wheel zoom, "Whole graph" fits the story again and keeps keyboard focus in the graph`, async ({
    page,
  }) => {
    await page.goto(`/?renderer=${renderer}`);
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    const where = () =>
      page.evaluate(() => {
        const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
          tiebarView: { screenPoint: (id: string) => { x: number; y: number } };
        };
        const p = el.tiebarView.screenPoint('ab392');
        return `${p.x.toFixed(1)},${p.y.toFixed(1)}`;
      });
    const fitted = await where();
    const whole = page.getByRole('button', { name: 'Whole graph' });
    await expect(whole).toHaveCount(0);
    const box = (await graph.boundingBox())!;
    // A click whose hand shakes by a pixel or two moves nothing worth a button.
    await page.mouse.move(box.x + 12, box.y + box.height - 12);
    await page.mouse.down();
    await page.mouse.move(box.x + 14, box.y + box.height - 11);
    await page.mouse.up();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect(whole).toHaveCount(0);
    // A bill's details open over the graph's top right; the button stays in reach beside them.
    await graph
      .locator(renderer === 'svg' ? 'g.tb-node[data-id="sb230"]' : 'canvas')
      .first()
      .click({
        position:
          renderer === 'svg'
            ? undefined
            : await page.evaluate(() => {
                const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
                  tiebarView: { screenPoint: (id: string) => { x: number; y: number } };
                };
                return el.tiebarView.screenPoint('sb230');
              }),
      });
    await expect(page.getByTestId('details')).toContainText('SB 230');
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + 90, { steps: 5 });
    await page.mouse.up();
    await expect.poll(where).not.toBe(fitted);
    await expect(whole).toBeVisible();
    const b = (await whole.boundingBox())!;
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.textContent, [b.x + b.width / 2, b.y + b.height / 2])).toBe(
      'Whole graph',
    );
    await whole.click();
    await expect.poll(where).toBe(fitted);
    await expect(whole).toHaveCount(0);
    // Zoomed with the wheel, and back from the keyboard: focus lands in the graph, not on the page.
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    await page.mouse.wheel(0, -300);
    await expect(whole).toBeVisible();
    await whole.focus();
    await page.keyboard.press('Enter');
    await expect.poll(where).toBe(fitted);
    await expect(whole).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="graph"]') !== null)).toBe(true);
  });

test('a network view the reader has not moved fits its new box after a resize; one they moved is kept in place and offers the whole graph again', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?stakeholders=all&renderer=svg');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout', 'settled');
  const whole = page.getByRole('button', { name: 'Whole graph' });
  await expect(whole).toHaveCount(0);
  // The tied bills' centres inside the graph's box (a fit shows them, whatever else it leaves out on a small screen).
  const tiedInside = () =>
    graph.evaluate((el) => {
      const view = (el as unknown as { tiebarView: { screenPoint: (id: string) => { x: number; y: number } | null } }).tiebarView;
      const box = el.getBoundingClientRect();
      return ['ab392', 'sb230'].every((id) => {
        const p = view.screenPoint(id);
        return p !== null && p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
      });
    });
  // The box has its new size, and the frame that hears of it has run.
  const resized = async (width: number) => {
    await expect.poll(async () => (await graph.boundingBox())!.width).not.toBe(width);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  };
  // Untouched: fitted again to the smaller box (before, it was kept where it was, and much of it fell outside).
  const before = (await graph.boundingBox())!.width;
  await page.setViewportSize({ width: 820, height: 700 });
  await resized(before);
  await expect(whole).toHaveCount(0);
  expect(await tiedInside()).toBe(true);
  // Zoomed in by the reader: kept where it is on screen through a resize, with the way back.
  const box = (await graph.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect(whole).toBeVisible();
  await page.setViewportSize({ width: 1000, height: 760 });
  await resized(box.width);
  await expect(whole).toBeVisible();
  await whole.click();
  await expect(whole).toHaveCount(0);
  await expect.poll(tiedInside).toBe(true);
});

test("a laptop's graph grows to read where its room is short, and fills its room again once the room grows, with no window resize", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // Two notices (a bad view and theme) take room above the stage: the story would not read in what is left.
  await page.goto('/?view=chart&theme=pink');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout', 'settled');
  const panel = page.locator('.tb-graph-panel');
  const drawn = () =>
    graph.evaluate((el) => ({
      hide: el.querySelector('svg')?.getAttribute('data-hide') ?? '',
      names: [...el.querySelectorAll('.tb-name')].filter(
        (t) => getComputedStyle(t).display !== 'none' && t.getBoundingClientRect().width > 0,
      ).length,
    }));
  await expect(panel).toHaveAttribute('data-fit-height', '');
  expect((await drawn()).hide).not.toMatch(/bill|item|link|small/);
  // The notices dismissed, the room is the graph's again: it fills it, every word still drawn.
  for (const name of [/^Dismiss: view/, /^Dismiss: theme/]) await page.getByRole('button', { name }).click();
  await expect(panel).not.toHaveAttribute('data-fit-height', '');
  await expect.poll(async () => (await drawn()).hide).not.toMatch(/bill|item|link|small/);
  expect((await drawn()).names).toBeGreaterThan(2);
  const [stage, box] = [(await page.locator('.tb-stage').boundingBox())!, (await graph.boundingBox())!];
  expect(box.y + box.height).toBeLessThanOrEqual(stage.y + stage.height + 1);
});
