/** A dialog opened from the header's folded "More options" menu: the menu folds as it opens, and the keyboard comes back to the menu's line. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HeaderTools } from '../../src/ui/HeaderTools';
import { SheetsMenu } from '../../src/app/SheetsMenu';

beforeEach(() => {
  // A 1,280 px laptop: wider than a phone, too narrow for every tool on one line.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(max-width: 1459px)',
    addEventListener() {},
    removeEventListener() {},
  }));
  // jsdom has no modal dialogs: open and close as the browser does, with its close event.
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close(this: HTMLDialogElement) {
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  for (const m of ['showModal', 'close']) Reflect.deleteProperty(HTMLDialogElement.prototype, m);
});

describe('"Import spreadsheets…" under "More options"', () => {
  it('folds the menu as its dialog opens (none of it left behind the dialog), and gives the keyboard back to the menu when it closes', async () => {
    const user = userEvent.setup();
    render(
      <HeaderTools more={<SheetsMenu dataset={null} openText={async () => true} notify={() => {}} />}>
        <button type="button">Dataset</button>
      </HeaderTools>,
    );
    const summary = screen.getByText('More options');
    const menu = summary.closest('details')!;
    await user.click(summary);
    expect(menu.open).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Import spreadsheets…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import spreadsheets' });
    expect(dialog).toHaveAttribute('open');
    expect(menu.open).toBe(false);
    // Shown on the page, not inside the folded menu (which would hide it with itself).
    expect(menu.contains(dialog)).toBe(false);
    (dialog as HTMLDialogElement).close();
    expect(summary).toHaveFocus();
  });
});
