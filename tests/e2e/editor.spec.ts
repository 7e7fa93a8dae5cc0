import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { keys } from './editorKeys';

// SB 230's official digest as chaptered (shared/facts/ca-2019-deadly-force.md, S23).
const DIGEST =
  'This bill would also make its provisions operative contingent on the enactment of Assembly Bill 392 of the 2019-20 Regular Session.';
const S23 = 'https://scribd.com/document/642056110/Senate-Bill-No-230';
const S1 = 'https://id.scribd.com/document/416579410/20190AB392-97';

const editor = (page: Page) => page.getByTestId('editor');
const field = (page: Page, label: string | RegExp) => editor(page).getByLabel(label, { exact: typeof label === 'string' });

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).include('.tb-editor-side').analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits until the draft's latest version is checked and kept. */
async function settled(page: Page, errors?: number) {
  await expect(page.getByTestId('draft-check')).toHaveAttribute('data-checked', 'yes');
  if (errors !== undefined) await expect(page.getByTestId('draft-check')).toHaveAttribute('data-errors', String(errors));
  await expect(page.getByTestId('draft-kept')).toHaveText('Draft saved in this browser.');
}

/** The app on the founding story, with a copy of it open in the editor and checked. */
async function editCopy(page: Page, address = '/') {
  const k = keys(page);
  await page.goto(address);
  await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
  await k.press(page.getByRole('button', { name: 'Edit / New dataset' }));
  await k.press(page.getByRole('button', { name: /^Edit a copy of/ }));
  await settled(page, 0);
  return k;
}

async function addBill(page: Page, label: string, title: string, signed: string, source: RegExp) {
  const k = keys(page);
  await k.press(editor(page).getByRole('button', { name: 'Bills', exact: true }));
  await k.type(field(page, 'New bill: label'), label);
  await page.keyboard.press('Enter');
  await expect(editor(page).getByRole('group', { name: `Bill ${label}` })).toBeVisible();
  await k.type(field(page, 'Title *'), title);
  await k.choose(field(page, 'Cite a source'), source);
  await k.press(editor(page).getByRole('button', { name: 'Cite', exact: true }));
  await k.press(editor(page).getByRole('button', { name: 'Add event' }));
  await k.type(field(page, /^Date/), signed);
  await k.choose(field(page, 'Type'), 'signed');
  await k.type(field(page, /^What happened/), 'Signed by the Governor');
}

async function addPerson(page: Page, name: string, kind: string, bill: string, stance: string) {
  const k = keys(page);
  await k.press(editor(page).getByRole('button', { name: 'People', exact: true }));
  await k.type(field(page, 'New stakeholder: name'), name);
  await page.keyboard.press('Enter');
  await expect(editor(page).getByRole('group', { name: `Stakeholder ${name}` })).toBeVisible();
  await k.choose(field(page, 'Kind'), kind);
  await k.choose(field(page, 'New position on'), bill);
  await k.choose(field(page, 'Stance'), stance);
  await k.press(editor(page).getByRole('button', { name: 'Add position' }));
}

test.describe('the editor', () => {
  test('builds the founding story by keyboard, keeps it across a reload, ties SB 230 from its digest, and evaluates as the built-in', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const k = keys(page);
    // Every stakeholder drawn as its own node, so the graph shows each one the editor adds.
    await page.goto('/?stakeholders=all');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await k.press(page.getByRole('button', { name: 'Edit / New dataset' }));
    await k.press(page.getByRole('button', { name: 'New dataset' }));
    expect(await axe(page)).toEqual([]);

    // The dataset, checked as it is typed: an empty title is an error at the title field.
    const title = field(page, 'Title *');
    await settled(page);
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${await title.getAttribute('aria-describedby')}`)).toHaveText('Error: must not be empty');
    await k.type(title, 'Deadly force 2019');
    await settled(page);
    await expect(title).not.toHaveAttribute('aria-invalid', 'true');
    await expect(editor(page)).toContainText('Id: deadly-force-2019');

    // Undo and redo, by keys and by buttons.
    await page.keyboard.press('Control+z');
    await expect(title).toHaveValue('');
    await page.keyboard.press('Control+Shift+z');
    await expect(title).toHaveValue('Deadly force 2019');
    await k.press(editor(page).getByRole('button', { name: 'Undo' }));
    await expect(title).toHaveValue('');
    await k.press(editor(page).getByRole('button', { name: 'Redo' }));
    await expect(title).toHaveValue('Deadly force 2019');

    // Two sources.
    await k.press(editor(page).getByRole('button', { name: 'Sources', exact: true }));
    for (const url of [S23, S1]) {
      await k.type(field(page, 'New source address'), url);
      await page.keyboard.press('Enter');
    }
    await expect(editor(page).getByRole('group', { name: 'Source S2' })).toBeVisible();

    await addBill(page, 'AB 392', 'Peace officers: deadly force', '2019-08-19', /^S2:/);
    await settled(page, 0);
    // Live: the graph beside the form now draws the draft.
    await expect(page.getByTestId('graph').locator('g.tb-node[data-id="ab392"]')).toHaveAttribute('data-outcome', 'enacted');

    // A reload mid-way brings the draft back, open where it was: on its Bills tab, at AB 392.
    await page.reload();
    await expect(editor(page)).toBeVisible();
    await expect(editor(page).getByRole('button', { name: 'Bills', exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(editor(page).getByRole('group', { name: 'Bill AB 392' })).toBeVisible();
    await k.press(editor(page).getByRole('button', { name: 'Dataset', exact: true }));
    await expect(field(page, 'Title *')).toHaveValue('Deadly force 2019');
    await expect(page.getByTestId('graph').locator('g.tb-node[data-id="ab392"]')).toBeVisible();

    await addBill(page, 'SB 230', 'Law enforcement: use of deadly force: training: policies', '2019-09-12', /^S1:/);

    // Paste SB 230's digest sentence: the detector proposes the tie, quoting the clause with the bill marked.
    await field(page, /^Bill text/).focus();
    await page.keyboard.insertText(DIGEST);
    const proposal = editor(page).getByRole('list', { name: 'Proposed ties' }).getByRole('listitem');
    await expect(proposal).toHaveCount(1);
    await expect(proposal.locator('blockquote')).toHaveText(DIGEST);
    await expect(proposal.locator('mark')).toHaveText('Assembly Bill 392');
    await k.press(proposal.getByRole('button', { name: 'Accept tie to AB 392' }));
    // The link opens: unverified until ticked; its date typed in.
    await expect(field(page, 'Clause')).toHaveValue(DIGEST);
    const verified = field(page, "Clause checked against the bill's text");
    await expect(verified).not.toBeChecked();
    await k.type(field(page, /^Added on/), '2019-04-23');
    await k.choose(field(page, 'Cite a source'), /^S1:/);
    await k.press(editor(page).getByRole('button', { name: 'Cite', exact: true }));
    await k.press(verified, 'Space');
    await expect(verified).toBeChecked();
    await settled(page, 0);
    await expect(page.getByTestId('graph').locator('g.tb-edge[data-kind="contingent-enactment"]')).toHaveCount(1);

    await addPerson(page, 'Shirley Weber', 'legislator', 'AB 392', 'sponsor');
    await addPerson(page, 'Anna Caballero', 'legislator', 'SB 230', 'sponsor');
    await addPerson(page, 'PORAC', 'law enforcement association', 'SB 230', 'sponsor');
    await settled(page, 0);
    expect(await axe(page)).toEqual([]);

    // Undo the last three steps (PORAC's position, kind, and PORAC) and redo them: the graph follows.
    const porac = page.getByTestId('graph').locator('g.tb-node[data-id="porac"]');
    await expect(porac).toHaveCount(1);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await settled(page);
    await expect(porac).toHaveCount(0);
    await expect(page.getByTestId('graph').locator('g.tb-node[data-id="anna-caballero"]')).toHaveCount(1);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+z');
    await settled(page, 0);
    await expect(porac).toHaveCount(1);
    await expect(editor(page).getByRole('group', { name: 'Stakeholder PORAC' }).getByLabel('Kind', { exact: true })).toHaveValue(
      'law-enforcement-association',
    );

    // Open it in the app; it evaluates as the built-in does.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      k.press(editor(page).getByRole('button', { name: 'Download JSON' })),
    ]);
    const built = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(built.links).toEqual([
      expect.objectContaining({
        kind: 'contingent-enactment',
        from: 'sb230',
        to: ['ab392'],
        added: '2019-04-23',
        clause: DIGEST,
        clauseVerified: true,
      }),
    ]);
    expect(Object.keys(built.sources)).toHaveLength(2);
    expect(built.stakeholders).toHaveLength(3);
    await k.press(editor(page).getByRole('button', { name: 'Open in Tiebar' }));
    await expect(page.getByTestId('editor')).toHaveCount(0);
    await expect(page).toHaveURL(/dataset=deadly-force-2019/);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deadly force 2019');
    await expect(page.getByTestId('graph').locator('g.tb-node[data-id="ab931"]')).toHaveCount(0);
    for (const dataset of ['deadly-force-2019', 'ca-2019-deadly-force']) {
      await page.goto(`/?dataset=${dataset}&scenario=ab392:failed&view=table`);
      await expect(page.getByTestId('outcome-ab392')).toHaveText('failed');
      await expect(page.getByTestId('outcome-sb230')).toHaveText('inoperative');
    }
  });

  test("a draft's warnings, once it is open in Tiebar, are said as the forms name things, not in the file's words", async ({ page }) => {
    const k = await editCopy(page);
    await k.press(editor(page).getByRole('button', { name: 'Bills', exact: true }));
    await k.type(field(page, 'New bill: label'), 'AB 1');
    await page.keyboard.press('Enter');
    await k.type(field(page, 'Title *'), 'A bill with no source yet');
    await settled(page);
    await k.press(editor(page).getByRole('button', { name: 'Open in Tiebar' }));
    await expect(page.getByTestId('editor')).toHaveCount(0);
    const notice = page.getByTestId('notice').filter({ hasText: /warnings? \(shown, not fatal\)/ });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('AB 1: cites no source (in its "Sources" box, paste the address under "New source address"');
    await expect(notice).not.toContainText('"sources": [');
    await expect(notice).not.toContainText('bills[');
  });

  test('a draft opened in Tiebar again replaces the dataset it kept: same address, the new version, listed once', async ({ page }) => {
    const k = await editCopy(page);
    await k.press(editor(page).getByRole('button', { name: 'Open in Tiebar' }));
    await expect(page).toHaveURL(/dataset=ca-2019-deadly-force-local/);
    await k.press(page.getByRole('button', { name: 'Edit / New dataset' }));
    await k.press(page.getByRole('button', { name: /^Open draft/ }));
    await k.type(field(page, 'Title *'), ' (corrected)');
    await settled(page);
    await k.press(editor(page).getByRole('button', { name: 'Open in Tiebar' }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\(corrected\)$/);
    await expect(page).toHaveURL(/dataset=ca-2019-deadly-force-local(&|$)/);
    await expect(page.getByTestId('notice').filter({ hasText: 'is now this version of the draft' })).toBeVisible();
    await expect(page.getByLabel('Dataset').locator('option[value^="ca-2019-deadly-force-local"]')).toHaveCount(1);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\(corrected\)$/);
  });

  test('a link made by hand is checked at its fields, and a node clicked in the graph opens in the editor', async ({ page }) => {
    const k = await editCopy(page);
    await page.getByTestId('graph').locator('g.tb-node[data-id="sb230"]').click();
    await expect(editor(page).getByRole('group', { name: 'Bill SB 230' })).toBeVisible();

    await k.press(editor(page).getByRole('button', { name: 'Links', exact: true }));
    await k.choose(editor(page).getByLabel('Kind', { exact: true }).first(), 'tie bar');
    await k.choose(editor(page).getByLabel('Bill that hangs', { exact: true }), 'AB 392');
    await k.choose(editor(page).getByLabel('Hangs on', { exact: true }), 'AB 931');
    await k.press(editor(page).getByRole('button', { name: 'Add link' }));
    const measure = field(page, 'Measure 1');
    await expect(measure).toHaveValue('ab931');
    await k.choose(measure, 'AB 392');
    await settled(page, 1);
    await expect(measure).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator(`#${await measure.getAttribute('aria-describedby')}`)).toContainText('a bill cannot be linked to itself');
    const added = field(page, /^Added on/);
    await k.type(added, '2019-02-31');
    await settled(page);
    await expect(added).toHaveAttribute('aria-invalid', 'true');
    const msg = `${await added.getAttribute('id')}-msg`;
    expect((await added.getAttribute('aria-describedby'))?.split(' ')).toContain(msg);
    await expect(page.locator(`#${msg}`)).toContainText('Error: ');
    expect(await axe(page)).toEqual([]);
  });

  test("a date reads once: the calendar beside it is its button, not the date again in the browser's format", async ({ page }) => {
    const k = await editCopy(page);
    await k.press(editor(page).getByRole('button', { name: 'Links', exact: true }));
    const typed = field(page, /^Added on/);
    await expect(typed).toHaveValue('2019-04-23');
    const calendar = editor(page)
      .getByLabel(/^Calendar: Added on/)
      .first();
    await expect(calendar).toHaveValue('2019-04-23');
    // Its words are not drawn (02/06/2019 beside 2019-02-06 reads as June in half the world); its box is the button's.
    const seen = await calendar.evaluate((el) => ({ colour: getComputedStyle(el).color, width: el.getBoundingClientRect().width }));
    expect(seen.colour).toBe('rgba(0, 0, 0, 0)');
    expect(seen.width).toBeLessThanOrEqual(48);
  });

  test('while a copy of a built-in is being edited, Copy link carries the draft, never the built-in', async ({ page }) => {
    await editCopy(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByTestId('fragment-link')).toHaveValue(/#data=/);
  });

  test('opening another dataset while a draft is open ends the editing (the draft is kept); a link opened later shows what it names', async ({
    page,
  }) => {
    const k = await editCopy(page);
    await k.type(field(page, 'Title *'), ' (draft)');
    await settled(page);
    await page.getByRole('combobox', { name: 'Dataset', exact: true }).selectOption('mi-2020-tied-to-vetoed');
    await expect(editor(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Michigan 2020/);
    await expect(page.getByTestId('notice').filter({ hasText: 'Your draft is kept in this browser' })).toBeVisible();
    // Embed gives the dataset on screen, built in: no draft in it.
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await expect(page.locator('dialog[open] textarea').first()).toHaveValue(/dataset=mi-2020-tied-to-vetoed/);
    await page.locator('dialog[open]').getByRole('button', { name: 'Close' }).click();
    // The draft is still there to reopen.
    await page.getByRole('button', { name: 'Edit / New dataset', exact: true }).click();
    await expect(page.getByRole('button', { name: /^Open draft .*\(draft\)/ })).toBeVisible();
    await page.getByRole('button', { name: /^Open draft .*\(draft\)/ }).click();
    await expect(field(page, 'Title *')).toHaveValue(/\(draft\)$/);
    // A reload brings the draft back, whatever dataset the address names.
    await expect(page).toHaveURL(/dataset=mi-2020-tied-to-vetoed/);
    await page.reload();
    await expect(field(page, 'Title *')).toHaveValue(/\(draft\)$/);
    // With the editor open, a link that names a dataset opens on that dataset, not on the draft.
    await page.goto('/?dataset=mi-2020-tied-to-vetoed');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Michigan 2020/);
    await expect(editor(page)).toHaveCount(0);
    // And the plain address reopens the draft, as after any reload.
    await page.goto('/');
    await expect(field(page, 'Title *')).toHaveValue(/\(draft\)$/);
  });

  test("a reload of the editor keeps the address's what-if and focus for the draft, not the dataset that opens first", async ({ page }) => {
    await editCopy(page, '/?dataset=mi-2020-tied-to-vetoed');
    // The plain address with a what-if and a focus on the draft's bills (the founding story, which
    // opens first, has neither), as a reload of a new dataset's what-if gives.
    for (const go of [() => page.goto('/?scenario=hb5443:enacted&focus=hb5444'), () => page.reload()]) {
      await go();
      // The editor is back, and the graph shows its draft (the founding story has no HB 5444).
      await expect(editor(page)).toBeVisible();
      const bill = page.getByTestId('graph').locator('g.tb-node[data-id="hb5444"]');
      await expect(bill).toHaveAttribute('data-outcome', 'enacted');
      await expect(bill).toHaveAttribute('data-focus', 'true');
      await expect(page).toHaveURL(/scenario=hb5443%3Aenacted|scenario=hb5443:enacted/);
      await expect(page.getByTestId('notice')).toHaveCount(0);
    }
  });

  test("a new draft's stage shows no other dataset's graph; a draft with errors offers no link or embed code, and shows its last version that checked out", async ({
    page,
  }) => {
    const k = keys(page);
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await k.press(page.getByRole('button', { name: 'Edit / New dataset' }));
    await k.press(page.getByRole('button', { name: 'New dataset' }));
    await k.type(field(page, 'Title *'), 'My own story');
    await settled(page);
    const errors = Number(await page.getByTestId('draft-check').getAttribute('data-errors'));
    expect(errors).toBeGreaterThan(0);
    // Nothing of the founding story stands beside the new draft as if it were the draft's.
    const waiting = page.getByTestId('draft-waiting');
    await expect(waiting).toContainText('Your draft’s graph shows here once it checks out.');
    await expect(waiting).toContainText(`${errors === 1 ? '1 error' : `${errors} errors`} to fix first`);
    // The editor's count says so too (there is no valid version of it to show yet).
    await expect(page.getByTestId('draft-check').getByRole('status')).toContainText('the graph shows once they are fixed');
    await expect(page.getByTestId('graph')).toHaveCount(0);
    await expect(page.locator('.tb-stage')).not.toContainText('SB 230');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your draft');
    await expect(page.getByRole('button', { name: 'Embed', exact: true })).toHaveCount(0);
    await k.press(editor(page).getByRole('button', { name: 'Close editor' }));

    // A copy of the founding story checks out, and shows; broken, it stays shown as it last checked out.
    await k.press(page.getByRole('button', { name: 'Edit / New dataset' }));
    await k.press(page.getByRole('button', { name: /^Edit a copy of/ }));
    await settled(page);
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await field(page, 'Title *').fill('');
    await settled(page);
    expect(Number(await page.getByTestId('draft-check').getAttribute('data-errors'))).toBeGreaterThan(0);
    await expect(page.getByTestId('draft-waiting')).toHaveCount(0);
    await expect(page.getByTestId('graph').locator('g.tb-node[data-id="sb230"]')).toHaveCount(1);
    // Its problems are said in the forms' words, not the file's paths.
    await page
      .getByTestId('draft-check')
      .getByText(/^Show all/)
      .click();
    const listed = await page.getByTestId('draft-check').locator('li').allInnerTexts();
    expect(listed.length).toBeGreaterThan(0);
    for (const line of listed) expect(line).not.toMatch(/\[\d+\]|"sources":|^(Error|Warning) at /);
    for (const name of ['Embed', 'Copy link']) {
      await page.getByRole('button', { name, exact: true }).click();
      const dialog = page.locator('dialog[open]');
      await expect(dialog.getByRole('status')).toContainText(/The draft has (one problem|\d+ problems) to fix first/);
      await expect(dialog.locator('textarea, input[readonly]')).toHaveCount(0);
      await expect(dialog).not.toContainText('#data=');
      await dialog.getByRole('button', { name: 'Close' }).click();
    }
  });

  test('storage full is said plainly, and Download JSON still works', async ({ page }) => {
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const k = keys(page);
    await page.goto('/');
    await k.press(page.getByRole('button', { name: 'Edit / New dataset' }));
    await k.press(page.getByRole('button', { name: 'New dataset' }));
    await k.type(field(page, 'Title *'), 'Kept nowhere');
    await expect(page.getByTestId('draft-kept')).toHaveText(
      'This draft is NOT being saved: the browser storage is full. Use Download JSON to keep your work.',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      k.press(editor(page).getByRole('button', { name: 'Download JSON' })),
    ]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).title).toBe('Kept nowhere');
  });

  test('a draft open in two tabs says so in both (each would save over the other), and no longer once one closes it', async ({
    page,
    context,
  }) => {
    const k = keys(page);
    await page.goto('/');
    await k.press(page.getByRole('button', { name: 'Edit / New dataset' }));
    await k.press(page.getByRole('button', { name: 'New dataset' }));
    await k.type(field(page, 'Title *'), 'Two tabs');
    await settled(page);
    await expect(page.getByTestId('draft-elsewhere')).toHaveCount(0);
    // The same browser, another tab: the plain address reopens the draft.
    const other = await context.newPage();
    await other.goto('/');
    await expect(field(other, 'Title *')).toHaveValue('Two tabs');
    await expect(other.getByTestId('draft-elsewhere')).toContainText('also open in another tab or window');
    await expect(page.getByTestId('draft-elsewhere')).toBeVisible();
    await editor(other).getByRole('button', { name: 'Close editor' }).click();
    await expect(page.getByTestId('draft-elsewhere')).toHaveCount(0);
  });

  test('several drafts are kept, reopened and deleted', async ({ page }) => {
    const k = keys(page);
    await page.goto('/');
    for (const name of ['First story', 'Second story']) {
      await k.press(page.getByRole('button', { name: 'Edit / New dataset' }));
      await k.press(page.getByRole('button', { name: 'New dataset' }));
      await k.type(field(page, 'Title *'), name);
      await settled(page);
      await k.press(editor(page).getByRole('button', { name: 'Close editor' }));
    }
    await page.reload();
    await k.press(page.getByRole('button', { name: 'Edit / New dataset' }));
    const start = page.getByTestId('editor-start');
    await expect(start.getByRole('button', { name: /^Open draft/ })).toHaveText(['Open draft “Second story”', 'Open draft “First story”']);
    // Each says how much is in it; a deletion asks first, and can be called off.
    await expect(start.locator('li').first()).toContainText(/Second story \(0 bills, 0 stakeholders; changed /);
    await k.press(start.getByRole('button', { name: 'Delete draft “Second story”' }));
    // Focus goes to the safe choice, and back to Delete when the deletion is called off.
    await expect(start.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await k.press(start.getByRole('button', { name: 'Keep it' }));
    await expect(start.getByRole('button', { name: 'Delete draft “Second story”' })).toBeFocused();
    await expect(start.getByRole('button', { name: /^Open draft/ })).toHaveText(['Open draft “Second story”', 'Open draft “First story”']);
    await k.press(start.getByRole('button', { name: 'Delete draft “Second story”' }));
    await expect(start.getByRole('group', { name: 'Delete draft “Second story”?' })).toContainText('It cannot be brought back.');
    await k.press(start.getByRole('button', { name: 'Delete “Second story” for good' }));
    await expect(start.getByRole('button', { name: /^Open draft/ })).toHaveText(['Open draft “First story”']);
    await k.press(start.getByRole('button', { name: 'Open draft “First story”' }));
    await expect(field(page, 'Title *')).toHaveValue('First story');
  });

  test('undo and redo outlive a reload: two changes made before it are undone and redone after it, and again once the draft is reopened', async ({
    page,
  }) => {
    const k = await editCopy(page);
    const title = field(page, 'Title *');
    const credit = field(page, /^Credit/);
    const undo = editor(page).getByRole('button', { name: 'Undo' });
    const heading = page.getByRole('heading', { level: 1 });
    const before = { title: await title.inputValue(), credit: await credit.inputValue() };
    await k.type(title, ' (revised)');
    await settled(page);
    await k.type(credit, ' and the desk');
    await settled(page, 0);
    await expect(heading).toHaveText(`${before.title} (revised)`);

    await page.reload();
    await expect(credit).toHaveValue(`${before.credit} and the desk`);
    await expect(undo).toBeEnabled();
    await k.press(undo);
    await expect(credit).toHaveValue(before.credit);
    await page.keyboard.press('Control+z');
    await expect(title).toHaveValue(before.title);
    await expect(undo).toBeDisabled();
    await settled(page, 0);
    await expect(heading).toHaveText(before.title);
    for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+z');
    await expect(title).toHaveValue(`${before.title} (revised)`);
    await expect(credit).toHaveValue(`${before.credit} and the desk`);
    await settled(page, 0);
    await expect(heading).toHaveText(`${before.title} (revised)`);

    // Closed, then reopened from the start screen: the history comes with the draft.
    await k.press(editor(page).getByRole('button', { name: 'Close editor' }));
    await k.press(page.getByRole('button', { name: 'Edit / New dataset' }));
    await k.press(page.getByRole('button', { name: /^Open draft .*\(revised\)/ }));
    await k.press(undo);
    await expect(credit).toHaveValue(before.credit);
  });

  for (const width of [375, 1280]) {
    test(`works at ${width} px`, async ({ page }, testInfo) => {
      const k = keys(page);
      await page.setViewportSize({ width, height: width < 500 ? 812 : 800 });
      await page.goto('/');
      await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
      // On a phone the editor's button sits in the folded "Dataset & options" menu.
      if (width < 500) await k.press(page.getByText('Dataset & options', { exact: true }));
      await expect(page.getByRole('button', { name: 'Edit / New dataset' })).toBeInViewport();
      await k.press(page.getByRole('button', { name: 'Edit / New dataset' }));
      await k.press(page.getByRole('button', { name: /^Edit a copy of/ }));
      await k.press(editor(page).getByRole('button', { name: 'Bills', exact: true }));
      await k.choose(field(page, 'Edit bill'), 'SB 230');
      await field(page, /^Bill text/).focus();
      await page.keyboard.insertText(DIGEST);
      await expect(editor(page).getByRole('list', { name: 'Proposed ties' })).toBeVisible();
      await settled(page, 0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      expect(await axe(page)).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: testInfo.outputPath(`editor-${width}-top.png`) });
      await editor(page).getByRole('list', { name: 'Proposed ties' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`editor-${width}-ties.png`) });
    });
  }
});

test.describe('the editor on a touch phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  /** Where the graph's top is, from the top of the screen, and the screen's height. */
  const graphTop = (page: Page) =>
    page.getByTestId('graph').evaluate((el) => ({ top: Math.round(el.getBoundingClientRect().top), screen: window.innerHeight }));

  test('the form sits above the graph: "See the graph" brings it on screen from down the form, "Back to the editor" returns to the field last used', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    await page.getByText('Dataset & options', { exact: true }).tap();
    await page.getByRole('button', { name: 'Edit / New dataset' }).tap();
    await page.getByRole('button', { name: /^Edit a copy of/ }).tap();
    await settled(page, 0);
    await editor(page).getByRole('button', { name: 'Bills', exact: true }).tap();
    // Well down the bill's form, more than a screen above the graph, the way to it is on screen.
    const used = field(page, 'New provision: label');
    await used.tap();
    const before = await graphTop(page);
    expect(before.top).toBeGreaterThan(before.screen);
    const see = page.getByRole('button', { name: 'See the graph ↓' });
    await expect(see).toBeInViewport();
    await see.tap();
    // The graph's top comes into the upper half of the screen, under the story it draws.
    await expect.poll(async () => (await graphTop(page)).top).toBeLessThan(before.screen / 2);
    expect((await graphTop(page)).top).toBeGreaterThanOrEqual(0);
    // Focus goes with the view: to the way back, at the top of the graph's section.
    const back = page.getByRole('button', { name: 'Back to the editor ↑' });
    await expect(back).toBeFocused();
    await expect(back).toBeInViewport();
    await back.tap();
    await expect(used).toBeInViewport();
    await expect.poll(async () => (await graphTop(page)).top).toBeGreaterThan(before.screen);
    await expect(see).toBeFocused();
  });
});
