import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PackageList } from '../../src/ui/PackageList';
import type { TiedPackage } from '../../src/engine';
import type { Dataset } from '../../src/model';

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `hb${4000 + from + i}`);
const dataset = { bills: ids(400).map((id) => ({ id, label: id.toUpperCase().replace('HB', 'HB ') })) } as unknown as Dataset;
const pack = (bills: string[], outcomes: TiedPackage['outcomes']): TiedPackage => ({ bills, outcomes });

describe('the packages of tied bills', () => {
  it('says each fate in counts, lists the rest of a large package on request, and every package on request', async () => {
    const focused: string[] = [];
    const packages = [
      pack(ids(20), { enacted: 12, failed: 8 }),
      ...Array.from({ length: 29 }, (_, i) => pack(ids(2, 100 + 2 * i), { enacted: 2 })),
    ];
    render(<PackageList packages={packages} dataset={dataset} onFocus={(id) => focused.push(id)} />);
    await userEvent.click(screen.getByText('Packages of tied bills (30)'));
    const first = screen.getAllByRole('listitem')[0];
    expect(first).toHaveTextContent(/^20 bills: 12 take effect, 8 do not: HB 4000/);
    expect(within(first).getAllByRole('button')).toHaveLength(7);
    await userEvent.click(within(first).getByRole('button', { name: 'and 14 more' }));
    expect(within(first).getAllByRole('button')).toHaveLength(20);
    expect(within(first).getByRole('button', { name: 'HB 4006' })).toHaveFocus();
    await userEvent.click(within(first).getByRole('button', { name: 'HB 4019' }));
    expect(focused).toEqual(['hb4019']);
    expect(screen.getAllByRole('listitem')).toHaveLength(25);
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent('2 bills: both take effect');
    await userEvent.click(screen.getByRole('button', { name: 'Show all 30' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(30);
  });
});
