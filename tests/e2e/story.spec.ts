import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HOST_ORIGIN } from './helpers';
import { measureGraph } from './measureGraph';

test.describe('the story view', () => {
  test('stakeholders come grouped per bill and side; a click or Enter lists a group; the control and URL show all or none', async ({
    page,
  }) => {
    await page.goto('/');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    const group = graph.locator('g.tb-group[data-id="grp:ab392:back"]');
    await expect(group).toHaveAttribute('aria-label', /^\d+ (groups )?back AB 392, stakeholders/);
    await expect(graph.locator('g.tb-stakeholder')).toHaveCount(0);
    const closed = (await group.getAttribute('aria-label'))!.split(',')[0];
    await group.click();
    // It stays as the heading of the members listed right below it, and says it folds.
    await expect(group).toHaveAttribute('aria-label', `${closed}: listed below; fold them`);
    const members = graph.locator('g.tb-member[data-id^="in:ab392:"]');
    await expect(members.first()).toBeVisible();
    const [heading, first] = await Promise.all([group.boundingBox(), members.first().boundingBox()]);
    expect(first!.y).toBeGreaterThan(heading!.y);
    // Activated again, it folds them.
    await group.click();
    await expect(members).toHaveCount(0);
    await expect(group).toHaveAttribute('aria-label', /stakeholders: show each$/);
    await group.click();
    // A listed member opens the details of the stakeholder itself.
    await members.first().click();
    await expect(page).toHaveURL(/focus=[a-z0-9-]+/);
    await expect(page.getByTestId('details')).toBeVisible();
    // Enter on a group opens it too.
    const oppose = graph.locator('g.tb-group[data-id="grp:sb230:oppose"]');
    await oppose.focus();
    await page.keyboard.press('Enter');
    await expect(oppose).toHaveAttribute('aria-label', /listed below; fold them$/);
    await expect(graph.locator('g.tb-member[data-id^="in:sb230:"]').first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Stakeholders', exact: true }).selectOption('none');
    await expect(page).toHaveURL(/stakeholders=none/);
    await expect(graph.locator('g.tb-group, g.tb-stakeholder')).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Stakeholders', exact: true }).selectOption('all');
    await expect(page).toHaveURL(/stakeholders=all/);
    await expect(graph.locator('g.tb-stakeholder').first()).toBeAttached();
    await page.goBack();
    await expect(page).toHaveURL(/stakeholders=none/);
  });

  test('a focused stakeholder (from the URL) opens its group', async ({ page }) => {
    await page.goto('/?focus=weber');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    await expect(graph.locator('g.tb-member[data-id$=":weber"]').first()).toHaveAttribute('data-focus', 'true');
  });
});

test.describe('a what-if drawn as one', () => {
  for (const path of ['/?embed=1&scenario=ab392:failed', '/?renderer=svg&scenario=ab392:failed'])
    test(`tags the bill the scenario sets "what if", greys what falls with it, and keeps every word clear (${path})`, async ({ page }) => {
      for (const width of [320, 375, 768, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const graph = page.getByTestId('graph');
        await expect(graph).toHaveAttribute('data-layout', 'settled');
        await expect(graph.locator('g.tb-bill[data-id="ab392"]')).toHaveAttribute('data-assumed', 'true');
        // Only the bill the scenario sets: SB 230 falls with it, but what happens to it is not assumed.
        await expect(graph.locator('.tb-whatif:visible')).toHaveCount(1);
        await expect(graph.locator('g.tb-bill[data-id="sb230"]')).not.toHaveAttribute('data-assumed', 'true');
        await expect(graph.locator('g.tb-bill[data-id="ab392"]')).toHaveAttribute('aria-label', /^AB 392 failed what if/);
        // Both bills' provisions that were not struck fall with them.
        expect(await graph.locator('g.tb-provision[data-fallen="true"]').count()).toBeGreaterThanOrEqual(3);
        // The key says what the tag means (on a phone, once the folded key is opened).
        await expect(page.locator('.tb-whatif-key')).toHaveText('what if: set by the scenario, not the record');
        await expect(page.locator('.tb-whatif-key')).not.toHaveClass(/tb-key-unused/);
        // The tag is the scenario's mark, not words of the tie beside the box: in the page's accent
        // colour (its what-if question's), in a pill round its words.
        const tag = await graph.locator('.tb-whatif:visible').evaluate((g) => {
          const [text, pill] = [g.querySelector('text')!, g.querySelector('rect')!];
          const [t, p] = [text.getBoundingClientRect(), pill.getBoundingClientRect()];
          const probe = document.createElement('span');
          probe.style.color = 'var(--accent)';
          document.body.append(probe);
          const accent = getComputedStyle(probe).color;
          probe.remove();
          const middle = (t.top + t.bottom) / 2;
          return {
            words: getComputedStyle(text).fill === accent,
            outline: getComputedStyle(pill).stroke === accent,
            around: p.left < t.left && p.right > t.right && p.top < middle && p.bottom > middle,
          };
        });
        expect(tag, `${width}: the tag`).toEqual({ words: true, outline: true, around: true });
        const m = await measureGraph(page);
        expect(m.outside, `${width}: cut off`).toEqual([]);
        expect(m.overlaps, `${width}: overlapping labels`).toEqual([]);
        expect(m.crossings, `${width}: lines through labels`).toEqual([]);
        expect(m.smallest.other, `${width}: smallest label`).toBeGreaterThanOrEqual(12);
      }
      // Back to the record: no tag, nothing greyed.
      await page.getByRole('button', { name: 'Back to the record' }).click();
      await expect(page.getByTestId('graph').locator('[data-assumed="true"], [data-fallen="true"]')).toHaveCount(0);
      await expect(page.getByTestId('graph').locator('.tb-whatif:visible')).toHaveCount(0);
      // Its key keeps its place, unseen: the graph above it did not move.
      await expect(page.locator('.tb-whatif-key')).toHaveClass(/tb-key-unused/);
      await expect(page.locator('.tb-whatif-key')).toBeHidden();
    });
});

test.describe('the embed on a touch phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  test('gives touch hints, 44 px tap targets, and a legend folded to one line', async ({ page }) => {
    await page.goto('/?embed=1');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(page.locator('.tb-embed-hint')).toHaveText(
      /^Tap a bill to see why, a group to see who is in it\. Pinch with two fingers to zoom\.$/,
    );
    await expect(page.locator('.tb-embed-hint')).not.toContainText('Ctrl');
    // The what-if switches fold on a phone; their line, and each switch once open, is a target.
    const fold = page.locator('summary', { hasText: 'Try other what-ifs' });
    expect((await fold.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await fold.tap();
    await expect(page.locator('.tb-embed-control button')).toHaveCount(6);
    for (const button of await page.locator('.tb-embed-control button').all()) {
      const box = (await button.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    const legend = page.getByRole('group', { name: 'Legend' });
    await expect(legend).not.toHaveAttribute('open', '');
    const summary = (await legend.locator('summary').boundingBox())!;
    expect(summary.height).toBeLessThan(60);
    // Its line shows that it opens (a flex row loses the browser's own marker), and shows it open once tapped.
    const marker = () => legend.locator('summary').evaluate((el) => getComputedStyle(el, '::before').content);
    expect(await marker()).toBe('"▸"');
    await legend.locator('summary').tap();
    await expect(legend).toHaveAttribute('open', '');
    expect(await marker()).toBe('"▾"');
  });

  test('makes every link, button and row of the graph a 44 px tap target, its sources list and its groups opened too', async ({ page }) => {
    for (const width of [375, 320])
      for (const dataset of ['ca-2019-deadly-force', 'mi-2020-tied-to-vetoed']) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`/?embed=1&dataset=${dataset}`);
        const graph = page.getByTestId('graph');
        await expect(graph).toHaveAttribute('data-layout', 'settled');
        const title = JSON.parse(readFileSync(`public/data/${dataset}.json`, 'utf8')).title as string;
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        // A group opened: its people are listed, each on a row of their own.
        await graph.locator('g.tb-group').first().tap();
        await expect(graph.locator('g.tb-member').first()).toBeVisible();
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
        await expect(graph).toHaveAttribute('data-layout', 'settled');
        const small = () =>
          page.evaluate(() =>
            [...document.querySelectorAll('a[href], button, summary, [role="button"], label:has(> input)')].flatMap((el) => {
              const r = el.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) return [];
              return Math.min(r.width, r.height) < 44
                ? [`${el.tagName} "${el.textContent!.trim().slice(0, 30)}" ${r.width.toFixed(1)} x ${r.height.toFixed(1)}`]
                : [];
            }),
          );
        // The opened list grows the embed, which lays the story out again at its new height: what is
        // measured is the story once laid out there (a frame between may show the rows of the old box).
        await expect.poll(small, { message: `${dataset} at ${width} px` }).toEqual([]);
        expect(await graph.locator('g.tb-member').count(), `${dataset} at ${width} px`).toBeGreaterThan(0);
      }
  });

  test("a tapped node shows no browser focus ring boxing its row; a keyboard's focus keeps the page's ring", async ({ page }) => {
    await page.goto('/?embed=1');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    await graph.locator('g.tb-group[data-id="grp:ab392:back"]').tap();
    const ring = () =>
      page.evaluate(() => `${document.activeElement!.getAttribute('data-id')} ${getComputedStyle(document.activeElement!).outlineStyle}`);
    expect(await ring()).toBe('grp:ab392:back none');
    // From the keyboard: the walk moves focus and the page's ring shows it.
    await page.keyboard.press('ArrowDown');
    expect(await ring()).not.toMatch(/ none$/);
  });

  test("a tap on the empty ground, or on a group, puts a tapped bill's explanation away", async ({ page }) => {
    await page.goto('/?embed=1');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    const caption = page.getByTestId('node-caption');
    await graph.locator('g.tb-bill[data-id="sb230"]').tap();
    await expect(caption).toBeVisible();
    // The ground in the graph's corner, away from every card.
    await graph.tap({ position: { x: 3, y: 3 } });
    await expect(caption).toBeHidden();
    await graph.locator('g.tb-bill[data-id="sb230"]').tap();
    await expect(caption).toBeVisible();
    const group = graph.locator('g.tb-group[data-id="grp:sb230:oppose"]');
    await group.tap();
    await expect(caption).toBeHidden();
    await expect(graph.locator('g.tb-member[data-id^="in:sb230:"]').first()).toBeVisible();
  });

  for (const [name, path] of [
    ['the embed', '/?embed=1'],
    ['the app', '/?renderer=svg'],
  ]) {
    test(`${name} lays the story out once, at the height it asks the page for (no first fit to the old box)`, async ({ page }) => {
      await page.addInitScript(() => {
        const fits: string[] = [];
        Object.assign(window, { __fits: fits });
        new MutationObserver((records) => {
          // Only a camera in the page: the one priming draws out of sight and takes away in the same
          // task, while the data is on its way (graph/primeGraph), fits no view of this page.
          for (const r of records)
            if ((r.target as Element).classList.contains('tb-camera') && r.target.isConnected)
              fits.push((r.target as Element).getAttribute('transform')!);
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['transform'] });
      });
      await page.goto(path);
      await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      await page.waitForTimeout(500);
      const fits = await page.evaluate(() => (window as unknown as { __fits: string[] }).__fits);
      expect(fits).toHaveLength(1);
      expect(fits[0]).toBe(await page.getByTestId('graph').locator('g.tb-camera').getAttribute('transform'));
    });
  }

  test('after a pinch, a 44 px "Whole graph" button brings the whole story back', async ({ page }) => {
    await page.goto('/?embed=1');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    const camera = graph.locator('g.tb-camera');
    const fitted = (await camera.getAttribute('transform'))!;
    const whole = page.getByRole('button', { name: 'Whole graph' });
    await expect(whole).toHaveCount(0);
    // A tapped bill's explanation sits beside it, in the stage.
    await graph.locator('g.tb-bill[data-id="sb230"]').tap();
    const besideNode = page.locator('.tb-embed-stage [data-testid="node-caption"]');
    await expect(besideNode).toBeVisible();
    // Two fingers spreading apart on the graph, as the touch screen reports them.
    const box = (await graph.boundingBox())!;
    const [cx, cy] = [box.x + box.width / 2, Math.min(box.y + box.height / 2, 600)];
    const fingers = (d: number) => [
      { x: cx - d, y: cy, id: 0 },
      { x: cx + d, y: cy, id: 1 },
    ];
    const touch = await page.context().newCDPSession(page);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (const d of [30, 45, 60, 80]) await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(d) });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(camera).not.toHaveAttribute('transform', fitted);
    await expect(whole).toBeVisible();
    // The drawing moved under it: the explanation leaves the node for its place under the stage.
    await expect(besideNode).toHaveCount(0);
    await expect(page.getByTestId('node-caption')).toBeVisible();
    const b = (await whole.boundingBox())!;
    expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(44);
    await whole.tap();
    await expect(camera).toHaveAttribute('transform', fitted);
    await expect(whole).toHaveCount(0);
    await expect(besideNode).toBeVisible();
  });
});

test.describe('words inside their boxes', () => {
  for (const [path, width] of [
    ['/?renderer=svg', 1280],
    ['/?embed=1', 375],
    ['/?embed=1&dataset=mi-2020-tied-to-vetoed', 375],
    // Wide characters ("<", "=", "W") are cut sooner than letters.
    [`/?renderer=svg&dataset=${HOST_ORIGIN}/fixtures/hostile.json`, 1280],
  ] as const)
    test(`no word drawn runs past its box (${path} at ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      // Every look of every bill (the first frame draws each bill's own; the rest follow it).
      await page.waitForFunction(() =>
        [...document.querySelectorAll('g.tb-bill')].every((b) => b.querySelectorAll('.tb-look').length === 5),
      );
      const past = await page.evaluate(() =>
        [...document.querySelectorAll('g.tb-node')].flatMap((g) => {
          // Each box with its own words: a bill's looks, a provision's or a group's row.
          const pairs = [...g.querySelectorAll('.tb-look'), g].map((scope) => [
            scope.querySelector(':scope > rect.tb-shape'),
            scope.querySelector(':scope > text.tb-label'),
          ]);
          return pairs.flatMap(([rect, text]) => {
            if (!rect || !text || !text.textContent) return [];
            const [r, t] = [rect.getBoundingClientRect(), text.getBoundingClientRect()];
            const out = Math.max(r.left - t.left, t.right - r.right, r.top - t.top, t.bottom - r.bottom);
            return t.width > 0 && out > 0.5 ? [`${text.textContent} (${Math.round(out)} px out)`] : [];
          });
        }),
      );
      expect(past).toEqual([]);
    });

  test("a hatched bill's words sit on a halo of the hatch's ground: no hatch line shows between 'HB' and '5444'", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/?embed=1&dataset=mi-2020-tied-to-vetoed');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.waitForTimeout(300);
    // The space between the words, and a stretch of the box's ground left of them (CSS px on the page).
    const spots = await page.getByTestId('graph').evaluate((host) => {
      const look = [...host.querySelectorAll('g.tb-bill[data-id="hb5444"] .tb-look')].find((l) => getComputedStyle(l).opacity !== '0')!;
      const name = look.querySelector<SVGTSpanElement>('tspan.tb-name')!;
      const m = name.getScreenCTM()!;
      const space = name.getExtentOfChar(2);
      const shape = look.querySelector('rect')!.getBoundingClientRect();
      const [x, y] = [m.a * space.x + m.e, m.d * space.y + m.f];
      return {
        gap: {
          x: Math.round(x),
          y: Math.round(y + 2),
          width: Math.max(2, Math.round(m.a * space.width)),
          height: Math.round(m.d * space.height - 4),
        },
        ground: {
          x: Math.round(shape.left + 4),
          y: Math.round(y + 2),
          width: Math.round(m.a * space.width),
          height: Math.round(m.d * space.height - 4),
        },
      };
    });
    /** Pixels of the hatch's vermilion lines in a clip of the page. */
    const hatchIn = async (clip: { x: number; y: number; width: number; height: number }) =>
      page.evaluate(
        async (data) => {
          const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const c = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = c.getContext('2d')!;
          ctx.drawImage(bitmap, 0, 0);
          const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
          let n = 0;
          for (let i = 0; i < px.length; i += 4) if (px[i] > 170 && px[i + 1] > 50 && px[i + 1] < 150 && px[i + 2] < 90) n++;
          return n;
        },
        (await page.screenshot({ clip })).toString('base64'),
      );
    // The sampler sees the hatch where no words are, and none in the space between the words.
    expect(await hatchIn(spots.ground)).toBeGreaterThan(0);
    expect(await hatchIn(spots.gap)).toBe(0);
  });

  test("a provision's words run to a second line, in a box as tall as they are: SB 230's struck standard is named in full", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/?embed=1');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const struck = page.locator('g.tb-node[data-id="sb230-standard"]');
    await expect(struck.locator('text.tb-label tspan')).toHaveCount(2);
    await expect(struck.locator('text.tb-label')).toHaveText(/^SB 230's own use-of-force standard /);
    // Struck through line by line (shown once struck: it is, as recorded).
    await expect(struck.locator('line.tb-strike')).toHaveCount(2);
    // (A horizontal line has no height, so its style says whether it is drawn.)
    const shown = (id: string) =>
      page.locator(`g.tb-node[data-id="${id}"] line.tb-strike`).evaluateAll((ls) => ls.map((l) => getComputedStyle(l).visibility));
    expect(await shown('sb230-standard')).toEqual(['visible', 'visible']);
    expect(await shown('sb230-policies')).toEqual(['hidden', 'hidden']);
    const [a, b] = await struck.locator('text.tb-label tspan').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().top));
    expect(b - a).toBeGreaterThan(12);
  });
});

test("a listed person's name runs to a second line on a row as tall as it: PORAC is named, not cut after 'Research A…'", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/?embed=1');
  const graph = page.getByTestId('graph');
  await expect(graph).toHaveAttribute('data-layout', 'settled');
  await graph.locator('g.tb-group[data-id="grp:sb230:back"]').click();
  const porac = graph.locator('g.tb-member[data-id="in:sb230:porac"]');
  await expect(porac.locator('text.tb-label tspan')).toHaveCount(2);
  // Lit with the group opened to show them, not dimmed with the rest of the story, while the
  // pointer is on the group (a phone's tap leaves it there too).
  await page.mouse.move(0, 0);
  await graph.locator('g.tb-group[data-id="grp:sb230:back"]').hover();
  await expect(graph.locator('g.tb-group[data-id="grp:sb230:back"]')).not.toHaveAttribute('data-dim', 'true');
  await expect(porac).not.toHaveAttribute('data-dim', 'true');
  await expect(graph.locator('g.tb-node[data-id="ab392"]')).toHaveAttribute('data-dim', 'true');
  await expect(porac.locator('text.tb-label')).toHaveText(/^Peace Officers Research Association of California/);
  const [a, b] = await porac.locator('text.tb-label tspan').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()));
  expect(b.top - a.top).toBeGreaterThan(12);
  // Both lines on its row, and the row clear of the next person's.
  const row = (await porac.locator('rect.tb-row').boundingBox())!;
  expect(a.top).toBeGreaterThanOrEqual(row.y - 0.5);
  expect(b.bottom).toBeLessThanOrEqual(row.y + row.height + 0.5);
  const next = (await graph.locator('g.tb-member[data-id^="in:sb230:"]').evaluateAll((gs, id) => {
    const rows = gs.map((g) => g.querySelector('rect.tb-row')!.getBoundingClientRect()).sort((p, q) => p.top - q.top);
    const i = gs.findIndex((g) => g.getAttribute('data-id') === id);
    const mine = gs[i].querySelector('rect.tb-row')!.getBoundingClientRect();
    return rows.find((r) => r.top > mine.top) ?? null;
  }, 'in:sb230:porac'))!;
  expect(next.top).toBeGreaterThanOrEqual(row.y + row.height - 0.5);
});

test('the embed says how to use it for the pointer there is now: a screen that gains touch gets touch hints without a reload', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/?embed=1');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  const hint = page.locator('.tb-embed-hint');
  await expect(hint).toContainText('Ctrl + scroll');
  // As a tablet does when its keyboard comes off (DevTools' touch emulation: the pointer turns coarse).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await expect(hint).toHaveText('Tap a bill to see why, a group to see who is in it. Pinch with two fingers to zoom.');
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
  await expect(hint).toContainText('Click a bill to see why');
});

test("a what-if tag on the last card of a row keeps clear of the graph's edge", async ({ page }) => {
  // At 1,600 px the Michigan story's cards run in one row; the last card's bill is set by the scenario.
  await page.setViewportSize({ width: 1600, height: 800 });
  await page.goto('/?renderer=svg&dataset=mi-2020-tied-to-vetoed&scenario=sb1139:enacted,hb5443:enacted,sb1140:enacted,sb1138:enacted');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  const clear = await page.evaluate(() => {
    const right = document.querySelector('[data-testid="graph"]')!.getBoundingClientRect().right;
    const tags = [...document.querySelectorAll('.tb-whatif')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
    return tags.length === 4 ? Math.min(...tags.map((r) => right - r.right)) : NaN;
  });
  // The story's padding (10 px at zoom 1) is left whole.
  expect(clear).toBeGreaterThanOrEqual(8);
});

test.describe("a bill's subject beside its box", () => {
  /** Each bill's subject as drawn (its lines joined), with its box and its font size on screen, and its bill's and card's boxes. */
  const subjects = (page: import('@playwright/test').Page) =>
    page.getByTestId('graph').evaluate((host) =>
      [...host.querySelectorAll<SVGTextElement>('text.tb-subject')]
        .filter((t) => getComputedStyle(t).display !== 'none')
        .map((t) => {
          const bill = host.querySelector(`g.tb-bill[data-id="${t.dataset.id}"]`) as SVGGElement;
          const shape = [...bill.querySelectorAll('.tb-look')].find((l) => getComputedStyle(l).opacity !== '0')!.querySelector('rect')!;
          const r = t.getBoundingClientRect();
          const b = shape.getBoundingClientRect();
          const card = [...host.querySelectorAll('rect.tb-card')]
            .map((c) => c.getBoundingClientRect())
            .find((c) => c.left <= b.left && c.right >= b.right && c.top <= b.top && c.bottom >= b.bottom)!;
          return {
            id: bill.dataset.id!,
            words: t.textContent,
            // The bill's button is its box: the words beside it are not part of it (a tap at its centre lands on the box).
            button: bill.getBoundingClientRect().width - b.width,
            px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1),
            left: r.left - b.right,
            right: card.right - r.right,
            top: r.top - card.top,
          };
        }),
    );

  test('a phone shows what each bill is about, readable, right of its box and inside its card; SVG and canvas alike', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/?embed=1');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const drawn = await subjects(page);
    expect(drawn.map((s) => s.id).sort()).toEqual(['ab392', 'ab931', 'sb230']);
    expect(drawn.find((s) => s.id === 'sb230')!.words).toBe('Law enforcement: use of deadly force: training: policies');
    expect(drawn.find((s) => s.id === 'ab392')!.words).toBe('Peace officers: deadly force');
    for (const s of drawn) {
      expect(s.px, s.id).toBeGreaterThanOrEqual(12);
      expect(s.left, s.id).toBeGreaterThan(0);
      expect(s.right, s.id).toBeGreaterThanOrEqual(0);
      expect(s.top, s.id).toBeGreaterThanOrEqual(0);
      expect(s.button, s.id).toBeLessThan(8);
    }
    // In the card's quieter grey, not the ink of the words listed under it.
    const fills = await page
      .getByTestId('graph')
      .evaluate((host) =>
        [host.querySelector('text.tb-subject[data-id="sb230"]')!, host.querySelector('g.tb-group text.tb-label')!].map(
          (t) => getComputedStyle(t).fill,
        ),
      );
    expect(fills[0]).not.toBe(fills[1]);
    // Tapped, its explanation does not say the subject again over the words that show it.
    await page.locator('g.tb-node[data-id="sb230"]').click();
    await expect(page.getByTestId('node-caption')).toHaveText(/^SB\s230 takes effect/);
    await expect(page.getByTestId('node-caption-subject')).toHaveClass(/tb-visually-hidden/);
    await page.getByRole('button', { name: 'Close the explanation' }).click();
    // The canvas draws it in the same place: dark words on the card's light ground there.
    const at = await page.locator('text.tb-subject[data-id="sb230"]').boundingBox();
    await page.goto('/?embed=1&renderer=canvas');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.waitForTimeout(300);
    const inked = await page.getByTestId('graph').evaluate((host, box) => {
      const canvas = host.querySelector('canvas')!;
      const c = canvas.getBoundingClientRect();
      const d = canvas.width / c.width;
      const data = canvas
        .getContext('2d')!
        .getImageData(
          Math.round((box.x - c.left) * d),
          Math.round((box.y - c.top) * d),
          Math.round(box.width * d),
          Math.round(box.height * d),
        ).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 450) dark++;
      return dark / (data.length / 4);
    }, at!);
    expect(inked).toBeGreaterThan(0.03);
  });

  test('on the narrowest phone (320 px), a story with a lane left of its stack still says what each bill is about, at 12 px or more', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/?embed=1&dataset=mi-2020-tied-to-vetoed');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const drawn = await subjects(page);
    expect(drawn.map((s) => s.id).sort()).toEqual(['hb5443', 'hb5444', 'sb1138', 'sb1139', 'sb1140', 'sb897']);
    for (const s of drawn) {
      expect(s.px, s.id).toBeGreaterThanOrEqual(12);
      expect(s.left, s.id).toBeGreaterThan(0);
      expect(s.right, s.id).toBeGreaterThanOrEqual(0);
    }
  });

  test('cards side by side, where the ties run through that room, show no subject (the panel beside lists them)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/?renderer=svg');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    expect(await subjects(page)).toEqual([]);
  });
});
