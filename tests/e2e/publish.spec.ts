import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { HOST_ORIGIN } from './helpers';

// The founding story, opened from a file under a title and id of its own: a dataset only the author's browser has.
const story = {
  ...JSON.parse(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8')),
  id: 'sb230-desk-copy',
  title: 'My copy: SB 230 hangs on AB 392',
};
const OTHER_ORIGIN = HOST_ORIGIN.replace('localhost', '127.0.0.1');
const BUNDLE_DIR = 'test-results/publish-bundle';

async function openFromFile(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await expect(page).toHaveURL(/\?dataset=sb230-desk-copy$/);
  // Kept in this browser, it opens at its address, with a what-if (opening it started afresh).
  await page.goto('/?dataset=sb230-desk-copy&scenario=ab392:failed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
}

/** Opens `src` framed in a news article in a fresh browser (no storage), and checks the story is there. */
async function seeStoryEmbedded(browser: Browser, articleOrigin: string, src: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${articleOrigin}/host/article.html?${new URLSearchParams({ mode: 'plain', src })}`);
  const frame = page.frameLocator('#embed iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await expect(frame.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  await expect(frame.getByTestId('scenario-summary')).toHaveText(
    'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
  );
  await frame.getByRole('button', { name: 'Table' }).click();
  await expect(frame.getByTestId('outcome-sb230')).toHaveText('inoperative');
  await expect(frame.getByTestId('notice')).toHaveCount(0);
  const hash = new URL(src).hash;
  if (hash) await expect(frame.getByRole('link', { name: 'Open in Tiebar ↗' })).toHaveAttribute('href', new RegExp(`${hash}$`));
  await context.close();
}

const srcOf = (snippet: string) => /src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, '&');

test.describe('publishing a dataset that is only in this browser', () => {
  test('the Embed dialog gives embed code carrying the dataset in #data=, which works in a fresh browser', async ({ page, browser }) => {
    // Seven fresh pages (six phone widths and a host page): about 28 s on a busy 2-core machine.
    test.setTimeout(90_000);
    await openFromFile(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect(page.getByTestId('iframe-snippet')).toHaveCount(0);
    await expect(page.getByTestId('fragment-size')).toContainText(/travels inside the link.*: [\d,]+ characters, under the 32,000/);
    // Like the hosted embed code, it reserves the height the story needs on a phone: measured from
    // the link itself (it carries the dataset), not a default that cuts it off or leaves a gap.
    await expect(page.getByTestId('fragment-height')).toHaveAttribute('data-height', 'measured', { timeout: 15_000 });
    const snippet = await page.getByTestId('fragment-iframe').inputValue();
    const reserved = Number(/height="(\d+)"/.exec(snippet)![1]);
    const src = srcOf(snippet);
    // The tallest it gets on a phone, at the widths the dialog measures (the height is not monotonic in the width).
    let needed = 0;
    for (const width of [320, 340, 360, 375, 390, 414]) {
      const phone = await browser.newContext({ viewport: { width, height: 640 } });
      const shown = await phone.newPage();
      await shown.goto(src);
      await expect(shown.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      needed = Math.max(needed, await shown.evaluate(() => Math.ceil(document.documentElement.scrollHeight)));
      await phone.close();
    }
    expect(Math.abs(reserved - needed)).toBeLessThanOrEqual(4);
    expect(src).toMatch(/^http:\/\/localhost:\d+\/\?scenario=ab392:failed&embed=1#data=[A-Za-z0-9_-]+$/);
    expect(src).not.toContain('dataset=');
    await seeStoryEmbedded(browser, HOST_ORIGIN, src);
  });

  test('Copy link gives a link carrying the dataset, which opens it for a new reader without saving it', async ({ page, browser }) => {
    await openFromFile(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.getByTestId('fragment-link').inputValue();
    expect(link).toMatch(/\?scenario=ab392:failed#data=/);

    const context = await browser.newContext();
    const reader = await context.newPage();
    await reader.goto(link);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(story.title);
    await expect(reader.getByTestId('scenario-summary')).toHaveText(
      'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    );
    // Shared on, it stays a link that carries the dataset; and nothing was kept in the reader's browser.
    await reader.getByRole('button', { name: 'Embed' }).click();
    await expect(reader.getByTestId('iframe-snippet')).toHaveValue(/#data=/);
    const kept = await reader.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('tiebar');
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('datasets')) return resolve(0);
            const count = db.transaction('datasets').objectStore('datasets').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(kept).toBe(0);
    // Not listed as kept in this browser: only named as the one open, carried in the link.
    await expect(reader.getByLabel('Dataset').locator('optgroup option', { hasText: story.title })).toHaveCount(0);
    await expect(reader.getByLabel('Dataset').locator('option:checked')).toHaveText(`${story.title} (in the link)`);
    // Another #data= link pasted into the same tab opens what it carries.
    const other = link.replace(
      /#data=.*/,
      `#data=${deflateRawSync(Buffer.from(JSON.stringify({ ...story, title: 'Another story' }))).toString('base64url')}`,
    );
    await reader.goto(other);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Another story');
    await context.close();
  });

  test('a damaged #data= link says so and opens the founding story instead', async ({ page }) => {
    await page.goto('/#data=AAAA-not-deflate');
    await expect(page.getByTestId('notice').filter({ hasText: 'The dataset in this link could not be read' })).toContainText(
      'it does not decompress (was the link cut short or changed?)',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');

    // The embed validates a carried dataset like any other, and says what is wrong.
    const invalid = { ...story, links: [{ ...story.links[0], to: ['ab329'] }] };
    await page.goto(`/?embed=1#data=${deflateRawSync(Buffer.from(JSON.stringify(invalid))).toString('base64url')}`);
    await expect(page.getByTestId('notice')).toHaveText('The dataset in this link is not a valid Tiebar dataset (1 error).');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
  });

  test('the publish bundle, unpacked on another origin, shows the story embedded in a fresh browser', async ({ page, browser }) => {
    await openFromFile(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByTestId('bundle-folder').fill(`${HOST_ORIGIN}/bundle/`);
    const snippet = await page.getByTestId('bundle-iframe').inputValue();
    const height = /height="(\d+)"/.exec(snippet)![1];
    expect(Number(height)).toBeGreaterThan(1200);
    const src = srcOf(snippet);
    expect(src).toBe(`${HOST_ORIGIN}/bundle/?dataset=sb230-desk-copy&scenario=ab392:failed&embed=1`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download publish bundle (.zip)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tiebar-sb230-desk-copy.zip');
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const names = Object.keys(files).map((n) => n.replace(/^tiebar-sb230-desk-copy\//, ''));
    expect(names).toEqual(expect.arrayContaining(['index.html', 'EMBED.txt', 'data/index.json', 'data/sb230-desk-copy.json']));
    expect(names.some((n) => /^assets\/index-.*\.js$/.test(n))).toBe(true);
    expect(names).toContain('publish-files.json');
    const text = (n: string) => new TextDecoder().decode(files[`tiebar-sb230-desk-copy/${n}`]);
    expect(JSON.parse(text('data/index.json'))).toEqual({
      datasets: [{ id: 'sb230-desk-copy', title: story.title, file: 'sb230-desk-copy.json' }],
    });
    expect(text('EMBED.txt')).toContain(
      `<iframe src="${HOST_ORIGIN}/bundle/?dataset=sb230-desk-copy&amp;scenario=ab392:failed&amp;embed=1"`,
    );
    expect(text('EMBED.txt')).toContain(`height="${height}"`);
    expect(text('EMBED.txt')).toContain(`index.html is at ${HOST_ORIGIN}/bundle/index.html`);
    expect(text('EMBED.txt')).toContain('Access-Control-Allow-Origin: *');
    // The resizing code first: the plain frame's height is fixed.
    expect(text('EMBED.txt').indexOf('new pym.Parent(')).toBeLessThan(text('EMBED.txt').indexOf('<iframe src='));

    rmSync(BUNDLE_DIR, { recursive: true, force: true });
    for (const name of names) {
      mkdirSync(dirname(join(BUNDLE_DIR, name)), { recursive: true });
      writeFileSync(join(BUNDLE_DIR, name), files[`tiebar-sb230-desk-copy/${name}`]);
    }
    await seeStoryEmbedded(browser, OTHER_ORIGIN, src);
    // An address that lost its dataset (a page's editor trimmed it) still shows the bundle's own story, not a missing default.
    const bare = new URL(src);
    bare.searchParams.delete('dataset');
    await seeStoryEmbedded(browser, OTHER_ORIGIN, bare.toString());
  });

  test('the Embed dialog says, before the code is taken, how many facts cite no source', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const uncited = { ...story, bills: story.bills.map((b: { id: string }) => (b.id === 'ab931' ? { ...b, sources: [] } : b)) };
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(uncited)) });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect(page.getByTestId('embed-uncited')).toHaveText(
      'Before you publish: 1 fact in this dataset cites no source (AB 931), so readers cannot check it. “Edit / New dataset” lists it under its warnings.',
    );
    // The founding story as published cites a source for every fact: no such note.
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect(page.getByRole('heading', { name: 'Embed this view' })).toBeVisible();
    await expect(page.getByTestId('embed-uncited')).toHaveCount(0);
  });
});
