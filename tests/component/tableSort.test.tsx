import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, StoreProvider } from '../../src/store';
import { TableView } from '../../src/ui/TableView';
import { OUTCOMES } from '../../src/engine/scenario';
import { foundingDataset } from '../fixtures/datasets';

function renderTable() {
  const store = createAppStore({ dataset: foundingDataset(), datasetRef: 'ca', view: 'table' });
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
});
