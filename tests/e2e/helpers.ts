import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The second origin (host pages, dataset files with CORS), one port above the app. */
export const HOST_ORIGIN = `http://localhost:${Number(process.env.TIEBAR_E2E_PORT ?? 4183) + 1}`;

/** Drops a file from tests/e2e/fixtures onto the page, as a user dragging it from their desktop would. */
export async function dropFixture(page: Page, name: string): Promise<void> {
  const text = readFileSync(`tests/e2e/fixtures/${name}`, 'utf8');
  const transfer = await page.evaluateHandle(
    ({ text, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      return dt;
    },
    { text, name },
  );
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', type, { dataTransfer: transfer });
}
