// `npm test`: lint, format check, typecheck, unit + component tests (Vitest), browser tests
// (Playwright + Debian's Chromium). Prints each suite's result and ends with `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const OUT = '.tiebar-test';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const results = [];

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

/** A check that passes or fails as a whole (lint, typecheck): counts as one test. */
function check(name, cmd, args) {
  const code = run(cmd, args);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

check('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
check('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
check('typecheck', 'node', ['node_modules/typescript7/bin/tsc', '-p', 'tsconfig.json', '--noEmit']);

{
  const file = `${OUT}/vitest.json`;
  const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  const report = readJson(file);
  if (report)
    results.push({
      name: 'unit + component (vitest)',
      passed: report.numPassedTests,
      failed: report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0),
    });
  else results.push({ name: 'unit + component (vitest)', passed: 0, failed: 1 });
}

{
  let chromium = null;
  try {
    chromium = ensureChromium();
  } catch (e) {
    console.error(`\nBrowser tests cannot run: ${e.message}`);
  }
  if (chromium) {
    const file = `${OUT}/playwright.json`;
    const code = run('npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: file });
    const report = readJson(file);
    if (report?.stats) {
      const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
      const failed = unexpected + flaky + (code !== 0 && unexpected === 0 ? 1 : 0);
      results.push({ name: 'browser (playwright)', passed: expected, failed });
    } else results.push({ name: 'browser (playwright)', passed: 0, failed: 1 });
  } else results.push({ name: 'browser (playwright)', passed: 0, failed: 1 });
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.name.padEnd(28)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
