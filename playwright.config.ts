import { defineConfig } from '@playwright/test';
// @ts-expect-error - a plain ESM helper shared with scripts/test-all.mjs
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';

const PORT = Number(process.env.TIEBAR_E2E_PORT ?? 4183);
const HOST_PORT = PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: ensureChromium(), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: [
    {
      command: `npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // A second origin for host pages (embeds, dataset URLs): plain static files.
      command: `node tests/e2e/hostServer.mjs ${HOST_PORT}`,
      url: `http://localhost:${HOST_PORT}/health`,
      reuseExistingServer: false,
    },
  ],
});
