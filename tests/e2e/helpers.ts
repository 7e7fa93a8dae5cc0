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

/** Opens the app on a dataset served from https://data.example/ (with CORS), as a newsroom's server would. */
export async function openServedDataset(page: Page, ds: unknown, query = ''): Promise<void> {
  await page.route(
    (url) => url.hostname === 'data.example',
    (route) => route.fulfill({ json: ds, headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.goto(`/?${query}${query ? '&' : ''}dataset=https://data.example/dataset.json`);
}
