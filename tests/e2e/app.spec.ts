import { expect, test, type Response } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

test.describe('the app around the graph', () => {
  test('a scenario survives "Copy link" into a new page', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?asOf=2019-04-24');
    await page
      .getByRole('group', { name: /^AB 392/ })
      .getByRole('radio', { name: 'Fails' })
      .check();
    await page.getByTestId('graph').locator('g.tb-node[data-id="sb230"]').click();
    await expect(page.getByTestId('details')).toContainText('SB 230 cannot take effect, even if it becomes law');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('scenario=ab392:failed');
    expect(link).toContain('asOf=2019-04-24');
    expect(link).toContain('focus=sb230');

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByRole('group', { name: /^AB 392/ }).getByRole('radio', { name: 'Fails' })).toBeChecked();
    await expect(other.getByTestId('graph').locator('g.tb-node[data-id="sb230"]')).toHaveAttribute('data-outcome', 'inoperative');
    await expect(other.getByTestId('as-of')).toHaveText('As of 24 Apr 2019');
    await expect(other.getByTestId('details')).toContainText('SB 230: Law enforcement: use of deadly force');
  });

  test('back and forward step through scenario and view changes', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.getByRole('button', { name: 'What if AB 392 had failed?' }).click();
    await expect(page).toHaveURL(/scenario=ab392:failed/);
    await page.getByRole('button', { name: 'Table' }).click();
    await expect(page).toHaveURL(/view=table/);
    await page.goBack();
    await expect(page.getByTestId('graph')).toBeVisible();
    await expect(page.getByTestId('scenario-summary')).toHaveText(
      'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    );
    await page.goBack();
    await expect(page.getByTestId('scenario-summary')).toHaveText('SB 230 takes effect only because AB 392 became law.');
    await page.goForward();
    await expect(page.getByTestId('scenario-summary')).toHaveText(
      'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    );
  });

  test('back and forward restore the dataset and the renderer with the scenario', async ({ page }) => {
    await page.goto('/?scenario=ab392:failed&renderer=canvas');
    await expect(page.getByTestId('scenario-summary')).toHaveText(
      'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    );
    await page.getByLabel('Dataset').selectOption('mi-2020-tied-to-vetoed');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Michigan 2020: laws signed, but tied to bills that were vetoed');
    await expect(page).toHaveURL(/dataset=mi-2020-tied-to-vetoed/);
    // Switching starts afresh: no complaint that the old scenario's bills are not in this one.
    await expect(page.getByTestId('notice')).toHaveCount(0);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    await expect(page.getByTestId('scenario-summary')).toHaveText(
      'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    );
    await expect(page.getByLabel('Dataset')).toHaveValue('ca-2019-deadly-force');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-renderer', 'canvas');
    await expect(page).toHaveURL(/\?scenario=ab392:failed&renderer=canvas$/);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Michigan 2020: laws signed, but tied to bills that were vetoed');
    await expect(page).toHaveURL(/dataset=mi-2020-tied-to-vetoed/);
  });

  for (const embed of [false, true]) {
    test(`a date no record reaches yet shows the latest record, with a notice saying why${embed ? ' (embed)' : ''}`, async ({ page }) => {
      await page.goto(`/?asOf=2199-01-01${embed ? '&embed=1' : ''}`);
      await expect(page.getByTestId('notice').filter({ hasText: 'asOf "2199-01-01" is after today' })).toContainText(
        "and after the dataset's last moment (1 Jan 2020): no record reaches it yet; showing the latest record instead",
      );
      await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      await expect(page.getByTestId('graph').locator('g.tb-node[data-id="sb230"]')).toHaveAttribute('data-outcome', 'enacted');
      if (!embed) {
        await expect(page.getByTestId('as-of')).toHaveText('Latest record');
        await expect(page).not.toHaveURL(/asOf=/);
      }
    });
  }

  test('a bad renderer gives a notice naming it, and the graph is drawn by size', async ({ page }) => {
    await page.goto('/?renderer=webgl&scenario=ab392:failed');
    await expect(
      page.getByTestId('notice').filter({ hasText: 'renderer "webgl" is not "svg" or "canvas"; choosing by size' }),
    ).toBeVisible();
    await expect(page.getByTestId('graph')).toHaveAttribute('data-renderer', 'svg');
    await expect(page.getByTestId('graph').locator('g.tb-node[data-id="sb230"]')).toHaveAttribute('data-outcome', 'inoperative');
    // The address is tidied once the graph has painted (after the frame, in an idle period).
    await expect(page).not.toHaveURL(/renderer=/);
  });

  test('the timeline plays the story: the tie appears on 23 Apr 2019', async ({ page }) => {
    await page.clock.install();
    await page.goto('/?asOf=2019-04-11');
    const tie = page.getByTestId('graph').locator('g.tb-edge[data-kind="contingent-enactment"]');
    await expect(tie).toHaveAttribute('data-present', 'false');
    await expect(page.getByTestId('graph').locator('g.tb-node[data-id="sb230-standard"]')).toHaveAttribute('data-struck', 'false');
    // Playing, the button shows a pause sign in its own width: the slider beside it does not move.
    const slider = page.getByRole('slider', { name: 'Date' });
    const before = (await slider.boundingBox())!;
    await page.getByRole('button', { name: 'Play the story' }).click();
    await expect(page.getByRole('button', { name: 'Pause the story' })).toBeVisible();
    expect((await slider.boundingBox())!.x).toBe(before.x);
    await page.clock.runFor(2300);
    await expect(page.getByTestId('as-of')).toHaveText('As of 23 Apr 2019');
    await expect(page.getByTestId('captions')).toContainText('Tie made: SB 230 now depends on AB 392 becoming law');
    await expect(tie).toHaveAttribute('data-present', 'true');
    await expect(page.getByTestId('graph').locator('g.tb-node[data-id="sb230-standard"]')).toHaveAttribute('data-struck', 'true');
    await page.clock.runFor(2300);
    await expect(page.getByTestId('as-of')).toHaveText('As of 30 Apr 2019');
    await page.getByRole('button', { name: 'Pause the story' }).click();
  });

  test('with a node focused, the details panel sits beside the table, not over its columns', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/?focus=sb230&view=table');
    const details = page.getByTestId('details');
    await expect(details).toBeVisible();
    const panel = (await details.boundingBox())!;
    const why = (await page.getByRole('columnheader', { name: /Why/ }).boundingBox())!;
    expect(why.x + why.width).toBeLessThanOrEqual(panel.x + 1);
  });

  test('Escape closes the details wherever the keyboard is, except in a field typed in', async ({ page }) => {
    await page.goto('/?focus=ab392');
    const details = page.getByTestId('details');
    await expect(details).toBeVisible();
    // In the search box, Escape clears what was typed, and the details stay.
    const search = page.getByRole('combobox', { name: 'Search bills, provisions and stakeholders' });
    await search.fill('SB');
    await search.press('Escape');
    await expect(search).toHaveValue('');
    await expect(details).toBeVisible();
    // On a link in the panel: the panel closes, and the keyboard lands on the graph, not the page's start.
    await details.getByRole('link').first().focus();
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    await expect(page).not.toHaveURL(/focus=/);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="graph"]') !== null)).toBe(true);
    // On a control in the sidebar (a what-if's choice).
    await page.goto('/?focus=sb230');
    await expect(details).toBeVisible();
    await page.getByRole('radio').first().focus();
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
  });

  test('the table downloads as CSV', async ({ page }) => {
    await page.goto('/?view=table&scenario=ab392:failed');
    await expect(page.getByTestId('outcome-sb230')).toHaveText('inoperative');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('ca-2019-deadly-force-if-ab392-failed-bills.csv');
    // A byte order mark first, so Excel reads the file as UTF-8.
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\n');
    expect(lines[0]).toBe('Bill,Title,Outcome,Recorded outcome,Why');
    expect(lines).toContain(
      'SB 230,Law enforcement: use of deadly force: training: policies,inoperative,enacted,"SB 230 was signed on 12 Sep 2019 but can never take effect: since 23 Apr 2019 it has depended on AB 392 becoming law, and in this scenario AB 392 fails."',
    );
    // The links' CSV carries what becomes of the bills at each end: no join with the bills' table.
    await page.getByRole('tab', { name: 'Links' }).click();
    const [links] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(links.suggestedFilename()).toBe('ca-2019-deadly-force-if-ab392-failed-links.csv');
    const rows = readFileSync(await links.path(), 'utf8')
      .slice(1)
      .split('\n');
    expect(rows[0]).toBe('From,From outcome,Kind,To,To outcomes,Made,Clause');
    expect(rows.find((r) => r.startsWith('SB 230,'))).toMatch(/^SB 230,inoperative,operative only if,AB 392,failed,23 Apr 2019,/);
  });

  for (const [name, url] of [
    ['graph', '/?scenario=ab392:failed'],
    ['table', '/?view=table&scenario=ab392:failed'],
    ['details', '/?focus=sb230&scenario=ab392:failed'],
    ['dark graph', '/?theme=dark&focus=ab392'],
    ['embed', '/?embed=1&scenario=ab392:failed'],
    ['embed table', '/?embed=1&view=table'],
  ] as const) {
    test(`no accessibility violations (axe-core): ${name}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
      if (!name.includes('table')) await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  for (const url of [
    '/?scenario=ab392:failed',
    '/?embed=1',
    '/?stakeholders=all&scenario=ab392:failed',
    '/?dataset=mi-2020-tied-to-vetoed',
    '/?embed=1&dataset=mi-2019-2020',
  ]) {
    test(`accessible names contain the words drawn (WCAG 2.5.3): ${url}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      await expect(page.locator('g.tb-node[aria-label]').first()).toBeAttached();
      // axe's rule is experimental (off by default): run it on its own.
      const results = await new AxeBuilder({ page })
        .withRules(['label-content-name-mismatch'])
        .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(results.passes.map((p) => p.id)).toContain('label-content-name-mismatch');
    });
  }

  test("every word on the page is drawn in the page's own font: none sends the browser through its fallback fonts", async ({ page }) => {
    // A character the font lacks (the old logo, "⟜") makes the browser try every family on the page's
    // list, then the system's fallback, on its first layout: tens of lookups before the first frame.
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'body *' });
    const families = new Map<string, string>();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const font of fonts) {
        if (families.has(font.familyName)) continue;
        const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
        families.set(font.familyName, outerHTML.slice(0, 80));
      }
    }
    // One family draws the whole page (where each other one was first used, if any).
    expect([...families].map(([family, where]) => `${family}: ${where}`)).toHaveLength(1);
  });

  for (const width of [375, 1280]) {
    test(`screenshot at ${width} px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: width < 500 ? 812 : 800 });
      await page.goto('/?scenario=ab392:failed&focus=sb230');
      await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await page.screenshot({ path: testInfo.outputPath(`app-${width}.png`), fullPage: true });
    });
  }
});

test('opening the app downloads no schema library, zip code or editor: each loads when first needed', async ({ page }) => {
  const scripts: Array<Promise<string>> = [];
  const collect = (r: Response) => {
    if (r.request().resourceType() === 'script') scripts.push(r.text());
  };
  page.on('response', collect);
  await page.goto('/');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  // Stop collecting before the editor is opened: a script read still pending when the test ends fails it.
  page.off('response', collect);
  const code = (await Promise.all(scripts)).join('\n');
  expect(code).toContain('Whole graph'); // the graph's own code was seen
  expect(code).not.toContain('$ZodType'); // zod: the dataset passed the quick check
  expect(code).not.toContain('invalid zip data'); // fflate: publishing and sheet downloads only
  expect(code).not.toContain('New source address'); // the editor
  // The editor still opens, with its code loaded then.
  await page.getByRole('button', { name: 'Edit / New dataset' }).click();
  await expect(page.getByRole('button', { name: 'New dataset' })).toBeVisible();
});

test('on a page served from this computer, Embed and Copy link say that readers cannot open its address, and what to do', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const note = page.locator('dialog[open]').getByTestId('local-address');
  await expect(note).toContainText('Readers cannot open this address.');
  await expect(note).toContainText(`Tiebar is running at ${new URL(page.url()).origin}`);
  await expect(note).toContainText('Publish Tiebar where readers can reach it');
  await page.locator('dialog[open]').getByRole('button', { name: 'Close' }).click();
  // Copy link on a built-in copies at once, and says so beside the button.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByTestId('local-address')).toHaveText('Copied, but readers cannot open it: the address is on this computer.');
  // A dataset only in this browser: the note points to the bundle the dialog offers.
  await page.getByTestId('file-input').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8')), id: 'mine' })),
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^California 2019/);
  await expect(page.getByLabel('Dataset', { exact: true })).toHaveValue('mine');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('dialog[open]').getByTestId('local-address')).toContainText('Download the publish bundle below');
});

test.describe('the app on a touch phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('at 320 and 375 px the page is no wider than the screen, and the graph is inside it', async ({ page }) => {
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 740 });
      await page.goto('/');
      await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      const seen = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        graph: document.querySelector('[data-testid="graph"]')!.getBoundingClientRect().right,
      }));
      expect(seen.page, `${width} px`).toBeLessThanOrEqual(width);
      expect(seen.graph, `${width} px`).toBeLessThanOrEqual(width);
    }
  });

  /** Every control shown (a radio or checkbox by its label) whose smaller side is under 44 px. */
  const smallTargets = (page: import('@playwright/test').Page) =>
    page.evaluate(() => {
      const controls = document.querySelectorAll(
        '.tb-app :is(button, select, summary, textarea, input:not([type="radio"], [type="checkbox"])), .tb-app label:has(> input[type="radio"], > input[type="checkbox"])',
      );
      return [...controls].flatMap((el) => {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') return [];
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        return Math.min(r.width, r.height) < 44
          ? [`${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}x${Math.round(r.height)}`]
          : [];
      });
    });

  test('every control a reader or a desk taps is at least 44 px: header, options, scenario, timeline, graph tools, editor', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.locator('summary', { hasText: 'Dataset & options' }).click();
    await expect(page.getByRole('button', { name: 'Edit / New dataset' })).toBeVisible();
    await expect(page.getByRole('group', { name: /^AB 392/ }).getByRole('radio', { name: 'Fails' })).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Edit / New dataset' }).click();
    await page.getByRole('button', { name: /^Edit a copy of/ }).click();
    await expect(page.getByRole('textbox', { name: 'Title' })).toBeVisible();
    await page.getByRole('button', { name: 'Links' }).click();
    await expect(page.getByLabel(/^Calendar: /).first()).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
  });
});
