import { defineConfig, type Plugin } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import {
  CHROMIUM_ARGS,
  MISSING_BROWSER_HINT,
  findChromium,
} from './test/support/find-chromium.mjs';

const chromium = await findChromium();

// @open-wc/testing imports a Web Test Runner-only module; under vitest it is never used.
function stubWebTestRunnerSocket(): Plugin {
  const id = '\0wtr-socket-stub';
  return {
    name: 'stub-wtr-socket',
    enforce: 'pre',
    resolveId(source) {
      return source.endsWith('__web-dev-server__web-socket.js') ? id : null;
    },
    load(loaded) {
      if (loaded !== id) return null;
      return (
        'export function sendMessage() { throw new Error("Web Test Runner only"); }\n' +
        'export function sendMessageWaitForResponse() { throw new Error("Web Test Runner only"); }\n' +
        'export default {};\n'
      );
    },
  };
}

if (!chromium) console.error(MISSING_BROWSER_HINT);

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        plugins: [stubWebTestRunnerSocket()],
        optimizeDeps: {
          include: [
            'lit',
            'lit/decorators.js',
            'lit/directives/class-map.js',
            '@open-wc/testing',
            'axe-core',
            'zod/mini',
          ],
        },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotDirectory: 'test/__screenshots__',
            provider: playwright({
              launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The main suites once more on the paste file (dist/, `npm run build:paste`); the
        // e2e project above runs them on the split install (mashup/).
        test: {
          name: 'e2e-paste',
          environment: 'node',
          include: [
            'test/e2e/mashup-fields.test.ts',
            'test/e2e/mashup-guard.test.ts',
            'test/e2e/mashup-signin.test.ts',
            'test/e2e/mashup-robust.test.ts',
          ],
          env: { REPLICA_LAYOUT: 'paste' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
