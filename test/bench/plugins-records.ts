// The sign-in records the Plugins bench writes into the replica's RESTful Storage (issue 20): one
// administrator's Testing sign-in 3 days old for each listed Google profile, so each one that is
// signed in shows "Connected: Google ends this sign-in on …". Written and removed over HTTP
// between loads, never while one is measured.
import type { Page } from 'playwright';
import { RECORD_GROUP, recordBody, recordKey } from '../../src/rules/lifetime-record.js';

const DAY = 86_400_000;
const TESTING_MS = 604_799_000;
/** The replica's administrator (test/replica/storage.ts). */
const ADMIN = 1;

/** The names of the profiles that carry a status on the page. */
export function statusNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('tpgo-connection-status')]
      .map((el) => el.previousElementSibling?.textContent?.trim() ?? '')
      .filter(Boolean),
  );
}

/** How many statuses say Google ends the sign-in (the records counted). */
export function countdownsShown(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('tpgo-connection-status')].filter((el) =>
        (el.shadowRoot?.querySelector('.line')?.textContent ?? '').includes(
          'Google ends this sign-in',
        ),
      ).length,
  );
}

async function send(url: string, body: string, headers: Record<string, string> = {}) {
  const answer = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: `replicaUser=${ADMIN}`, ...headers },
    body,
  });
  if (!answer.ok) throw new Error(`storage ${answer.status}`);
}

const itemUrl = (base: string, name: string) =>
  `${base}/storage/v1/${RECORD_GROUP}/${recordKey(name, ADMIN)!}`;

/** One record per name, a Testing sign-in 3 days before now. */
export async function writeRecords(base: string, names: readonly string[]): Promise<void> {
  const signedAt = Date.now() - 3 * DAY;
  for (const profile of names) {
    const body = recordBody({
      version: 1,
      profile,
      signedAt,
      endsAt: signedAt + TESTING_MS,
      mailGranted: true,
    });
    await send(itemUrl(base, profile), JSON.stringify(body));
  }
}

export async function removeRecords(base: string, names: readonly string[]): Promise<void> {
  for (const profile of names)
    await send(itemUrl(base, profile), '', { 'X-HTTP-Method-Override': 'DELETE' });
}
