import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { createAppStore, StoreProvider } from '../../src/store';
import { SessionFinder } from '../../src/ui/SessionFinder';
import type { Dataset } from '../../src/model';

// The story of HB 5444 (tied to HB 5443, vetoed), padded with loose bills to the size of a session.
function session(): Dataset {
  const ds = JSON.parse(readFileSync('public/data/mi-2020-tied-to-vetoed.json', 'utf8')) as Dataset;
  const filler = Array.from({ length: 50 }, (_, i) => ({ id: `hb${9000 + i}`, label: `HB ${9000 + i}`, title: 'A loose bill' }));
  return { ...ds, bills: [...ds.bills, ...filler], layout: undefined };
}

describe('SessionFinder', () => {
  it('lists the laws that cannot take effect with their explanation and sources, and the packages; a label focuses its bill', async () => {
    const store = createAppStore({ dataset: session(), datasetRef: 's' });
    render(
      <StoreProvider store={store}>
        <SessionFinder />
      </StoreProvider>,
    );
    const stuck = screen.getByTestId('finder-inoperative');
    // Its ties are as LegiScan lists them (not checked against the laws' text): the heading says so.
    expect(stuck.querySelector('summary')).toHaveTextContent("Enacted but cannot take effect, if the record's ties hold (2)");
    const row = stuck.querySelector('li[data-bill="hb5444"]') as HTMLElement;
    expect(row).toHaveTextContent(
      'HB 5444 was signed on 8 Oct 2020 but can never take effect: it is tie-barred to HB 5443, so it depends on HB 5443 being enacted too, and HB 5443 was vetoed on 8 Oct 2020.',
    );
    expect(within(row).getAllByRole('link')[0]).toHaveAttribute('href', 'https://legiscan.com/MI/bill/HB5444/2019');
    expect(screen.getByTestId('finder-contingent')).toHaveTextContent('Enacted, still contingent (0)');
    expect(screen.getByTestId('finder-packages')).toHaveTextContent('Packages of tied bills (2)');
    expect(screen.getByTestId('finder-packages')).toHaveTextContent('4 bills: none takes effect');
    await userEvent.click(within(row).getByRole('button', { name: 'HB 5444' }));
    expect(store.getState().focus).toBe('hb5444');
    // In a scenario where HB 5443 becomes law, HB 5444 leaves the list.
    act(() => store.getState().setAssumption('hb5443', 'enacted'));
    await waitFor(() =>
      expect(screen.getByTestId('finder-inoperative')).toHaveTextContent(
        "Enacted but cannot take effect in this scenario, if the record's ties hold (1)",
      ),
    );
  });

  it('lists a bill passed by both chambers but not signed, tied to a vetoed bill, saying so, and its heading says the list holds more than laws', () => {
    // HB 9100 passed the House and the Senate, was enrolled, has no signature on its record, and is tie-barred to HB 5443 (vetoed).
    const ds = session();
    const passed = (body: string, date: string) => ({ date, type: 'passed' as const, body, description: `Passed the ${body}` });
    const hb9100 = {
      id: 'hb9100',
      label: 'HB 9100',
      title: 'Passed, not signed',
      events: [
        passed('House', '2020-06-01'),
        passed('Senate', '2020-09-24'),
        { date: '2020-09-29', type: 'other' as const, body: 'House', description: 'Bill Ordered Enrolled 09/29/2020' },
      ],
    };
    const tie = { id: 'tiebar-hb9100', kind: 'tie-bar' as const, from: 'hb9100', to: ['hb5443'], requires: 'enactment' as const };
    const store = createAppStore({
      dataset: { ...ds, bills: [...ds.bills, hb9100], links: [...(ds.links ?? []), tie] },
      datasetRef: 's',
    });
    render(
      <StoreProvider store={store}>
        <SessionFinder />
      </StoreProvider>,
    );
    const stuck = screen.getByTestId('finder-inoperative');
    expect(stuck.querySelector('summary')).toHaveTextContent("Enacted or passed, but cannot take effect, if the record's ties hold (3)");
    const row = stuck.querySelector('li[data-bill="hb9100"]') as HTMLElement;
    expect(row).toHaveAttribute('data-stage', 'passed');
    expect(row).toHaveTextContent(
      'HB 9100 passed both chambers on 24 Sep 2020 but has not been signed, and even if it is, it can never take effect: it is tie-barred to HB 5443, so it depends on HB 5443 being enacted too, and HB 5443 was vetoed on 8 Oct 2020.',
    );
    expect(stuck.querySelector('li[data-bill="hb5444"]')).toHaveAttribute('data-stage', 'enacted');
  });

  it('shows nothing for a small story', () => {
    const ds = JSON.parse(readFileSync('public/data/mi-2020-tied-to-vetoed.json', 'utf8')) as Dataset;
    const { container } = render(
      <StoreProvider store={createAppStore({ dataset: ds, datasetRef: 's' })}>
        <SessionFinder />
      </StoreProvider>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
