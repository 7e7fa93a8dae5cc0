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
  for (const part of [ds.title, 'Latest record', 'made with Tiebar', 'Sources:']) expect(words).toContain(part);
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
