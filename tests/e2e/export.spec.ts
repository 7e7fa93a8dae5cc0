import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openServedDataset } from './helpers';

// The founding story under a headline long enough to need wrapping at every export size.
const ds = JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8'));
ds.title = 'California 2019: SB 230 hangs on AB 392, and what that means for police use of deadly force if either bill fails';

/** Reads a downloaded PNG in the page: its size, and whether any pixel in the right margin (`pad` px) differs from the top-right corner. */
async function pngMargin(page: Page, png: Buffer, pad: number): Promise<{ width: number; height: number; inked: number }> {
  return page.evaluate(
    async ({ data, pad }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const strip = ctx.getImageData(bitmap.width - pad, 0, pad, bitmap.height).data;
      let inked = 0;
      for (let i = 0; i < strip.length; i += 4)
        if (strip[i] !== strip[0] || strip[i + 1] !== strip[1] || strip[i + 2] !== strip[2]) inked++;
      return { width: bitmap.width, height: bitmap.height, inked };
    },
    { data: png.toString('base64'), pad },
  );
}

test('SVG export: the title wraps; no line of words runs past the right margin (measured in the browser)', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await openServedDataset(page, ds, 'renderer=svg');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  const measured = await page.evaluate((text) => {
    const host = document.createElement('div');
    host.innerHTML = text;
    document.body.append(host);
    const root = host.querySelector('svg')!;
    const width = Number(root.getAttribute('width'));
    // The words are the export's last group: title, date and sentence, credit and sources.
    const lines = [...root.lastElementChild!.querySelectorAll('text')].map((t) => ({
      text: t.textContent ?? '',
      right: Number(t.getAttribute('x')) + t.getComputedTextLength(),
      bold: t.getAttribute('font-weight') === '700',
    }));
    host.remove();
    return { width, lines };
  }, svg);
  const pad = Math.max(16, Math.round(measured.width * 0.025));
  expect(measured.lines.filter((l) => l.bold).length).toBeGreaterThan(1);
  for (const l of measured.lines) expect(l.right, l.text).toBeLessThanOrEqual(measured.width - pad + 0.5);
  const words = measured.lines.map((l) => l.text).join(' ');
  for (const part of [ds.title, 'made with Tiebar', 'Sources:']) expect(words).toContain(part);
  // As recorded, the image says how late the record runs, and tells the record's story, as the page does.
  expect(words).toContain('Latest record, 1 Jan 2020 · SB 230 takes effect only because AB 392 became law');
});

test('canvas export: a 1200 x 675 social card and the view size, with nothing drawn in the right margin', async ({ page }) => {
  await openServedDataset(page, ds, 'renderer=canvas');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  const [card] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Social card' }).click()]);
  const c = await pngMargin(page, readFileSync(await card.path()), Math.max(16, Math.round(1200 * 0.025)) - 2);
  expect([c.width, c.height]).toEqual([1200, 675]);
  expect(c.inked).toBe(0);
  const [view] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
  const box = (await page.getByTestId('graph').boundingBox())!;
  const width = Math.round(Math.max(640, box.width));
  const v = await pngMargin(page, readFileSync(await view.path()), 2 * (Math.max(16, Math.round(width * 0.025)) - 2));
  expect(v.width).toBe(2 * width);
  expect(v.inked).toBe(0);
});

test('SVG export from the dark theme: the image is drawn in the light palette on white', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?renderer=svg&stakeholders=all');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  // The dark theme's ink (#eceef1) and page (#15171a) are nowhere; the link's words are in the light ink.
  expect(svg).not.toContain('rgb(236, 238, 241)');
  expect(svg).not.toContain('rgb(21, 23, 26)');
  expect(svg).toMatch(/style="[^"]*fill:rgb\(29, 29, 31\)[^"]*"[^>]*>operative only if</);
  // Each bill carries the one look it shows (the page draws every outcome's look and shows its own).
  const words = [...svg.matchAll(/>(enacted|contingent|pending|inoperative|failed)<\/tspan>/g)].map((m) => m[1]);
  expect(words.sort()).toEqual(['enacted', 'enacted', 'failed']);
});

test('a view the reader zoomed into exports what is on screen, cut at the graph, not the whole graph', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?renderer=svg');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout', 'settled');
  /** The exported SVG's graph scale, whether it is cut (clipPath), and which bills' words it draws inside its graph part. */
  const exported = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    return page.evaluate((text) => {
      const host = document.createElement('div');
      host.innerHTML = text;
      document.body.append(host);
      const root = host.querySelector('svg')!;
      const camera = root.querySelector('g[transform*="scale"]')!;
      const k = Number(/scale\(([\d.]+)\)/.exec(camera.getAttribute('transform')!)![1]);
      const cut = root.querySelector('clipPath rect');
      // The graph's part of the image (its clip rectangle, in the image's own units, 1:1 with the page here).
      const page = root.getBoundingClientRect();
      const [x, y, w, h] = cut ? ['x', 'y', 'width', 'height'].map((a) => Number(cut.getAttribute(a))) : [0, 0, page.width, page.height];
      const area = { left: page.left + x, top: page.top + y, right: page.left + x + w, bottom: page.top + y + h };
      const seen = [...root.querySelectorAll('g[data-id] text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.width > 0 && r.left >= area.left && r.right <= area.right && r.top >= area.top && r.bottom <= area.bottom;
        })
        .map((t) => t.closest('g[data-id]')!.getAttribute('data-id'));
      host.remove();
      return { k, cut: cut !== null, seen: [...new Set(seen)] };
    }, text);
  };
  const whole = await exported();
  expect(whole.cut).toBe(false);
  for (const id of ['sb230', 'ab392', 'ab931']) expect(whole.seen).toContain(id);
  // Zoomed in on SB 230 with the wheel: the image shows the part in view (SB 230's provisions), larger, and AB 931 (off screen) is not in it.
  const at = (await graph.evaluate((el) =>
    (el as unknown as { tiebarView: { screenPoint: (id: string) => { x: number; y: number } } }).tiebarView.screenPoint('sb230'),
  ))!;
  const box = (await graph.boundingBox())!;
  await page.mouse.move(box.x + at.x, box.y + at.y);
  await page.mouse.wheel(0, -300);
  await page.mouse.wheel(0, -300);
  await expect(page.getByRole('button', { name: 'Whole graph' })).toBeVisible();
  const region = () => graph.evaluate((el) => (el as unknown as { tiebarView: { shownRegion: () => unknown } }).tiebarView.shownRegion());
  await expect.poll(region).not.toBeNull();
  const zoomed = await exported();
  expect(zoomed.cut).toBe(true);
  expect(zoomed.k).toBeGreaterThan(whole.k * 1.3);
  expect(zoomed.seen).toContain('sb230-policies');
  expect(zoomed.seen).not.toContain('ab931');
  expect(zoomed.seen.length).toBeLessThan(whole.seen.length);
  // "Whole graph" brings the whole image back.
  await page.getByRole('button', { name: 'Whole graph' }).click();
  await expect.poll(region).toBeNull();
  expect((await exported()).cut).toBe(false);
});

test("an exported picture of part of a session tells the story of the bills in it, not the session's headline", async ({ page }) => {
  // A whole session drawn in SVG: 14 s on an idle 2-core machine, more on a busy one.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  // Focused on HB 6334, the view goes to its package (every bill of it failed); the page's headline stays HB 5444's.
  await page.goto('/?dataset=mi-2019-2020&renderer=svg&focus=hb6334');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
  await expect(page.getByTestId('scenario-summary')).toContainText('HB 5444', { timeout: 60_000 });
  const region = () => graph.evaluate((el) => (el as unknown as { tiebarView: { shownRegion: () => unknown } }).tiebarView.shownRegion());
  await expect.poll(region).not.toBeNull();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  const picture = await page.evaluate((text) => {
    const host = document.createElement('div');
    host.innerHTML = text;
    document.body.append(host);
    const root = host.querySelector('svg')!;
    const words = [...root.lastElementChild!.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ');
    // The graph's part of the picture, and where its drawing starts in it: no blank band above.
    const cut = root.querySelector('clipPath rect')!;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(cut.getAttribute(a)));
    const at = root.getBoundingClientRect();
    const area = { left: at.left + x, top: at.top + y, right: at.left + x + w, bottom: at.top + y + h, height: h };
    const drawn = [...root.querySelectorAll('g[clip-path] rect, g[clip-path] path')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.bottom > area.top && r.top < area.bottom && r.right > area.left && r.left < area.right);
    const top = Math.min(...drawn.map((r) => r.top));
    const focus = [...root.querySelectorAll('g[data-id="hb6334"] text')].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
    host.remove();
    return {
      words,
      band: (top - area.top) / area.height,
      focusWhole: focus.length > 0 && focus.every((r) => r.left >= area.left && r.right <= area.right),
    };
  }, text);
  expect(picture.words).toContain('HB 6334');
  expect(picture.words).not.toContain('HB 5444');
  expect(picture.band).toBeLessThan(0.1);
  expect(picture.focusWhole).toBe(true);
});
