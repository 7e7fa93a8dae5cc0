import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Whether the keyboard is on the graph (a node, the canvas, the graph's box or its "Whole graph" button). */
const onGraph = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="graph"]')));

test.describe('the keyboard', () => {
  // A session is 13 MB: fetching, validating and drawing it takes a while on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  for (const [dataset, renderer] of [
    ['ca-2019-deadly-force', 'svg'],
    ['mi-2023-2024', 'canvas'],
  ] as const)
    test(`reaches the graph with one Tab and Enter, past the header and the side panel, and zooms it with + and 0 (${renderer})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/?dataset=${dataset}`);
      const graph = page.getByTestId('graph');
      await expect(graph).toHaveAttribute('data-renderer', renderer, { timeout: 90_000 });
      await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 90_000 });
      const skip = page.getByRole('link', { name: 'Skip to graph' });
      // Out of sight until the keyboard reaches it, first of all.
      await expect(skip).not.toBeInViewport();
      await page.keyboard.press('Tab');
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      expect(await onGraph(page)).toBe(true);
      const whole = page.getByRole('button', { name: 'Whole graph' });
      await expect(whole).toHaveCount(0);
      await page.keyboard.press('+');
      await expect(whole).toBeVisible();
      // The arrow keys still walk from node to node.
      await page.keyboard.press('ArrowRight');
      expect(await onGraph(page)).toBe(true);
      await page.keyboard.press('0');
      await expect(whole).toHaveCount(0);
      expect(await onGraph(page)).toBe(true);
    });
});
