import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, StoreProvider } from '../../src/store';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { WhoWinsLoses } from '../../src/ui/WhoWinsLoses';
import { CompareScenarios } from '../../src/ui/CompareScenarios';
import { Timeline } from '../../src/ui/Timeline';
import { TableView } from '../../src/ui/TableView';
import { SearchBox } from '../../src/ui/SearchBox';
import { ScenarioSummary } from '../../src/ui/ScenarioSummary';
import { formatCsv } from '../../src/model/csv';
import { bill, dataset, foundingDataset } from '../fixtures/datasets';
import { renderWithStore } from './render';

describe('DetailsPanel', () => {
  it('shows a bill: outcome and reason, dated events with tallies, ties with clauses, sources as safe links', () => {
    renderWithStore(<DetailsPanel />, { focus: 'ab392', assumptions: { ab392: 'failed' } });
    const panel = screen.getByRole('complementary', { name: 'Details' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('AB 392: Peace officers: deadly force');
    expect(panel).toHaveTextContent('AB 392 does not become law: in this scenario it fails.');
    expect(panel).toHaveTextContent('67-0 (13 not voting)');
    expect(panel).toHaveTextContent('This bill would also make its provisions operative contingent on the enactment of Assembly Bill 392');
    const link = within(panel).getAllByRole('link', { name: 'id.scribd.com' })[0];
    expect(link).toHaveAttribute('href', 'https://id.scribd.com/document/416579410/20190AB392-97');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it("heads a LegiScan bill with what it is about, and gives the record's whole title once beneath", () => {
    const hb = {
      ...bill('hb4639', 'enacted'),
      label: 'HB 4639',
      title:
        'Children: services; reference to "children\'s ombudsman" in social welfare act; amend to "child advocate". Amends sec. 115m of 1939 PA 280 (MCL 400.115m). TIE BAR WITH: HB 4638\'23',
    };
    renderWithStore(<DetailsPanel />, { dataset: dataset([hb]), datasetRef: 'test', focus: 'hb4639' });
    const panel = screen.getByRole('complementary', { name: 'Details' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(
      'HB 4639: Children: services; reference to "children\'s ombudsman" in social welfare act',
    );
    expect(within(panel).getAllByText(hb.title, { exact: true })).toHaveLength(1);
  });

  it('heads a bill whose title is all subject with its title, stop and all, and says it once', () => {
    const hr = { ...bill('hr1'), label: 'HR 1', title: 'A resolution prescribing the Standing Rules of the House of Representatives.' };
    renderWithStore(<DetailsPanel />, { dataset: dataset([hr]), datasetRef: 'test', focus: 'hr1' });
    const panel = screen.getByRole('complementary', { name: 'Details' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(`HR 1: ${hr.title}`);
    expect(panel.textContent!.split('Standing Rules')).toHaveLength(2);
  });

  it('names the outcome of each other bill in a tie, in the scenario (SB 230 falls with AB 392)', () => {
    renderWithStore(<DetailsPanel />, { focus: 'ab392', assumptions: { ab392: 'failed' } });
    const panel = screen.getByRole('complementary', { name: 'Details' });
    const tie = within(panel)
      .getAllByRole('listitem')
      .find((li) => li.textContent!.startsWith('SB 230'))!;
    expect(tie).toHaveTextContent(/^SB 230 inoperative → operative only if → AB 392/i);
    // The bill shown gets no badge of its own in its ties (its outcome heads the panel).
    expect(within(tie).getAllByText(/^(inoperative|failed|enacted)$/i)).toHaveLength(1);
  });

  it('shows a stakeholder with positions over time', () => {
    renderWithStore(<DetailsPanel />, { focus: 'blm' });
    const panel = screen.getByRole('complementary', { name: 'Details' });
    expect(panel).toHaveTextContent('sponsor on AB 392');
    expect(panel).toHaveTextContent('withdrawn on AB 392 from May 2019: Withdrew in late May 2019 after the amendments');
  });

  it('shows a link with its clause, and a provision with its fate; closes', async () => {
    const store = renderWithStore(<DetailsPanel />, { focus: 'sb230-on-ab392' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('SB 230 → operative only if → AB 392');
    expect(screen.getByText(/Made/).nextSibling).toHaveTextContent('23 Apr 2019');
    act(() => store.getState().setFocus('sb230-standard'));
    expect(screen.getByRole('complementary')).toHaveTextContent('Struck from SB 230 on 23 Apr 2019.');
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(store.getState().focus).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});

describe('scenario panel', () => {
  it('summarises what changes and who wins and who loses', () => {
    renderWithStore(
      <>
        <ScenarioSummary />
        <WhoWinsLoses />
      </>,
      { assumptions: { ab392: 'failed' } },
    );
    expect(screen.getByTestId('scenario-summary')).toHaveTextContent(
      'If AB 392 had failed, SB 230 could never have taken effect: it hangs on AB 392.',
    );
    const better = screen.getByRole('heading', { name: /Better off/ }).parentElement!;
    expect(better).toHaveTextContent('League of Women Voters of California opposes SB 230, which no longer takes effect');
    const worse = screen.getByRole('heading', { name: /Worse off/ }).parentElement!;
    expect(worse).toHaveTextContent('Anna Caballero');
  });

  it('compares a pinned scenario with the current one side by side', async () => {
    const store = renderWithStore(<CompareScenarios />);
    await userEvent.click(screen.getByRole('button', { name: 'Pin this scenario to compare' }));
    act(() => store.getState().setAssumption('ab392', 'failed'));
    // The comparison follows once the graph's frame has painted.
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'A: as recorded' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'B: AB 392 fails' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /SB 230/ })).toHaveTextContent('enactedinoperative');
  });
});

describe('Timeline', () => {
  it('steps through the story with captions and sets the date', async () => {
    const store = renderWithStore(<Timeline />, { asOf: '2019-04-22' });
    expect(screen.getByTestId('as-of')).toHaveTextContent('As of 22 Apr 2019');
    await userEvent.click(screen.getByRole('button', { name: 'Next moment' }));
    expect(store.getState().asOf).toBe('2019-04-23');
    expect(screen.getByTestId('captions')).toHaveTextContent('Tie made: SB 230 now depends on AB 392 becoming law');
    await userEvent.click(screen.getByRole('button', { name: 'Latest' }));
    expect(store.getState().asOf).toBeUndefined();
    expect(screen.getByTestId('as-of')).toHaveTextContent('Latest record');
  });

  it("says its date to a screen reader in the app's date style, not as the slider's number", async () => {
    const store = renderWithStore(<Timeline />, { asOf: '2019-04-23' });
    const slider = screen.getByRole('slider', { name: 'Date' });
    expect(slider).toHaveAttribute('aria-valuetext', '23 Apr 2019');
    await userEvent.click(screen.getByRole('button', { name: 'Next moment' }));
    expect(slider).toHaveAttribute('aria-valuetext', '30 Apr 2019');
    // The latest record: said as the label beside it says it, with its last date; before the first event, that.
    act(() => store.getState().setAsOf(undefined));
    expect(slider).toHaveAttribute('aria-valuetext', 'Latest record, 1 Jan 2020');
    expect(screen.getByTestId('as-of')).toHaveTextContent('Latest record');
    // Its last date set as a date: that date, as the label says "As of" it.
    act(() => store.getState().setAsOf('2020-01-01'));
    expect(slider).toHaveAttribute('aria-valuetext', '1 Jan 2020');
    act(() => store.getState().setAsOf('2017-01-01'));
    expect(slider).toHaveAttribute('aria-valuetext', 'before the first event');
  });
});

describe('TableView', () => {
  it('sorts, filters and switches tables', async () => {
    const store = renderWithStore(<TableView />);
    await userEvent.click(screen.getByRole('button', { name: /^Bill/ }));
    expect(
      screen
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelector('th')!.textContent),
    ).toEqual(['AB 392', 'AB 931', 'SB 230']);
    await userEvent.click(screen.getByRole('button', { name: /^Bill/ }));
    expect(screen.getByRole('columnheader', { name: /Bill/ })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.selectOptions(screen.getByLabelText('Outcome'), 'failed');
    expect(screen.getAllByRole('row')).toHaveLength(2);
    act(() => store.getState().setFilters({ outcome: '' }));
    await userEvent.click(screen.getByRole('tab', { name: 'Stakeholders' }));
    await userEvent.selectOptions(screen.getByLabelText('Stance'), 'oppose');
    const names = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('th')!.textContent);
    expect(names).toEqual(['ACLU of California', 'Youth ALIVE!', 'League of Women Voters of California']);
    await userEvent.click(screen.getByRole('tab', { name: 'Links' }));
    expect(screen.getByRole('row', { name: /SB 230/ })).toHaveTextContent('operative only if');
  });

  it("gives each link the outcomes of the bills at its ends, in the scenario shown, and sorts by the tie's own bill's", async () => {
    const store = renderWithStore(<TableView />, { assumptions: { ab392: 'failed' } });
    await userEvent.click(screen.getByRole('tab', { name: 'Links' }));
    const row = () => screen.getByRole('row', { name: /^SB 230/ });
    expect(
      within(row())
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(expect.arrayContaining(['inoperative', 'operative only if', 'AB 392', 'failed']));
    expect(within(row()).getByText('inoperative')).toHaveAttribute('data-outcome', 'inoperative');
    await act(async () => store.getState().resetScenario());
    await waitFor(() =>
      expect(
        within(row())
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual(expect.arrayContaining(['enacted', 'AB 392'])),
    );
    await userEvent.click(screen.getByRole('button', { name: /^From outcome/ }));
    expect(screen.getByRole('columnheader', { name: /From outcome/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('keeps working when a scenario adds or removes the "Recorded outcome" column under a sort', async () => {
    const store = renderWithStore(<TableView />, { assumptions: { ab392: 'failed' } });
    await userEvent.click(screen.getByRole('button', { name: /^Why/ }));
    expect(screen.getByRole('columnheader', { name: /Why/ })).toHaveAttribute('aria-sort', 'ascending');
    await act(async () => store.getState().resetScenario());
    // The sort was on "Why" as the fifth column; without the scenario it is the fourth, still sorted (a sort names its column).
    expect(screen.queryByRole('columnheader', { name: /Recorded outcome/ })).toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('columnheader', { name: /Why/ })).toHaveAttribute('aria-sort', 'ascending');
  });
});

describe('SearchBox', () => {
  it('finds bills, provisions and stakeholders and focuses the pick', async () => {
    const store = renderWithStore(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'porac');
    expect(screen.getByRole('option', { name: /PORAC/ })).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().focus).toBe('porac');
    await userEvent.type(screen.getByRole('combobox'), 'sb 230');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('SB 230');
  });

  it('says when nothing matches, and where else to look, rather than show nothing', async () => {
    renderWithStore(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox'), 'vetoed');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nothing here matches “vetoed”. The search reads numbers, names and titles; the table filters bills by outcome.',
    );
    await userEvent.clear(screen.getByRole('combobox'));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('gives each bill found its outcome in the scenario shown (which of the hits is the one that fell)', async () => {
    renderWithStore(<SearchBox />, { assumptions: { ab392: 'failed' } });
    await userEvent.type(screen.getByRole('combobox'), 'deadly force');
    const sb230 = screen.getByRole('option', { name: /^SB 230/ });
    expect(within(sb230).getByText('inoperative')).toHaveAttribute('data-outcome', 'inoperative');
    expect(within(screen.getByRole('option', { name: /^AB 392/ })).getByText('failed')).toBeInTheDocument();
  });

  it('past its first 8 hits, offers every bill that matches in the bills table, filtered by the words', async () => {
    const bills = Array.from({ length: 12 }, (_, i) => ({ ...bill(`hb${i + 1}`), title: `Firearms: storage rule ${i + 1}` }));
    const store = renderWithStore(<SearchBox />, { dataset: dataset(bills) });
    await userEvent.type(screen.getByRole('combobox'), 'storage firearms');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(9);
    expect(options[8]).toHaveTextContent('Every match in the table');
    // The arrows reach it (the ninth), and Enter opens the table, with no filter left from before.
    act(() => store.getState().setFilters({ outcome: 'failed', changed: true }));
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(store.getState()).toMatchObject({
      view: 'table',
      tableTab: 'bills',
      filters: { text: 'storage firearms', outcome: '', changed: false },
    });
    // Eight or fewer: no such option.
    await userEvent.type(screen.getByRole('combobox'), 'rule 1');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).not.toContainEqual(expect.stringMatching(/in the table/));
  });

  it('folds its list when focus moves elsewhere, and opens it again on focus', async () => {
    render(
      <StoreProvider store={createAppStore({ dataset: foundingDataset() })}>
        <SearchBox />
        <button type="button">elsewhere</button>
      </StoreProvider>,
    );
    await userEvent.type(screen.getByRole('combobox'), 'porac');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(screen.getByRole('combobox'));
    expect(screen.getByRole('listbox')).toBeInTheDocument();
  });
});

describe('formatCsv', () => {
  it('starts with a byte order mark (Excel then reads UTF-8), quotes what needs quoting and neutralises spreadsheet formulas', () => {
    expect(
      formatCsv([
        ['a', 'b,c', 'say "hi"', 'children’s'],
        ['=HYPERLINK("x")', '+1', 'line\nbreak', "'=1"],
      ]),
    ).toBe('\uFEFFa,"b,c","say ""hi""",children’s\n"\'=HYPERLINK(""x"")",\'+1,"line\nbreak",\'\'=1\n');
  });
});

describe('ErrorBoundary', () => {
  it('shows what went wrong and how to recover instead of a blank page', async () => {
    const { ErrorBoundary } = await import('../../src/ui/ErrorBoundary');
    let fail = true;
    function Fragile() {
      if (fail) throw new Error('the graph exploded');
      return <p>all good</p>;
    }
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Tiebar hit an error it did not expect: the graph exploded');
    expect(screen.getByRole('link', { name: 'Open the built-in dataset' })).toHaveAttribute('href', './');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('all good')).toBeInTheDocument();
    quiet.mockRestore();
  });
});

describe('ScenarioControls on a session', () => {
  it('shows the bills others hang on, finds any bill, and keeps assumed ones first', async () => {
    const { generateDataset } = await import('../../src/engine/generate');
    const { ScenarioControls } = await import('../../src/ui/ScenarioControls');
    const dataset = generateDataset({ bills: 500, links: 1500, seed: 2 });
    const store = createAppStore({ dataset, datasetRef: 'gen' });
    render(
      <StoreProvider store={store}>
        <ScenarioControls />
      </StoreProvider>,
    );
    expect(screen.getAllByRole('group')).toHaveLength(30);
    expect(screen.getByText(/Showing 30 of 500 bills/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Find a bill'), 'B 1');
    // Counted whole, shown in part.
    const { searchNodes } = await import('../../src/engine');
    const matching = searchNodes(dataset, 'B 1', Infinity).filter((h) => h.kind === 'bill').length;
    expect(matching).toBeGreaterThan(30);
    expect(screen.getByTestId('finder-count')).toHaveTextContent(`${matching} of 500 bills match; showing the first 30.`);
    await userEvent.clear(screen.getByLabelText('Find a bill'));
    await userEvent.type(screen.getByLabelText('Find a bill'), 'B 499');
    const group = screen.getByRole('group', { name: /^B 499/ });
    await userEvent.click(within(group).getByRole('radio', { name: 'Fails' }));
    expect(store.getState().assumptions).toEqual({ b499: 'failed' });
    await userEvent.clear(screen.getByLabelText('Find a bill'));
    // The list follows the scenario after the graph's frame (it reads the store deferred).
    await waitFor(() => expect(screen.getAllByRole('group')[0]).toHaveAccessibleName(/^B 499/));
  });
});
