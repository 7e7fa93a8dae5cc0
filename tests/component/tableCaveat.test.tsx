import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, StoreProvider } from '../../src/store';
import { TableView } from '../../src/ui/TableView';
import { bill, dataset, foundingDataset, link } from '../fixtures/datasets';

// The CSV the table offers, kept rather than saved.
const saved = vi.hoisted(() => ({ files: [] as Array<{ name: string; text: string }> }));
vi.mock('../../src/ui/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/ui/download')>()),
  downloadText: (name: string, text: string) => saved.files.push({ name, text }),
}));

const CAVEAT = 'That tie is as the record lists it, not yet checked against the text of the law.';

/** Two laws tie-barred to others as a LegiScan title lists them (the wording not yet checked), and one bill tied to nothing. */
function tiedByTheRecord() {
  const unchecked = { clauseVerified: false };
  return dataset(
    [bill('hb1', 'enacted'), bill('hb2', 'enacted'), bill('hb3', 'enacted'), bill('hb4', 'enacted'), bill('hb5', 'failed')],
    [link('t1', 'hb1', ['hb2'], unchecked, 'tie-bar'), link('t2', 'hb3', ['hb4'], unchecked, 'tie-bar')],
  );
}

function renderTable(ds = tiedByTheRecord()) {
  const store = createAppStore({ dataset: ds, datasetRef: 'test', view: 'table' });
  render(
    <StoreProvider store={store}>
      <TableView />
    </StoreProvider>,
  );
  return store;
}

/** A bill's row's Why cell (the last). */
const why = (label: string) => [...screen.getByRole('row', { name: new RegExp(`^${label}`) }).querySelectorAll('td')].at(-1)!;

describe("the bills table says a tie's caveat once, not in every tied row", () => {
  it('marks each tied reason in a few words, says the caveat whole once over the table, and whole in each row of the CSV', async () => {
    renderTable();
    // The reason, then the mark in place of the sentence every tied row said (five lines a row at 1,366 px).
    expect(why('HB1').textContent).toBe(
      'HB1 takes effect: it was signed on 1 Jun 2020, and HB2, which it hangs on, takes effect too. (tie unchecked)',
    );
    expect(why('HB3').textContent).toMatch(/takes effect too\. \(tie unchecked\)$/);
    // The caveat whole on the mark's hover.
    expect(within(why('HB1')).getByText('(tie unchecked)')).toHaveAttribute('title', CAVEAT);
    // A reason that tells of no tie carries no mark.
    expect(why('HB5').textContent).toBe('HB5 does not become law: it was vetoed on 1 Jun 2020.');
    // Said once, over the rows: what the mark means.
    const table = screen.getByRole('table');
    expect(table.querySelector('caption')).toHaveTextContent(
      'A reason marked (tie unchecked) tells of a tie as the record lists it, not yet checked against the text of the law.',
    );
    expect(table.textContent!.split('as the record lists it, not yet checked').length - 1).toBe(1);
    // The CSV is read row by row, apart: each tied row's reason says the caveat whole.
    saved.files = [];
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download CSV' }));
    const lines = saved.files[0]!.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('Bill,Title,Outcome,Why');
    expect(lines.find((l) => l.startsWith('HB1,'))).toContain(`takes effect too. ${CAVEAT}"`);
    expect(lines.filter((l) => l.includes(CAVEAT))).toHaveLength(2);
  });

  it('finds the marked bills by the words of the mark, and says nothing of it where no tied row is shown', () => {
    const store = renderTable();
    const labels = () => screen.getAllByRole('rowheader').map((r) => r.textContent);
    act(() => store.getState().setFilters({ text: 'unchecked' }));
    expect(labels()).toEqual(['HB1', 'HB3']);
    // No marked row shown, no word of the mark.
    act(() => store.getState().setFilters({ text: 'hb5' }));
    expect(labels()).toEqual(['HB5']);
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toBe('Bills: 1 shown, with what became of them');
  });

  it('leaves a checked tie unmarked and the caption as it was (the founding story)', () => {
    renderTable(foundingDataset());
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toBe('Bills: 3 shown, with what became of them');
    expect(why('SB 230').textContent).toMatch(/takes effect too\.$/);
  });
});
