import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

test.describe('the graph', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/?scenario=ab392:failed');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  });

  test('keyboard: Tab into the graph, arrows walk to neighbours, Enter focuses, Escape clears', async ({ page }) => {
    const graph = page.getByTestId('graph');
    await expect(graph.locator('g.tb-node[tabindex="0"]')).toHaveCount(1);
    await graph.locator('g.tb-node[tabindex="0"]').focus();
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'AB 392, bill, failed');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'SB 230, bill, inoperative');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'AB 392, bill, failed');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator(':focus')).toHaveAttribute(
      'aria-label',
      /, (legislator|advocacy group|union|law enforcement association|family|coalition|local government|civic group)$/,
    );
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'AB 392, bill, failed');
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
    await page.mouse.move(2, 2);
    await expect(graph.locator('g.tb-node[data-dim="true"]')).toHaveCount(0);
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
    expect(svgDownload.suggestedFilename()).toBe('ca-2019-deadly-force.svg');
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('California 2019: SB 230 hangs on AB 392 — If AB 392 fails: SB 230 cannot take effect.');
    expect(svg).toContain('>inoperative</text>');
    expect(svg).toContain('operative only if');
    expect(svg).not.toContain('class=');
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    const png = readFileSync(await pngDownload.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(width * 2);
  });
});
