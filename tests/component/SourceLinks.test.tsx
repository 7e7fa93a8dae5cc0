import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { SourceLinks } from '../../src/ui/SourceLinks';
import { foundingDataset } from '../fixtures/datasets';
import type { Dataset } from '../../src/model';

describe('a fact’s sources, as a reader sees them', () => {
  const dataset: Dataset = {
    ...foundingDataset(),
    sources: {
      'ls-hb4917': { url: 'https://legiscan.com/MI/bill/HB4917/2019', title: 'HB 4917 bill history', date: '2020-12-31' },
      S2: { url: 'https://example.org/analysis', publisher: 'Senate Committee' },
      S3: { url: 'javascript:alert(1)', title: 'A link no reader should follow' },
    },
  };

  it('names each by its title (or publisher) and date, linked, one after another, and never shows the dataset’s ids for them', () => {
    const { container } = render(<SourceLinks dataset={dataset} ids={['ls-hb4917', 'S2']} />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['HB 4917 bill history, 2020-12-31', 'https://legiscan.com/MI/bill/HB4917/2019'],
      ['Senate Committee', 'https://example.org/analysis'],
    ]);
    expect(container.textContent).toBe('HB 4917 bill history, 2020-12-31; Senate Committee');
    expect(links.every((a) => a.getAttribute('rel') === 'noopener noreferrer' && a.getAttribute('target') === '_blank')).toBe(true);
  });

  it('shows a source whose address is not http(s) as text, not as a link; and an id the dataset does not list as that id', () => {
    const { container } = render(<SourceLinks dataset={dataset} ids={['S3', 'S9']} />);
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(container.textContent).toBe('A link no reader should follow; [S9]');
  });

  it('says so when a fact cites nothing', () => {
    render(<SourceLinks dataset={dataset} ids={[]} />);
    expect(screen.getByText('no source given')).toBeInTheDocument();
  });
});
