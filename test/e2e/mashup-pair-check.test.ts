// "Check with Google": one request per click to the discovered token endpoint, carrying only the
// five token fields, and each answer of the stand-in Google turned into its fix. The check talks
// to Google's own addresses only: these tests open the editor with Google's real issuer in its
// Google option and route Google's hosts onto the replica's stand-in inside the browser
// (test/replica/google-route.ts), a test-only allowance the built mashup knows nothing of.
import { createRequire } from 'node:module';
import type { Request } from 'playwright';
import { describe, expect, it } from 'vitest';
import { googleClient } from '../replica/google-clients.js';
import { GOOGLE_ADDRESS_SWITCH } from '../replica/google.js';
import {
  GOOGLE_TOKEN_ENDPOINT,
  routeGoogleToStandIn,
  type GoogleRouteOptions,
} from '../replica/google-route.js';
import { GOOD, open, openGoogle, useHarness } from './mashup-support.js';

const h = useHarness();

/** The editor as on a real page (its Google option names https://accounts.google.com). */
async function openPinned(options: GoogleRouteOptions = {}) {
  await routeGoogleToStandIn(h.context, h.replica, options);
  await openGoogle(h, 'new-profile', GOOGLE_ADDRESS_SWITCH);
}

/** Our own code, fetched from the mashup's folder (the split install's Check with Google chunk). */
const OUR_CHUNK = /\/JavaScript\/Mashups\/google-oauth-assistant\/chunks\/[\w-]+\.js$/;

/**
 * Every request the page makes from now on, wherever it goes, but for our own chunks: those
 * are checked here to be plain GETs of a file in the mashup's folder, with nothing attached.
 */
function recordRequests(): Request[] {
  const made: Request[] = [];
  h.page.on('request', (request) => {
    const url = new URL(request.url());
    if (OUR_CHUNK.test(url.pathname) && url.origin === h.replica.url) {
      expect(request.method()).toBe('GET');
      expect(url.search).toBe('');
      expect(request.postData()).toBeNull();
      return;
    }
    made.push(request);
  });
  return made;
}
const check = () => h.page.locator('tpgo-google-check');
const checkButton = () => check().getByRole('button', { name: 'Check with Google' });
const outcome = () =>
  check().evaluate(
    (el) => el.shadowRoot?.querySelector('[data-outcome]')?.getAttribute('data-outcome') ?? '',
  );
const tokenPosts = (from: number) =>
  h.replica.requests.slice(from).filter((request) => request.path === '/google/token');

async function fill(clientId: string, secret: string) {
  await h.page.fill('#Login', clientId);
  await h.page.fill('#Password', secret);
}

describe('Check with Google', () => {
  it('a right pair: one POST of exactly the five fields to the discovered endpoint, "works"', async () => {
    await openPinned();
    await fill(GOOD.id, GOOD.secret);
    const from = h.replica.requests.length;
    const made = recordRequests();
    await checkButton().click();
    await expect.poll(outcome).toBe('accepted');
    const posts = tokenPosts(from);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    const form = new URLSearchParams(posts[0]!.body);
    expect([...form.keys()].sort()).toEqual([
      'client_id',
      'client_secret',
      'code',
      'grant_type',
      'redirect_uri',
    ]);
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('client_id')).toBe(GOOD.id);
    expect(form.get('client_secret')).toBe(GOOD.secret);
    expect(form.get('redirect_uri')).toBe(`${h.replica.url}/Admin/Plugins.aspx`);
    expect(posts[0]!.headers.cookie).toBeUndefined();
    expect(posts[0]!.headers.referer).toBeUndefined();
    // What the page itself asked for: Google's discovery document, then Google's token endpoint.
    expect(made.map((request) => `${request.method()} ${request.url()}`)).toEqual([
      'GET https://accounts.google.com/.well-known/openid-configuration',
      `POST ${GOOGLE_TOKEN_ENDPOINT}`,
    ]);
    // Discovery was asked of the issuer the editor uses, and is cached for the page.
    const discovery = h.replica.requests
      .slice(from)
      .filter((r) => r.path.endsWith('openid-configuration'));
    expect(discovery.map((r) => r.path)).toEqual(['/google/.well-known/openid-configuration']);
    await checkButton().click();
    await expect.poll(() => tokenPosts(from).length).toBe(2);
    expect(
      h.replica.requests.slice(from).filter((r) => r.path.endsWith('openid-configuration')),
    ).toHaveLength(1);
    // The checklist's paste step says so too, once the second answer is in (the replica has
    // the POST before the page has Google's answer).
    await expect.poll(outcome).toBe('accepted');
    const step = h.page.locator('tpgo-setup-checklist [data-step=paste]');
    await expect.poll(() => step.textContent()).toMatch(/Google accepted/);
    expect(await step.getAttribute('data-status')).toBe('done');
  });

  it.each([
    [
      'an unknown Client ID',
      '123456789012-abcdefghijklmnopqrstuv0123456789.apps.googleusercontent.com',
      GOOD.secret,
      'client-not-found',
      /Copy the Client ID again/,
    ],
    [
      'a wrong secret',
      GOOD.id,
      'GOCSPX-abcdefghijklmnopqrstuvwxyz12',
      'secret-wrong',
      /Add secret/,
    ],
    [
      'a deleted client',
      googleClient('deleted').id,
      googleClient('deleted').secret,
      'deleted-client',
      /new Web application client/,
    ],
  ])('%s: says what to do', async (_name, clientId, secret, expected, fix) => {
    await openPinned();
    await fill(clientId, secret);
    await checkButton().click();
    await expect.poll(outcome).toBe(expected);
    expect(await check().evaluate((el) => el.shadowRoot!.textContent)).toMatch(fix);
    const step = h.page.locator('tpgo-setup-checklist [data-step=paste]');
    expect(await step.getAttribute('data-status')).toBe('problem');
  });

  it('a refused connection: could not check, which says nothing about the credentials', async () => {
    await openPinned();
    await fill(GOOD.id, GOOD.secret);
    await h.page.route(GOOGLE_TOKEN_ENDPOINT, (route) => route.abort('connectionrefused'));
    await checkButton().click();
    await expect.poll(outcome).toBe('unreachable');
    expect(await check().evaluate((el) => el.shadowRoot!.textContent)).toMatch(
      /says nothing about/,
    );
  });

  it('a slow Google can be cancelled with the Cancel button, and with Escape', async () => {
    const slow = googleClient('slow');
    await openPinned();
    await fill(slow.id, slow.secret);
    await checkButton().click();
    await check().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(outcome).toBe('cancelled');

    await checkButton().focus();
    await h.page.keyboard.press('Enter');
    // Focus moved to Cancel while the check runs; Escape cancels it and focus comes back.
    await expect
      .poll(() => check().evaluate((el) => el.shadowRoot?.activeElement?.textContent?.trim()))
      .toBe('Cancel');
    await h.page.keyboard.press('Escape');
    await expect.poll(outcome).toBe('cancelled');
    await expect
      .poll(() => check().evaluate((el) => el.shadowRoot?.activeElement?.textContent?.trim()))
      .toBe('Check with Google');
  });

  it('a slow Google times out after 10 s', async () => {
    const slow = googleClient('slow');
    await openPinned();
    await fill(slow.id, slow.secret);
    await checkButton().click();
    await expect.poll(outcome, { timeout: 14_000 }).toBe('timeout');
  }, 20_000);

  it('is hidden while a field is empty, disabled while one has an error, and sends nothing on its own', async () => {
    const from = h.replica.requests.length;
    await openPinned();
    expect(await check().isHidden()).toBe(true);
    await fill(GOOD.secret, GOOD.id);
    expect(await check().isVisible()).toBe(true);
    expect(await checkButton().isDisabled()).toBe(true);
    await fill(GOOD.id, GOOD.secret);
    expect(await checkButton().isDisabled()).toBe(false);
    await h.page.waitForTimeout(300);
    expect(tokenPosts(from)).toHaveLength(0);
  });

  it('a new keystroke makes the verdict stale', async () => {
    await openPinned();
    await fill(GOOD.id, GOOD.secret);
    await checkButton().click();
    await expect.poll(outcome).toBe('accepted');
    await h.page.locator('#Password').press('End');
    await h.page.keyboard.type('x');
    expect(await outcome()).toBe('');
  });

  it('the stored-secret placeholder is not sent: the one button says to paste the secret again', async () => {
    await open(h, 'google-stored-secret');
    await h.page.locator('.tpgo-panel').waitFor();
    const from = h.replica.requests.length;
    expect(await checkButton().isDisabled()).toBe(true);
    const said = await h.page
      .locator('tpgo-google-check')
      .evaluate((el) => el.shadowRoot?.textContent ?? '');
    expect(said).toMatch(/again/);
    await checkButton().click({ force: true });
    expect(tokenPosts(from)).toHaveLength(0);
  });

  it('is one button in the page, beside the secret, and works from the keyboard alone', async () => {
    await openPinned();
    await fill(GOOD.id, GOOD.secret);
    expect(await h.page.getByRole('button', { name: 'Check with Google' }).count()).toBe(1);
    expect(await h.page.locator('#tpgo-client-secret-check + tpgo-google-check').count()).toBe(1);
    await checkButton().focus();
    await h.page.keyboard.press('Space');
    await expect.poll(outcome).toBe('accepted');
  });

  it('passes axe with a verdict shown', async () => {
    await openPinned();
    await fill(GOOD.id, 'GOCSPX-abcdefghijklmnopqrstuvwxyz12');
    await checkButton().click();
    await expect.poll(outcome).toBe('secret-wrong');
    await h.page.addScriptTag({
      path: createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    });
    const violations = await h.page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: unknown): Promise<{ violations: { id: string }[] }> };
        }
      ).axe;
      const result = await axe.run({ include: [['tpgo-google-check'], ['tpgo-setup-checklist']] });
      return result.violations.map((violation) => violation.id);
    });
    expect(violations.filter((id) => id !== 'region')).toEqual([]);
  });
});

describe("Check with Google sends the secret to Google's addresses only", () => {
  const text = () => check().evaluate((el) => el.shadowRoot!.textContent ?? '');
  const carrying = (made: Request[]) =>
    made.filter((request) => `${request.url()} ${request.postData() ?? ''}`.includes(GOOD.secret));
  const checks = (from: number) =>
    h.replica.requests
      .slice(from)
      .filter((r) => r.path.endsWith('openid-configuration') || r.path.startsWith('/google/token'));

  it("the replica's own stand-in address (http, local) in the Google option: nothing is sent", async () => {
    await openGoogle(h); // The replica's default: url="http://127.0.0.1:<port>/google".
    await fill(GOOD.id, GOOD.secret);
    const from = h.replica.requests.length;
    const made = recordRequests();
    await checkButton().click();
    await expect.poll(outcome).toBe('not-google');
    expect(await text()).toMatch(/Cannot check: this page's Google address is not Google's/);
    await h.page.waitForTimeout(200);
    expect(made.map((request) => request.url())).toEqual([]);
    expect(checks(from)).toEqual([]);
  });

  it.each([
    'http://127.0.0.1:1/google',
    'https://evil.example',
    'https://accounts.google.com.evil.example',
  ])('a tampered Google option (%s): nothing is sent', async (url) => {
    await h.context.route('https://*.example/**', (route) => route.abort('addressunreachable'));
    await openPinned();
    await h.page.evaluate((value) => {
      document.querySelector('#authDropDown option[value="1"]')!.setAttribute('url', value);
    }, url);
    await fill(GOOD.id, GOOD.secret);
    const from = h.replica.requests.length;
    const made = recordRequests();
    await checkButton().click();
    await expect.poll(outcome).toBe('not-google');
    await h.page.waitForTimeout(200);
    expect(made.map((request) => request.url())).toEqual([]);
    expect(checks(from)).toEqual([]);
  });

  it.each([
    ['an issuer elsewhere', { issuer: 'https://evil.example' }],
    ['a token endpoint elsewhere', { token_endpoint: 'https://evil.example/token' }],
    ['a token endpoint in clear text', { token_endpoint: 'http://oauth2.googleapis.com/token' }],
    ['the local stand-in as token endpoint', { token_endpoint: 'LOCAL' }],
  ])('a tampered discovery document (%s): the secret is sent nowhere', async (_name, change) => {
    await h.context.route('https://*.example/**', (route) => route.abort('addressunreachable'));
    await h.context.route('http://oauth2.googleapis.com/**', (route) =>
      route.abort('addressunreachable'),
    );
    const local = `${h.replica.url}/google/token`;
    await openPinned({
      discovery: (document) => ({
        ...document,
        ...Object.fromEntries(
          Object.entries(change).map(([key, value]) => [key, value === 'LOCAL' ? local : value]),
        ),
      }),
    });
    await fill(GOOD.id, GOOD.secret);
    const from = h.replica.requests.length;
    const made = recordRequests();
    await checkButton().click();
    await expect.poll(outcome).toBe('not-google');
    await h.page.waitForTimeout(200);
    expect(made.map((request) => `${request.method()} ${request.url()}`)).toEqual([
      'GET https://accounts.google.com/.well-known/openid-configuration',
    ]);
    expect(carrying(made)).toEqual([]);
    expect(h.replica.requests.slice(from).filter((r) => r.method === 'POST')).toEqual([]);
  });
});

describe('Check with Google ends in a verdict whatever breaks', () => {
  const checking = () => check().evaluate((el) => el.hasAttribute('checking'));

  it.each([
    [
      'fetch undefined',
      () => {
        (window as { fetch?: unknown }).fetch = undefined;
      },
    ],
    [
      'fetch throwing synchronously',
      () => {
        window.fetch = () => {
          throw new TypeError('fetch is broken');
        };
      },
    ],
    [
      'fetch rejecting',
      () => {
        window.fetch = () => Promise.reject(new TypeError('offline'));
      },
    ],
    [
      'response.json() throwing',
      () => {
        const original = window.fetch.bind(window);
        window.fetch = async (input, init) => {
          const response = await original(input, init);
          response.json = () => {
            throw new SyntaxError('not JSON');
          };
          return response;
        };
      },
    ],
  ])('%s: "Could not check", no page error, no unhandled rejection', async (_name, breakFetch) => {
    await h.context.addInitScript(() => {
      const w = window as unknown as { __rejections: string[] };
      w.__rejections = [];
      window.addEventListener('unhandledrejection', (event) =>
        w.__rejections.push(String(event.reason)),
      );
    });
    await openPinned();
    await fill(GOOD.id, GOOD.secret);
    await h.page.evaluate(breakFetch);
    await checkButton().click();
    await expect.poll(outcome).toBe('unreachable');
    expect(await checking()).toBe(false);
    expect(await check().evaluate((el) => el.shadowRoot!.textContent)).toMatch(/Could not/);
    await h.page.waitForTimeout(100);
    expect(
      await h.page.evaluate(() => (window as unknown as { __rejections: string[] }).__rejections),
    ).toEqual([]);
    // The harness also fails the test on any page error or console error/warning.
  });
});
