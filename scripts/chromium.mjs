// Finds Debian's Chromium for the browser tests: $CHROMIUM_PATH, then /usr/bin/chromium;
// installs the `chromium` package with apt-get when it is missing and we run as root.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEFAULT_PATH = '/usr/bin/chromium';

/** The Chromium executable to use, or null when there is none (without installing anything). */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return existsSync(DEFAULT_PATH) ? DEFAULT_PATH : null;
}

/** Returns a Chromium path, installing Debian's package if needed and allowed; throws with a clear message otherwise. */
export function ensureChromium(log = console.log) {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no such file. Fix or unset it.`);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    throw new Error(
      `Chromium was not found at ${DEFAULT_PATH}. Install Debian's chromium (sudo apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium executable, then run npm test again.',
    );
  }
  log("Chromium is missing: installing Debian's chromium package with apt-get (once)...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0)
      throw new Error(`apt-get ${args.join(' ')} failed (exit ${r.status}); install chromium by hand or set CHROMIUM_PATH.`);
  }
  if (!existsSync(DEFAULT_PATH)) throw new Error(`apt-get installed chromium, but ${DEFAULT_PATH} is still missing.`);
  return DEFAULT_PATH;
}

/** Flags for headless Chromium on a machine with no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
