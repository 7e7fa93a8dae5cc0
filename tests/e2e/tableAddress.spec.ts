import { expect, test } from '@playwright/test';

test.describe("the table's address", () => {
  test('keeps the tab, the filter and the sort through a reload and back, and names a bad sort', async ({ page }) => {
    await page.goto('/?dataset=mi-2020-tied-to-vetoed&view=table');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Michigan 2020: laws signed, but tied to bills that were vetoed');
    const bills = page.getByTestId('bill-table');
    await expect(bills.locator('tbody tr')).toHaveCount(6);
    const filter = page.getByRole('searchbox', { name: 'Filter', exact: true });
    const order = (table: typeof bills) => table.locator('tbody th').allTextContents();

    // Typing filters the table and rewrites the address, one keystroke at a time, without a history entry each.
    const entries = await page.evaluate(() => history.length);
    await filter.pressSequentially('liquor');
    await expect(bills.locator('tbody tr')).toHaveCount(4);
    await expect(page).toHaveURL(/[?&]q=liquor(&|$)/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await bills.getByRole('button', { name: 'Bill', exact: true }).click();
    await bills.getByRole('button', { name: 'Bill', exact: true }).click();
    await expect(page).toHaveURL(/\?dataset=mi-2020-tied-to-vetoed&view=table&q=liquor&sort=-bill$/);
    await expect.poll(() => order(bills)).toEqual(['SB 1140', 'SB 1139', 'SB 1138', 'SB 897']);

    // Another table: its own entry in the history, unsorted, the filter kept.
    await page.getByRole('tab', { name: 'Links', exact: true }).click();
    await expect(page).toHaveURL(/\?dataset=mi-2020-tied-to-vetoed&view=table&tab=links&q=liquor$/);
    const links = page.getByTestId('link-table');
    await filter.fill('');
    await filter.pressSequentially('tie bar');
    await expect(links.locator('tbody tr')).toHaveCount(3);
    await links.getByRole('button', { name: 'From', exact: true }).click();
    await links.getByRole('button', { name: 'From', exact: true }).click();
    await expect(page).toHaveURL(/\?dataset=mi-2020-tied-to-vetoed&view=table&tab=links&q=tie\+bar&sort=-from$/);
    const sorted = ['SB 897', 'HB 5444', 'HB 5443'];
    await expect.poll(() => order(links)).toEqual(sorted);

    // A reload shows the same table.
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Links', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(filter).toHaveValue('tie bar');
    await expect(links.locator('tbody tr')).toHaveCount(3);
    await expect.poll(() => order(links)).toEqual(sorted);
    await expect(links.getByRole('columnheader', { name: 'From', exact: true })).toHaveAttribute('aria-sort', 'descending');

    // The embed code for this view carries it, and the embed shows the same links in the same order.
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await expect(page.getByTestId('iframe-snippet')).toHaveValue(/view=table&amp;tab=links&amp;q=tie\+bar&amp;sort=-from/);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    const embed = await page.context().newPage();
    await embed.goto('/?embed=1&dataset=mi-2020-tied-to-vetoed&view=table&tab=links&q=tie+bar&sort=-from');
    await expect(embed.getByTestId('link-table').locator('tbody tr')).toHaveCount(3);
    await expect.poll(() => order(embed.getByTestId('link-table'))).toEqual(sorted);
    await embed.close();

    // Back: the bills, filtered and sorted as they were left.
    await page.goBack();
    await expect(page.getByRole('tab', { name: 'Bills', exact: true })).toHaveAttribute('aria-selected', 'true');
    await expect(filter).toHaveValue('liquor');
    await expect(bills.locator('tbody tr')).toHaveCount(4);
    await expect.poll(() => order(bills)).toEqual(['SB 1140', 'SB 1139', 'SB 1138', 'SB 897']);

    // A sort by a column the table does not have: a notice that says so, and the table in its own order.
    await page.goto('/?dataset=mi-2020-tied-to-vetoed&view=table&sort=party');
    await expect(page.getByTestId('notice').filter({ hasText: 'sort "party" is not a column of the bills table' })).toContainText(
      'left unsorted',
    );
    await expect(bills.locator('tbody tr')).toHaveCount(6);
    await expect(page).toHaveURL(/\?dataset=mi-2020-tied-to-vetoed&view=table$/);
  });
});
