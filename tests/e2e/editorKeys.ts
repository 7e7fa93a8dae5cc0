import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Keyboard-only helpers for the editor spec: focus moves by the keyboard's reach, never by a pointer. */
export function keys(page: Page) {
  return {
    /** Focuses a control and presses Enter (buttons) or Space (checkboxes). */
    async press(target: Locator, key = 'Enter') {
      await target.focus();
      await page.keyboard.press(key);
    },
    /** Focuses a field and types into it, as a person would. */
    async type(target: Locator, text: string) {
      await target.focus();
      await page.keyboard.type(text);
    },
    /** Picks an option of a native select with the arrow keys. */
    async choose(select: Locator, label: string | RegExp) {
      await select.focus();
      const labels = await select.locator('option').allTextContents();
      const want = labels.findIndex((l) => (typeof label === 'string' ? l.trim() === label : label.test(l)));
      expect(want, `option ${String(label)} in ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
      const current = await select.evaluate((el: HTMLSelectElement) => el.selectedIndex);
      const step = want > current ? 'ArrowDown' : 'ArrowUp';
      for (let i = 0; i < Math.abs(want - current); i++) await page.keyboard.press(step);
      await expect(select.locator('option:checked')).toHaveText(labels[want]);
    },
  };
}
