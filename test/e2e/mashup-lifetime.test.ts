// The sign-in lifetime in the replica editor (issue 20), in a browser whose time zone is not
// UTC: what Google's token answer says at Sign in, beside Sign in; the record written to the
// replica's RESTful Storage after Save; the same profile reopened with the clock moved on;
// storage failing; records that must not count; and no token value anywhere it should not be.
import { describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright';
import { googleClient, TESTING_EXPIRES_IN } from '../replica/google-clients.js';
import { STORAGE_FAILURES } from '../replica/storage.js';
import { formatDay } from '../../src/rules/lifetime.js';
import { RECORD_GROUP, recordKey } from '../../src/rules/lifetime-record.js';
import { open, useHarness, type Harness } from './mashup-support.js';

const h = useHarness({ allowProblems: true });
const ZONE = 'Asia/Tokyo';
const DAY = 86_400_000;

interface Run {
  page: Page;
  /** Our console lines (warnings and errors), and uncaught page errors. */
  console: string[];
  errors: string[];
}

/** A fresh context in the test zone (optionally with storage switches as cookies). */
async function zoned(hh: Harness, cookies: Record<string, string> = {}): Promise<Run> {
  await hh.context.close();
  hh.context = await hh.browser.newContext({
    timezoneId: ZONE,
    viewport: { width: 1366, height: 768 },
  });
  const list = Object.entries(cookies).map(([name, value]) => ({
    name,
    value,
    url: hh.replica.url,
  }));
  if (list.length) await hh.context.addCookies(list);
  const run: Run = { page: await hh.context.newPage(), console: [], errors: [] };
  hh.page = run.page;
  hh.context.on('page', (page) => watch(page, run));
  watch(run.page, run);
  return run;
}

function watch(page: Page, run: Run): void {
  page.on('console', (message: ConsoleMessage) => {
    const text = message.text();
    if (/Failed to load resource|SecurityError|^\[replica\]/.test(text)) return;
    if (message.type() === 'error' || message.type() === 'warning') run.console.push(text);
  });
  page.on('pageerror', (error) => run.errors.push(error.message));
}

const line = (page: Page) => page.locator('.tpgo-lifetime');
const lineText = async (page: Page) =>
  ((await line(page).textContent()) ?? '').replace(/\s+/g, ' ').trim();

let counter = 0;
const uniqueName = (what: string) => `Life ${what} ${Date.now() % 100000}-${++counter}`;

/** A new Google profile signed in with the stand-in client; resolves once signed in. */
async function signIn(run: Run, clientKey: string, name: string, extra = ''): Promise<void> {
  await open(h, 'new-profile', extra);
  const { page } = run;
  await page.selectOption('#authDropDown', '1');
  await page.fill('#Name', name);
  await page.fill('#MailServer', 'imap.gmail.com');
  const client = googleClient(clientKey);
  await page.fill('#Login', client.id);
  await page.fill('#Password', client.secret);
  const [popup] = await Promise.all([h.context.waitForEvent('page'), page.click('#SignIn')]);
  await popup.waitForLoadState();
  await popup.click('#allow');
  await page.waitForFunction(
    () => (document.querySelector('#SignIn') as HTMLInputElement).value === 'Sign out',
  );
}

async function save(page: Page): Promise<void> {
  await page.click('#save');
  await page.locator('body > div.plugins.info-block', { hasText: 'saved successfully' }).waitFor();
}

async function storedItems(): Promise<
  { key: string; ownerId: number; publicData: Record<string, string> }[]
> {
  const answer = await fetch(`${h.replica.url}/storage/v1/${RECORD_GROUP}`);
  return ((await answer.json()) as { items: never[] }).items;
}

const recordWrites = () =>
  h.replica.requests.filter(
    (r) => r.method === 'POST' && r.path.includes(`/storage/v1/${RECORD_GROUP}/`),
  );

/** The saved profile's editor, opened in a new page whose clock is `days` on. */
async function reopen(run: Run, name: string, days: number): Promise<Page> {
  await run.page.close();
  const page = await h.context.newPage();
  watch(page, run);
  await page.clock.install({ time: new Date(Date.now() + days * DAY) });
  h.page = page;
  run.page = page;
  await open(h, 'new-profile', `ProfileName=${encodeURIComponent(name)}`);
  return page;
}

describe('beside Sign in, at once', () => {
  it('a Testing client: the dated end in the admin zone and the fix; the record after Save; 4 and 8 days on', async () => {
    const run = await zoned(h);
    const name = uniqueName('testing');
    const before = Date.now();
    await signIn(run, 'testing', name);
    const ends = new Date(before + TESTING_EXPIRES_IN * 1000);
    const day = formatDay(ends, { timeZone: ZONE });
    await line(run.page).waitFor({ state: 'visible' });
    expect(await lineText(run.page)).toContain(
      `Google ends this sign-in on ${day} (in 7 days): the app is in Testing`,
    );
    expect(await lineText(run.page)).toMatch(
      /Audience > Publish app.*Sign in again choosing Consent/,
    );
    expect(await lineText(run.page)).toContain('only once the profile is saved');
    const link = line(run.page).locator('a');
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/console\.cloud\.google\.com\//);
    // Nothing is written before Save.
    expect(recordWrites().filter((r) => r.path.includes('/storage/'))).toHaveLength(0);

    await save(run.page);
    await expect.poll(() => recordWrites().length).toBe(1);
    const key = recordKey(name, 1)!;
    const item = (await storedItems()).find((i) => i.key === key)!;
    expect(item).toMatchObject({ ownerId: 1 });
    expect(Object.keys(item.publicData).sort()).toEqual(
      ['endsAt', 'mailGranted', 'profile', 'signedAt', 'version'].sort(),
    );
    const signedAt = Number(JSON.parse(item.publicData.signedAt!));
    expect(Number(JSON.parse(item.publicData.endsAt!))).toBe(signedAt + TESTING_EXPIRES_IN * 1000);
    expect(JSON.parse(item.publicData.mailGranted!)).toBe(true);
    expect(JSON.stringify(item)).not.toMatch(/ya29|1\/\/|@|apps\.googleusercontent/);

    const four = await reopen(run, name, 4);
    await line(four).waitFor({ state: 'visible' });
    expect(await lineText(four)).toContain(
      `Google ends this sign-in on ${day} (in 3 days): the app is in Testing`,
    );

    const eight = await reopen(run, name, 8);
    await line(eight).waitFor({ state: 'visible' });
    expect(await lineText(eight)).toMatch(
      new RegExp(`Google ended this sign-in on ${day}|Stopped on ${day.slice(4)}`),
    );
    expect(run.errors).toEqual([]);
    expect(run.console).toEqual([]);
  });

  it('a production client: a quiet confirmation only, and a record saying no end', async () => {
    const run = await zoned(h);
    const name = uniqueName('production');
    await signIn(run, 'production', name);
    await line(run.page).waitFor({ state: 'visible' });
    const text = await lineText(run.page);
    expect(text).toContain('Google set no end date for this sign-in');
    expect(text).not.toMatch(/Warning|Error/);
    await save(run.page);
    await expect
      .poll(async () => (await storedItems()).some((i) => i.key === recordKey(name, 1)))
      .toBe(true);
    const item = (await storedItems()).find((i) => i.key === recordKey(name, 1))!;
    expect(JSON.parse(item.publicData.endsAt!)).toBeNull();
    // Reopened: nothing to warn about.
    const later = await reopen(run, name, 4);
    await later
      .locator('tpgo-connection-status')
      .waitFor({ state: 'visible', timeout: 5000 })
      .catch(() => undefined);
    await later.waitForTimeout(1000);
    expect(await line(later).isHidden()).toBe(true);
    expect(run.console).toEqual([]);
  });

  it('the Gmail permission unticked: an error-level line, also from the saved Scope', async () => {
    const run = await zoned(h);
    const name = uniqueName('unticked');
    await signIn(run, 'mail_unticked', name);
    await line(run.page).waitFor({ state: 'visible' });
    expect(await lineText(run.page)).toMatch(
      /^Error: The Gmail permission was not ticked on Google's screen/,
    );
    await save(run.page);
    await expect.poll(() => recordWrites().length).toBeGreaterThan(0);
    const later = await reopen(run, name, 1);
    await line(later).waitFor({ state: 'visible' });
    expect(await lineText(later)).toMatch(/Error: The Gmail permission was not ticked/);
  });

  it("Sign out removes this signer's record for the saved profile", async () => {
    const run = await zoned(h);
    const name = uniqueName('signout');
    await signIn(run, 'testing', name);
    await save(run.page);
    await expect
      .poll(async () => (await storedItems()).some((i) => i.key === recordKey(name, 1)))
      .toBe(true);
    await run.page.click('#SignIn');
    await expect
      .poll(async () => (await storedItems()).some((i) => i.key === recordKey(name, 1)))
      .toBe(false);
    expect(await line(run.page).isHidden()).toBe(true);
  });
});
