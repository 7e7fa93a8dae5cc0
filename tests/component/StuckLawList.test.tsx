import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StuckLaw } from '../../src/engine';
import { StuckLawList } from '../../src/ui/StuckLawList';
import { foundingDataset } from '../fixtures/datasets';

const rows = (n: number): StuckLaw[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `b${i}`,
    label: `B ${i}`,
    outcome: 'inoperative',
    stage: 'enacted',
    sentence: `B ${i} cannot take effect.`,
    sources: [],
    unchecked: false,
  }));

describe('StuckLawList', () => {
  it("says when it is a scenario's, and hedges when a law in it is held back by a tie not yet checked against the law's text", () => {
    const { rerender } = render(<StuckLawList title="Stuck" rows={rows(3)} dataset={foundingDataset()} onFocus={vi.fn()} testId="stuck" />);
    expect(screen.getByTestId('stuck').querySelector('summary')).toHaveTextContent(/^Stuck \(3\)$/);
    const hedged = rows(3).map((r, i) => ({ ...r, unchecked: i === 1 }));
    rerender(<StuckLawList title="Stuck" rows={hedged} dataset={foundingDataset()} onFocus={vi.fn()} testId="stuck" scenario />);
    expect(screen.getByTestId('stuck').querySelector('summary')).toHaveTextContent(
      /^Stuck in this scenario, if the record's ties hold \(3\)$/,
    );
  });

  it('makes the rows of a long list (closed at first) only once it is opened, then all of them', async () => {
    render(<StuckLawList title="Stuck" rows={rows(300)} dataset={foundingDataset()} onFocus={vi.fn()} testId="stuck" />);
    const list = screen.getByTestId('stuck');
    expect(list).toHaveTextContent('Stuck (300)');
    expect(list).not.toHaveAttribute('open');
    expect(list.querySelectorAll('li')).toHaveLength(0);
    await userEvent.click(screen.getByText('Stuck (300)'));
    expect(list.querySelectorAll('li')).toHaveLength(300);
    expect(list.querySelector('li[data-bill="b299"]')).toHaveTextContent('B 299 cannot take effect.');
  });

  it('shows a short list open, every row made', () => {
    render(<StuckLawList title="Stuck" rows={rows(3)} dataset={foundingDataset()} onFocus={vi.fn()} testId="stuck" />);
    expect(screen.getByTestId('stuck')).toHaveAttribute('open');
    expect(screen.getByTestId('stuck').querySelectorAll('li')).toHaveLength(3);
  });
});
