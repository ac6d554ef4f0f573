// The demo page of the elements (served by the replica at /demo/) renders every element in its
// states, with no error and no axe violation.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright';
import { startReplica, type Replica } from '../replica/server.js';
import { launchChromium } from '../replica/testing.js';

let replica: Replica;
let browser: Browser;

beforeAll(async () => {
  [replica, browser] = await Promise.all([startReplica(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await replica?.close();
});

describe('the demo page', () => {
  it('shows each element in its states, accessibly and without errors', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${replica.url}/demo/`);
    await page.locator('tpgo-google-check').first().waitFor({ timeout: 30_000 });
    const counts = await page.evaluate(() =>
      Object.fromEntries(
        [
          'tpgo-field-check',
          'tpgo-redirect-uri',
          'tpgo-unverified-guide',
          'tpgo-credentials-import',
          'tpgo-signin-error',
          'tpgo-setup-checklist',
          'tpgo-google-check',
          'tpgo-connection-status',
        ].map((tag) => [tag, document.querySelectorAll(tag).length]),
      ),
    );
    for (const [tag, count] of Object.entries(counts)) expect(count, tag).toBeGreaterThan(0);
    // The states the sign-in records add on Settings > Plugins (issue 20).
    const line = (id: string) => page.locator(`#${id}`).locator('[part=line]');
    const countdown = page.locator('#demo-plugins-countdown');
    await expect
      .poll(() => line('demo-plugins-countdown').innerText())
      .toMatch(/^Connected: Google ends this sign-in on \d{1,2} \w{3}, in 3 days$/);
    expect(await countdown.getAttribute('severity')).toBe('warning');
    expect(await countdown.getByText('Why and how to fix').count()).toBe(1);
    expect(await line('demo-plugins-stopped').innerText()).toMatch(
      /^Stopped on \d{1,2} \w{3}: the 7-day Testing sign-in ended$/,
    );
    expect(await page.locator('#demo-plugins-stopped').getAttribute('severity')).toBe('error');
    expect(await line('demo-plugins-mail').innerText()).toBe(
      'The Gmail permission is missing: Sign in again and tick it',
    );
    expect(await page.locator('#demo-plugins-mail').getAttribute('severity')).toBe('error');
    await page.addScriptTag({
      path: createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }
      ).axe;
      return (await axe.run()).violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);
});
