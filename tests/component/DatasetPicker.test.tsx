import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DatasetPicker } from '../../src/ui/DatasetPicker';

describe('DatasetPicker', () => {
  it('tells apart datasets that share a title by their ids, and leaves the others as titled', () => {
    const entry = (id: string, title: string) => ({ id, title, file: `${id}.json` });
    render(
      <DatasetPicker
        entries={[entry('ca-2019', 'California 2019')]}
        saved={[entry('transit', 'Transit tax'), entry('transit-2', 'Transit tax'), entry('other', 'Another story')]}
        current="transit-2"
        onPick={() => undefined}
      />,
    );
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'California 2019',
      'Transit tax (transit)',
      'Transit tax (transit-2)',
      'Another story',
    ]);
    expect(screen.getByRole('combobox', { name: 'Dataset' })).toHaveValue('transit-2');
  });
});
