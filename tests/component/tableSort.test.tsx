import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, StoreProvider } from '../../src/store';
import { TableView } from '../../src/ui/TableView';
import { OUTCOMES } from '../../src/engine/scenario';
import { bill, dataset, foundingDataset } from '../fixtures/datasets';

function renderTable(ds = foundingDataset()) {
  const store = createAppStore({ dataset: ds, datasetRef: 'ca', view: 'table' });
  render(
    <StoreProvider store={store}>
      <TableView />
    </StoreProvider>,
  );
  return store;
}

/** The text of each body row's nth cell (0: the bill, its row's header). */
const column = (n: number) =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelectorAll('th, td')[n]?.textContent ?? '');

describe('the bills table', () => {
  it('sorts outcomes worst first (by what they mean, not by their letters), and back', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('button', { name: /^Outcome/ }));
    const rank = (o: string) => OUTCOMES.indexOf(o as (typeof OUTCOMES)[number]);
    const down = column(2).map(rank);
    expect(down).toEqual([...down].sort((a, b) => a - b));
    expect(new Set(down).size).toBeGreaterThan(1);
    expect(down).not.toContain(-1);
    await user.click(screen.getByRole('button', { name: /^Outcome/ }));
    expect(column(2).map(rank)).toEqual([...down].reverse());
  });

  it('finds a bill by its id as the search boxes do ("sb230" finds SB 230), and says the record is what it shows', () => {
    const store = renderTable();
    act(() => store.getState().setFilters({ text: 'sb230' }));
    expect(column(0)).toEqual(['SB 230']);
    expect(screen.getByRole('table').querySelector('caption')).toHaveTextContent('Bills: 1 shown, with what became of them');
  });

  it("shows what a bill is about in its row, the record's whole title on hover, and still finds it by any word of that title", () => {
    // A LegiScan title: five lines a row at 1,366 px, a row and a half on the first screen.
    const whole =
      'Children: services; reference to "children\'s ombudsman" in social welfare act; amend to "child advocate". Amends sec. 115m of 1939 PA 280 (MCL 400.115m). TIE BAR WITH: HB 4638\'23';
    const store = renderTable(
      dataset([
        { ...bill('hb4639', 'enacted'), label: 'HB 4639', title: whole },
        { ...bill('hb4640', 'enacted'), label: 'HB 4640', title: 'Peace officers: deadly force.' },
      ]),
    );
    const titleCell = (label: string) => screen.getByRole('row', { name: new RegExp(`^${label}`) }).querySelectorAll('td')[0];
    expect(titleCell('HB 4639').textContent).toBe('Children: services; reference to "children\'s ombudsman" in social welfare act');
    expect(titleCell('HB 4639')).toHaveAttribute('title', whole);
    // A title that is all subject shows whole, with nothing more to show on hover.
    expect(titleCell('HB 4640').textContent).toBe('Peace officers: deadly force.');
    expect(titleCell('HB 4640')).not.toHaveAttribute('title');
    // The filter reads the whole title, not the words shown.
    act(() => store.getState().setFilters({ text: '400.115m' }));
    expect(column(0)).toEqual(['HB 4639']);
  });
});
