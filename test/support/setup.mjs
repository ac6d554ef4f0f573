// The set-up behind `npm start` and `npm test`, so that on a fresh machine those two commands
// are all it takes: installs the npm dependencies when they are missing or older than the lock
// file, and with --browser makes sure a Chromium exists (Debian's, installed with apt-get when
// running as root; otherwise a one-line hint). Plain Node, no dependencies of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const lock = join(root, 'package-lock.json');
const installed = join(root, 'node_modules/.package-lock.json');

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('setup: installing the npm dependencies (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

if (process.argv.includes('--browser')) {
  const { findChromium, MISSING_BROWSER_HINT } = await import('./find-chromium.mjs');
  if (!(await findChromium())) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    let hasApt = false;
    try {
      execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
      hasApt = true;
    } catch {
      hasApt = false;
    }
    if (!isRoot || !hasApt) {
      console.error(MISSING_BROWSER_HINT);
      process.exit(1);
    }
    console.log("setup: no Chromium found, installing Debian's chromium (apt-get)");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
    if (!(await findChromium())) {
      console.error(MISSING_BROWSER_HINT);
      process.exit(1);
    }
  }
}
