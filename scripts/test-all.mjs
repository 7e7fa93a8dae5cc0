// `npm test`: lint, format check, typecheck, unit + component tests (Vitest), browser tests
// (Playwright + Debian's Chromium). Prints each suite's result and ends with `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const OUT = '.tiebar-test';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const results = [];
const failures = [];

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
  // CI keeps only the end of the log: name each failed test (and its first line) with the summary.
  for (const f of report?.testResults ?? [])
    for (const t of f.assertionResults ?? [])
      if (t.status === 'failed')
        failures.push(
          `vitest: ${f.name.replace(process.cwd() + '/', '')}: ${t.fullName}: ${(t.failureMessages?.[0] ?? '').split('\n')[0]}`,
        );
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
    const walk = (suite) => {
      for (const spec of suite.specs ?? [])
        for (const t of spec.tests ?? [])
          if (t.status === 'unexpected' || t.status === 'flaky')
            failures.push(
              `playwright (${t.status}): ${spec.file}:${spec.line}: ${spec.title}: ${(t.results?.at(-1)?.error?.message ?? '').split('\n')[0]}`,
            );
      for (const s of suite.suites ?? []) walk(s);
    };
    for (const s of report?.suites ?? []) walk(s);
    if (report?.stats) {
      const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
      const failed = unexpected + flaky + (code !== 0 && unexpected === 0 ? 1 : 0);
      results.push({ name: 'browser (playwright)', passed: expected, failed });
    } else results.push({ name: 'browser (playwright)', passed: 0, failed: 1 });
  } else results.push({ name: 'browser (playwright)', passed: 0, failed: 1 });
}

if (failures.length) console.log(`\nFailed\n${failures.map((f) => `  ${f.slice(0, 400)}`).join('\n')}`);
console.log('\nSummary');
for (const r of results) console.log(`  ${r.name.padEnd(28)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
