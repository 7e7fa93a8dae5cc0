import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { HOST_ORIGIN } from './helpers';

const EXAMPLE = 'docs/sheets/example';
const sheetNames = readdirSync(EXAMPLE).filter((n) => n.endsWith('.csv'));

/** Drops CSV files on the page, as a reporter dragging them from a folder would. */
async function dropSheets(page: Page, edit: Record<string, (text: string) => string> = {}) {
  const files = sheetNames.map((name) => ({ name, text: (edit[name] ?? ((t: string) => t))(readFileSync(`${EXAMPLE}/${name}`, 'utf8')) }));
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    return dt;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', type, { dataTransfer: transfer });
}

test.describe('spreadsheets in the app', () => {
  test('dropped sheets open as a dataset; a mistake is named by sheet, row and column and changes nothing', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await dropSheets(page, {
      'links.csv': (t) => t.replace(',sb230,ab392,', ',sb230,ab329,'),
      // A US date is read, and said as a warning, not counted with the errors.
      'events.csv': (t) => t.replace('2019-02-06', '2/6/2019'),
    });
    const notice = page.getByTestId('notice').filter({ hasText: 'The spreadsheets could not be read (1 error)' });
    await expect(notice).toContainText('The open dataset was not changed.');
    await expect(notice).toContainText('links.csv row 2, column "to": no bill with id "ab329" (did you mean "ab392"?)');
    await expect(notice).toContainText(
      'warning: events.csv row 2, column "date": dates with slashes were read month/day/year (US): "2/6/2019" is 2019-02-06',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');

    await dropSheets(page, {
      'dataset.csv': (t) => t.replace('id,ca-2019-deadly-force', 'id,my-sheets').replace('title,California 2019', 'title,From sheets'),
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('From sheets: SB 230 hangs on AB 392');
    await expect(page).toHaveURL(/dataset=my-sheets/);
    // Its warning is said once, by sheet, row and column: not again in the dataset file's words.
    const read = page.getByTestId('notice').filter({ hasText: /^Read \d+ sheets, with 1 warning/ });
    await expect(read).toContainText('events.csv row');
    await expect(page.getByTestId('notice').filter({ hasText: /warnings? \(shown, not fatal\)/ })).toHaveCount(0);
    await expect(page.getByTestId('notice').filter({ hasText: 'bills[' })).toHaveCount(0);
    await page
      .getByRole('group', { name: /^AB 392/ })
      .getByRole('radio', { name: 'Fails' })
      .check();
    await expect(page.getByTestId('scenario-summary')).toHaveText(
      'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    );
  });

  test('"Import spreadsheets…" reads the published CSV addresses of a sheet', async ({ page }) => {
    await page.goto('/');
    // Once the page has opened its dataset (the header settles its layout then), as the other tests do.
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    // At the default 1280 px the spreadsheet tools sit under "More options".
    await page.getByText('More options', { exact: true }).click();
    await page.getByRole('button', { name: 'Import spreadsheets…' }).click();
    // The dialog wraps its words to its width (opened from the menu, it once kept the menu's one-line items).
    const dialog = page.getByRole('dialog');
    const fit = await dialog.evaluate((d) => ({
      scroll: d.scrollWidth,
      width: d.clientWidth,
      text: d.querySelector('p')!.getBoundingClientRect().width,
    }));
    expect(fit.scroll).toBeLessThanOrEqual(fit.width);
    expect(fit.text).toBeLessThanOrEqual(fit.width);
    const [box, button] = [await dialog.boundingBox(), await page.getByRole('button', { name: 'Import from addresses' }).boundingBox()];
    expect(button!.x + button!.width).toBeLessThanOrEqual(box!.x + box!.width);
    await page.getByLabel('Published CSV addresses, one per line').fill(sheetNames.map((n) => `${HOST_ORIGIN}/sheets/${n}`).join('\n'));
    await page.getByRole('button', { name: 'Import from addresses' }).click();
    await expect(page).toHaveURL(/dataset=ca-2019-deadly-force-local/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // The menu it was opened from folds again: it would cover the story just loaded.
    await expect(page.locator('details.tb-header-more')).not.toHaveAttribute('open', '');
  });

  test('a dialog opened from "More options" folds the menu as it opens, and closing it keeps keyboard focus on the menu', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.getByText('More options', { exact: true }).click();
    await page.getByRole('button', { name: 'Import spreadsheets…' }).click();
    // Nothing of the menu is left open behind the dialog.
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.locator('details.tb-header-more')).not.toHaveAttribute('open', '');
    await expect(page.getByRole('button', { name: 'Import bills…' })).toBeHidden();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('details.tb-header-more')).not.toHaveAttribute('open', '');
    await expect(page.locator('details.tb-header-more > summary')).toBeFocused();
  });

  test('a mistake in sheets picked in the dialog is shown in the dialog, which stays open to try again', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.getByText('More options', { exact: true }).click();
    await page.getByRole('button', { name: 'Import spreadsheets…' }).click();
    const files = sheetNames.map((name) => {
      const text = readFileSync(`${EXAMPLE}/${name}`, 'utf8');
      return {
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from(name === 'links.csv' ? text.replace(',sb230,ab392,', ',sb230,ab329,') : text),
      };
    });
    await page.getByTestId('sheets-input').setInputFiles(files);
    const problem = page.getByRole('dialog').getByRole('alert');
    await expect(problem).toContainText('The spreadsheets could not be read (1 error)');
    await expect(problem).toContainText('links.csv row 2, column "to": no bill with id "ab329" (did you mean "ab392"?)');
    await expect(problem).toBeInViewport();
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  test('"Download spreadsheets" gives the template sheets of the open dataset', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    await page.getByText('More options', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download spreadsheets' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ca-2019-deadly-force-sheets.zip');
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(Object.keys(files).sort()).toEqual(sheetNames.map((n) => `ca-2019-deadly-force-sheets/${n}`).sort());
    for (const n of sheetNames)
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[`ca-2019-deadly-force-sheets/${n}`]), n).toBe(
        readFileSync(`${EXAMPLE}/${n}`, 'utf8'),
      );
  });

  test('the import dialog offers the blank template with its guide, to start a story from nothing', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.getByText('More options', { exact: true }).click();
    await page.getByRole('button', { name: 'Import spreadsheets…' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('dialog[open]').getByRole('button', { name: 'Download the blank template (.zip)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tiebar-template.zip');
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const text = (n: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(files[`tiebar-template/${n}`]);
    const template = readdirSync('docs/sheets/template').filter((n) => n.endsWith('.csv'));
    expect(Object.keys(files).sort()).toEqual([...template, 'README.md'].map((n) => `tiebar-template/${n}`).sort());
    for (const n of template) expect(text(n), n).toBe(readFileSync(`docs/sheets/template/${n}`, 'utf8'));
    expect(text('README.md')).toBe(readFileSync('docs/sheets/README.md', 'utf8'));
  });
});
