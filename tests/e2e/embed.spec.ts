import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { HOST_ORIGIN } from './helpers';

const APP = `http://localhost:${Number(process.env.TIEBAR_E2E_PORT ?? 4183)}/`;
// The same host server under another name is another origin.
const OTHER_ORIGIN = HOST_ORIGIN.replace('localhost', '127.0.0.1');

function article(origin: string, params: Record<string, string>): string {
  return `${origin}/host/article.html?${new URLSearchParams(params)}`;
}

/** The iframe's content height as the embed measures it. */
async function contentHeight(page: Page): Promise<number> {
  const frame = page.frames().find((f) => f.url().includes('embed=1'))!;
  return frame.evaluate(() => Math.ceil(document.querySelector('.tb-embed')!.getBoundingClientRect().height));
}

/** Whether two boxes on screen share no pixel. */
function apart(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return b.x >= a.x + a.width || a.x >= b.x + b.width || b.y >= a.y + a.height || a.y >= b.y + b.height;
}

/** A news article on a 375x667 touch phone with the embed (`query` after `?embed=1`) in it, its graph settled. */
async function phoneArticle(browser: Browser, query = '') {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(article(HOST_ORIGIN, { mode: 'pym', src: `${APP}?embed=1${query}` }));
  const frame = page.frameLocator('#embed iframe');
  await expect(frame.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  return { context, page, frame };
}

test.describe('embed', () => {
  test('asks for its dataset and the list of built-ins while its own code is still downloading', async ({ page }) => {
    await page.goto('/?embed=1');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const started = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const find = (re: RegExp) => entries.find((e) => re.test(new URL(e.name).pathname))!;
      return {
        code: find(/\/assets\/startEmbed-[^/]*\.js$/).responseEnd,
        data: find(/\/data\/ca-2019-deadly-force\.json$/).startTime,
        index: find(/\/data\/index\.json$/).startTime,
      };
    });
    expect(started.data).toBeLessThan(started.code);
    expect(started.index).toBeLessThan(started.code);
  });

  test('the code of its first frame asks V8 to compile it while it downloads; the editor, which it never runs, does not', async ({
    page,
  }) => {
    const scripts = new Map<string, Promise<string>>();
    page.on('response', (r) => {
      if (/\/assets\/[^/]+\.js$/.test(new URL(r.url()).pathname)) scripts.set(new URL(r.url()).pathname, r.text());
    });
    await page.goto('/?embed=1');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const names = [...scripts.keys()];
    expect(names.some((n) => /\/startEmbed-/.test(n))).toBe(true);
    expect(names.some((n) => /\/mount-/.test(n))).toBe(true);
    for (const [name, text] of scripts) expect((await text).split('\n')[0], name).toBe('//# allFunctionsCalledOnLoad');
    const files = ((await (await page.request.get('/publish-files.json')).json()) as { files: string[] }).files;
    const editor = files.find((f) => /^assets\/Editor-[^/]+\.js$/.test(f))!;
    expect((await (await page.request.get(`/${editor}`)).text()).startsWith('//#')).toBe(false);
  });

  test('its count of public sources opens the list of them, each a link a reader can follow', async ({ page }) => {
    const ds = JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8')) as { sources: Record<string, { url: string }> };
    const ids = Object.keys(ds.sources);
    await page.goto('/?embed=1');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const sources = page.locator('.tb-embed-sources');
    await expect(sources.locator('summary')).toHaveText(`${ids.length} public sources`);
    await expect(sources.getByRole('link').first()).toBeHidden();
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const closed = await height();
    await sources.locator('summary').click();
    const links = sources.getByRole('link');
    await expect(links).toHaveCount(ids.length);
    // Each reads apart from the others (an untitled page by its site and its address's words), and
    // the long list scrolls in a box of its own rather than grow the graphic by thousands of pixels.
    const names = await links.allTextContents();
    expect(new Set(names).size).toBe(ids.length);
    expect(names).toContain('cpoa.org: Use of force bills now linked');
    expect((await height()) - closed).toBeLessThanOrEqual(320);
    await links.last().scrollIntoViewIfNeeded();
    await expect(links.last()).toBeInViewport();
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      ids.map((id) => new URL(ds.sources[id].url).href),
    );
    for (const a of await links.all()) {
      await expect(a).toHaveAttribute('target', '_blank');
      await expect(a).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  test('the real pym.js Parent sizes the iframe to the content as it grows and shrinks', async ({ page }) => {
    await page.goto(article(HOST_ORIGIN, { mode: 'pym', src: `${APP}?embed=1&scenario=ab392:failed` }));
    const frame = page.frameLocator('#embed iframe');
    await expect(frame.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(frame.getByTestId('scenario-summary')).toHaveText(
      'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    );
    const graphHeight = await contentHeight(page);
    await expect.poll(() => page.evaluate(() => (window as unknown as { frameHeight: () => number }).frameHeight())).toBe(graphHeight);

    await frame.getByRole('button', { name: 'Table' }).click();
    await expect(frame.getByTestId('outcome-sb230')).toHaveText('inoperative');
    const tableHeight = await contentHeight(page);
    expect(tableHeight).not.toBe(graphHeight);
    await expect.poll(() => page.evaluate(() => (window as unknown as { frameHeight: () => number }).frameHeight())).toBe(tableHeight);

    await frame.getByRole('button', { name: 'Graph' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { frameHeight: () => number }).frameHeight())).toBe(graphHeight);
  });

  test('a host listening for AMP embed-size messages gets every height, growing and shrinking', async ({ page }) => {
    await page.goto(article(HOST_ORIGIN, { mode: 'amp', src: `${APP}?embed=1` }));
    const frame = page.frameLocator('#embed iframe');
    await expect(frame.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const heights = () => page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
    await expect.poll(async () => (await heights()).at(-1)).toBe(await contentHeight(page));
    await frame.getByRole('button', { name: 'Table' }).click();
    await expect.poll(async () => (await heights()).at(-1)).toBe(await contentHeight(page));
    const h = await heights();
    expect(new Set(h).size).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => (window as unknown as { frameHeight: () => number }).frameHeight())).toBe(h.at(-1));
  });

  test('commands from an allowed origin drive the embed, and its events come back', async ({ page }) => {
    await page.goto(article(HOST_ORIGIN, { mode: 'plain', src: `${APP}?embed=1&allowOrigin=${HOST_ORIGIN}` }));
    const frame = page.frameLocator('#embed iframe');
    await expect(frame.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const events = () => page.evaluate(() => (window as unknown as { __events: Array<{ type: string; [k: string]: unknown }> }).__events);
    await expect.poll(async () => (await events()).map((e) => e.type)).toContain('tiebar:ready');

    // Malformed or hostile messages change nothing.
    for (const bad of [
      'tiebar:setScenario',
      { type: 'tiebar:setScenario', scenario: { __proto__: 'failed' } },
      { type: 'tiebar:setScenario', scenario: 'ab392' },
      { type: 'tiebar:focus', id: '<img src=x>' },
      { type: 'nope' },
      null,
    ]) {
      await page.evaluate((m) => (window as unknown as { send: (m: unknown) => void }).send(m), bad);
    }
    await page.evaluate(() =>
      (window as unknown as { send: (m: unknown) => void }).send({ type: 'tiebar:setScenario', scenario: { ab392: 'failed' } }),
    );
    await expect(frame.locator('g.tb-node[data-id="sb230"]')).toHaveAttribute('data-outcome', 'inoperative');
    await expect
      .poll(async () => (await events()).filter((e) => e.type === 'tiebar:outcomes').at(-1)?.outcomes)
      .toMatchObject({ ab392: 'failed', sb230: 'inoperative' });

    await page.evaluate(() => (window as unknown as { send: (m: unknown) => void }).send({ type: 'tiebar:setAsOf', asOf: '2019-04-22' }));
    await expect(frame.locator('g.tb-node[data-id="sb230"]')).toHaveAttribute('data-outcome', 'pending');
    await frame.locator('g.tb-node[data-id="ab392"]').click();
    await expect.poll(async () => (await events()).filter((e) => e.type === 'tiebar:select').at(-1)?.id).toBe('ab392');
    await page.evaluate(() =>
      (window as unknown as { send: (m: unknown) => void }).send({ type: 'tiebar:setScenario', scenario: { zz9: 'failed' } }),
    );
    await expect.poll(async () => (await events()).filter((e) => e.type === 'tiebar:error').at(-1)?.message).toBe('no bill with id "zz9"');
  });

  test('tiebar:setAsOf with a date no record reaches yet is refused with tiebar:error, and the view is kept', async ({ page }) => {
    await page.goto(article(HOST_ORIGIN, { mode: 'plain', src: `${APP}?embed=1&allowOrigin=${HOST_ORIGIN}` }));
    const frame = page.frameLocator('#embed iframe');
    await expect(frame.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const events = () => page.evaluate(() => (window as unknown as { __events: Array<{ type: string; [k: string]: unknown }> }).__events);
    const send = (m: unknown) => page.evaluate((msg) => (window as unknown as { send: (m: unknown) => void }).send(msg), m);
    await expect.poll(async () => (await events()).map((e) => e.type)).toContain('tiebar:ready');
    await send({ type: 'tiebar:setAsOf', asOf: '2019-04-22' });
    await expect.poll(async () => (await events()).filter((e) => e.type === 'tiebar:outcomes').at(-1)?.asOf).toBe('2019-04-22');
    await send({ type: 'tiebar:setAsOf', asOf: '2199-01-01' });
    await expect
      .poll(async () => (await events()).filter((e) => e.type === 'tiebar:error').at(-1)?.message)
      .toMatch(
        /^asOf "2199-01-01" is after today \(.+\) and after the dataset's last moment \(1 Jan 2020\): no record reaches it yet; the view was not changed$/,
      );
    expect((await events()).filter((e) => e.type === 'tiebar:outcomes').at(-1)?.asOf).toBe('2019-04-22');
    await frame.getByRole('button', { name: 'Table' }).click();
    await expect(frame.getByTestId('outcome-ab392')).toHaveText('pending');
  });

  test('commands from an origin that is not allowed are ignored, and it hears nothing', async ({ page }) => {
    await page.goto(article(OTHER_ORIGIN, { mode: 'plain', src: `${APP}?embed=1&allowOrigin=${HOST_ORIGIN}` }));
    const frame = page.frameLocator('#embed iframe');
    await expect(frame.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.evaluate(() =>
      (window as unknown as { send: (m: unknown) => void }).send({ type: 'tiebar:setScenario', scenario: { ab392: 'failed' } }),
    );
    await frame.getByRole('button', { name: 'Table' }).click();
    await expect(frame.getByTestId('outcome-sb230')).toHaveText('enacted');
    expect(await page.evaluate(() => (window as unknown as { __events: unknown[] }).__events)).toEqual([]);
  });

  test('renders in a sandbox="allow-scripts" iframe from a sub-path under a strict CSP, asking only its own server', async ({ page }) => {
    const problems: string[] = [];
    const requested = new Set<string>();
    page.on('request', (r) => requested.add(new URL(r.url()).origin));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(
      article(OTHER_ORIGIN, { mode: 'plain', sandbox: 'allow-scripts', src: `${HOST_ORIGIN}/app/?embed=1&scenario=ab392:failed` }),
    );
    const frame = page.frameLocator('#embed iframe');
    await expect(frame.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(frame.locator('g.tb-node[data-id="sb230"]')).toHaveAttribute('data-outcome', 'inoperative');
    expect(problems.filter((p) => /Content Security Policy|Refused/.test(p))).toEqual([]);
    expect([...requested].sort()).toEqual([HOST_ORIGIN, OTHER_ORIGIN].sort());
  });

  test('the server `npm start` runs serves a sandbox="allow-scripts" embed (it sends Access-Control-Allow-Origin: *)', async ({
    page,
    request,
  }) => {
    // The e2e server is `vite build && vite preview`, with vite.config.ts: the same server as `npm start`.
    expect((await request.get(APP)).headers()['access-control-allow-origin']).toBe('*');
    await page.goto(article(HOST_ORIGIN, { mode: 'plain', sandbox: 'allow-scripts', src: `${APP}?embed=1&scenario=ab392:failed` }));
    const frame = page.frameLocator('#embed iframe');
    await expect(frame.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(frame.locator('g.tb-node[data-id="sb230"]')).toHaveAttribute('data-outcome', 'inoperative');
  });

  for (const renderer of ['svg', 'canvas'] as const) {
    test(`${renderer}: the embed never hijacks scroll: the wheel scrolls the article, Ctrl + wheel zooms, one finger scrolls`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ hasTouch: true, viewport: { width: 800, height: 500 } });
      const page = await context.newPage();
      // AMP mode sizes the iframe to its content, so the iframe itself never scrolls.
      await page.goto(article(HOST_ORIGIN, { mode: 'amp', src: `${APP}?embed=1&renderer=${renderer}` }));
      const frame = page.frameLocator('#embed iframe');
      await expect(frame.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      await expect.poll(() => page.evaluate(() => (window as unknown as { __heights: number[] }).__heights.length)).toBeGreaterThan(0);
      const embed = page.frames().find((f) => f.url().includes('embed=1'))!;
      /** The graph's zoom: the drawn distance between two nodes. */
      const spread = () =>
        embed.evaluate(() => {
          const el = document.querySelector('[data-testid="graph"]') as HTMLElement & {
            tiebarView: { screenPoint: (i: string) => { x: number; y: number } };
          };
          const [a, b] = [el.tiebarView.screenPoint('sb230'), el.tiebarView.screenPoint('ab392')];
          return Math.round(Math.hypot(a.x - b.x, a.y - b.y));
        });
      const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
      const graphBox = async () => (await page.locator('#embed iframe').boundingBox())!;
      const zoom = await spread();

      // A plain wheel over the graph scrolls the article and leaves the graph alone.
      await page.locator('#embed iframe').scrollIntoViewIfNeeded();
      const before = await scrollY();
      let box = await graphBox();
      await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 150, 450));
      await page.mouse.wheel(0, 200);
      await expect.poll(scrollY).toBeGreaterThan(before);
      expect(await spread()).toBe(zoom);

      // Ctrl + wheel zooms the graph (and does not scroll the article).
      box = await graphBox();
      await page.mouse.move(box.x + box.width / 2, Math.max(box.y + 50, 10));
      const at = await scrollY();
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -300);
      await page.keyboard.up('Control');
      await expect.poll(spread).toBeGreaterThan(zoom);
      expect(await scrollY()).toBe(at);

      // One finger dragged up over the graph scrolls the article; the graph does not pan.
      const zoomed = await spread();
      const point = await embed.evaluate(() =>
        (
          document.querySelector('[data-testid="graph"]') as unknown as {
            tiebarView: { screenPoint: (i: string) => { x: number; y: number } };
          }
        ).tiebarView.screenPoint('sb230'),
      );
      // The touch lands on the graph itself (its box, in page pixels), within the window.
      const g = (await frame.getByTestId('graph').boundingBox())!;
      expect(g.y + g.height / 2).toBeLessThan(480);
      const cdp = await context.newCDPSession(page);
      const [x, y0] = [Math.round(g.x + g.width / 2), Math.round(Math.min(g.y + g.height - 10, 480))];
      expect(y0 - 200).toBeGreaterThan(0);
      const startY = await scrollY();
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
      for (let dy = 20; dy <= 200; dy += 20)
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 - dy }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect.poll(scrollY).toBeGreaterThan(startY);
      expect(await spread()).toBe(zoomed);
      const after = await embed.evaluate(() =>
        (
          document.querySelector('[data-testid="graph"]') as unknown as {
            tiebarView: { screenPoint: (i: string) => { x: number; y: number } };
          }
        ).tiebarView.screenPoint('sb230'),
      );
      expect(after).toEqual(point);
      await context.close();
    });
  }

  for (const width of ['300', '320']) {
    test(`a ${width} px iframe renders without horizontal scrolling`, async ({ page }) => {
      await page.goto(article(HOST_ORIGIN, { mode: 'plain', width, src: `${APP}?embed=1` }));
      await expect(page.frameLocator('#embed iframe').getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      const frame = page.frames().find((f) => f.url().includes('embed=1'))!;
      expect(await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    });
  }

  test("on a reader's dark-mode phone, an embed in an article is light unless its address says theme=auto or dark", async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 667 },
      colorScheme: 'dark',
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const ground = async (query: string) => {
      await page.goto(article(HOST_ORIGIN, { mode: 'plain', src: `${APP}?embed=1${query}` }));
      const frame = page.frameLocator('#embed iframe');
      await expect(frame.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      // The ground, and the words on a pressed switch (a colour of its own in each theme).
      const pressed = await frame.locator('.tb-embed-foot button[aria-pressed="true"]').evaluate((b) => getComputedStyle(b).color);
      return `${await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)} ${pressed}`;
    };
    const [light, auto, dark] = [await ground(''), await ground('&theme=auto'), await ground('&theme=dark')];
    // The article is light: the embed's ground is too, as the address does not ask otherwise.
    const luminance = (rgb: string) =>
      rgb
        .match(/\d+/g)!
        .slice(0, 3)
        .reduce((sum, c) => sum + Number(c), 0) / 3;
    expect(luminance(light)).toBeGreaterThan(200);
    expect(luminance(auto)).toBeLessThan(60);
    // theme=auto on a dark system is the dark theme whole, the pressed switch's words too.
    expect(dark).toBe(auto);
    // Opened on its own (not in a frame), it follows the reader's system as the app does.
    await page.goto(`${APP}?embed=1`);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    expect(luminance(await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor))).toBeLessThan(60);
    await context.close();
  });

  test('opened directly, the embed works without any parent script and leaves history alone', async ({ page }) => {
    await page.goto('/?embed=1&scenario=ab392:failed');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(page.getByRole('link', { name: 'Open in Tiebar ↗' })).toHaveAttribute('href', './?scenario=ab392:failed');
    const before = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('group', { name: 'What if: AB 392' }).getByRole('button', { name: 'Law' }).click();
    await expect(page.getByTestId('outcome-ab392')).toHaveText('enacted');
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(page.url()).toContain('?embed=1&scenario=ab392:failed');
  });

  test('on a phone, a tapped node stays put and its explanation appears in the stage, on screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/?embed=1');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    const camera = () => page.evaluate(() => document.querySelector('[data-testid="graph"] svg > g')!.getAttribute('transform'));
    const before = await camera();
    const node = page.locator('g.tb-node[data-id="sb230"]');
    const box = (await node.boundingBox())!;
    await node.tap();
    const caption = page.getByTestId('node-caption');
    await expect(caption).toHaveText(/^SB\s230 takes effect/);
    // Wholly on screen, inside the stage, clear of the tapped box (where it goes is the next tests').
    await expect(caption).toBeInViewport({ ratio: 1 });
    const at = (await caption.boundingBox())!;
    const stage = (await page.locator('.tb-embed-stage').boundingBox())!;
    expect(at.y).toBeGreaterThanOrEqual(stage.y);
    expect(at.y + at.height).toBeLessThanOrEqual(stage.y + stage.height);
    expect(at.y >= box.y + box.height || at.y + at.height <= box.y).toBe(true);
    // The graph did not move: no glide, no pan (it used to slide SB 230 to the stage's middle).
    await page.waitForTimeout(600); // longer than a reveal's 400 ms glide
    expect(await camera()).toBe(before);
    await context.close();
  });

  test("Escape closes a bill's explanation from its close button, and the keyboard goes back to the graph", async ({ page }) => {
    await page.goto('/?embed=1&focus=sb230');
    const caption = page.getByTestId('node-caption');
    await expect(caption).toHaveText(/^SB\s230 takes effect/);
    await page.getByRole('button', { name: 'Close the explanation' }).focus();
    await page.keyboard.press('Escape');
    await expect(caption).toBeHidden();
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="graph"]') !== null)).toBe(true);
  });

  test("on a phone with room to spare, a tapped bill's explanation covers only what the tap dims", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 1000 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/?embed=1');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.locator('g.tb-node[data-id="sb230"]').tap();
    const caption = page.locator('.tb-node-caption-float');
    await expect(caption.getByTestId('node-caption')).toHaveText(/^SB\s230 takes effect/);
    const at = (await caption.boundingBox())!;
    // Everything the tap lights (SB 230, its provisions, groups and tie, AB 392 and the tie's words) stays in sight.
    const lit = page.locator('g.tb-node:not([data-dim="true"]), g.tb-link-label:not([data-dim="true"]):not([data-overlap])');
    expect(await lit.count()).toBeGreaterThan(5);
    for (const box of await Promise.all((await lit.all()).map((l) => l.boundingBox()))) {
      if (!box || box.width === 0) continue;
      expect(apart(at, box), `caption ${JSON.stringify(at)} covers ${JSON.stringify(box)}`).toBe(true);
    }
    await expect(caption).toBeInViewport({ ratio: 1 });
    await context.close();
  });

  test("on a 320 px phone, a tapped bill's explanation grows wide rather than tall to keep clear of the bill it is tied to", async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/?embed=1&dataset=mi-2020-tied-to-vetoed');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    // HB 5443 one row below HB 5444, the signed bill tied to it: at its usual 260 px the explanation
    // took four lines beside HB 5444 and covered the end of "INOPERATIVE".
    const hb5443 = page.locator('g.tb-bill[data-id="hb5443"]');
    await hb5443.scrollIntoViewIfNeeded();
    await hb5443.tap();
    const caption = page.locator('.tb-node-caption-float');
    await expect(caption.getByTestId('node-caption')).toHaveText(/^HB\s5443 does not become law/);
    const at = (await caption.boundingBox())!;
    expect(at.width).toBeGreaterThan(260);
    for (const id of ['hb5443', 'hb5444']) {
      const b = (await page.locator(`g.tb-bill[data-id="${id}"]`).boundingBox())!;
      expect(apart(at, b), `caption ${JSON.stringify(at)} covers ${id} ${JSON.stringify(b)}`).toBe(true);
    }
    await expect(caption).toBeInViewport({ ratio: 1 });
    await context.close();
  });

  test("in an article on a phone, a tapped bill's explanation is wholly on screen and hides no bill and no tie's words", async ({
    browser,
  }) => {
    const { context, page, frame } = await phoneArticle(browser);
    // The reader has scrolled AB 392 near the bottom of the screen (the iframe cannot see the
    // article's scroll, only what of it is on screen), and taps it.
    const ab392 = frame.locator('g.tb-bill[data-id="ab392"]');
    const box = (await ab392.boundingBox())!;
    await page.evaluate((by) => window.scrollBy(0, by), box.y - 560);
    await expect.poll(async () => Math.round((await ab392.boundingBox())!.y)).toBe(560);
    await ab392.tap();
    const caption = frame.locator('.tb-node-caption-float');
    await expect(caption.getByTestId('node-caption')).toHaveText(/^AB\s392 takes effect/);
    const at = (await caption.boundingBox())!;
    expect(at.y).toBeGreaterThanOrEqual(0);
    expect(at.y + at.height).toBeLessThanOrEqual(667);
    const story = frame.locator('g.tb-bill, g.tb-link-label:not([data-overlap])');
    for (const b of await Promise.all((await story.all()).map((l) => l.boundingBox()))) {
      if (!b || b.width === 0) continue;
      expect(apart(at, b), `caption ${JSON.stringify(at)} covers ${JSON.stringify(b)}`).toBe(true);
    }
    await context.close();
  });

  test('in an article on a 375 x 667 phone, the first screen shows the sentence and the tie itself; the other what-ifs are a tap away', async ({
    browser,
  }) => {
    const { context, page, frame } = await phoneArticle(browser);
    // The reader has scrolled the graphic's top to the screen's: the deciding tie's words and the
    // arrow's end are on that first screen of it.
    const top = (await page.locator('#embed iframe').boundingBox())!.y;
    await page.evaluate((by) => window.scrollBy(0, by), top);
    await expect.poll(async () => Math.abs((await page.locator('#embed iframe').boundingBox())!.y)).toBeLessThan(1);
    const tie = frame.locator('g.tb-link-label[data-id="sb230-on-ab392"]');
    await expect(tie).toContainText('operative only if');
    const at = (await tie.boundingBox())!;
    expect(at.y + at.height).toBeLessThanOrEqual(667);
    const ab392 = (await frame.locator('g.tb-bill[data-id="ab392"]').boundingBox())!;
    expect(ab392.y).toBeLessThan(667);
    // The per-bill switches are folded into one line, and open with a tap.
    const fold = frame.getByText('Try other what-ifs (2 bills)');
    await expect(fold).toBeVisible();
    await expect(frame.getByRole('group', { name: 'What if: AB 392' })).toBeHidden();
    await fold.tap();
    await frame.getByRole('group', { name: 'What if: AB 392' }).getByRole('button', { name: 'Fails' }).tap();
    await expect(frame.getByTestId('scenario-summary')).toHaveText(
      'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    );
    await context.close();
  });

  test("in an article on a phone, a bill tapped at the screen's edge has its explanation wholly on screen", async ({ browser }) => {
    const { context, page, frame } = await phoneArticle(browser, '&scenario=ab392:failed');
    // SB 230, the story's first bill, near the bottom of the screen; then AB 931, its last, near the top.
    for (const [id, y, words] of [
      ['sb230', 600, /^SB\s230 was signed/],
      ['ab931', 30, /^AB\s931 does not become law/],
    ] as const) {
      const bill = frame.locator(`g.tb-bill[data-id="${id}"]`);
      await page.evaluate((by) => window.scrollBy(0, by), (await bill.boundingBox())!.y - y);
      await expect.poll(async () => Math.abs((await bill.boundingBox())!.y - y)).toBeLessThan(15);
      await bill.tap();
      const caption = frame.locator('.tb-node-caption-float');
      await expect(caption.getByTestId('node-caption')).toHaveText(words);
      const at = (await caption.boundingBox())!;
      const b = (await bill.boundingBox())!;
      expect(at.y, id).toBeGreaterThanOrEqual(0);
      expect(at.y + at.height, id).toBeLessThanOrEqual(667);
      expect(apart(at, b), id).toBe(true);
    }
    await context.close();
  });

  test("in an article on a phone, after a scroll within the graph, a tapped bill's explanation is still on screen", async ({ browser }) => {
    const { context, page, frame } = await phoneArticle(browser);
    const stage = frame.locator('.tb-embed-stage');
    const onScreen = async (id: string, name: RegExp) => {
      await frame.locator(`g.tb-bill[data-id="${id}"]`).tap();
      const caption = frame.locator('.tb-node-caption-float');
      await expect(caption.getByTestId('node-caption')).toHaveText(name);
      await expect(caption).toBeVisible();
      const at = (await caption.boundingBox())!;
      expect(at.y).toBeGreaterThanOrEqual(0);
      expect(at.y + at.height).toBeLessThanOrEqual(667);
    };
    // The graph fills the screen (its top above it, its bottom below), and stays so as the reader
    // scrolls on: the share of it on screen does not change between the two taps.
    const first = (await stage.boundingBox())!;
    expect(first.height).toBeGreaterThan(667 + 100);
    await page.evaluate((by) => window.scrollBy(0, by), first.y + 10);
    await onScreen('ab392', /^AB\s392 takes effect/);
    await page.evaluate((by) => window.scrollBy(0, by), first.height - 667 - 30);
    const s = (await stage.boundingBox())!;
    expect(s.y).toBeLessThan(0);
    expect(s.y + s.height).toBeGreaterThan(667);
    await onScreen('ab931', /^AB\s931 does not become law/);
    await context.close();
  });

  test('tells the story as recorded, asks a question that changes something, and explains a tapped node', async ({ page }) => {
    await page.goto('/?embed=1');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(page.getByTestId('scenario-summary')).toHaveText('SB 230 takes effect only because AB 392 became law.');
    await expect(page.getByTestId('node-caption')).toBeHidden();
    await page.locator('g.tb-node[data-id="sb230"]').click();
    await expect(page.getByTestId('node-caption')).toHaveText(
      'SB 230 takes effect: it was signed on 12 Sep 2019, and AB 392, which it hangs on, takes effect too.',
    );
    // Its box shows only its number: the explanation says what the bill is about first.
    await expect(page.getByTestId('node-caption-subject')).toHaveText('Law enforcement: use of deadly force: training: policies');
    await page.getByRole('button', { name: 'What if AB 392 had failed?' }).click();
    await expect(page.getByTestId('scenario-summary')).toHaveText(
      'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    );
    // The question lets go of the tapped node: nothing is left dimmed, and no caption covers the answer.
    await expect(page.getByTestId('node-caption')).toBeHidden();
    await expect(page.locator('g.tb-node[data-dim]')).toHaveCount(0);
    await page.locator('g.tb-node[data-id="sb230"]').click();
    await expect(page.getByTestId('node-caption')).toHaveText(/^SB\s230 was signed on 12\sSep\s2019 but can never take effect/);
  });

  test("in a 320 px phone's 288 px frame, the table gives the reason most of its width, each outcome under its bill", async ({ page }) => {
    await page.setViewportSize({ width: 288, height: 800 });
    await page.goto('/?embed=1&view=table&dataset=mi-2020-tied-to-vetoed');
    const table = page.getByTestId('bill-table');
    await expect(table.locator('tbody tr')).toHaveCount(6);
    // Each reason says first what its bill is about.
    await expect(table.locator('tbody tr').first().locator('td')).toContainText('Children: services; kinship caregiver navigator program');
    const widths = await table.evaluate((t) => ({
      table: t.getBoundingClientRect().width,
      why: t.querySelector('thead th:last-child')!.getBoundingClientRect().width,
      // Lines each bill's name takes: one box a line.
      names: [...t.querySelectorAll('.tb-embed-bill')].map((n) => {
        const range = document.createRange();
        range.selectNodeContents(n);
        return range.getClientRects().length;
      }),
    }));
    expect(widths.why / widths.table, JSON.stringify(widths)).toBeGreaterThan(0.5);
    // "HB 5444" on one line.
    expect(widths.names).toEqual([1, 1, 1, 1, 1, 1]);
    await expect(page.getByRole('rowheader', { name: 'HB 5444 inoperative' })).toBeVisible();
  });

  test('pinned to a date, it says which before its sentence', async ({ page }) => {
    await page.goto('/?embed=1&asOf=2019-04-24');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(page.getByTestId('embed-as-of')).toHaveText('As of 24 Apr 2019');
    await expect(page.getByTestId('scenario-summary')).toContainText('both are still pending');
    await page.goto('/?embed=1');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(page.getByTestId('embed-as-of')).toHaveCount(0);
  });

  test("a whole session in an article on a phone tells one bill's story: its sentence's bills drawn whole, asked about, and the way to the rest", async ({
    browser,
  }) => {
    const { context, frame } = await phoneArticle(browser, '&dataset=mi-2019-2020');
    const said = (await frame.getByTestId('scenario-summary').textContent()) ?? '';
    // A bill's name and number never part at the end of a line.
    expect(said).toMatch(/^(HB|SB)\u00a0\d+ /);
    const sentence = said.replace(/\u00a0/g, ' ');
    const scope = frame.getByTestId('embed-scope');
    await expect(scope).toHaveText(/^Drawn: \d of 4,448 bills\. See them all in Tiebar/);
    // The tie the sentence hedges ("if that tie holds") is not drawn as fact either.
    await expect(frame.locator('g.tb-link-label text.tb-link-date').first()).toHaveText('not yet checked');
    // The graph draws the story of the bill the sentence leads with, and of no other.
    const drawn = await frame
      .locator('g.tb-node.tb-bill')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')!.split(' ').slice(0, 2).join(' ')));
    expect(drawn.length).toBeGreaterThan(1);
    expect(drawn.length).toBeLessThanOrEqual(8);
    const lead = sentence.split(' ').slice(0, 2).join(' ');
    expect(drawn).toContain(lead);
    // Headed by its own bill, under the session's title (not "the whole session" over three bills).
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      new RegExp(`^${lead.replace(' ', '\\s')} and the bills? tied to it$`),
    );
    await expect(frame.getByTestId('embed-dataset-title')).toHaveText(/^Michigan 2019-2020/);
    // The tie read from a bill's title is unchecked: said under the story, in quieter type than its bold.
    const caveat = frame.locator('.tb-summary-caveat');
    await expect(caveat).toHaveText(/as the record lists it, not yet checked against the text of the law\.$/);
    expect(await caveat.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('400');
    // The what-if rows offer the bills drawn, in the order of their cards down the stack.
    const rows = await frame.locator('.tb-embed-control .tb-bill-label').allTextContents();
    const down = await frame.locator('g.tb-node.tb-bill').evaluateAll((gs) =>
      gs
        .map((g) => ({ label: g.getAttribute('aria-label')!.split(' ').slice(0, 2).join(' '), y: g.getBoundingClientRect().top }))
        .sort((a, b) => a.y - b.y)
        .map((b) => b.label),
    );
    expect(rows).toEqual(down.slice(0, rows.length));
    expect(rows.length).toBeGreaterThan(1);
    // The first question is about a bill the sentence names, and drawn.
    const question = (await frame.locator('.tb-question').first().textContent()) ?? '';
    const asked = /^What if ((?:HB|SB) \d+) /.exec(question)![1];
    expect(sentence).toContain(asked);
    expect(drawn).toContain(asked);
    // Every bill is wholly inside the graph's box, at a readable size.
    const box = (await frame.getByTestId('graph').boundingBox())!;
    for (const b of await frame.locator('g.tb-node.tb-bill rect.tb-shape').all()) {
      const r = (await b.boundingBox())!;
      expect(r.x).toBeGreaterThanOrEqual(box.x - 1);
      expect(r.x + r.width).toBeLessThanOrEqual(box.x + box.width + 1);
      expect(r.width).toBeGreaterThan(90);
    }
    // The key lists the outcomes drawn, none of the rest of the session's.
    const outcomes = new Set(await frame.locator('g.tb-node.tb-bill').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-outcome'))));
    const keyed = await frame.locator('.tb-legend summary .tb-badge').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-outcome')));
    expect(keyed.length).toBeGreaterThan(0);
    for (const k of keyed) expect(outcomes.has(k)).toBe(true);
    // It cites the sources of what it draws (the session cites 8,898), and "See them all" opens the session on its bill.
    await expect(frame.locator('.tb-embed-sources summary')).toHaveText(/^\d{1,2} public sources?$/);
    await expect(scope.getByRole('link')).toHaveAttribute('href', /focus=/);
    expect((await scope.getByRole('link').boundingBox())!.height).toBeGreaterThanOrEqual(44);
    // Its table lists the bills it draws.
    await frame.getByRole('button', { name: 'Table' }).click();
    await expect(frame.getByTestId('bill-table').locator('tbody tr')).toHaveCount(drawn.length);
    await context.close();
  });

  test("a session embed focused on a bill tells that bill's story first, with nothing dimmed and nothing said twice", async ({
    browser,
  }) => {
    const { context, frame } = await phoneArticle(browser, '&dataset=mi-2019-2020&focus=hb4002');
    await expect(frame.getByTestId('scenario-summary')).toHaveText(/^HB\s4002 /);
    await expect(frame.getByTestId('embed-scope')).toHaveText(/^Drawn: 3 of 4,448 bills\./);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/^HB\s4002 and the bills tied to it$/);
    // No node is dimmed by the focus the story took from the address.
    expect(await frame.locator('[data-dim="true"]').count()).toBe(0);
    await expect(frame.getByTestId('node-caption')).toBeHidden();
    // The focus is kept, not dropped: "Open in Tiebar" opens the session on the bill.
    await expect(frame.getByRole('link', { name: /Open in Tiebar/ })).toHaveAttribute('href', /focus=hb4002/);
    await context.close();
  });

  test('after a fallback the embed reports the dataset it shows, not the one that failed', async ({ page }) => {
    await page.goto('/?embed=1&dataset=no-such-dataset&scenario=ab392:failed');
    await expect(page.getByTestId('notice')).toContainText('no-such-dataset');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(page.getByRole('link', { name: 'Open in Tiebar ↗' })).toHaveAttribute('href', './?scenario=ab392:failed');
  });

  test('a broken file under data/ that the index does not list is validated: its errors show, and the embed falls back', async ({
    page,
  }) => {
    const ds = JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8'));
    const rogue = { ...ds, id: 'rogue', links: ds.links.map((l: { to: string[] }) => ({ ...l, to: l.to[0] })) };
    await page.route('**/data/rogue.json', (route) => route.fulfill({ json: rogue }));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/?embed=1&dataset=rogue');
    await expect(page.getByTestId('notice')).toHaveText(/^rogue is not a valid Tiebar dataset \(\d+ errors?\)\.$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    expect(errors).toEqual([]);
  });

  test('a scenario naming a bill the dataset lacks says so in the embed, as in the app: one plain line for readers, the details for the publisher', async ({
    page,
  }) => {
    await page.goto('/?embed=1&scenario=ab999:failed');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const notice = page.getByTestId('notice');
    await expect(notice.locator('summary')).toHaveText('Part of this graphic’s address (“scenario”) was not understood and was left out.');
    await expect(notice).not.toHaveAttribute('open', '');
    await notice.locator('summary').click();
    await expect(notice).toContainText('The scenario names "ab999", not a bill of this dataset; ignored.');
  });

  test('a dataset address that failed stays in the bar, but Embed gives the view on screen', async ({ page }) => {
    await page.goto('/?dataset=no-such-dataset&scenario=ab392:failed');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.waitForTimeout(300);
    expect(page.url()).toContain('dataset=no-such-dataset');
    await page.getByRole('button', { name: 'Embed' }).click();
    const iframe = await page.getByTestId('iframe-snippet').inputValue();
    expect(iframe).toMatch(/src="http:\/\/localhost:\d+\/\?scenario=ab392:failed&amp;embed=1"/);
    expect(iframe).not.toContain('no-such-dataset');
  });

  test('the full app shows copy-ready embed code for the current view', async ({ page }) => {
    await page.goto('/?scenario=ab392:failed');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.getByRole('button', { name: 'Embed' }).click();
    const iframe = await page.getByTestId('iframe-snippet').inputValue();
    expect(iframe).toMatch(
      /^<iframe src="http:\/\/localhost:\d+\/\?scenario=ab392:failed&amp;embed=1" title="California 2019: SB 230 hangs on AB 392 \(Tiebar\)" width="100%" height="(\d+)" loading="lazy"/,
    );
    const pym = await page.getByTestId('pym-snippet').inputValue();
    expect(pym).toContain('new pym.Parent("tiebar-embed", "http://localhost:');
  });

  test('the plain iframe reserves the tallest height the embed measures on phones from 320 to 414 px: nothing cut off at any, no gap below', async ({
    page,
    browser,
  }) => {
    await page.goto('/?scenario=ab392:failed');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    // The measured frame's data comes slowly: the height it reports while still loading must not count.
    await page.route('**/data/ca-2019-deadly-force.json', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Embed' }).click();
    const snippet = page.getByTestId('iframe-snippet');
    await expect(snippet).toHaveAttribute('data-height', 'measured', { timeout: 15_000 });
    await expect(
      page.getByText(/reserves \d+ px, the height this view needs on a phone \(measured at 320, 340, 360, 375, 390, 414 px\)/),
    ).toBeVisible();
    const reserved = Number(/height="(\d+)"/.exec(await snippet.inputValue())![1]);
    // The hidden frames it was measured in are gone.
    await expect(page.locator('iframe')).toHaveCount(0);
    // The story's height is not monotonic in the width (1,419 px at 320, 1,440 at 340): none is cut.
    const needed: number[] = [];
    for (const width of [320, 340, 375, 414]) {
      const phone = await browser.newContext({ viewport: { width, height: 640 }, isMobile: true, hasTouch: true });
      const reader = await phone.newPage();
      await reader.goto('/?scenario=ab392:failed&embed=1');
      await expect(reader.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      needed.push(await contentHeight(reader));
      await phone.close();
    }
    expect(reserved).toBeGreaterThanOrEqual(Math.max(...needed));
    // Measured in a desktop browser, its hint names the keys to zoom with (a line longer at most).
    expect(reserved - Math.max(...needed)).toBeLessThanOrEqual(40);
  });
});
