// `npm run screenshot`: builds, serves and photographs the app for the README (docs/*.png).
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

const PORT = 4193;
if (spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const shots = [
    { path: 'docs/screenshot.png', url: '/?scenario=ab392:failed', width: 1280, height: 800 },
    { path: 'docs/screenshot-phone.png', url: '/?scenario=ab392:failed', width: 375, height: 812, phone: true },
    { path: 'docs/embed-phone.png', url: '/?embed=1&scenario=ab392:failed', width: 375, height: 812, fullPage: true, phone: true },
    { path: 'docs/embed-session-phone.png', url: '/?embed=1&dataset=mi-2019-2020', width: 375, height: 812, fullPage: true, phone: true },
    { path: 'docs/session.png', url: '/?dataset=mi-2023-2024', width: 1280, height: 900 },
  ];
  for (const shot of shots) {
    // Phone shots are taken as a touch phone would show them (touch hints, 44 px targets).
    const phone = shot.phone ? { isMobile: true, hasTouch: true } : {};
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, deviceScaleFactor: 1, ...phone });
    for (let i = 0; ; i++) {
      try {
        await page.goto(`http://localhost:${PORT}${shot.url}`);
        break;
      } catch (e) {
        if (i > 50) throw e;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    await page.waitForSelector('[data-layout="settled"]');
    // The panels around the graph follow its first frame; in the app, wait for them too.
    if (!shot.url.includes('embed=1')) await page.waitForSelector('.tb-scenario');
    // A whole page is shot at a window as tall as it is: Playwright's full-page capture briefly
    // turns a touch phone's pointer fine, and the embed's hint follows the pointer live.
    if (shot.fullPage) {
      const height = await page.evaluate(() => globalThis.document.documentElement.scrollHeight);
      await page.setViewportSize({ width: shot.width, height });
      await page.waitForTimeout(300);
    }
    await page.screenshot({ path: shot.path });
    console.log(`wrote ${shot.path}`);
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
