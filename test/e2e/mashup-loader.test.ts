// The two installs (issue 14): the split install's loader fetches chunks/editor.js only where
// the editor is, the paste file carries everything; both help on the editor, leave other pages
// alone, survive a double registration and a slow editor; a chunk that fails to load costs one
// console line and nothing else.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { GOOD, open, openGoogle, saveRequests, useHarness } from './mashup-support.js';
import { scenarioUrl } from '../replica/testing.js';

// Problems are checked in each test: one of them expects exactly one console line.
const h = useHarness({ allowProblems: true });
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const LAYOUTS = ['split', 'paste'] as const;
const CHUNK = '/JavaScript/Mashups/google-oauth-assistant/chunks/editor.js';
const LOADER = '/JavaScript/Mashups/google-oauth-assistant/google-oauth-assistant.js';
const LATER_CHUNK = '/JavaScript/Mashups/google-oauth-assistant/chunks/later.js';
const chunkRequests = (from = 0, name = 'editor') =>
  h.replica.requests.slice(from).filter((request) => request.path.includes(`/chunks/${name}.js`));
const count = (page: Page, selector: string) => page.locator(selector).count();

/** Minimal editor fields, put into a page that is not the editor's. */
function addEditorFields(page: Page) {
  return page.evaluate(() => {
    const form = document.createElement('form');
    form.innerHTML = `<select id="authDropDown"><option value="">Login &amp; Password</option>
      <option value="1" url="https://accounts.google.com" selected>Google OAuth</option></select>
      <p class="label">Client id <span class="error" name="LoginErrorLabel"></span></p>
      <input id="Login" name="Login" type="text">
      <p class="label">Client secret <span class="error" name="PasswordErrorLabel"></span></p>
      <input id="Password" name="Password" type="password">`;
    document.querySelector('.tp-content')!.append(form);
  });
}

describe.each(LAYOUTS)('the %s install', (layout) => {
  const extra = `replica=${layout}`;

  it('on the editor: helps, each file fetched once', async () => {
    const from = h.replica.requests.length;
    await openGoogle(h, 'new-profile', extra);
    expect(await count(h.page, 'tpgo-field-check')).toBe(2);
    const scripts = () =>
      h.replica.requests
        .slice(from)
        .filter((request) => request.path.includes('/JavaScript/Mashups/'))
        .map((request) => request.path);
    // The split install's later chunk comes right after the first frame (lazy.ts): wait for it,
    // then leave time for any second fetch to show.
    if (layout === 'split') await expect.poll(() => scripts().includes(LATER_CHUNK)).toBe(true);
    await h.page.waitForTimeout(300);
    expect(scripts()).toEqual(
      layout === 'split'
        ? [
            '/JavaScript/Mashups/google-oauth-assistant/google-oauth-assistant.js',
            CHUNK,
            LATER_CHUNK,
          ]
        : ['/JavaScript/Mashups/google-oauth-assistant-paste/google-oauth-assistant.js'],
    );
    expect(h.problems).toEqual([]);
  });

  it('off the editor: runs, fetches no chunk, adds nothing; an editor appearing later is found', async () => {
    const from = h.replica.requests.length;
    await h.page.goto(`${h.replica.url}/RestUI/Board.aspx?${extra}`);
    await h.page.waitForLoadState('load');
    await h.page.waitForTimeout(300);
    const ran = await h.page.evaluate(() =>
      (window as unknown as { __replica: { mashups: { ran: boolean }[] } }).__replica.mashups.map(
        (mashup) => mashup.ran,
      ),
    );
    expect(ran).toEqual([true]);
    expect(chunkRequests(from)).toEqual([]);
    expect(chunkRequests(from, 'plugins')).toEqual([]);
    expect(await count(h.page, '[data-tpgo], [id^="tpgo-"]')).toBe(0);
    // Within the grace after load, the loader's cheap look finds editor fields by their ids.
    await addEditorFields(h.page);
    await expect.poll(() => count(h.page, 'tpgo-field-check')).toBe(2);
    expect(chunkRequests(from).length).toBe(layout === 'split' ? 1 : 0);
    expect(h.problems).toEqual([]);
  });

  it('registered twice: one chunk, one set of help, one guard', async () => {
    const from = h.replica.requests.length;
    await openGoogle(h, 'new-profile', `${extra},twice`);
    expect(await count(h.page, 'script[data-replica-mashup]')).toBe(2);
    await h.page.selectOption('#authDropDown', '');
    await h.page.selectOption('#authDropDown', '1');
    await h.page.waitForTimeout(200);
    expect(await count(h.page, 'tpgo-field-check')).toBe(2);
    expect(await count(h.page, '.tpgo-panel')).toBe(1);
    expect(chunkRequests(from).length).toBe(layout === 'split' ? 1 : 0);
    await h.page.fill('#Login', GOOD.secret);
    const before = saveRequests(h).length;
    await h.page.click('#save');
    await h.page.waitForTimeout(200);
    expect(saveRequests(h).length).toBe(before);
    expect(h.problems).toEqual([]);
  });
});

describe('the head start on the editor chunk', () => {
  it('on the editor, the split loader fetches chunks/editor.js before Targetprocess calls it back', async () => {
    // Targetprocess calls a mashup back when its AMD loader gets round to it; here 1.5 s late.
    await h.page.addInitScript(() => {
      const slow =
        (fn: (...args: unknown[]) => void) =>
        (...args: unknown[]) =>
          setTimeout(() => {
            (window as unknown as { calledBack: boolean }).calledBack = true;
            fn(...args);
          }, 1500);
      let tau: { mashups?: { addMashup: (fn: (...args: unknown[]) => void) => unknown } } = {};
      Object.defineProperty(window, 'tau', {
        configurable: true,
        get: () => tau,
        set: (value: typeof tau) => (tau = value),
      });
      let mashups: typeof tau.mashups;
      Object.defineProperty(tau, 'mashups', {
        configurable: true,
        get: () => mashups,
        set: (value: NonNullable<typeof tau.mashups>) => {
          const add = value.addMashup.bind(value);
          value.addMashup = (fn) => add(slow(fn));
          mashups = value;
        },
      });
    });
    const from = h.replica.requests.length;
    await open(h, 'new-profile', 'replica=split');
    // The form is there and Targetprocess has not called back yet: the chunk is already asked for.
    const ran = () =>
      h.page.evaluate(() => !!(window as unknown as { calledBack?: boolean }).calledBack);
    expect(await ran()).toBe(false);
    expect(chunkRequests(from)).toHaveLength(1);
    // Once called back: the help, from that one download.
    await h.page.selectOption('#authDropDown', '1');
    await h.page.locator('tpgo-field-check#tpgo-client-id-check').waitFor({ state: 'attached' });
    expect(await ran()).toBe(true);
    expect(chunkRequests(from)).toHaveLength(1);
    expect(h.problems).toEqual([]);
  });

  it("the editor chunk is asked for at high priority and compiled whole (V8's hint), unlike the loader and the paste file", async () => {
    const cdp = await h.context.newCDPSession(h.page);
    await cdp.send('Network.enable');
    const priorities = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (event) => {
      priorities.set(new URL(event.request.url).pathname, event.request.initialPriority);
    });
    await openGoogle(h, 'new-profile', 'replica=split');
    await expect.poll(() => priorities.get(CHUNK)).toBe('High');
    const head = async (path: string) =>
      (await (await fetch(`${h.replica.url}${path}`)).text()).slice(0, 40);
    expect(await head(CHUNK)).toMatch(/^\/\/# allFunctionsCalledOnLoad\n/);
    // Every page runs the loader and the paste file: compiling all of either would cost them all.
    expect(await head(LOADER)).not.toContain('allFunctionsCalledOnLoad');
    const paste = await readFile(resolve(ROOT, 'dist/google-oauth-assistant.js'), 'utf8');
    expect(paste.slice(0, 40)).not.toContain('allFunctionsCalledOnLoad');
    expect(h.problems).toEqual([]);
  });

  it('the paste file and pages other than the editor get no head start', async () => {
    const from = h.replica.requests.length;
    await h.page.goto(`${h.replica.url}/RestUI/Board.aspx?replica=split`);
    await h.page.waitForLoadState('load');
    await open(h, 'new-profile', 'replica=paste');
    await h.page.waitForTimeout(300);
    expect(chunkRequests(from)).toEqual([]);
    expect(h.problems).toEqual([]);
  });
});

describe('a slow editor (issue 13 item 2)', () => {
  it('a profile GET answering after 15.5 s still gets help, on both installs', async () => {
    // A context each, both pages at once: a background tab gets no animation frames.
    const other = await h.browser.newContext();
    other.on('page', (page) =>
      page.on('pageerror', (error) => h.problems.push(`pageerror: ${error.message}`)),
    );
    const pages = [h.page, await other.newPage()];
    try {
      await Promise.all(
        LAYOUTS.map(async (layout, i) => {
          const page = pages[i]!;
          await page.goto(
            scenarioUrl(h.replica, 'google-stored-secret', `replica=${layout},slow-profile`),
          );
          // Polled on a timer, not on animation frames.
          await page.waitForFunction(() => !!document.querySelector('#authDropDown'), undefined, {
            timeout: 25_000,
            polling: 250,
          });
          await page.waitForFunction(
            () => !!document.querySelector('tpgo-field-check#tpgo-client-id-check'),
            undefined,
            { timeout: 5_000, polling: 100 },
          );
          expect(await count(page, '.tpgo-panel')).toBe(1);
        }),
      );
    } finally {
      await other.close();
    }
    expect(h.problems).toEqual([]);
  }, 45_000);
});

describe('a chunk that fails to load', () => {
  it('costs one console line: no page error, the editor saves as without us', async () => {
    await h.page.route(`**${CHUNK}`, (route) => route.abort());
    await open(h, 'new-profile', 'replica=split');
    await h.page.selectOption('#authDropDown', '1');
    await h.page.fill('#Name', 'gmail');
    await h.page.fill('#MailServer', 'imap.gmail.com');
    await h.page.fill('#Login', GOOD.secret); // an error we would block on, were we working
    await h.page.fill('#Password', GOOD.secret);
    const before = saveRequests(h).length;
    await h.page.click('#save');
    await expect.poll(() => saveRequests(h).length).toBe(before + 1);
    expect(await count(h.page, '[data-tpgo], tpgo-field-check')).toBe(0);
    const ours = h.problems.filter((p) => p.includes('[google-oauth-assistant]'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatch(
      /^warning: \[google-oauth-assistant\] load failed: ChunkLoadError: Loading chunk editor failed\. [^\n]*$/,
    );
    expect(h.problems.filter((p) => !p.includes('[google-oauth-assistant]'))).toEqual([]);
  });
});
