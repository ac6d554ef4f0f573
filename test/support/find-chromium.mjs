// Finds a Chromium or Chrome that Playwright can drive, without downloading anything.
// Order: an environment variable naming one, Playwright's own installed Chromium, then the
// system's Chromium or Chrome. Run directly, it prints the path or a one-line hint and exits 1.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ENV_NAMES = ['CHROMIUM_PATH', 'CHROME_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const MISSING_BROWSER_HINT =
  'No Chromium found: set CHROMIUM_PATH to a Chromium or Chrome binary, ' +
  'or run `npx playwright install chromium`, or `apt-get install chromium`.';

/** The flags a headless Chromium needs here (as root, on a closed network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

async function playwrightChromium() {
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {Promise<string | undefined>} */
export async function findChromium() {
  for (const name of ENV_NAMES) {
    const value = process.env[name];
    if (value && existsSync(value)) return value;
  }
  const own = await playwrightChromium();
  if (own) return own;
  return SYSTEM_PATHS.find((path) => existsSync(path));
}

/** @returns {Promise<string>} the path, or throws with the one-line hint. */
export async function requireChromium() {
  const path = await findChromium();
  if (!path) throw new Error(MISSING_BROWSER_HINT);
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = await findChromium();
  if (path) {
    console.log(path);
  } else {
    console.error(MISSING_BROWSER_HINT);
    process.exit(1);
  }
}
