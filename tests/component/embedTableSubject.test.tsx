import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createAppStore, StoreProvider } from '../../src/store';
import { EmbedTable } from '../../src/embed/EmbedTable';
import { TableView } from '../../src/ui/TableView';
import { bill, dataset } from '../fixtures/datasets';

const LEGISCAN = "Children: services; kinship caregiver navigator program; create. Creates new act. TIE BAR WITH: HB 5443'20";

/** A LegiScan title, a title that is all subject, and a title that is only the bill's number. */
function titled() {
  return dataset([
    { ...bill('hb5444', 'enacted'), label: 'HB 5444', title: LEGISCAN },
    { ...bill('ab392', 'enacted'), label: 'AB 392', title: 'Peace officers: deadly force.' },
    { ...bill('hb9', 'failed'), label: 'HB 9', title: 'HB 9' },
  ]);
}

describe("the embed's table heads each reason as the app's table heads its row", () => {
  it("by the same words (billHeading), the record's whole title on hover, and nothing where the title is only the number", () => {
    const store = createAppStore({ dataset: titled(), datasetRef: 'test', view: 'table' });
    render(
      <StoreProvider store={store}>
        <EmbedTable />
        <TableView />
      </StoreProvider>,
    );
    const [embed, app] = screen.getAllByRole('table');
    const subject = (id: string) => embed.querySelector(`[data-testid="outcome-${id}"]`)!.closest('tr')!.querySelector('.tb-table-subject');
    const heading = (id: string) => app.querySelector(`tr[data-bill="${id}"] td`)!;
    expect(subject('hb5444')!.textContent).toBe('Children: services; kinship caregiver navigator program');
    expect(subject('hb5444')).toHaveAttribute('title', LEGISCAN);
    // A title that is all subject shows whole, stop and all, with nothing more to show on hover.
    expect(subject('ab392')!.textContent).toBe('Peace officers: deadly force.');
    expect(subject('ab392')).not.toHaveAttribute('title');
    for (const id of ['hb5444', 'ab392']) {
      expect(subject(id)!.textContent).toBe(heading(id).textContent);
      expect(subject(id)!.getAttribute('title')).toBe(heading(id).getAttribute('title'));
    }
    // "HB 9" over HB 9's reason would say its number twice.
    expect(subject('hb9')).toBeNull();
  });
});
