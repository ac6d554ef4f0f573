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
async function signIn(
  run: Run,
  clientKey: string,
  name: string,
  extra = '',
  before?: () => Promise<unknown>,
): Promise<void> {
  await open(h, 'new-profile', extra);
  const { page } = run;
  await before?.();
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
  // Watched by the context's own 'page' listener (zoned).
  const page = await h.context.newPage();
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
    const writes = recordWrites().length;
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
    expect(recordWrites()).toHaveLength(writes);

    await save(run.page);
    await expect.poll(() => recordWrites().length).toBe(writes + 1);
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
    await expect
      .poll(async () => (await storedItems()).some((i) => i.key === recordKey(name, 1)))
      .toBe(true);
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

describe('whichever jQuery the editor uses', () => {
  it('with window.jQuery gone (the editor keeps its own copy, as an AMD one would be)', async () => {
    const run = await zoned(h);
    await signIn(run, 'testing', uniqueName('amd'), '', () =>
      run.page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        delete w.jQuery;
        delete w.$;
      }),
    );
    await line(run.page).waitFor({ state: 'visible' });
    expect(await lineText(run.page)).toContain('the app is in Testing');
    // Until the Save that stores this sign-in, only that Save is watched; once it is seen,
    // XMLHttpRequest's open is the page's own again, exactly.
    const native = () =>
      run.page.evaluate(() => XMLHttpRequest.prototype.open.toString().includes('[native code]'));
    expect(await native()).toBe(false);
    const writes = recordWrites().length;
    await save(run.page);
    await expect.poll(() => recordWrites().length).toBe(writes + 1);
    expect(await native()).toBe(true);
  });
});

describe('storage failing costs nothing else', () => {
  for (const failure of STORAGE_FAILURES) {
    it(`storage=${failure}: the line still shows, no exception, at most one console line per page`, async () => {
      const run = await zoned(h, { storage: failure });
      const name = uniqueName(`fail-${failure}`);
      await signIn(run, 'testing', name);
      await line(run.page).waitFor({ state: 'visible' });
      await save(run.page);
      // The write fails (after the client's 5 s for a timeout): one line, naming no value. A
      // malformed answer to a write is still a write the server took: nothing to say.
      const key = encodeURIComponent(recordKey(name, 1)!);
      await expect.poll(() => recordWrites().some((r) => r.path.endsWith(key))).toBe(true);
      if (failure === 'malformed') await run.page.waitForTimeout(500);
      else await expect.poll(() => run.console.length, { timeout: 8000 }).toBe(1);
      expect(run.console.length).toBeLessThanOrEqual(1);
      for (const text of run.console)
        expect(text).toMatch(/^\[tpgo\] Targetprocess storage unavailable \([\w ]+\)/);
      expect(await lineText(run.page)).toContain('Google ends this sign-in on');
      // The saved profile's editor: the list fails too; the health and the Scope still count.
      const before = run.console.length;
      const later = await reopen(run, name, 1);
      await later.waitForTimeout(failure === 'timeout' ? 6000 : 1500);
      expect(run.console.length - before).toBeLessThanOrEqual(1);
      expect(run.errors).toEqual([]);
      expect(await later.locator('#SignIn').inputValue()).toBe('Sign out');
    }, 40_000);
  }
});

describe('records that must not count', () => {
  it('a newer record by a non-administrator, and one claiming a far end, change nothing', async () => {
    const run = await zoned(h);
    const name = uniqueName('forged');
    await signIn(run, 'production', name);
    await save(run.page);
    await expect
      .poll(async () => (await storedItems()).some((i) => i.key === recordKey(name, 1)))
      .toBe(true);
    const now = Date.now();
    const plant = (user: number, endsAt: number) =>
      fetch(`${h.replica.url}/storage/v1/${RECORD_GROUP}/${recordKey(name, user)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: `replicaUser=${user}` },
        body: JSON.stringify({
          scope: 'Public',
          publicData: {
            version: '1',
            profile: JSON.stringify(name),
            signedAt: String(now),
            endsAt: String(endsAt),
            mailGranted: 'true',
          },
          userData: {},
        }),
      });
    // Jane (not an administrator) claims a Testing end in 3 days; a second administrator
    // claims an end 30 days after its sign-in (Google's longest is 7).
    expect((await plant(2, now + 3 * DAY)).ok).toBe(true);
    expect((await plant(3, now + 30 * DAY)).ok).toBe(true);
    const later = await reopen(run, name, 1);
    await later.waitForTimeout(2000);
    expect(await line(later).isHidden()).toBe(true);
    expect(run.console).toEqual([]);
  });
});

describe('no token value leaves the editor', () => {
  it("not in the DOM, the console, the storage, nor any request but the editor's own", async () => {
    const run = await zoned(h);
    const tokens: string[] = [];
    const seen: { url: string; body: string }[] = [];
    const logged: string[] = [];
    h.context.on('response', (response) => {
      if (!response.url().includes('/google/token')) return;
      void response
        .json()
        .then((body: Record<string, unknown>) => {
          for (const k of ['access_token', 'refresh_token', 'id_token'])
            if (typeof body[k] === 'string') tokens.push(body[k]);
        })
        .catch(() => undefined);
    });
    h.context.on('request', (request) =>
      seen.push({ url: request.url(), body: request.postData() ?? '' }),
    );
    const log = (page: Page) => page.on('console', (m) => logged.push(m.text()));
    log(run.page);
    h.context.on('page', log);
    const name = uniqueName('tokens');
    await signIn(run, 'testing', name);
    await line(run.page).waitFor({ state: 'visible' });
    await save(run.page);
    await expect
      .poll(async () => (await storedItems()).some((i) => i.key === recordKey(name, 1)))
      .toBe(true);
    await expect.poll(() => tokens.length).toBe(3);
    const dom = await run.page.evaluate(() => {
      const all = [document.documentElement.outerHTML];
      for (const el of document.querySelectorAll('*'))
        if (el.shadowRoot) all.push(el.shadowRoot.innerHTML);
      return all.join('\n');
    });
    const storage = JSON.stringify(await storedItems());
    const local = await run.page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    // The editor's own Save carries its OAuthState (the admin asked for it); nothing else may.
    const others = seen.filter((r) => !/\/Profiles\//.test(r.url));
    for (const token of tokens) {
      expect(dom).not.toContain(token);
      expect(logged.join('\n')).not.toContain(token);
      expect(storage).not.toContain(token);
      expect(local).not.toContain(token);
      for (const r of others) expect(`${r.url}\n${r.body}`).not.toContain(token);
    }
  });
});

describe('the Save body is byte-identical', () => {
  it('what the editor passes to its request is what the server gets, with the mashup and without', async () => {
    const bodies: string[] = [];
    for (const extra of ['replica=no-assistant', '']) {
      const run = await zoned(h);
      const name = uniqueName('bytes');
      await signIn(run, 'testing', name, extra);
      await save(run.page);
      const sent = await run.page.evaluate(() => {
        const log = (
          window as unknown as { __replica: { busLog: { name: string; data: unknown }[] } }
        ).__replica.busLog;
        return JSON.stringify(log.find((e) => e.name === 'SaveProfile')!.data);
      });
      const got = h.replica.requests.filter(
        (r) => r.method === 'POST' && r.path.includes('/Profiles/') && r.body.includes(name),
      );
      expect(got).toHaveLength(1);
      expect(got[0]!.body).toBe(sent);
      // The same shape either way, once the values that differ by sign-in are set aside.
      bodies.push(
        got[0]!.body
          .replaceAll(name, 'NAME')
          .replace(/"(AccessToken|RefreshToken)":"[^"]*"/g, '"$1":"T"')
          .replace(/\/Date\(\d+\)\//g, '/Date(0)/'),
      );
    }
    expect(bodies[1]).toBe(bodies[0]);
  });
});

describe('only a Save after a sign-in made here writes', () => {
  it('a saved profile opened by its address and saved, without signing in, writes nothing', async () => {
    const run = await zoned(h);
    const writes = recordWrites().length;
    await open(h, 'google-stored-secret');
    await run.page.waitForTimeout(1000);
    await save(run.page);
    await run.page.waitForTimeout(1000);
    expect(recordWrites()).toHaveLength(writes);
    expect(run.errors).toEqual([]);
  });
});
