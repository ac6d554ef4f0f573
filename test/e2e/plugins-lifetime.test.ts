// Settings > Plugins with sign-in records in the replica's storage (issue 20): in Chromium set to
// Europe/Berlin with its clock moved 4 and 8 days on, a countdown before Google ends a Testing
// sign-in, a certain and dated stop once the log shows it, the missing Gmail permission from the
// saved scope; a non-administrator's record and a record claiming an end far from its sign-in
// change nothing; every storage failure leaves the other statuses, with at most one console line;
// one storage list per page load; a deleted profile's records go with it; no token leaves.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';
import { layoutFromEnv, startReplica, type Replica } from '../replica/server.js';
import { launchChromium } from '../replica/testing.js';
import { FIXTURE_TOKENS, HEALTH_PROFILES } from '../replica/plugins-page.js';
import { HOSTILE_MARK, STORAGE_FAILURES } from '../replica/storage.js';
import { RECORD_GROUP, recordKey } from '../../src/rules/lifetime-record.js';
import { statusOf, statuses } from './plugins-support.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const TESTING_MS = 604_799_000;
const ZONE = 'Europe/Berlin';
const EMAIL = '/api/v1/Plugins.asmx/Project%20Email%20Integration';
/** Token values of the profiles made here: none may reach the DOM or a request of the page. */
const TOKENS = { access: 'ya29.lifeplug-ACCESS-never-shown', refresh: '1//lifeplug-REFRESH-never' };

const TESTING = 'Gmail testing';
const UNTICKED = 'Gmail unticked';
const FORGED = 'Gmail forged';
const FAR = 'Gmail far';
const DOOMED = 'Gmail to delete';
const CLEARED = 'Gmail republished';

let replica: Replica;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let lines: string[];

/** Real now when the records are made; the browser's clock 4 days on, at 23:30 UTC (00:30 in Berlin). */
const REAL = Date.now();
const plus4 = new Date(REAL + 4 * DAY);
const AT4 = Date.UTC(plus4.getUTCFullYear(), plus4.getUTCMonth(), plus4.getUTCDate(), 23, 30);
const AT8 = AT4 + 4 * DAY;
/** The Testing sign-in of "Gmail testing": 3 days before AT4, so it ends 4 days after. */
const SIGNED = AT4 - 3 * DAY;
const ENDS = SIGNED + TESTING_MS;
/** "Gmail stopped" (the fixture, stopped 5 days ago by the real clock) signed in 12 days ago. */
const STOPPED_SIGNED = REAL - 12 * DAY;
const STOPPED_ENDS = STOPPED_SIGNED + TESTING_MS;

/** "15 Dec" as an admin in Berlin reads the date (the test's own formatting). */
const berlinDay = (ms: number, timeZone = ZONE) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone }).format(ms);

const dotNet = (ms: number) => `/Date(${ms})/`;

async function post(path: string, body: unknown, user = 1): Promise<Response> {
  const answer = await fetch(`${replica.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: `replicaUser=${user}` },
    body: JSON.stringify(body),
  });
  expect(answer.ok).toBe(true);
  return answer;
}

/** A Google profile signed in at the browser's AT4 less 12 minutes, with this granted scope. */
function makeProfile(name: string, scope: string) {
  return post(`${EMAIL}/Profiles/`, {
    Name: name,
    Settings: {
      SecureAccessMethod: '1',
      Login: '123456789012-lifeplug.apps.googleusercontent.com',
      Password: 'lifeplug-secret',
      MailServer: 'imap.gmail.com',
      Port: '993',
      Protocol: 'imap',
      UseSSL: true,
      OAuthDiscoverUri: 'https://accounts.google.com',
      OAuthState: {
        Email: 'support@acme.example',
        AccessToken: TOKENS.access,
        RefreshToken: TOKENS.refresh,
        AccessTokenIssueDateUtc: dotNet(AT4 - 12 * MIN),
        AccessTokenExpirationUtc: dotNet(AT4 - 12 * MIN + HOUR),
        Scope: scope,
        IsDeleted: false,
      },
    },
  });
}

/** A record as Targetprocess's storage client writes it (each value JSON-encoded). */
function writeRecord(profile: string, user: number, signedAt: number, endsAt: number | null) {
  const publicData = {
    version: '1',
    profile: JSON.stringify(profile),
    signedAt: JSON.stringify(signedAt),
    endsAt: JSON.stringify(endsAt),
    mailGranted: 'true',
  };
  return post(
    `/storage/v1/${RECORD_GROUP}/${recordKey(profile, user)}`,
    { scope: 'Public', publicData, userData: {} },
    user,
  );
}

async function storedKeys(): Promise<string[]> {
  const body = (await (
    await fetch(`${replica.url}/storage/v1/${RECORD_GROUP}`, {
      headers: { Cookie: 'replicaUser=1' },
    })
  ).json()) as {
    items: { key: string }[];
  };
  return body.items.map((item) => item.key).sort();
}

beforeAll(async () => {
  [replica, browser] = await Promise.all([
    startReplica({ layout: layoutFromEnv() }),
    launchChromium(),
  ]);
  for (const name of [TESTING, FORGED, FAR, DOOMED, CLEARED])
    await makeProfile(name, 'openid email https://mail.google.com/');
  await makeProfile(UNTICKED, 'openid https://www.googleapis.com/auth/userinfo.email');
  await writeRecord(TESTING, 1, SIGNED, ENDS);
  await writeRecord(DOOMED, 1, SIGNED, ENDS);
  await writeRecord(DOOMED, 2, SIGNED, ENDS);
  // Jane is no administrator: her record claims the same Testing end.
  await writeRecord(FORGED, 2, SIGNED, ENDS);
  // An administrator's record claiming an end 30 days after its sign-in.
  await writeRecord(FAR, 1, SIGNED, SIGNED + 30 * DAY);
  await writeRecord(HEALTH_PROFILES.stopped, 1, STOPPED_SIGNED, STOPPED_ENDS);
  // A Testing sign-in by the admin, then a newer one by the second admin that set no end.
  await writeRecord(CLEARED, 1, SIGNED, ENDS);
  await writeRecord(CLEARED, 3, SIGNED + HOUR, null);
});

afterAll(async () => {
  await browser?.close();
  await replica?.close();
});

beforeEach(async () => {
  lines = [];
  replica.requests.length = 0;
  context = await browser.newContext({ timezoneId: ZONE });
  page = await context.newPage();
  page.on('console', (message) => {
    const text = message.text();
    // Chromium's own line for a failed load is the browser's, not the page's code.
    if (/Failed to load resource/.test(text) || text.startsWith('[replica]')) return;
    lines.push(`${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}`));
});

afterEach(async () => {
  await context?.close();
});

async function openAt(time: number, query = ''): Promise<void> {
  await page.clock.setFixedTime(time);
  await page.goto(`${replica.url}/Admin/Plugins.aspx?listDelay=100${query ? `&${query}` : ''}`);
  await page.locator('#plugins-container li.tau-profileName').first().waitFor();
}

/** Waits until each named profile's status is what `expected` says; returns all statuses. */
async function until(expected: Record<string, string | RegExp>, timeout = 10_000) {
  await expect
    .poll(
      async () => {
        const shown = await statuses(page);
        return Object.fromEntries(Object.keys(expected).map((name) => [name, shown[name]]));
      },
      { timeout },
    )
    .toEqual(
      Object.fromEntries(
        Object.entries(expected).map(([name, text]) => [
          name,
          typeof text === 'string' ? text : expect.stringMatching(text),
        ]),
      ),
    );
  return statuses(page);
}

/** Everything the page holds as text and markup, shadow roots included. */
const everything = () =>
  page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    for (const el of document.querySelectorAll('*'))
      if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML, el.shadowRoot.textContent ?? '');
    return parts.join('\n');
  });

const pageRequests = () =>
  replica.requests.filter((r) => !(r.headers.cookie ?? '').includes('replicaUser'));

describe('Settings > Plugins with sign-in records (Berlin, clock moved on)', () => {
  it('4 days on: a warning countdown; the missing Gmail permission; forged and far records change nothing', async () => {
    await openAt(AT4);
    // The end falls on another day in Berlin than in UTC: the page counts in the admin's zone.
    expect(berlinDay(ENDS)).not.toBe(berlinDay(ENDS, 'UTC'));
    await until({
      [TESTING]: `Connected: Google ends this sign-in on ${berlinDay(ENDS)}, in 4 days`,
      [UNTICKED]: 'The Gmail permission is missing: Sign in again and tick it',
      [FORGED]: 'Connected: token refreshed 12 min ago',
      [FAR]: 'Connected: token refreshed 12 min ago',
      [CLEARED]: 'Connected: token refreshed 12 min ago',
      [HEALTH_PROFILES.stopped]: `Stopped on ${berlinDay(STOPPED_ENDS)}: the 7-day Testing sign-in ended`,
    });
    // Give a late record a chance to (wrongly) change the forged and far ones.
    await page.waitForTimeout(500);
    const shown = await statuses(page);
    expect(shown[FORGED]).toBe('Connected: token refreshed 12 min ago');
    expect(shown[FAR]).toBe('Connected: token refreshed 12 min ago');
    // The newer sign-in without an end cleared the older one's warning.
    expect(shown[CLEARED]).toBe('Connected: token refreshed 12 min ago');

    await page.locator('a.more-link').click();
    const testing = statusOf(page, TESTING);
    await expect.poll(() => testing.getAttribute('severity')).toBe('warning');
    expect(await testing.getAttribute('state')).toBe('connected');
    await testing.getByText('Why and how to fix').click();
    const body = await testing.locator('[part=body]').innerText();
    expect(body).toContain('Publish the app');
    expect(body).toContain('7 days');
    expect(await statusOf(page, UNTICKED).getAttribute('severity')).toBe('error');
    expect(await statusOf(page, FORGED).getAttribute('severity')).toBeNull();

    expect(await statusOf(page, CLEARED).getAttribute('severity')).toBeNull();

    // One storage list for all profiles; one user GET per distinct owner (1, 2 and 3).
    const sent = pageRequests();
    expect(sent.filter((r) => r.path.startsWith(`/storage/v1/${RECORD_GROUP}`))).toHaveLength(1);
    const users = sent.filter((r) => r.path.startsWith('/api/v1/Users/')).map((r) => r.path);
    expect(users.map((p) => p.split('?')[0]).sort()).toEqual([
      '/api/v1/Users/1',
      '/api/v1/Users/2',
      '/api/v1/Users/3',
    ]);
    expect(sent.filter((r) => r.method !== 'GET' && r.path.startsWith('/storage'))).toEqual([]);

    // No token value in the DOM or in any request the page made.
    const dom = await everything();
    for (const token of [...Object.values(TOKENS), ...Object.values(FIXTURE_TOKENS)]) {
      expect(dom).not.toContain(token);
      for (const r of sent) {
        expect(r.path).not.toContain(token);
        expect(r.body).not.toContain(token);
      }
    }
    expect(lines).toEqual([]);
  });

  it('8 days on: the stop the log shows is certain and dated; an end passed without a stop says so', async () => {
    await openAt(AT8);
    const shown = await until({
      [HEALTH_PROFILES.stopped]: `Stopped on ${berlinDay(STOPPED_ENDS)}: the 7-day Testing sign-in ended`,
      [TESTING]: /^Google ended this sign-in on \w{3} \d{1,2} \w{3}: the app is in Testing$/,
      [FORGED]: /^(No recent data|Stopped|Connected)/,
    });
    expect(shown[HEALTH_PROFILES.stopped]).not.toContain('check first');
    expect(shown[TESTING]).toContain(berlinDay(ENDS));
    expect(shown[FORGED]).not.toContain('Google ended');
    expect(shown[FAR]).not.toContain('Google end');
    expect(shown[CLEARED]).not.toContain('Google end');
    // The certain stop explains the end, not the hedged causes of a refusal.
    await page.locator('a.more-link').click();
    const stopped = statusOf(page, HEALTH_PROFILES.stopped);
    await stopped.getByText('Why and how to fix').click();
    const body = await stopped.locator('[part=body]').innerText();
    expect(body).toContain('Publish the app');
    expect(body).not.toMatch(/check first|whether/i);
    expect(lines).toEqual([]);
  });

  it('hostile records among the real ones: ignored, nothing thrown or run, the real ones still count', async () => {
    await openAt(AT4, 'storage=hostile');
    await until({
      [TESTING]: `Connected: Google ends this sign-in on ${berlinDay(ENDS)}, in 4 days`,
      [UNTICKED]: 'The Gmail permission is missing: Sign in again and tick it',
      [FORGED]: 'Connected: token refreshed 12 min ago',
      [FAR]: 'Connected: token refreshed 12 min ago',
      [CLEARED]: 'Connected: token refreshed 12 min ago',
      [HEALTH_PROFILES.stopped]: `Stopped on ${berlinDay(STOPPED_ENDS)}: the 7-day Testing sign-in ended`,
    });
    await page.waitForTimeout(500);
    expect((await statuses(page))[FORGED]).toBe('Connected: token refreshed 12 min ago');
    expect(await page.evaluate((mark) => mark in window, HOSTILE_MARK)).toBe(false);
    expect(await everything()).not.toContain('onerror');
    const sent = pageRequests();
    expect(sent.filter((r) => r.path.startsWith(`/storage/v1/${RECORD_GROUP}`))).toHaveLength(1);
    // Only the real records' owners are asked about, each once.
    const users = sent.filter((r) => r.path.startsWith('/api/v1/Users/')).map((r) => r.path);
    expect(users.map((p) => p.split('?')[0]).sort()).toEqual([
      '/api/v1/Users/1',
      '/api/v1/Users/2',
      '/api/v1/Users/3',
    ]);
    expect(lines).toEqual([]);
  });

  for (const failure of STORAGE_FAILURES) {
    it(`storage=${failure}: the other statuses still show, at most one console line`, async () => {
      await openAt(AT4, `storage=${failure}`);
      await until({
        [TESTING]: 'Connected: token refreshed 12 min ago',
        [UNTICKED]: 'The Gmail permission is missing: Sign in again and tick it',
        [HEALTH_PROFILES.fresh]: /\S/,
        [HEALTH_PROFILES.stopped]: /^Stopped since /,
      });
      if (failure === 'timeout') await page.waitForTimeout(5_500);
      else await page.waitForTimeout(300);
      const shown = await statuses(page);
      expect(shown[TESTING]).toBe('Connected: token refreshed 12 min ago');
      expect(lines.length).toBeLessThanOrEqual(1);
      for (const line of lines) expect(line).toMatch(/^warning: \[tpgo\] Targetprocess storage/);
      expect(
        pageRequests().filter((r) => r.path.startsWith(`/storage/v1/${RECORD_GROUP}`)),
      ).toHaveLength(1);
    });
  }

  it("deleting a profile on the page removes that profile's records, and only them", async () => {
    const doomed = [recordKey(DOOMED, 1)!, recordKey(DOOMED, 2)!];
    expect(await storedKeys()).toEqual(expect.arrayContaining(doomed));
    const others = (await storedKeys()).filter((key) => !doomed.includes(key));
    await openAt(AT4);
    await until({ [DOOMED]: /^Connected: Google ends this sign-in/ });
    await page.locator('a.more-link').click();
    const row = page
      .locator('#plugins-container ul')
      .filter({ has: page.getByRole('link', { name: DOOMED, exact: true }) });
    await row.locator('li.delete a').click();
    await page.locator('.confirmation .ok').click();
    await expect.poll(storedKeys, { timeout: 8000 }).toEqual(others);
    // A cancelled delete removes nothing.
    await page.locator('a.more-link').click();
    const kept = page
      .locator('#plugins-container ul')
      .filter({ has: page.getByRole('link', { name: TESTING, exact: true }) });
    await kept.locator('li.delete a').click();
    await page.locator('.confirmation .cancel').click();
    await page.evaluate(() =>
      (window as unknown as { __replica: { reloadPlugins(): void } }).__replica.reloadPlugins(),
    );
    await page.waitForTimeout(800);
    expect(await storedKeys()).toEqual(others);
    expect(lines).toEqual([]);
  });
});
