/** Launching Debian's Chromium for the browser benchmarks (the same way the tests do). */
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
// @ts-expect-error - a plain ESM helper shared with the test runner
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';

/** Starts headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}
