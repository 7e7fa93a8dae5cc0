import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The top and bottom of every visible tool of the header, the editor's button among them. */
async function toolBoxes(page: Page) {
  return page.locator('.tb-header-tools > *, .tb-edit-button').evaluateAll((els) =>
    els
      .map((el) => ({ name: el.className || el.tagName, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .map(({ name, box }) => ({ name, top: Math.round(box.top), bottom: Math.round(box.bottom) })),
  );
}

test.describe('the header', () => {
  for (const width of [1024, 1280, 1600]) {
    test(`its tools fit on one line at ${width} px, the editor's button with them`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      const boxes = await toolBoxes(page);
      expect(boxes.map((b) => b.name)).toContain('tb-edit-button');
      expect(boxes.length).toBeGreaterThanOrEqual(4);
      // One line: every tool overlaps every other vertically.
      const lowestTop = Math.max(...boxes.map((b) => b.top));
      const highestBottom = Math.min(...boxes.map((b) => b.bottom));
      expect(lowestTop, JSON.stringify(boxes)).toBeLessThan(highestBottom);
      await expect(page.getByRole('button', { name: 'Edit / New dataset' })).toBeVisible();
      await page.locator('.tb-header').screenshot({ path: testInfo.outputPath(`header-${width}.png`) });
    });
  }

  test('at 1280 px the less-used tools are one click away, under "More options", and Escape folds them', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const importBills = page.getByRole('button', { name: 'Import bills…' });
    await expect(importBills).toBeHidden();
    await page.getByText('More options', { exact: true }).click();
    await expect(importBills).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download spreadsheets' })).toBeVisible();
    await expect(page.getByLabel('Theme')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(importBills).toBeHidden();
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

    test('"Edit / New dataset" sits in the folded "Dataset & options" menu', async ({ page }, testInfo) => {
      await page.goto('/');
      await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      const edit = page.getByRole('button', { name: 'Edit / New dataset' });
      await expect(edit).toBeHidden();
      await page.locator('.tb-header').screenshot({ path: testInfo.outputPath('header-375.png') });
      await page.getByText('Dataset & options', { exact: true }).click();
      await expect(edit).toBeVisible();
      await page.locator('.tb-header').screenshot({ path: testInfo.outputPath('header-375-open.png') });
      await edit.click();
      await expect(page.getByRole('complementary', { name: 'Editor' })).toBeVisible();
    });
  });
});

for (const width of [1280, 375])
  test(`while the page loads, the header keeps its height: the page below never moves down (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    // Every frame from the first: where the area under the header starts.
    await page.addInitScript(() => {
      const w = window as unknown as { __tops: number[] };
      w.__tops = [];
      const tick = () => {
        const main = document.querySelector('.tb-main');
        if (main) w.__tops.push(Math.round(main.getBoundingClientRect().top));
        if (w.__tops.length < 400) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    // The list of built-ins has arrived (on a phone the picker sits in the folded tools).
    await expect(page.getByRole('combobox', { name: 'Dataset', includeHidden: true })).toHaveValue('ca-2019-deadly-force');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const tops = await page.evaluate(() => (window as unknown as { __tops: number[] }).__tops);
    expect(new Set(tops)).toEqual(new Set([tops[tops.length - 1]]));
  });

test.describe('the search', () => {
  // A 13 MB session: fetching, validating and drawing it takes a while on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test("its results stay inside the window at every width, a session's long titles wrapped and cut short inside them", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/?dataset=mi-2019-2020');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
    const box = page.getByRole('combobox', { name: 'Search bills, provisions and stakeholders' });
    const list = page.getByRole('listbox', { name: 'Search results' });
    for (const width of [1600, 1280, 1024, 761, 760, 600, 375, 320]) {
      await page.setViewportSize({ width, height: 900 });
      for (const words of ['sports betting', 'tax']) {
        await box.fill(words);
        await expect(list.getByRole('option').first()).toBeVisible();
        const where = await list.evaluate((el) => {
          const r = el.getBoundingClientRect();
          const input = document.querySelector('.tb-search input')!.getBoundingClientRect();
          const rows = [...el.querySelectorAll('li')].map((li) => {
            const text = li.firstElementChild!;
            const line = parseFloat(getComputedStyle(li).lineHeight);
            return { overflows: li.scrollWidth > li.clientWidth, lines: Math.round(text.getBoundingClientRect().height / line) };
          });
          return {
            left: r.left,
            right: r.right,
            top: r.top,
            inputBottom: input.bottom,
            window: document.documentElement.clientWidth,
            rows,
          };
        });
        const says = `${width} px, "${words}": ${JSON.stringify(where)}`;
        expect(where.left, says).toBeGreaterThanOrEqual(8);
        expect(where.right, says).toBeLessThanOrEqual(where.window - 8);
        // Right under the box.
        expect(where.top, says).toBeGreaterThanOrEqual(where.inputBottom);
        expect(where.top, says).toBeLessThan(where.inputBottom + 12);
        // Each title wraps inside the list (no row runs past its right edge), three lines at most.
        expect(where.rows.length, says).toBeGreaterThan(0);
        for (const row of where.rows) {
          expect(row.overflows, says).toBe(false);
          expect(row.lines, says).toBeLessThanOrEqual(3);
        }
      }
      await box.fill('');
    }
    // At 1,280 px the list is aligned to the box's right edge.
    await page.setViewportSize({ width: 1280, height: 900 });
    await box.fill('sports betting');
    const [input, results] = [(await box.boundingBox())!, (await list.boundingBox())!];
    expect(Math.abs(input.x + input.width - (results.x + results.width))).toBeLessThan(1);
    // In a short window the list scrolls, and the option the arrows reach is scrolled into it.
    await page.setViewportSize({ width: 1280, height: 500 });
    for (let i = 0; i < 7; i++) await box.press('ArrowDown');
    const last = list.getByRole('option').last();
    await expect(last).toHaveAttribute('aria-selected', 'true');
    const [shown, option] = [(await list.boundingBox())!, (await last.boundingBox())!];
    expect(shown.y + shown.height).toBeLessThanOrEqual(500);
    expect(option.y).toBeGreaterThanOrEqual(shown.y);
    expect(option.y + option.height).toBeLessThanOrEqual(shown.y + shown.height + 1);
  });
});
