import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { createAppStore, StoreProvider } from '../../src/store';
import { TableView } from '../../src/ui/TableView';
import { EmbedTable } from '../../src/embed/EmbedTable';
import { generateDataset } from '../../src/engine/generate';
import { renderWithStore } from './render';

// Counts the engine's explanations while keeping what they say.
const explained = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/engine/explain', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine/explain')>();
  return { ...real, explain: (...args: Parameters<typeof real.explain>) => (explained.count++, real.explain(...args)) };
});

describe('the table at session scale', () => {
  it('explains only the rows it shows, not every bill of the session', async () => {
    const dataset = generateDataset({ bills: 1200, links: 2400, seed: 3 });
    const store = createAppStore({ dataset, datasetRef: 'big', view: 'table' });
    explained.count = 0;
    await act(async () =>
      render(
        <StoreProvider store={store}>
          <TableView />
        </StoreProvider>,
      ),
    );
    expect(await screen.findByText(/the first 500 of 1,200/)).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(501);
    expect(explained.count).toBeGreaterThan(0);
    expect(explained.count).toBeLessThanOrEqual(500);
  }, 60_000); // rendering 500 rows in jsdom on a shared CPU

  it('the embed table too: the first 500 bills, each explained only when shown', async () => {
    const dataset = generateDataset({ bills: 1200, links: 2400, seed: 3 });
    const store = createAppStore({ dataset, datasetRef: 'big', view: 'table' });
    explained.count = 0;
    await act(async () =>
      render(
        <StoreProvider store={store}>
          <EmbedTable />
        </StoreProvider>,
      ),
    );
    expect(screen.getByText('The first 500 of 1,200 bills ("Open in Tiebar" has them all)')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(501);
    expect(explained.count).toBeLessThanOrEqual(500);
  }, 60_000);
});

describe("the embed table's caption", () => {
  it('says what became of the bills as recorded, and what becomes of them in a scenario', () => {
    const store = renderWithStore(<EmbedTable />);
    const caption = () => screen.getByRole('table').querySelector('caption')!.textContent;
    expect(caption()).toBe('Bills and what became of them');
    act(() => store.getState().setAssumption('ab392', 'failed'));
    expect(caption()).toBe('Bills and what becomes of them in this scenario');
  });
});
