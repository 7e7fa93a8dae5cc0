import { expect, test } from '@playwright/test';

// One hit rule for both renderers (src/graph/core/interaction.ts): a stakeholder's small dot answers
// a tap anywhere within 12 CSS px of its centre (a 24 px target), however far out the graph is zoomed.
for (const renderer of ['svg', 'canvas'] as const) {
  test(`${renderer}: zoomed out, a tap 10 px beside a stakeholder's dot opens it`, async ({ page }) => {
    await page.goto(`/?scenario=ab392:failed&stakeholders=all&renderer=${renderer}`);
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    const box = (await graph.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    /** Weber's dot on the page, and the zoom (from two nodes' screen and graph distances). */
    const probe = () =>
      page.evaluate(() => {
        const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
          tiebarView: {
            screenPoint: (id: string) => { x: number; y: number } | null;
            positions: () => Map<string, { x: number; y: number }>;
          };
        };
        const v = el.tiebarView;
        const [a, b] = ['ab392', 'sb230'].map((id) => [v.positions().get(id)!, v.screenPoint(id)!] as const);
        const k = Math.hypot(b[1].x - a[1].x, b[1].y - a[1].y) / Math.hypot(b[0].x - a[0].x, b[0].y - a[0].y);
        const p = v.screenPoint('weber')!;
        const r = el.getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y, k };
      });
    // Far enough out that the dot itself (7 units) and a 4 px slack are under 10 px.
    await expect.poll(async () => (await probe()).k).toBeLessThan(0.8);
    const at = await probe();
    // To the left: the name runs to the right of the dot.
    await page.mouse.click(at.x - 10, at.y);
    await expect(page.getByTestId('details')).toContainText('Shirley Weber');
  });
}
