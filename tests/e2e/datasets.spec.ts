import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HOST_ORIGIN, dropFixture } from './helpers';

test.describe('opening datasets', () => {
  test('a dropped broken file shows its errors and leaves the graph intact', async ({ page }) => {
    await page.goto('/');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    await dropFixture(page, 'broken.json');
    const notice = page.getByTestId('notice').filter({ hasText: 'broken.json is not a valid Tiebar dataset' });
    await expect(notice).toContainText('The open dataset was not changed.');
    await expect(notice).toContainText('positions[0].stakeholder: no stakeholder with id "acl" (did you mean "aclu"?)');
    await expect(notice).toContainText('links[0].to[0]: no bill with id "ab329" (did you mean "ab392"?)');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    await expect(graph.locator('g.tb-node[data-id="sb230"]')).toHaveAttribute('data-outcome', 'enacted');
  });

  test('another dataset opens afresh: the what-if, date and focus of the one before do not carry over; back restores them', async ({
    page,
  }) => {
    await page.goto('/?scenario=ab392:failed&asOf=2019-05-01&focus=sb230');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    await page.getByLabel('Dataset').selectOption('mi-2020-tied-to-vetoed');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Michigan 2020/);
    await expect(page).toHaveURL(/\?dataset=mi-2020-tied-to-vetoed$/);
    // On the record, at its last entry: HB 5444 as signed, not as of a day in 2019.
    await expect(graph.locator('g.tb-node[data-id="hb5444"]')).toHaveAttribute('data-outcome', 'inoperative');
    await expect(page.getByText('Latest record')).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    await expect(page).toHaveURL(/scenario=ab392%3Afailed|scenario=ab392:failed/);
    await expect(page).toHaveURL(/asOf=2019-05-01/);
    await expect(graph.locator('g.tb-node[data-id="sb230"]')).toHaveAttribute('data-focus', 'true');
  });

  test('a file opened with the picker is kept in the browser and is still there after a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('file-input').setInputFiles('tests/e2e/fixtures/my-story.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My story: HB 1 hangs on HB 2');
    await expect(page).toHaveURL(/dataset=my-story/);
    // Kept once it is listed among the datasets of this browser (the write to IndexedDB is done).
    await expect(page.getByRole('option', { name: 'My story: HB 1 hangs on HB 2' })).toBeAttached();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My story: HB 1 hangs on HB 2');
    await expect(page.getByLabel('Dataset')).toHaveValue('my-story');
    await page.getByLabel('Dataset').selectOption('ca-2019-deadly-force');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    await expect(page.getByRole('option', { name: 'My story: HB 1 hangs on HB 2' })).toBeAttached();
  });

  test('when IndexedDB never answers, the dataset still opens, and a notice says storage did not answer', async ({ page }) => {
    await page.addInitScript(() => {
      // An IndexedDB whose requests never complete (a stuck browser profile).
      const never = () => ({}) as IDBOpenDBRequest;
      Object.defineProperty(window, 'indexedDB', { value: { open: never, deleteDatabase: never }, configurable: true });
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(page.getByTestId('notice').filter({ hasText: 'the browser storage did not answer within 3 s' })).toBeVisible({
      timeout: 15_000,
    });
  });

  test("a later file that opens clears the earlier file's error; a different file with the same id is kept beside the first", async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await dropFixture(page, 'broken.json');
    await expect(page.getByTestId('notice').filter({ hasText: 'broken.json is not a valid Tiebar dataset' })).toBeVisible();
    await page.getByTestId('file-input').setInputFiles('tests/e2e/fixtures/my-story.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My story: HB 1 hangs on HB 2');
    await expect(page.getByTestId('notice').filter({ hasText: 'broken.json' })).toHaveCount(0);
    await expect(page.getByRole('option', { name: 'My story: HB 1 hangs on HB 2' })).toBeAttached();

    const other = { ...JSON.parse(readFileSync('tests/e2e/fixtures/my-story.json', 'utf8')), title: 'Another story, same id' };
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Another story, same id');
    await expect(page).toHaveURL(/dataset=my-story-2/);
    await expect(page.getByTestId('notice').filter({ hasText: 'this one is kept beside it as "my-story-2"' })).toBeVisible();
    await expect(page.getByRole('option', { name: 'Another story, same id' })).toBeAttached();
    await page.getByLabel('Dataset', { exact: true }).selectOption('my-story');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My story: HB 1 hangs on HB 2');
  });

  test('the built-in list opens the Michigan laws tied to vetoed bills', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Dataset').selectOption('mi-2020-tied-to-vetoed');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Michigan 2020: laws signed, but tied to bills that were vetoed');
    await expect(page.getByTestId('graph').locator('g.tb-link-label text.tb-link-words').first()).toHaveText('tie-bar');
    await expect(page.getByTestId('explanation-hb5444')).toContainText('HB 5444 was signed on 8 Oct 2020 but can never take effect');
    await page
      .getByRole('group', { name: /^HB 5443/ })
      .getByRole('radio', { name: 'Becomes law' })
      .check();
    await expect(page.getByTestId('explanation-hb5444')).toContainText('HB 5444 takes effect');
  });

  test('?dataset=<URL> fetches and validates; a server without CORS is explained', async ({ page }) => {
    await page.goto(`/?dataset=${HOST_ORIGIN}/fixtures/my-story.json`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My story: HB 1 hangs on HB 2');
    await page.goto(`/?dataset=${encodeURIComponent(`${HOST_ORIGIN}/fixtures/my-story.json?cors=no`)}`);
    await expect(page.getByTestId('notice').filter({ hasText: 'does not allow other sites to read it (CORS)' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    await page.goto(`/?dataset=${HOST_ORIGIN}/fixtures/broken.json`);
    await expect(page.getByTestId('notice').filter({ hasText: 'broken.json is not a valid Tiebar dataset (2 errors)' })).toBeVisible();
  });

  test('Download JSON exports the open dataset unchanged', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('ca-2019-deadly-force.json');
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(saved).toEqual(JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8')));
  });

  test('a hostile dataset is rendered inert: text stays text, nothing runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto('/');
    await dropFixture(page, 'hostile.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">',
    );
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.getByRole('button', { name: 'Table' }).click();
    await expect(page.getByRole('cell', { name: '"><svg onload=window.__pwned=4>' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main svg[onload], main iframe, main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

test('Open States files import in a worker with progress, and the session opens with its ties', async ({ page }) => {
  const { readdirSync } = await import('node:fs');
  await page.goto('/');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  const files = readdirSync('tests/fixtures/openstates')
    .filter((f) => f !== 'README.md')
    .map((f) => `tests/fixtures/openstates/${f}`);
  await page.getByTestId('import-input').setInputFiles(files);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imported from Open States: 6 bills');
  const notice = page
    .getByTestId('notice')
    .filter({ hasText: 'Imported 6 bills from 8 files; skipped 4 records; found 2 ties in bill text.' });
  await expect(notice).toContainText('malformed.json: [1].identifier: missing: every bill needs its identifier');
  await page
    .getByRole('group', { name: /^AB 392/ })
    .getByRole('radio', { name: 'Fails' })
    .check();
  await expect(page.getByTestId('graph').locator('g.tb-node[data-id="sb230"]')).toHaveAttribute('data-outcome', 'inoperative');
});

test('a large import shows its progress and keeps the page responsive', async ({ page }) => {
  // 3,000 bills' files read, imported and drawn: 16-20 s alone here, past the default 30 s when the machine is busy.
  test.setTimeout(90_000);
  const { syntheticSession } = await import('../fixtures/syntheticOpenStates');
  const { bills, texts } = syntheticSession(3000, 6);
  await page.goto('/');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  const files = [
    { name: 'session.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ results: bills })) },
    ...texts.map((t) => ({ name: t.name, mimeType: 'text/plain', buffer: Buffer.from(t.text) })),
  ];
  await page.getByTestId('import-input').setInputFiles(files);
  // Reading 3,000 bills' files comes first: on a busy 2-core machine that alone can pass 5 s.
  await expect(page.getByRole('progressbar')).toBeVisible({ timeout: 20_000 });
  // The worker does the work: the page keeps painting frames while the progress bar is up.
  const frames = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let n = 0;
        const tick = () => {
          n++;
          if (document.querySelector('progress')) requestAnimationFrame(tick);
          else resolve(n);
        };
        requestAnimationFrame(tick);
      }),
  );
  expect(frames).toBeGreaterThan(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imported from Open States: 3000 bills', { timeout: 20_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});

test('a large dataset is validated in a worker, so the page keeps responding; its errors still show', async ({ page }) => {
  const { generateDataset } = await import('../../src/engine/generate');
  const big = generateDataset({ bills: 3000, links: 12000, seed: 2 });
  const broken = { ...big, links: [{ ...big.links![0], to: ['no-such-bill'] }, ...big.links!.slice(1)] };
  await page.route(
    (url) => url.hostname === 'data.example',
    (route) =>
      route.fulfill({ json: route.request().url().includes('broken') ? broken : big, headers: { 'access-control-allow-origin': '*' } }),
  );
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/?dataset=https://data.example/big.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(big.title, { timeout: 30_000 });
  expect(workers.some((u) => /parseWorker/.test(u))).toBe(true);
  await page.goto('/?dataset=https://data.example/broken.json');
  await expect(page.getByTestId('notice').filter({ hasText: 'broken.json is not a valid Tiebar dataset (1 error)' })).toContainText(
    'links[0].to[0]: no bill with id "no-such-bill"',
    { timeout: 30_000 },
  );
});

test('where the browser keeps nothing (a sandboxed frame), opening still works and says it will not be kept', async ({ page }) => {
  const { HOST_ORIGIN } = await import('./helpers');
  const other = HOST_ORIGIN.replace('localhost', '127.0.0.1');
  const src = `${HOST_ORIGIN}/app/?dataset=${encodeURIComponent(`${HOST_ORIGIN}/fixtures/my-story.json`)}`;
  await page.goto(`${other}/host/article.html?${new URLSearchParams({ mode: 'plain', sandbox: 'allow-scripts', src })}`);
  const frame = page.frameLocator('#embed iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('My story: HB 1 hangs on HB 2');
  await expect(
    frame.getByTestId('notice').filter({ hasText: "Datasets you open can't be kept in this browser: storage is blocked here" }),
  ).toBeVisible();
});
