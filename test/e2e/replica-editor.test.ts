// The replica's own editor behaves as docs/host.md §4-5 says the real one does (no mashup loaded).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright';
import { startReplica, type Replica } from '../replica/server.js';
import { caption, errorLabel, launchChromium, openEditor } from '../replica/testing.js';

let replica: Replica;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [replica, browser] = await Promise.all([
    startReplica({ mashupFile: '/nonexistent/no-mashup.js' }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await replica?.close();
});

beforeEach(async () => {
  // One context for the file (a new one costs a fresh cache); a fresh page per test.
  context ??= await browser.newContext();
  for (const open of context.pages()) await open.close();
  page = await context.newPage();
});

function posts(pathPart: string) {
  return replica.requests.filter((r) => r.method === 'POST' && r.path.includes(pathPart));
}

describe('replica editor: structure', () => {
  it('renders the editor late, into the placeholder, with docs/host.md §4 structure', async () => {
    await page.goto(
      `${replica.url}${'/Admin/EditProfileExt.aspx?PluginName=Project%20Email%20Integration&Placeholders=profileeditorprojectemailintegration&delay=3000'}`,
      // Not 'load': on a busy machine the page's load can come after a short delay has run out.
      { waitUntil: 'domcontentloaded' },
    );
    expect(await page.locator('#profileeditorprojectemailintegration').innerHTML()).toBe('');
    await page.waitForSelector('#authDropDown');

    const facts = await page.evaluate(() => {
      const q = (s: string) => document.querySelector(s);
      const group = q('div.controls-group.main-controls.left')!;
      const option = (v: string) => q(`#authDropDown option[value="${v}"]`)!;
      const loginLabel = q('span[name="LoginErrorLabel"]')!.parentElement!;
      return {
        inPlaceholder: !!q('#profileeditorprojectemailintegration > form[method="POST"] #Login'),
        groupChildren: [...group.children].map((c) => c.id),
        selectName: q('#authDropDown')!.getAttribute('name'),
        google: ['url', 'scope', 'imap', 'pop3'].map((a) => option('1').getAttribute(a)),
        outlook: [option('2').getAttribute('url'), option('2').getAttribute('scope')],
        loginCaptionHtml: loginLabel.outerHTML,
        afterLoginLabel: loginLabel.nextElementSibling!.outerHTML,
        passwordType: q('#Password')!.getAttribute('type'),
        usersMigrated: q('#UsersMigrated')!.getAttribute('type'),
        labels: document.querySelectorAll('label').length,
        errorSpans: [...document.querySelectorAll('span.error')].map((s) => s.getAttribute('name')),
        checkBlock: [...q('div.check-block')!.children].map(
          (c) => `${c.tagName}#${c.id}.${c.className}`,
        ),
        rules: [q('#Rules')!.getAttribute('name'), q('#Rulesclone')!.getAttribute('name')],
        save: [q('a#save')!.className, q('a#save')!.getAttribute('href')],
        cancel: q('a#cancel')!.textContent,
        statusBox: !!q('body > div.plugins.info-block > div.saving'),
        signInClasses: q('#SignIn')!.className,
      };
    });
    const origin = replica.url;
    expect(facts.inPlaceholder).toBe(true);
    expect(facts.groupChildren).toEqual(['SignIn', 'authDropDown']);
    expect(facts.selectName).toBe('AuthenticationType');
    expect(facts.google).toEqual([
      `${origin}/google`,
      'email',
      'https://mail.google.com',
      'https://mail.google.com',
    ]);
    expect(facts.outlook).toEqual([
      `${origin}/microsoft/common/v2.0`,
      'email openid offline_access',
    ]);
    expect(facts.loginCaptionHtml).toBe(
      '<p class="label pt-10">Login&nbsp;<span class="error" name="LoginErrorLabel"></span></p>',
    );
    expect(facts.afterLoginLabel).toBe('<p></p>');
    expect(facts.passwordType).toBe('password');
    expect(facts.usersMigrated).toBe('hidden');
    expect(facts.labels).toBe(0);
    expect(facts.errorSpans).toEqual([
      'NameErrorLabel',
      'MailServerErrorLabel',
      'PortErrorLabel',
      'LoginErrorLabel',
      'PasswordErrorLabel',
      'RulesErrorLabel',
    ]);
    expect(facts.checkBlock).toEqual([
      'P#successfulConnection.message-ok',
      'P#failedConnection.error-message',
      'A#checkConnection.check-connection-link',
      'SPAN#.preloader',
    ]);
    expect(facts.rules).toEqual(['Rules', 'Rules']);
    expect(facts.save).toEqual(['button success x-big', 'javascript:void(0);']);
    expect(facts.cancel).toBe('Back to plugins');
    expect(facts.statusBox).toBe(true);
    expect(facts.signInClasses).toBe('tau-btn tau-btn-big input');
  });

  it('shows the stored-secret placeholder, a disabled name and the signed-in state', async () => {
    expect(await openEditor(page, replica, 'google-stored-secret')).toBe('rendered');
    expect(await page.inputValue('#Password')).toBe('0000000000000000');
    expect(await page.isDisabled('#Name')).toBe(true);
    expect(await page.inputValue('#SignIn')).toBe('Sign out');
    expect(await page.getAttribute('#SignIn', 'class')).toContain('tau-success');
    expect(await page.locator('#Login + span').innerText()).toBe('support@acme.example');
    expect(await caption(page, 'Login')).toBe('Client id\u00a0');
  });

  it('shows an existing Outlook OAuth profile signed in, and a Login & Password one without Sign in', async () => {
    expect(await openEditor(page, replica, 'outlook')).toBe('rendered');
    expect(await page.inputValue('#authDropDown')).toBe('2');
    expect(await page.inputValue('#SignIn')).toBe('Sign out');
    expect(await caption(page, 'Password')).toBe('Client secret\u00a0');
    expect(await openEditor(page, replica, 'login-password')).toBe('rendered');
    expect(await page.isVisible('#SignIn')).toBe(false);
    expect([await page.inputValue('#Protocol'), await page.inputValue('#Port')]).toEqual([
      'pop3',
      '110',
    ]);
    expect(await page.getAttribute('#switch', 'class')).not.toContain('on');
  });

  it('leaves the page without an editor when the profile GET fails or the template throws', async () => {
    expect(await openEditor(page, replica, 'no-editor')).toBe('failed');
    expect(await page.locator('#authDropDown').count()).toBe(0);
    expect(await openEditor(page, replica, 'oauth-without-state')).toBe('failed');
    expect(await page.locator('#Login').count()).toBe(0);
  });

  it('serves a page without #Password for robustness tests', async () => {
    expect(await openEditor(page, replica, 'no-password')).toBe('rendered');
    expect(await page.locator('#Password').count()).toBe(0);
    expect(await page.locator('#Login').count()).toBe(1);
  });
});

describe('replica editor: behaviour', () => {
  it('relabels Login/Password, shows Sign in for OAuth only and clears errors and sign-in', async () => {
    await openEditor(page, replica, 'google-stored-secret');
    await page.evaluate(() => {
      document.querySelector('span[name="LoginErrorLabel"]')!.textContent = 'x';
    });
    await page.selectOption('#authDropDown', '');
    expect(await caption(page, 'Login')).toBe('Login\u00a0');
    expect(await caption(page, 'Password')).toBe('Password\u00a0');
    expect(await page.isVisible('#SignIn')).toBe(false);
    expect(await errorLabel(page, 'Login')).toBe('');
    expect(await page.locator('#Login + span').innerText()).toBe('');

    await page.selectOption('#authDropDown', '1');
    expect(await caption(page, 'Login')).toBe('Client id\u00a0');
    expect(await caption(page, 'Password')).toBe('Client secret\u00a0');
    expect(await page.isVisible('#SignIn')).toBe(true);
    // Back on the method that was signed in: still signed out.
    expect(await page.inputValue('#SignIn')).toBe('Sign in');
    expect(await page.getAttribute('#SignIn', 'class')).not.toContain('tau-success');

    await page.selectOption('#authDropDown', '2');
    expect(await caption(page, 'Login')).toBe('Client id\u00a0');
    expect(await page.isVisible('#SignIn')).toBe(true);
  });

  it('starts a new profile as the real editor does: POP, port 110, SSL off, Server empty', async () => {
    await openEditor(page, replica, 'new-profile');
    expect([
      await page.inputValue('#Protocol'),
      await page.inputValue('#Port'),
      await page.inputValue('#MailServer'),
    ]).toEqual(['pop3', '110', '']);
    expect(await page.getAttribute('#switch', 'class')).toContain('off');
  });

  it('resets the port when Protocol or SSL changes, and keeps it digits only', async () => {
    await openEditor(page, replica, 'new-profile');
    const port = () => page.inputValue('#Port');
    await page.click('#switch');
    expect(await port()).toBe('995');
    await page.selectOption('#Protocol', 'imap');
    expect(await port()).toBe('993');
    await page.click('#switch');
    expect(await port()).toBe('143');
    await page.selectOption('#Protocol', 'pop3');
    expect(await port()).toBe('110');
    await page.fill('#Port', '');
    await page.type('#Port', '9a9');
    expect(await port()).toBe('99');
  });

  it('fills error labels from a 400, focuses the first field, and clears them on the next save', async () => {
    await openEditor(page, replica, 'new-profile');
    await page.selectOption('#authDropDown', '1');
    await page.click('#save');
    await page.waitForFunction(
      () => document.querySelector('div.saving')!.textContent === 'Unable to save profile',
    );
    expect(await errorLabel(page, 'Name')).toBe('Profile name should not be empty');
    expect(await errorLabel(page, 'MailServer')).toBe('Server should not be empty');
    expect(await errorLabel(page, 'Login')).toBe('Client id should not be empty');
    expect(await errorLabel(page, 'Password')).toBe('Client secret should not be empty');
    const bodies = posts('/Profiles/').map((r) => r.path);
    expect(bodies.at(-1)).toBe('/api/v1/Plugins.asmx/Project%20Email%20Integration/Profiles/');
    // The first bad field has focus, and focus already removed its red.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('Name');
    expect(await page.getAttribute('#Name', 'class')).not.toContain('error');
    expect(await page.getAttribute('#Login', 'class')).toContain('error');
    await page.focus('#Login');
    expect(await page.getAttribute('#Login', 'class')).not.toContain('error');
    expect(await page.getAttribute('#SignIn', 'class')).toContain('error');

    await page.fill('#Name', 'Fresh');
    await page.fill('#MailServer', 'imap.gmail.com');
    await page.fill('#Login', 'some-id');
    await page.fill('#Password', 'some-secret');
    await page.click('#save');
    await page.waitForFunction(
      () => document.querySelector('span[name="LoginErrorLabel"]')!.textContent === '',
    );
    await page.waitForFunction(
      () => document.querySelector('div.saving')!.textContent === 'Unable to save profile',
    );
    expect(await errorLabel(page, 'Name')).toBe('');
    const last = JSON.parse(posts('/Profiles/').at(-1)!.body) as {
      Settings: Record<string, unknown>;
    };
    expect(last.Settings.OAuthState).toBeNull();
    expect(replica.requests.at(-1)!.path).toContain('/Profiles/');
  });

  it('sends Password as null until a change event, then the new value; a new profile gets #newone', async () => {
    await openEditor(page, replica, 'saas');
    await page.click('#save');
    await page.waitForFunction(
      () => document.querySelector('div.saving')!.textContent === 'Profile was saved successfully',
    );
    const first = posts('/Profiles/Support').at(-1)!;
    const sent = JSON.parse(first.body) as { Name: string; Settings: Record<string, unknown> };
    expect(Object.keys(sent.Settings)).toEqual([
      'SecureAccessMethod',
      'Login',
      'Password',
      'Protocol',
      'Port',
      'UseSSL',
      'Rules',
      'MailServer',
      'UsersMigrated',
      'OAuthDiscoverUri',
      'OAuthState',
    ]);
    expect(sent.Name).toBe('Support');
    expect(sent.Settings.Password).toBeNull();
    expect(first.headers['content-type']).toContain('application/json');

    await page.fill('#Password', 'new-app-password');
    await page.dispatchEvent('#Password', 'change');
    await page.click('#save');
    await page
      .waitForFunction(
        () => document.querySelector('div.saving')!.textContent === 'Saving\u2026',
        null,
        { timeout: 1000 },
      )
      .catch(() => undefined);
    await expect.poll(() => posts('/Profiles/Support').length).toBe(2);
    expect(
      (JSON.parse(posts('/Profiles/Support').at(-1)!.body) as { Settings: { Password: string } })
        .Settings.Password,
    ).toBe('new-app-password');

    await openEditor(page, replica, 'new-profile');
    await page.fill('#Name', 'Brand new');
    await page.fill('#MailServer', 'imap.acme.example');
    await page.fill('#Login', 'inbox');
    await page.fill('#Password', 'pw');
    await page.dispatchEvent('#Password', 'change');
    await page.click('#save');
    await page.waitForFunction(() => location.hash === '#newone');
    expect(await page.isDisabled('#Name')).toBe(true);
  });

  it('publishes SaveProfile on the page bus and disables #save while saving', async () => {
    await openEditor(page, replica, 'login-password');
    const seen = await page.evaluate(() => {
      const r = (
        window as unknown as { __replica: { bus: { subscribe(n: string, f: () => void): void } } }
      ).__replica;
      let disabled = false;
      r.bus.subscribe('SaveProfile', () => {
        disabled = document.querySelector('#save')!.classList.contains('disabled');
      });
      (document.querySelector('#save') as HTMLElement).click();
      return disabled;
    });
    expect(seen).toBe(true);
  });

  it('checks the fields before Sign in: empty ones, and the stored placeholder', async () => {
    await openEditor(page, replica, 'new-profile');
    await page.selectOption('#authDropDown', '1');
    await page.click('#SignIn');
    expect(await errorLabel(page, 'Login')).toBe('Client id should not be empty');
    expect(await errorLabel(page, 'Password')).toBe('Client secret should not be empty');

    await openEditor(page, replica, 'google-stored-secret');
    await page.click('#SignIn'); // signed in: this signs out and opens nothing
    expect(await page.inputValue('#SignIn')).toBe('Sign in');
    expect(context.pages()).toHaveLength(1);
    await page.click('#SignIn');
    expect(await errorLabel(page, 'Password')).toBe('Client secret should be reentered');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('Password');
    expect(context.pages()).toHaveLength(1);
  });

  it('re-renders: ?rerender=N and __replica.rerender() rebuild the elements with live handlers', async () => {
    await openEditor(page, replica, 'new-profile', 'rerender=2');
    await page.waitForFunction(
      () => (window as unknown as { __replica: { renders: number } }).__replica.renders === 3,
    );
    const replaced = await page.evaluate(() => {
      const before = document.querySelector('#authDropDown');
      (window as unknown as { __replica: { rerender(): void } }).__replica.rerender();
      return before !== document.querySelector('#authDropDown') && !before?.isConnected;
    });
    expect(replaced).toBe(true);
    await page.selectOption('#authDropDown', '1');
    expect(await caption(page, 'Login')).toBe('Client id\u00a0');
  });

  it('calls the API under the virtual directory on-premise', async () => {
    await openEditor(page, replica, 'on-premise');
    expect(
      replica.requests.some(
        (r) => r.path === '/TargetProcess/api/v1/Plugins.asmx/Project%20Email%20Integration',
      ),
    ).toBe(true);
  });
});
