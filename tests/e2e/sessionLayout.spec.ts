import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Every control in the graph's foot (the key's fold, Stakeholders, the exports): its name, and whether a click at its centre lands on it. */
async function footControls(page: Page) {
  return page.locator('.tb-graph-foot').evaluate((foot) =>
    [...foot.querySelectorAll<HTMLElement>('button, select, summary')].map((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return { name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(), reached: !!hit && el.contains(hit) };
    }),
  );
}

test.describe("a session's layout at desktop widths", () => {
  // 13 MB sessions: fetching, validating and drawing them takes a while on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  for (const [width, height] of [
    [1280, 900],
    [1600, 1000],
  ])
    test(`a focused bill's details cover the graph only, never its foot's controls (${width} x ${height})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?dataset=mi-2019-2020&focus=hb4917');
      const graph = page.getByTestId('graph');
      await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
      const details = page.getByTestId('details');
      await expect(details).toContainText('HB 4917');
      const [panel, drawn, foot] = await Promise.all(
        [details, graph, page.locator('.tb-graph-foot')].map(async (l) => (await l.boundingBox())!),
      );
      // Beside the graph, as tall as it is, and ending where the foot starts.
      expect(Math.round(panel.y)).toBe(Math.round(drawn.y));
      expect(Math.round(panel.y + panel.height)).toBe(Math.round(drawn.y + drawn.height));
      expect(panel.y + panel.height).toBeLessThanOrEqual(foot.y + 0.5);
      expect(Math.round(panel.x + panel.width)).toBe(Math.round(drawn.x + drawn.width));
      const controls = await footControls(page);
      expect(controls.map((c) => c.name)).toEqual(expect.arrayContaining(['Export PNG', 'Social card']));
      expect(controls.filter((c) => !c.reached)).toEqual([]);
      await page.getByRole('button', { name: 'Export PNG' }).click({ trial: true, timeout: 5_000 });
      await page.getByLabel('Stakeholders', { exact: true }).click({ trial: true, timeout: 5_000 });
      // Its own content scrolls inside it (a bill's events run long).
      expect(await details.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    });

  for (const width of [1280, 1100])
    test(`in the table, with a what-if on, a focused bill's details never cover a column (${width} px)`, async ({ page }) => {
      // A what-if adds "Recorded outcome": five columns, two of them outcome badges.
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/?dataset=mi-2023-2024&focus=hb4638&view=table&scenario=hb4638:enacted');
      const table = page.getByTestId('bill-table');
      await expect(table.locator('thead th')).toHaveCount(5, { timeout: 60_000 });
      const details = page.getByTestId('details');
      await expect(details).toContainText('HB 4638');
      const [panel, drawn, wrap] = await Promise.all(
        [details, table, page.locator('.tb-table-wrap')].map(async (l) => (await l.boundingBox())!),
      );
      // Wholly within its own box (nothing scrolled out of sight to the right).
      expect(drawn.x + drawn.width).toBeLessThanOrEqual(wrap.x + wrap.width + 0.5);
      if (width === 1280) {
        // Beside it: the table ends left of the details.
        expect(wrap.x + wrap.width).toBeLessThanOrEqual(panel.x + 0.5);
      } else {
        // Too narrow for both side by side: the details sit above the table, at the table's width.
        expect(panel.y + panel.height).toBeLessThanOrEqual(wrap.y + 0.5);
        expect(Math.round(panel.width)).toBe(Math.round(wrap.width));
      }
    });

  test("at 1,366 x 768 the session's table gives its rows the stage's height as they are read, under a header that stays", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/?dataset=mi-2023-2024&view=table');
    const table = page.getByTestId('bill-table');
    await expect(table.locator('tbody tr')).toHaveCount(500, { timeout: 60_000 });
    // What of the rows shows: from under the header (where it shows) to the foot of the box they scroll in.
    const shown = () =>
      table.evaluate((t) => {
        let scroller = t.parentElement!;
        while (!/auto|scroll/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement!;
        const box = scroller.getBoundingClientRect();
        const head = t.querySelector('thead th')!.getBoundingClientRect();
        const top = head.top >= box.top - 1 && head.bottom <= box.bottom ? head.bottom : box.top;
        const rows = [...t.querySelectorAll('tbody tr')].map((r) => r.getBoundingClientRect());
        return {
          scroller: scroller.className,
          headAtTop: Math.abs(head.top - box.top) < 1,
          px: box.bottom - top,
          rows: rows.filter((r) => r.top >= top - 0.5 && r.bottom <= box.bottom + 0.5).length,
          stage: t.closest('.tb-stage')!.getBoundingClientRect().height,
        };
      });
    // Before any scroll: each row says what its bill is about, the record's whole title on hover (a
    // row showing the whole LegiScan title was 81 px, a row and a half on the first screen).
    const first = await shown();
    expect(first.rows, JSON.stringify(first)).toBeGreaterThanOrEqual(3);
    await expect(table.locator('tbody tr').first().locator('td').first()).toHaveAttribute('title', /Amends/);
    // Read down the table: the story and the timeline scroll away, and the header holds at the top.
    const box = (await table.locator('tbody').boundingBox())!;
    await page.mouse.move(box.x + 200, 600);
    await page.mouse.wheel(0, 2000);
    await expect.poll(async () => (await shown()).headAtTop).toBe(true);
    const read = await shown();
    // The stage's height but the header's (a box of what the story and the timeline left was 358 px: 2.5 rows).
    expect(read.px, JSON.stringify(read)).toBeGreaterThan(read.stage - 50);
    expect(read.rows, JSON.stringify(read)).toBeGreaterThanOrEqual(5);
    // The page itself does not scroll: the stage does.
    expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
  });

  test("at 1,366 x 768 a tied bill's row marks its tie's caveat, said once over the table, not in every row", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/?dataset=mi-2019-2020&view=table');
    const table = page.getByTestId('bill-table');
    await expect(table.locator('tbody tr')).toHaveCount(500, { timeout: 60_000 });
    // HB 4001 and HB 4002 head the table, each tie-barred to the other and SB 2 as LegiScan's titles list them.
    const why = table.locator('tr[data-bill="hb4001"] td').last();
    await expect(why).toHaveText(/both take effect too\. \(tie unchecked\)$/);
    await expect(why.locator('.tb-table-mark')).toHaveAttribute(
      'title',
      'That tie is as the record lists it, not yet checked against the text of the law.',
    );
    await expect(table.locator('caption')).toContainText(
      'A reason marked (tie unchecked) tells of a tie as the record lists it, not yet checked against the text of the law.',
    );
    expect(await table.locator('tbody').evaluate((b) => b.textContent!.includes('as the record lists it'))).toBe(false);
    // Three lines, not five (97 px with the caveat in every row, 81 with "(tie as recorded, unchecked)").
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.slice(0, 2).map((tr) => tr.getBoundingClientRect().height));
    for (const h of rows) expect(h, JSON.stringify(rows)).toBeLessThan(70);
  });

  test("on a phone, the table's columns size to their words: none squeezed to nothing (a what-if's five columns)", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/?view=table&scenario=ab392:failed');
    const table = page.getByTestId('bill-table');
    await expect(table.locator('thead th')).toHaveCount(5);
    const widths = await table.locator('thead th').evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)));
    // Title and Why hold words: each gets a readable column (fixed widths gave them 4 px each).
    for (const w of widths) expect(w, JSON.stringify(widths)).toBeGreaterThanOrEqual(48);
  });

  test("the timeline's captions show five lines before they scroll, and the sidebar's lists show every law", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/?dataset=mi-2019-2020');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
    const captions = page.getByTestId('captions');
    await expect(captions).toContainText('16 entries');
    const shown = () =>
      captions.evaluate((el) => {
        const count = el.querySelector('.tb-count');
        return {
          lines: el.clientHeight / parseFloat(getComputedStyle(el).lineHeight),
          height: el.getBoundingClientRect().height,
          countPx: count ? parseFloat(getComputedStyle(count).fontSize) : null,
        };
      });
    const latest = await shown();
    // 5 Jan 2021 holds 16 entries (10 captions and "...and 6 more"; HB 5832's act number among them, dated as its signature): five lines show, not two.
    expect.soft(latest.lines, 'lines of captions shown').toBeGreaterThanOrEqual(4.95);
    expect.soft(latest.countPx, "the count's px").toBeGreaterThanOrEqual(12);
    // The box is the dataset's, whatever the date: the first day (one entry) keeps it, and the graph's box stays put.
    const box = (await graph.boundingBox())!;
    await page.getByRole('slider', { name: 'Date' }).focus();
    await page.keyboard.press('Home');
    await expect(page.getByTestId('as-of')).not.toHaveText('Latest record');
    expect((await shown()).height).toBe(latest.height);
    expect(await graph.boundingBox()).toEqual(box);
    await page.keyboard.press('End');
    await expect(captions).toContainText('16 entries');

    // "Enacted but cannot take effect": its five laws in full, in the sidebar's own scroll, not a box of two.
    const stuck = page.getByTestId('finder-inoperative');
    await expect(stuck.locator('li')).toHaveCount(5);
    const list = await stuck.locator('.tb-finder-list').evaluate((el) => ({ shown: el.clientHeight, content: el.scrollHeight }));
    expect.soft(list.shown, 'px of the list shown').toBeGreaterThanOrEqual(list.content);
    await stuck.locator('li').last().scrollIntoViewIfNeeded();
    await expect(stuck.locator('li').last()).toBeInViewport();
  });

  test('the founding story keeps its two-line captions box (its graph where it was)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const captions = page.getByTestId('captions');
    const lines = await captions.evaluate((el) => el.clientHeight / parseFloat(getComputedStyle(el).lineHeight));
    expect(lines).toBeGreaterThan(1.95);
    expect(lines).toBeLessThan(2.05);
  });
});
