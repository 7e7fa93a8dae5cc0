import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, StoreProvider } from '../../src/store';
import { Editor } from '../../src/editor/Editor';
import { foundingDataset } from '../fixtures/datasets';

// jsdom has no IndexedDB: the editor must say drafts can't be kept, and still work.
function renderEditor() {
  const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca-2019-deadly-force' });
  render(
    <StoreProvider store={store}>
      {/* Fields of the page outside the editor, as the header's search box is. */}
      <input type="search" aria-label="Search the page" />
      <button type="button">Elsewhere</button>
      <Editor onUse={async () => true} onClose={() => {}} />
    </StoreProvider>,
  );
  return store;
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 200)));

/** The editor on a copy of the founding story, with the form of its tie (SB 230 on AB 392) open. */
async function openTieForm() {
  const user = userEvent.setup();
  const store = renderEditor();
  await user.click(await screen.findByRole('button', { name: /^Edit a copy of/ }));
  act(() => store.getState().setFocus('sb230-on-ab392'));
  return { user, store, form: screen.getByRole('group', { name: 'Link sb230-on-ab392' }) };
}

describe('Editor', () => {
  it('says plainly that drafts cannot be kept, and still edits', async () => {
    const user = userEvent.setup();
    renderEditor();
    expect(await screen.findByRole('alert')).toHaveTextContent('Drafts can’t be kept in this browser: this browser has no IndexedDB');
    await user.click(screen.getByRole('button', { name: 'New dataset' }));
    await settle();
    expect(screen.getByTestId('draft-kept')).toHaveTextContent(
      'This draft is NOT being saved: this browser has no IndexedDB. Use Download JSON',
    );
    expect(screen.getByRole('button', { name: 'Download JSON' })).toBeEnabled();
  });

  it('puts each message at its field, and the graph shows the draft once it is valid', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const store = renderEditor();
    await user.click(await screen.findByRole('button', { name: /^Edit a copy of/ }));
    await settle();
    await user.click(screen.getByRole('button', { name: 'Bills' }));
    const title = screen.getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await settle();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    const message = document.getElementById(title.getAttribute('aria-describedby')!.split(' ').pop()!)!;
    expect(message).toHaveTextContent('Error: must not be empty');
    // The graph keeps the last valid version meanwhile.
    expect(store.getState().dataset!.bills[0].title).toBe('Peace officers: deadly force');
    await user.type(title, 'Rewritten');
    await settle();
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(store.getState().dataset!.bills[0].title).toBe('Rewritten');
    // Undo takes back what was typed in the field as one step, and the graph follows; redo puts it back.
    await user.keyboard('{Control>}z{/Control}');
    await settle();
    expect(title).toHaveValue('Peace officers: deadly force');
    expect(store.getState().dataset!.bills[0].title).toBe('Peace officers: deadly force');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await settle();
    expect(title).toHaveValue('Rewritten');
  });

  it("Ctrl+Z in a text field outside the editor is that field's own undo; elsewhere it undoes the draft", { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const store = renderEditor();
    await user.click(await screen.findByRole('button', { name: /^Edit a copy of/ }));
    await settle();
    await user.click(screen.getByRole('button', { name: 'Bills' }));
    const title = screen.getByRole('textbox', { name: /^Title/ });
    await user.type(title, '!');
    await settle();
    expect(store.getState().dataset!.bills[0].title).toBe('Peace officers: deadly force!');
    const search = screen.getByRole('searchbox', { name: 'Search the page' });
    await user.type(search, 'a');
    // The key is left to the search box (not prevented), and the draft keeps its change.
    expect(fireEvent.keyDown(search, { key: 'z', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(search, { key: 'z', metaKey: true })).toBe(true);
    await settle();
    expect(title).toHaveValue('Peace officers: deadly force!');
    // On a button outside the editor, Ctrl+Z still undoes the draft.
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    expect(fireEvent.keyDown(elsewhere, { key: 'z', ctrlKey: true })).toBe(false);
    await settle();
    expect(title).toHaveValue('Peace officers: deadly force');
  });

  it("a tie's form asks what it requires of its bills: enactment, or taking effect (the default)", async () => {
    const { user, store, form } = await openTieForm();
    const select = within(form).getByRole('combobox', { name: 'What it asks of those bills' });
    expect(select).toHaveValue('');
    expect(select).toHaveAccessibleDescription(/\(none\): that they take effect/);
    await user.selectOptions(select, 'that they are enacted (Michigan tie-bar)');
    await settle();
    expect(store.getState().dataset!.links![0].requires).toBe('enactment');
    await user.selectOptions(select, '(none)');
    await settle();
    expect(store.getState().dataset!.links![0]).not.toHaveProperty('requires');
  });

  it('a date is text (a day, a month or a year) with a calendar beside it that fills in a whole day', async () => {
    const { user, store, form } = await openTieForm();
    const added = within(form).getByRole('textbox', { name: 'Added on' });
    const calendar = within(form).getByLabelText('Calendar: Added on');
    expect(calendar).toHaveAttribute('type', 'date');
    expect(calendar).toHaveValue((added as HTMLInputElement).value);
    // A calendar pick writes the day into the text, and into the draft.
    fireEvent.change(calendar, { target: { value: '2019-04-22' } });
    await settle();
    expect(added).toHaveValue('2019-04-22');
    expect(store.getState().dataset!.links![0].added).toBe('2019-04-22');
    // A year still being typed in the calendar (0002, 0020...) stays in the calendar and is not written.
    fireEvent.change(calendar, { target: { value: '0002-04-22' } });
    await settle();
    expect(calendar).toHaveValue('0002-04-22');
    expect(added).toHaveValue('2019-04-22');
    fireEvent.change(calendar, { target: { value: '2020-04-22' } });
    await settle();
    expect(added).toHaveValue('2020-04-22');
    // Cleared in the calendar: cleared (an optional date is removed).
    fireEvent.change(calendar, { target: { value: '' } });
    await settle();
    expect(added).toHaveValue('');
    expect(store.getState().dataset!.links![0]).not.toHaveProperty('added');
    fireEvent.blur(calendar);
    fireEvent.change(calendar, { target: { value: '2019-04-22' } });
    await settle();
    // A month alone is kept as typed; the calendar, which holds only whole days, shows none.
    await user.clear(added);
    await user.type(added, '2019-04');
    await settle();
    expect(calendar).toHaveValue('');
    expect(added).toHaveValue('2019-04');
  });

  it('a date typed as a US spreadsheet shows it (month/day/year), or with its month named, is written YYYY-MM-DD once typed; a day/month one says what to write', async () => {
    const { user, store, form } = await openTieForm();
    const added = within(form).getByRole('textbox', { name: 'Added on' });
    await user.clear(added);
    await user.type(added, '4/23/2019');
    await settle();
    expect(added).toHaveAccessibleDescription(/Read as month\/day\/year: written 2019-04-23 once you leave the field\./);
    await user.tab();
    await settle();
    expect(added).toHaveValue('2019-04-23');
    expect(store.getState().dataset!.links![0].added).toBe('2019-04-23');
    expect(within(form).getByLabelText('Calendar: Added on')).toHaveValue('2019-04-23');
    await user.clear(added);
    await user.type(added, '23/4/2019');
    await user.tab();
    await settle();
    expect(added).toHaveValue('23/4/2019');
    expect(added).toHaveAccessibleDescription(/"23\/4\/2019" reads as day\/month\/year.*write 2019-04-23 for 23 April 2019/);
    // Written out with its month's name, as a story or a press release dates it.
    await user.clear(added);
    await user.type(added, 'May 20, 2025');
    await settle();
    // While it is typed, it says what it will be, as a note, not an error.
    expect(added).toHaveAccessibleDescription(/Written 2025-05-20 once you leave the field\./);
    expect(added).not.toHaveAccessibleDescription(/Error/);
    expect(added).not.toHaveAttribute('aria-invalid');
    expect(within(form).queryByText(/^Error: /)).toBeNull();
    await user.tab();
    await settle();
    expect(added).toHaveValue('2025-05-20');
    expect(store.getState().dataset!.links![0].added).toBe('2025-05-20');
  });

  it('a bill label already listed opens that bill instead of adding a second; removing a bill says what goes with it', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(await screen.findByRole('button', { name: /^Edit a copy of/ }));
    await user.click(screen.getByRole('button', { name: /^Bills$/ }));
    const before = () => within(screen.getByRole('combobox', { name: 'Edit bill' })).getAllByRole('option').length;
    const count = before();
    await user.type(screen.getByRole('textbox', { name: 'New bill: label' }), 'ab 392{Enter}');
    await settle();
    expect(before()).toBe(count);
    expect(screen.getByText(/^AB 392 is already here: it is open below\./)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('group', { name: 'Bill AB 392' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Remove bill AB 392/ })).toHaveTextContent(
      /^Remove bill AB 392, with the \d+ ties? and \d+ positions? that name it$/,
    );
    // Added again right after: another AB 392 (another session's), on purpose.
    await user.type(screen.getByRole('textbox', { name: 'New bill: label' }), 'ab 392{Enter}');
    await settle();
    expect(before()).toBe(count + 1);
  });

  it('a node chosen in the graph opens in the editor', async () => {
    const user = userEvent.setup();
    const store = renderEditor();
    await user.click(await screen.findByRole('button', { name: /^Edit a copy of/ }));
    act(() => store.getState().setFocus('sb230'));
    expect(within(screen.getByRole('region', { name: 'Bills' })).getByRole('group', { name: 'Bill SB 230' })).toBeInTheDocument();
    act(() => store.getState().setFocus('sb230-on-ab392'));
    expect(screen.getByRole('group', { name: 'Link sb230-on-ab392' })).toBeInTheDocument();
  });

  it('a tie added by "Add link" starts unchecked (clauseVerified: false) until its box is ticked', async () => {
    const user = userEvent.setup();
    const store = renderEditor();
    await user.click(await screen.findByRole('button', { name: /^Edit a copy of/ }));
    await user.click(screen.getByRole('button', { name: 'Links' }));
    const form = screen.getByRole('group', { name: 'New link' });
    await user.selectOptions(within(form).getByLabelText('Kind'), 'tie-bar');
    await user.selectOptions(within(form).getByLabelText('Bill that hangs', { exact: true }), 'sb230');
    await user.selectOptions(within(form).getByLabelText('Hangs on', { exact: true }), 'ab931');
    await user.click(within(form).getByRole('button', { name: 'Add link' }));
    await settle();
    const made = screen.getByRole('group', { name: 'Link sb230-on-ab931' });
    // Listed by what it joins, as the problems name it.
    expect(screen.getByRole('combobox', { name: 'Edit link' })).toHaveDisplayValue('The tie-bar from SB 230 to AB 931');
    expect(within(made).getByRole('checkbox', { name: "Clause checked against the bill's text" })).not.toBeChecked();
    expect(store.getState().dataset!.links!.find((l) => l.id === 'sb230-on-ab931')).toMatchObject({ clauseVerified: false });
    // A tie-bar asks, as its wording does, that the bills be enacted.
    expect(store.getState().dataset!.links!.find((l) => l.id === 'sb230-on-ab931')).toMatchObject({ requires: 'enactment' });
    expect(within(made).getByLabelText('What it asks of those bills')).toHaveValue('enactment');
  });

  it('"Add link" for a tie that is there already adds nothing: it picks that link and says so', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(await screen.findByRole('button', { name: /^Edit a copy of/ }));
    await settle();
    await user.click(screen.getByRole('button', { name: 'Links' }));
    const links = () => document.querySelectorAll('#ed-pick-link option').length;
    const before = links();
    const form = screen.getByRole('group', { name: 'New link' });
    await user.selectOptions(within(form).getByLabelText('Bill that hangs', { exact: true }), 'sb230');
    await user.selectOptions(within(form).getByLabelText('Hangs on', { exact: true }), 'ab392');
    await user.click(within(form).getByRole('button', { name: 'Add link' }));
    await settle();
    expect(links()).toBe(before);
    expect(within(form).getByRole('status')).toHaveTextContent('That tie is there already (sb230-on-ab392): it is picked below.');
    // Another bill to hang on is a new tie, added.
    await user.selectOptions(within(form).getByLabelText('Hangs on', { exact: true }), 'ab931');
    expect(within(form).getByRole('status')).toBeEmptyDOMElement();
    await user.click(within(form).getByRole('button', { name: 'Add link' }));
    await settle();
    expect(links()).toBe(before + 1);
  });
});
