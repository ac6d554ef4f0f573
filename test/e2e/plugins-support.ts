// Shared helpers for the tests of the connection statuses on the replica's Settings > Plugins.
import { expect } from 'vitest';
import type { Page } from 'playwright';
import type { Harness } from './mashup-support.js';
import { HEALTH_PROFILES } from '../replica/plugins-page.js';

export { HEALTH_PROFILES };

/** The Google OAuth profiles of the Email plugin, whose statuses the assistant shows. */
export const GOOGLE_PROFILES = [
  'Gmail',
  'Half done',
  ...Object.values(HEALTH_PROFILES),
] as readonly string[];
/** The Email plugin's other profiles, which must stay untouched. */
export const OTHER_EMAIL_PROFILES = ['Support', 'Legacy POP3', 'Outlook', 'Old test box'];

/** Opens the Plugins page (the list after `listDelay` ms) and waits for the list. */
export async function openPlugins(h: Harness, query = 'listDelay=200'): Promise<void> {
  await h.page.goto(`${h.replica.url}/Admin/Plugins.aspx${query ? `?${query}` : ''}`);
  await h.page.locator('#plugins-container li.tau-profileName').first().waitFor();
}

/** Each Email Integration profile's status line, '' where it has none. */
export function statuses(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const block of document.querySelectorAll('#plugins-container div.plugin-block')) {
      if (block.querySelector('h4._pluginName')?.textContent !== 'Project Email Integration')
        continue;
      for (const li of block.querySelectorAll('li.tau-profileName')) {
        const name = li.querySelector('a')!.textContent!.trim();
        const status = li.querySelector('tpgo-connection-status');
        out[name] = (status?.shadowRoot?.querySelector('.line')?.textContent ?? '').trim();
      }
    }
    return out;
  });
}

/** Waits until every Google profile shows a status, and returns all statuses. */
export async function settled(page: Page, timeout = 8000): Promise<Record<string, string>> {
  await expect
    .poll(
      async () => {
        const shown = await statuses(page);
        return GOOGLE_PROFILES.every((name) => shown[name]);
      },
      { timeout },
    )
    .toBe(true);
  return statuses(page);
}

/** The status element of a profile, as a locator. */
export const statusOf = (page: Page, name: string) =>
  page
    .locator('#plugins-container li.tau-profileName')
    .filter({ has: page.getByRole('link', { name, exact: true }) })
    .locator('tpgo-connection-status');

/** Requests the page made to the plugin API, by command. */
export function apiRequests(h: Harness) {
  const email = '/api/v1/Plugins.asmx/Project%20Email%20Integration';
  const of = (test: (path: string, method: string) => boolean) =>
    h.replica.requests.filter((r) => test(r.path, r.method));
  return {
    errors: of((p) => p.startsWith(`${email}/Commands/CheckActivityLogForErrors`)),
    profiles: of((p, m) => m === 'GET' && p.startsWith(`${email}/Profiles/`)),
    logs: of((p) => p.includes('/Commands/GetActivityLog')),
    all: of((p) => p.includes('/api/v1/Plugins.asmx')),
  };
}
