import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { legiscanDir } from '../fixtures/legiscanData';

test.describe('a whole LegiScan session', () => {
  // 13 MB sessions: fetching, validating and drawing them takes a while on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test('opens on demand, and the finder shows the laws that cannot take effect, with the bill that sank them', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    // Sessions are listed, not fetched, until chosen.
    expect(requested.filter((p) => p.includes('mi-2019-2020'))).toEqual([]);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-renderer', 'svg');
    // The story's SVG view is replaced by canvas, and is never handed the session on the way (that
    // held the page for seconds): record what the SVG view is given from here on.
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid="graph"]') as unknown as {
        tiebarView: { setData: (s: { nodes: unknown[] }) => void };
      };
      const w = window as unknown as { __svgGiven: number[] };
      w.__svgGiven = [];
      const view = el.tiebarView;
      const setData = view.setData.bind(view);
      view.setData = (s) => {
        w.__svgGiven.push(s.nodes.length);
        setData(s);
      };
    });
    await page.getByLabel('Dataset').selectOption('mi-2019-2020');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Michigan 2019-2020: the whole session (LegiScan)', {
      timeout: 60_000,
    });
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
    // Its tied bills only, on canvas: 2,500 lines are past what SVG restyles quickly on focus.
    await expect(page.getByTestId('graph')).toHaveAttribute('data-renderer', 'canvas');
    expect(await page.evaluate(() => (window as unknown as { __svgGiven: number[] }).__svgGiven)).toEqual([]);
    const stuck = page.getByTestId('finder-inoperative');
    await expect(stuck.locator('summary')).toContainText('Enacted but cannot take effect');
    const row = stuck.locator('li[data-bill="hb5444"]');
    await expect(row).toContainText('HB 5444 was signed on 8 Oct 2020 but can never take effect');
    await expect(row).toContainText('HB 5443 was vetoed');
    await expect(row.getByRole('link').first()).toHaveAttribute('href', 'https://legiscan.com/MI/bill/HB5444/2019');
    await row.getByRole('button', { name: 'HB 5444' }).click();
    await expect(page).toHaveURL(/focus=hb5444/);
    // The bill is brought into view at a zoom its words read at (not left a dot in the whole session).
    const seen = () =>
      page.getByTestId('graph').evaluate((el) => {
        type V = {
          positions: () => ReadonlyMap<string, { x: number; y: number }>;
          screenPoint: (id: string) => { x: number; y: number } | null;
        };
        const view = (el as unknown as { tiebarView: V }).tiebarView;
        const pos = view.positions();
        const other = [...pos.keys()].find(
          (id) => id !== 'hb5444' && Math.hypot(pos.get(id)!.x - pos.get('hb5444')!.x, pos.get(id)!.y - pos.get('hb5444')!.y) > 50,
        )!;
        const [a, b] = [view.screenPoint('hb5444')!, view.screenPoint(other)!];
        const [pa, pb] = [pos.get('hb5444')!, pos.get(other)!];
        const box = el.getBoundingClientRect();
        return {
          zoom: Math.hypot(a.x - b.x, a.y - b.y) / Math.hypot(pa.x - pb.x, pa.y - pb.y),
          inside: a.x > 0 && a.y > 0 && a.x < box.width && a.y < box.height,
        };
      });
    await expect.poll(async () => (await seen()).zoom, { timeout: 5_000 }).toBeGreaterThanOrEqual(0.99);
    expect((await seen()).inside).toBe(true);
    // Zoomed in, "Whole graph" brings the session back; a node tapped there is not zoomed to (the
    // graph does not move under the reader's finger).
    await page.getByRole('button', { name: 'Whole graph' }).click();
    await expect.poll(async () => (await seen()).zoom).toBeLessThan(0.5);
    const fitted = (await seen()).zoom;
    const graph = page.getByTestId('graph');
    const [box, at] = [
      (await graph.boundingBox())!,
      await graph.evaluate((el) =>
        (el as unknown as { tiebarView: { screenPoint: (id: string) => { x: number; y: number } } }).tiebarView.screenPoint('hb5444'),
      ),
    ];
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect(page).not.toHaveURL(/focus=/);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await expect(page).toHaveURL(/focus=/);
    await page.waitForTimeout(600);
    expect((await seen()).zoom).toBeCloseTo(fitted, 5);
    await page.getByTestId('finder-packages').locator('summary').click();
    await expect(page.getByTestId('finder-packages').locator('li').first()).toHaveAttribute('data-size', /^\d{2,}$/);
  });

  test('on a 1,024 x 768 laptop a focused bill and the bill it is tied to show beside its details, which leave the graph room for both', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/?debug=1&dataset=mi-2023-2024&focus=hb4639');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
    const panel = (await page.locator('.tb-details').boundingBox())!;
    const box = (await graph.boundingBox())!;
    // 26rem of a 609 px graph left it 193 px, and HB 4638 behind the details: they now leave it 23rem.
    expect(panel.width).toBeLessThanOrEqual(box.width / 2);
    expect(panel.x + panel.width).toBeCloseTo(box.x + box.width, 0);
    type View = { screenPoint: (id: string) => { x: number; y: number } | null };
    const at = (id: string) => graph.evaluate((el, id) => (el as unknown as { tiebarView: View }).tiebarView.screenPoint(id), id);
    await expect
      .poll(async () => {
        const [a, b] = [await at('hb4639'), await at('hb4638')];
        return [a, b].every((p) => p !== null && p.x > 20 && p.y > 10 && p.y < box.height - 10 && box.x + p.x < panel.x - 20);
      })
      .toBe(true);
  });

  test("draws a session's ties without its sponsors' lines, each one on request, and a focused bill with the bill it is tied to", async ({
    page,
  }) => {
    // 1,500 px: the graph is 1,100 wide, the details panel covers its right 416.
    await page.setViewportSize({ width: 1500, height: 900 });
    await page.goto('/?debug=1&dataset=mi-2023-2024&focus=hb4639');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
    await expect(graph).toHaveAttribute('data-renderer', 'canvas');
    await expect(page.getByLabel('Stakeholders', { exact: true })).toHaveValue('none');
    type View = { positions: () => ReadonlyMap<string, unknown>; screenPoint: (id: string) => { x: number; y: number } | null };
    const drawnPeople = () =>
      graph.evaluate((el) => {
        const people = new Set(
          (
            window as unknown as { __tiebar: { store: { getState: () => { dataset: { stakeholders: Array<{ id: string }> } } } } }
          ).__tiebar.store
            .getState()
            .dataset.stakeholders.map((s) => s.id),
        );
        return [...(el as unknown as { tiebarView: View }).tiebarView.positions().keys()].filter((id) => people.has(id)).length;
      });
    expect(await drawnPeople()).toBe(0);
    // HB 4639 can never take effect because of HB 4638: both are in view, left of the details panel.
    const panel = (await page.locator('.tb-details').boundingBox())!;
    const box = (await graph.boundingBox())!;
    const at = (id: string) => graph.evaluate((el, id) => (el as unknown as { tiebarView: View }).tiebarView.screenPoint(id), id);
    await expect
      .poll(async () => {
        const [a, b] = [await at('hb4639'), await at('hb4638')];
        return [a, b].every((p) => p !== null && p.x > 40 && p.y > 20 && p.y < box.height - 20 && box.x + p.x < panel.x - 40);
      })
      .toBe(true);
    // Hovered, a node names itself and its outcome (a session's nodes are mostly too small for their words).
    const hb4638 = (await at('hb4638'))!;
    await page.mouse.move(box.x + hb4638.x, box.y + hb4638.y);
    await expect(graph.locator('canvas')).toHaveAttribute('title', /^HB 4638 failed/);
    // A wheel zoom moves the drawing under the still pointer: the node is no longer lit, nor named.
    await page.mouse.wheel(0, 200);
    await expect(graph.locator('canvas')).toHaveAttribute('title', '');
    await page.mouse.move(box.x + 5, box.y + 5);
    // A sponsor found by the search is not drawn here: the graph goes to the tied bills they sponsor
    // (SB 86 first, tied to SB 85), at a zoom their names read at, left of the details panel.
    await page.getByRole('button', { name: 'Whole graph' }).click();
    const zoom = () =>
      graph.evaluate((el) => {
        const view = (el as unknown as { tiebarView: View }).tiebarView;
        const pos = view.positions() as ReadonlyMap<string, { x: number; y: number }>;
        const [a, b] = [view.screenPoint('sb86')!, view.screenPoint('sb85')!];
        return (
          Math.hypot(a.x - b.x, a.y - b.y) / Math.hypot(pos.get('sb86')!.x - pos.get('sb85')!.x, pos.get('sb86')!.y - pos.get('sb85')!.y)
        );
      });
    await expect.poll(zoom).toBeLessThan(0.5);
    const search = page.getByRole('combobox', { name: 'Search bills, provisions and stakeholders' });
    await search.fill('Samir Singh');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
    await expect(page).toHaveURL(/focus=samir-singh/);
    await expect.poll(zoom).toBeGreaterThanOrEqual(0.99);
    const sb86 = (await at('sb86'))!;
    expect(sb86.x > 40 && sb86.y > 20 && sb86.y < box.height - 20 && box.x + sb86.x < panel.x - 40, JSON.stringify(sb86)).toBe(true);
    await page.getByLabel('Stakeholders', { exact: true }).selectOption('each one');
    await expect(page).toHaveURL(/stakeholders=all/);
    await expect.poll(drawnPeople, { timeout: 30_000 }).toBeGreaterThan(100);
  });

  test('a tie between bills that are not neighbours runs above the row, not behind the bill between them', async ({ page }) => {
    // HB 4638's package in a row: HB 4639, HB 4638, HB 4640, HB 4641. HB 4641 is tied to HB 4638,
    // not to HB 4640: drawn straight, its line ran behind HB 4640 and read as a tie to it.
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto('/?dataset=mi-2023-2024&focus=hb4638');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
    await expect(graph).toHaveAttribute('data-renderer', 'canvas');
    await page.getByRole('button', { name: 'Close details' }).click();
    /** The darkest channel value on the canvas in a 9-pixel strip across `at` (CSS px from the graph's top left), over `rows` rows. */
    const darkest = (at: { x: number; y: number }, rows = 1) =>
      graph.evaluate(
        (el, [x, y, rows]) => {
          const d = window.devicePixelRatio;
          const data = el
            .querySelector('canvas')!
            .getContext('2d')!
            .getImageData(Math.round(x * d) - 4, Math.round(y * d), 9, Math.max(1, Math.round(rows * d))).data;
          let min = 255;
          for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0) min = Math.min(min, data[i], data[i + 1], data[i + 2]);
          return min;
        },
        [at.x, at.y, rows] as const,
      );
    type View = {
      positions: () => ReadonlyMap<string, { x: number; y: number }>;
      screenPoint: (id: string) => { x: number; y: number } | null;
    };
    const where = () =>
      graph.evaluate((el) => {
        const view = (el as unknown as { tiebarView: View }).tiebarView;
        const [a, b] = [view.screenPoint('hb4640')!, view.screenPoint('hb4641')!];
        const k = (b.x - a.x) / (view.positions().get('hb4641')!.x - view.positions().get('hb4640')!.x);
        return { a, b, k };
      });
    // Once the reveal's glide has ended: the same view two frames apart.
    await expect
      .poll(async () => {
        const before = JSON.stringify(await where());
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        return JSON.stringify(await where()) === before;
      })
      .toBe(true);
    const { a, b, k } = await where();
    expect(a.y).toBe(b.y);
    expect(k).toBeGreaterThan(0.5);
    // Halfway between HB 4640 and HB 4641, level with them: nothing drawn (no tie joins them).
    expect(await darkest({ x: (a.x + b.x) / 2, y: a.y })).toBe(255);
    // Above them, between a box's top (26 units over its centre) and 60 units over it: HB 4641's tie on its lane.
    expect(await darkest({ x: (a.x + b.x) / 2, y: a.y - 60 * k }, 34 * k)).toBeLessThan(120);

    // The SVG draws the same route: up from HB 4641's top, along the lane, down into HB 4638's top.
    await page.goto('/?dataset=mi-2023-2024&focus=hb4638&renderer=svg');
    await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
    await expect(graph).toHaveAttribute('data-renderer', 'svg');
    const d = await graph.locator('g.tb-edge[data-id="tiebar-hb4641"] path').getAttribute('d');
    const points = [...d!.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    expect(points.length).toBe(4);
    const pos = await graph.evaluate((el) => Object.fromEntries((el as unknown as { tiebarView: View }).tiebarView.positions()));
    expect(points[0].y).toBe(pos.hb4641.y - 26);
    expect(points[3].y).toBe(pos.hb4638.y - 26);
    expect(points[1].y).toBe(points[2].y);
    expect(points[1].y).toBeLessThan(pos.hb4640.y - 26);
  });

  for (const [width, height] of [
    [1280, 900],
    [1600, 1000],
  ])
    test(`opens whole at ${width} px: every tied bill in the graph's box once the page has settled, and no "Whole graph" to press`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?dataset=mi-2019-2020');
      const graph = page.getByTestId('graph');
      await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
      await expect(page.getByTestId('scenario-summary')).toBeVisible();
      await page.waitForTimeout(1000);
      const outside = await graph.evaluate((el) => {
        type View = { positions: () => Map<string, unknown>; screenPoint: (id: string) => { x: number; y: number } | null };
        const view = (el as unknown as { tiebarView: View }).tiebarView;
        const box = el.getBoundingClientRect();
        return [...view.positions().keys()].filter((id) => {
          const p = view.screenPoint(id);
          return !p || p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height;
        }).length;
      });
      expect(outside).toBe(0);
      await expect(page.getByRole('button', { name: 'Whole graph' })).toHaveCount(0);
    });

  test("a what-if asked of a session's bill goes to it in the graph, with what it takes down, and says why", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/?dataset=mi-2019-2020');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
    const question = page
      .locator('.tb-summary')
      .getByRole('button', { name: /^What if / })
      .first();
    const asked = (await question.textContent())!;
    await question.click();
    await expect(page.getByTestId('scenario-summary')).toHaveText(/^If /);
    await expect(page).toHaveURL(/focus=[a-z0-9]+/);
    const bill = new URL(page.url()).searchParams.get('focus')!;
    expect(asked.replace(/\s+/g, '').toLowerCase()).toContain(bill);
    // Drawn at reading size, inside the graph's box, left of the details that now explain it.
    await expect(page.locator('.tb-details')).toContainText(/in this scenario/i);
    await expect
      .poll(() =>
        graph.evaluate((el, id) => {
          const view = (
            el as unknown as { tiebarView: { screenPoint: (id: string) => { x: number; y: number } | null; shownRegion: () => unknown } }
          ).tiebarView;
          const p = view.screenPoint(id);
          const box = el.getBoundingClientRect();
          return p !== null && view.shownRegion() !== null && p.x > 0 && p.y > 0 && p.x < box.width && p.y < box.height;
        }, bill),
      )
      .toBe(true);
  });

  test("a second what-if chosen in the sidebar goes to its bill, left of the details, from the first's package", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/?dataset=mi-2023-2024&scenario=hb4641:enacted&focus=hb4641');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
    await page.getByLabel('Find a bill').fill('HB 4006');
    await page.locator('fieldset[data-bill="hb4006"]').getByLabel('Fails').check();
    await expect(page).toHaveURL(/scenario=hb4006:failed,hb4641:enacted&focus=hb4006/);
    await expect(page.locator('.tb-details')).toContainText('HB 4006');
    // In the part of the graph the details leave clear (it was slid to the right edge, under them).
    await expect
      .poll(() =>
        graph.evaluate((el) => {
          const view = (el as unknown as { tiebarView: { screenPoint: (id: string) => { x: number; y: number } | null } }).tiebarView;
          const p = view.screenPoint('hb4006');
          const box = el.getBoundingClientRect();
          const details = document.querySelector('.tb-details')!.getBoundingClientRect();
          return p !== null && p.x > 60 && p.y > 30 && box.left + p.x + 60 < details.left && p.y < box.height - 30;
        }),
      )
      .toBe(true);
  });

  test('scrubbing to the first day and back, and a what-if and back, never move the graph back and forth', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/?dataset=mi-2019-2020');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled', { timeout: 30_000 });
    const where = async () => {
      const b = (await graph.boundingBox())!;
      return [Math.round(b.y), Math.round(b.height)];
    };
    const opened = await where();
    const slider = page.getByRole('slider').first();
    await slider.focus();
    // Its first day: no tie yet, few outcomes drawn, no positions: the key keeps its places.
    await page.keyboard.press('Home');
    await expect(page.getByTestId('scenario-summary')).toHaveText(/^No bill here hangs on another: /);
    expect(await where()).toEqual(opened);
    await page.keyboard.press('End');
    await expect(page.getByTestId('scenario-summary')).not.toHaveText(/^No bill here hangs/);
    expect(await where()).toEqual(opened);
    // A longer story may take more room once; going back does not give it back and forth.
    await page
      .locator('.tb-stage-bar')
      .getByRole('button', { name: /^What if/ })
      .first()
      .click();
    await expect(page.getByTestId('scenario-summary')).toHaveText(/^If /);
    const asked = await where();
    await page.getByRole('button', { name: 'Back to the record' }).click();
    await expect(page.getByTestId('scenario-summary')).not.toHaveText(/^If /);
    expect(await where()).toEqual(asked);
  });

  test('the finder lists a bill passed but not signed that a dead bill holds back, and a bill left with the Governor shows that step', async ({
    page,
  }) => {
    await page.goto('/?dataset=mi-2023-2024');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
    const stuck = page.getByTestId('finder-inoperative');
    await expect(stuck.locator('summary')).toContainText('Enacted or passed, but cannot take effect');
    const row = stuck.locator('li[data-bill="hb5818"]');
    await expect(row).toContainText('HB 5818 passed both chambers on 20 Dec 2024 but has not been signed');
    await expect(row).toContainText('HB 5317 died on 31 Dec 2024');
    // HB 4096 was ordered enrolled on the record's last day: its details say so, not the Senate's vote before.
    await page.goto('/?dataset=mi-2023-2024&focus=hb4096');
    await expect(page.getByTestId('details')).toContainText('last step on 31 Dec 2024: Bill Ordered Enrolled 12/23/2024', {
      timeout: 60_000,
    });
  });

  test('the scenario finder finds bills by sponsor and title words', async ({ page }) => {
    await page.goto('/?dataset=mi-2019-2020');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Michigan 2019-2020: the whole session (LegiScan)', {
      timeout: 60_000,
    });
    const find = page.getByLabel('Find a bill');
    await find.fill('caregiver navigator');
    await expect(page.locator('fieldset[data-bill="hb5444"]')).toBeVisible();
    await find.fill('Frank Liberati');
    await expect(page.locator('fieldset[data-bill="hb5444"]')).toBeVisible();
  });

  test("LegiScan's CSV files import in the app's worker, credited, with the tie-bars typed", async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const dir = join(legiscanDir(), '2019-2020');
    await page
      .getByTestId('import-input')
      .setInputFiles(['bills.csv', 'history.csv', 'sponsors.csv', 'people.csv'].map((f) => join(dir, f)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Michigan 2019-2020: 4,448 bills from LegiScan', { timeout: 60_000 });
    await expect(page.getByTestId('notice').filter({ hasText: 'Imported 4,448 bills from 4 files' })).toBeVisible();
    // The ties were read from the titles' "TIE BAR WITH" lists, not from any bill's text.
    await expect(page.getByTestId('notice').filter({ hasText: 'Imported 4,448 bills' })).toContainText(
      `ties in the bills' titles ("TIE BAR WITH …")`,
    );
    await expect(page.getByTestId('finder-inoperative').locator('li[data-bill="sb897"]')).toContainText(
      'and all three were pocket-vetoed on 5 Jan 2021',
    );
  });
});
