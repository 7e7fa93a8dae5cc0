import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StakeholderMode } from '../../src/ui/StakeholderMode';
import { STORY_MAX_BILLS } from '../../src/engine/storyGraph';
import { generateDataset } from '../../src/engine/generate';
import { renderWithStore } from './render';

const options = () => screen.getAllByRole('option').map((o) => o.textContent);

describe('the Stakeholders control', () => {
  it('offers a story its three ways, grouped first', () => {
    renderWithStore(<StakeholderMode />);
    expect(options()).toEqual(['grouped', 'each one', 'hidden']);
    expect(screen.getByLabelText('Stakeholders')).toHaveValue('grouped');
  });

  it('says what a session draws: hidden, or each one (a session groups none)', async () => {
    const store = renderWithStore(<StakeholderMode />, { dataset: generateDataset({ bills: STORY_MAX_BILLS + 1, links: 20 }) });
    expect(options()).toEqual(['hidden', 'each one']);
    expect(screen.getByLabelText('Stakeholders')).toHaveValue('none');
    await userEvent.selectOptions(screen.getByLabelText('Stakeholders'), 'each one');
    expect(store.getState().stakeholders).toBe('all');
    await userEvent.selectOptions(screen.getByLabelText('Stakeholders'), 'hidden');
    expect(store.getState().stakeholders).toBe('none');
  });
});
