// Sign in on the replica, round trip through the local Google stand-in, for each way Google
// answers an admin (docs/host.md §5, docs/google.md). No mashup is loaded.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';
import { startReplica, type Replica } from '../replica/server.js';
import { googleClient, SCENARIO_ACID } from '../replica/google-clients.js';
import { errorLabel, launchChromium, openEditor } from '../replica/testing.js';

let replica: Replica;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [replica, browser] = await Promise.all([
    startReplica({ mashupFile: '/nonexistent/no-mashup.js' }),
    launchChromium(),
  ]);
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await replica?.close();
});

beforeEach(async () => {
  for (const open of context.pages()) await open.close();
  page = await context.newPage();
});

interface SignIn {
  url: string;
  windowName: string;
  redirectUri: string;
  securityErrors: number;
}

const lastSignIn = () =>
  page.evaluate(
    () => (window as unknown as { __replica: { lastSignIn: SignIn } }).__replica.lastSignIn,
  );

/** Opens a scenario, picks Google OAuth, types the pair and clicks Sign in; returns the popup. */
async function signIn(scenarioName: string, clientKey: string, secret?: string): Promise<Page> {
  await openEditor(page, replica, scenarioName);
  const client = googleClient(clientKey);
  await page.selectOption('#authDropDown', '1');
  await page.fill('#Login', client.id);
  await page.fill('#Password', secret ?? client.secret);
  const [popup] = await Promise.all([context.waitForEvent('page'), page.click('#SignIn')]);
  await popup.waitForLoadState();
  return popup;
}

const signInValue = () => page.inputValue('#SignIn');
const email = () => page.locator('#Login + span').innerText();
const failed = () => page.locator('#failedConnection').innerText();

describe('replica sign in', () => {
  it('consent: the popup query, the code exchange, then Sign out and the e-mail', async () => {
    const popup = await signIn('new-profile', 'ok');
    const client = googleClient('ok');
    const sent = await lastSignIn();
    expect(sent.windowName).toBe('authPopup1');
    expect(sent.redirectUri).toBe(`${replica.url}/Admin/Plugins.aspx`);
    expect(sent.url).toMatch(
      new RegExp(
        `^${replica.url}/google/o/oauth2/v2/auth\\?response_type=code&scope=email https://mail\\.google\\.com` +
          `&nonce=[0-9a-f]+&client_id=${client.id.replace(/\./g, '\\.')}` +
          `&redirect_uri=${replica.url}/Admin/Plugins\\.aspx&state=[0-9a-f]+` +
          '&max_age=3600&prompt=consent&access_type=offline$',
      ),
    );
    // The discovery request was made (synchronously) before the popup.
    expect(
      replica.requests.some((r) => r.path === '/google/.well-known/openid-configuration'),
    ).toBe(true);
    expect(await popup.locator('#account').innerText()).toBe(client.email);
    await popup.click('#allow');
    await page.waitForFunction(
      () => (document.querySelector('#SignIn') as HTMLInputElement).value === 'Sign out',
    );
    expect(popup.isClosed()).toBe(true);
    expect(await email()).toBe(client.email);
    expect(await page.getAttribute('#SignIn', 'class')).toContain('tau-success');
    const token = replica.requests.filter((r) => r.path === '/google/token').at(-1)!;
    const form = new URLSearchParams(token.body);
    expect(token.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect([...form.keys()]).toEqual([
      'grant_type',
      'client_id',
      'client_secret',
      'code',
      'redirect_uri',
    ]);
    expect(form.get('redirect_uri')).toBe(`${replica.url}/Admin/Plugins.aspx`);
    // The popup landed on the Plugins page with the code before it was closed.
    expect(
      replica.requests.some(
        (r) => r.path.startsWith('/Admin/Plugins.aspx?state=') && r.path.includes('&code='),
      ),
    ).toBe(true);

    // Sign out opens nothing.
    await page.click('#SignIn');
    expect(await signInValue()).toBe('Sign in');
    expect(await email()).toBe('');
    expect(context.pages()).toHaveLength(1);
  });

  it('declined consent: the popup comes back with access_denied, closes, and nothing shows', async () => {
    const popup = await signIn('new-profile', 'ok');
    await popup.click('#cancel');
    await expect.poll(() => popup.isClosed(), { timeout: 5000 }).toBe(true);
    expect(await signInValue()).toBe('Sign in');
    expect(await failed()).toBe('');
    expect(await errorLabel(page, 'Password')).toBe('');
    expect(replica.requests.some((r) => r.path.includes('error=access_denied'))).toBe(true);
  });

  it('no refresh token back: the "Remove access for your app" message, still signed out', async () => {
    const popup = await signIn('new-profile', 'no_refresh_token');
    await popup.click('#allow');
    await page.waitForFunction(
      () => document.querySelector('#failedConnection')!.textContent !== '',
    );
    expect(await failed()).toContain('Remove access for your app');
    expect(await signInValue()).toBe('Sign in');
  });

  it('a wrong secret: the token error_description lands in PasswordErrorLabel', async () => {
    const popup = await signIn('new-profile', 'ok', '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');
    await popup.click('#allow');
    await page.waitForFunction(
      () => document.querySelector('span[name="PasswordErrorLabel"]')!.textContent !== '',
    );
    expect(await errorLabel(page, 'Password')).toBe('Unauthorized');
  });

  it('the acid trap: the redirect URI carries acid and the popup stays on redirect_uri_mismatch', async () => {
    const popup = await signIn('acid', 'ok');
    const sent = await lastSignIn();
    expect(sent.redirectUri).toBe(`${replica.url}/Admin/Plugins.aspx?acid=${SCENARIO_ACID}`);
    expect(sent.url).toContain(
      `&redirect_uri=${replica.url}/Admin/Plugins.aspx?acid=${SCENARIO_ACID}&state=`,
    );
    expect(await popup.locator('[data-error-code]').innerText()).toBe(
      'Error 400: redirect_uri_mismatch',
    );
    await expect
      .poll(async () => (await lastSignIn()).securityErrors, { timeout: 3000 })
      .toBeGreaterThan(0);
    expect(popup.isClosed()).toBe(false);
    expect(await failed()).toBe('');
    expect(await signInValue()).toBe('Sign in');
  });

  it('the same page works with a client registered with the acid URI', async () => {
    const popup = await signIn('acid', 'acid_registered');
    await popup.click('#allow');
    await page.waitForFunction(
      () => (document.querySelector('#SignIn') as HTMLInputElement).value === 'Sign out',
    );
  });

  it('on-premise: the redirect URI is under the virtual directory', async () => {
    const popup = await signIn('on-premise', 'ok');
    expect((await lastSignIn()).redirectUri).toBe(
      `${replica.url}/TargetProcess/Admin/Plugins.aspx`,
    );
    await popup.click('#allow');
    await page.waitForFunction(
      () => (document.querySelector('#SignIn') as HTMLInputElement).value === 'Sign out',
    );
  });

  it.each([
    ['unknown', 'Error 401: invalid_client'],
    ['deleted', 'Error 401: deleted_client'],
    ['org_internal', 'Error 403: org_internal'],
    ['admin_policy', 'Error 400: admin_policy_enforced'],
    ['not_test_user', 'Error 403: access_denied'],
  ])("%s: the popup stays on Google's page showing %s", async (key, code) => {
    let popup: Page;
    if (key === 'unknown') {
      await openEditor(page, replica, 'new-profile');
      await page.selectOption('#authDropDown', '1');
      await page.fill(
        '#Login',
        '123456789012-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.apps.googleusercontent.com ',
      );
      await page.fill('#Password', 'GOCSPX-whatever');
      [popup] = await Promise.all([context.waitForEvent('page'), page.click('#SignIn')]);
      await popup.waitForLoadState();
    } else {
      popup = await signIn('new-profile', key);
    }
    expect(await popup.locator('[data-error-code]').innerText()).toBe(code);
    if (key === 'not_test_user')
      expect(await popup.locator('h1').innerText()).toContain('Access blocked');
    expect(await failed()).toBe('');
    expect(await signInValue()).toBe('Sign in');
  });

  it('an unverified app shows the warning, then Advanced, then consent', async () => {
    const popup = await signIn('new-profile', 'unverified');
    expect(await popup.locator('h1').innerText()).toBe("Google hasn't verified this app");
    await popup.click('#advanced');
    await popup.click('#go-unsafe');
    await popup.click('#allow');
    await page.waitForFunction(
      () => (document.querySelector('#SignIn') as HTMLInputElement).value === 'Sign out',
    );
  });
});

describe('Google stand-in token endpoint', () => {
  const post = async (fields: Record<string, string>) => {
    const res = await fetch(`${replica.url}/google/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        redirect_uri: `${replica.url}/Admin/Plugins.aspx`,
        ...fields,
      }),
    });
    return {
      status: res.status,
      cors: res.headers.get('access-control-allow-origin'),
      body: (await res.json()) as unknown,
    };
  };

  it('answers like Google for a wrong pair, a deleted client and a bogus code', async () => {
    const ok = googleClient('ok');
    expect(
      await post({ client_id: 'nope.apps.googleusercontent.com', client_secret: 'x', code: 'x' }),
    ).toEqual({
      status: 401,
      cors: '*',
      body: { error: 'invalid_client', error_description: 'The OAuth client was not found.' },
    });
    expect(
      (await post({ client_id: ok.id, client_secret: 'GOCSPX-wrong', code: 'x' })).body,
    ).toEqual({
      error: 'invalid_client',
      error_description: 'Unauthorized',
    });
    const deleted = googleClient('deleted');
    const gone = await post({ client_id: deleted.id, client_secret: deleted.secret, code: 'x' });
    expect([gone.status, (gone.body as { error: string }).error]).toEqual([401, 'deleted_client']);
    expect(
      await post({ client_id: ok.id, client_secret: ok.secret, code: 'replica-check' }),
    ).toEqual({
      status: 400,
      cors: '*',
      body: { error: 'invalid_grant', error_description: 'Malformed auth code.' },
    });
  });

  it('publishes its discovery document', async () => {
    const res = await fetch(`${replica.url}/google/.well-known/openid-configuration`);
    const doc = (await res.json()) as Record<string, string>;
    expect(doc.issuer).toBe(`${replica.url}/google`);
    expect(doc.token_endpoint).toBe(`${replica.url}/google/token`);
    expect(doc.authorization_endpoint).toBe(`${replica.url}/google/o/oauth2/v2/auth`);
  });
});
