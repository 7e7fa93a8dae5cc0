import { expect, test } from '@playwright/test';

test.describe('the founding story', () => {
  test('flipping AB 392 to fails makes SB 230 inoperative in the graph and in the table', async ({ page }, testInfo) => {
    await page.goto('/');
    const graph = page.getByTestId('graph');
    await expect(graph).toHaveAttribute('data-layout', 'settled');
    const sb230 = graph.locator('g.tb-node[data-id="sb230"]');
    const ab392 = graph.locator('g.tb-node[data-id="ab392"]');
    await expect(sb230).toHaveAttribute('data-outcome', 'enacted');
    await expect(ab392).toHaveAttribute('data-outcome', 'enacted');
    // The deciding tie: the heaviest line on the page, with its words and its date.
    const tie = graph.locator('g.tb-link-label[data-id="sb230-on-ab392"]');
    await expect(tie.locator('text.tb-link-words')).toHaveText('operative only if');
    await expect(tie.locator('text.tb-link-date')).toHaveText('since 23 Apr 2019');
    const before = await sb230.getAttribute('transform');

    await page
      .getByRole('group', { name: /^AB 392/ })
      .getByRole('radio', { name: 'Fails' })
      .check();

    await expect(sb230).toHaveAttribute('data-outcome', 'inoperative');
    await expect(sb230).toHaveAttribute('aria-label', 'SB 230 inoperative, bill');
    // The bill is drawn in every outcome's look; its own is the one shown (opaque).
    const shownWords = () =>
      sb230
        .locator('.tb-look')
        .evaluateAll((looks) =>
          looks.filter((l) => getComputedStyle(l).opacity !== '0').map((l) => l.querySelector('.tb-outcome')!.textContent),
        );
    await expect.poll(shownWords).toEqual(['inoperative']);
    await expect(ab392).toHaveAttribute('data-outcome', 'failed');
    await expect(page.getByTestId('explanation-sb230')).toContainText(
      'SB 230 was signed on 12 Sep 2019 but can never take effect: since 23 Apr 2019 it has depended on AB 392 becoming law, and in this scenario AB 392 fails.',
    );
    // A scenario toggle restyles; nothing moves.
    expect(await sb230.getAttribute('transform')).toBe(before);
    await expect(page).toHaveURL(/\?scenario=ab392:failed$/);
    await page.screenshot({ path: testInfo.outputPath('founding-ab392-fails.png') });

    await page.getByRole('button', { name: 'Table' }).click();
    const row = page.getByRole('row', { name: /SB 230/ });
    await expect(row.getByTestId('outcome-sb230')).toHaveText('inoperative');
    await expect(row).toContainText('it has depended on AB 392 becoming law');
    await expect(page).toHaveURL(/view=table/);
    // What the scenario changed comes first, saying what it was; the filter keeps only that.
    const billRows = page.getByTestId('bill-table').locator('tbody tr');
    await expect(billRows).toHaveCount(3);
    expect(await billRows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-bill')))).toEqual(['ab392', 'sb230', 'ab931']);
    await expect(row.getByRole('cell', { name: 'enacted', exact: true })).toBeVisible(); // its recorded outcome
    await page.getByLabel('Only what the scenario changes').check();
    await expect(billRows).toHaveCount(2);
    await expect(page.getByTestId('bill-table').locator('tbody tr[data-bill="ab931"]')).toHaveCount(0);
  });

  test('the URL opens straight to a state', async ({ page }) => {
    await page.goto('/?dataset=ca-2019-deadly-force&scenario=ab392:failed&view=table');
    await expect(page.getByTestId('outcome-sb230')).toHaveText('inoperative');
    await expect(page.getByTestId('outcome-ab392')).toHaveText('failed');
    await expect(page.getByRole('group', { name: /^AB 392/ }).getByRole('radio', { name: 'Fails' })).toBeChecked();
  });

  test('bad URL values show specific notices and fall back, never a blank page', async ({ page }) => {
    await page.goto('/?dataset=no-such-dataset&scenario=ab392:maybe,zz9:failed&view=chart');
    const notices = page.getByTestId('notice');
    await expect(notices.filter({ hasText: 'There is no built-in dataset "no-such-dataset"' })).toBeVisible();
    await expect(notices.filter({ hasText: 'scenario entry "ab392:maybe" is not' })).toBeVisible();
    await expect(notices.filter({ hasText: 'view "chart" is not "graph" or "table"; showing the graph' })).toBeVisible();
    await expect(notices.filter({ hasText: 'The scenario names "zz9", not a bill of this dataset; ignored.' })).toBeVisible();
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('California 2019: SB 230 hangs on AB 392');
    // The address stays as typed (to be seen, fixed, or tried again) until the reader changes something.
    await page.waitForTimeout(500);
    expect(new URL(page.url()).search).toBe('?dataset=no-such-dataset&scenario=ab392:maybe,zz9:failed&view=chart');
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page).toHaveURL(/\?view=table$/);
  });
});
