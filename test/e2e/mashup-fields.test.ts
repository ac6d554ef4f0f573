// The mashup as an admin meets it in the editor: which help appears for which method, and the
// checks of the Client ID and secret as they are typed, pasted and fixed.
import { describe, expect, it } from 'vitest';
import { GOOD, checkText, open, openGoogle, shownCodes, useHarness } from './mashup-support.js';

const h = useHarness();
const ours = () => h.page.locator('[data-tpgo]').count();

describe('only for Google OAuth', () => {
  it('adds nothing while Login & Password is selected', async () => {
    await open(h, 'login-password');
    expect(await h.page.inputValue('#authDropDown')).toBe('');
    expect(await ours()).toBe(0);
    expect(await h.page.getAttribute('#Login', 'aria-describedby')).toBeNull();
  });

  it('adds nothing for Outlook OAuth', async () => {
    await open(h, 'outlook');
    expect(await h.page.inputValue('#authDropDown')).toBe('2');
    expect(await ours()).toBe(0);
  });

  it('places the field checks, redirect URI, guide, import and checklist for Google OAuth', async () => {
    await openGoogle(h);
    const { page } = h;
    // After the e-mail span the editor finds by adjacency (docs/host.md §4), never right after #Login.
    expect(await page.locator('#Login + span + tpgo-field-check').count()).toBe(1);
    expect(await page.locator('#Password + tpgo-field-check').count()).toBe(1);
    for (const tag of ['tpgo-credentials-import', 'tpgo-setup-checklist']) {
      expect(await page.locator(`.tpgo-panel ${tag}`).count(), tag).toBe(1);
    }
    for (const tag of ['tpgo-redirect-uri', 'tpgo-unverified-guide']) {
      expect(await page.locator(tag).count(), tag).toBe(1);
    }
    // The decoder is made the first time a sign-in did not finish (render only what is shown).
    expect(await page.locator('tpgo-signin-error').count()).toBe(0);
    expect(await page.getAttribute('#Login', 'aria-describedby')).toBe('tpgo-client-id-check');
    expect(await page.getAttribute('#Password', 'aria-describedby')).toBe(
      'tpgo-client-secret-check',
    );
    expect(await page.getAttribute('#Login', 'aria-label')).toBe('Client ID');
    expect(await page.getAttribute('#Password', 'aria-label')).toBe('Client secret');
  });

  it('opens with its help on a saved Google OAuth profile', async () => {
    await open(h, 'google-stored-secret');
    expect(await h.page.inputValue('#authDropDown')).toBe('1');
    await h.page.locator('.tpgo-panel').waitFor();
    expect(await shownCodes(h.page, 'client-secret')).toEqual(['client-secret/stored-placeholder']);
    expect(await checkText(h.page, 'client-secret')).toMatch(/Sign in/);
  });

  it('switching away removes every trace and lifts the blocks; switching back re-checks', async () => {
    await openGoogle(h);
    const { page } = h;
    await page.fill('#Login', 'GOCSPX-abcdefghijklmnopqrstuvwxyz12');
    await page.selectOption('#authDropDown', '');
    expect(await ours()).toBe(0);
    expect(await page.locator('[id^="tpgo-"], [class^="tpgo-"]').count()).toBe(0);
    for (const name of ['aria-describedby', 'aria-invalid', 'aria-label']) {
      expect(await page.getAttribute('#Login', name), name).toBeNull();
    }
    expect(await page.$eval('#Login', (el) => (el as HTMLInputElement).validationMessage)).toBe('');

    await page.selectOption('#authDropDown', '2');
    expect(await ours()).toBe(0);

    await page.selectOption('#authDropDown', '1');
    await page.locator('#tpgo-client-id-check').waitFor({ state: 'attached' });
    // The editor keeps the typed value; our check of it comes back with it.
    expect(await page.inputValue('#Login')).toBe('GOCSPX-abcdefghijklmnopqrstuvwxyz12');
    expect(await page.$eval('#Login', (el) => (el as HTMLInputElement).validationMessage)).toMatch(
      /secret/i,
    );
  });
});

describe('checks as the admin types', () => {
  it('a swapped pair: shown after blur, not while typing, cleared by the fixing keystrokes', async () => {
    await openGoogle(h);
    const { page } = h;
    await page.click('#Login');
    await page.keyboard.type(GOOD.secret);
    expect(await page.getAttribute('#Login', 'aria-invalid')).toBeNull();
    expect(await shownCodes(page, 'client-id')).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.getAttribute('#Login', 'aria-invalid')).toBe('true');
    expect(await shownCodes(page, 'client-id')).toContain('client-id/looks-like-secret');

    await page.fill('#Password', GOOD.id);
    await page.locator('#Password').blur();
    expect(await shownCodes(page, 'client-secret')).toContain('client-secret/looks-like-client-id');

    // Fix: the right values in the right fields.
    await page.fill('#Login', GOOD.id);
    expect(await page.getAttribute('#Login', 'aria-invalid')).toBeNull();
    expect(await shownCodes(page, 'client-id')).toEqual([]);
    await page.fill('#Password', GOOD.secret);
    expect(await shownCodes(page, 'client-secret')).toEqual([]);
  });

  it('a trailing space: "Use" writes the trimmed value and fires input and change', async () => {
    await openGoogle(h);
    const { page } = h;
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { __events: string[] }).__events = log;
      const login = document.getElementById('Login')!;
      for (const type of ['input', 'change']) login.addEventListener(type, () => log.push(type));
    });
    await page.fill('#Login', `${GOOD.id} `);
    await page.locator('#Login').blur();
    expect(await shownCodes(page, 'client-id')).toContain('client-id/outer-whitespace');
    await page.evaluate(() => ((window as unknown as { __events: string[] }).__events.length = 0));
    await page
      .locator('#tpgo-client-id-check')
      .getByRole('button', { name: 'Use the ID without the spaces' })
      .click();
    expect(await page.inputValue('#Login')).toBe(GOOD.id);
    expect(
      await page.evaluate(() => (window as unknown as { __events: string[] }).__events),
    ).toEqual(['input', 'change']);
    expect(await shownCodes(page, 'client-id')).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('Login');
  });

  it('a pasted ID without its ending: the suggestion adds .apps.googleusercontent.com', async () => {
    await openGoogle(h);
    const { page } = h;
    const bare = GOOD.id.replace('.apps.googleusercontent.com', '');
    await page.fill('#Login', bare);
    await page.locator('#Login').blur();
    expect(await shownCodes(page, 'client-id')).toContain('client-id/missing-suffix');
    await page.locator('#tpgo-client-id-check button[part=suggestion]').first().click();
    expect(await page.inputValue('#Login')).toBe(GOOD.id);
  });

  it('a masked secret copied from the Console says that Google shows a secret once', async () => {
    await openGoogle(h);
    const { page } = h;
    await page.fill('#Login', GOOD.id);
    await page.fill('#Password', '****hI8y');
    await page.locator('#Password').blur();
    expect(await shownCodes(page, 'client-secret')).toContain('client-secret/masked');
    expect(await checkText(page, 'client-secret')).toMatch(/Add secret/);
  });

  it('a look-alike letter: named in words, its code point and position behind Details', async () => {
    await openGoogle(h);
    const { page } = h;
    // Cyrillic "а" (U+0430) in place of the Latin "a" at position 14.
    const spoofed = `${GOOD.id.slice(0, 13)}\u0430${GOOD.id.slice(14)}`;
    await page.fill('#Login', spoofed);
    await page.locator('#Login').blur();
    const check = page.locator('#tpgo-client-id-check');
    expect(await check.locator('[part=worst] [part=message]').textContent()).toBe(
      'The Client ID has a Cyrillic letter that looks like Latin a.',
    );
    const details = check.locator('details[part=details]');
    expect(await details.locator('p').isVisible()).toBe(false);
    await details.locator('summary').press('Enter');
    expect(await details.locator('p').innerText()).toMatch(
      /^U\+0430 Cyrillic small letter a at position 14\./,
    );
  });

  it('"Client secret⏎GOCSPX-…" pasted together: the label is named first, "Use" writes the bare secret', async () => {
    await openGoogle(h);
    const { page } = h;
    await page.fill('#Login', GOOD.id);
    // A text input drops the line break: the field holds "Client secretGOCSPX-…".
    await page.fill('#Password', `Client secret\n${GOOD.secret}`);
    await page.locator('#Password').blur();
    expect((await shownCodes(page, 'client-secret'))[0]).toBe('client-secret/label-included');
    const check = page.locator('#tpgo-client-secret-check');
    expect(await check.locator('[part=worst] [part=message]').textContent()).toBe(
      'The Client secret was pasted with its label.',
    );
    await check.getByRole('button', { name: 'Use only the secret itself' }).click();
    expect(await page.inputValue('#Password')).toBe(GOOD.secret);
    expect(await shownCodes(page, 'client-secret')).toEqual([]);
  });

  it('"Client ID: <id>": the worst finding is the label, not spaces around the ID', async () => {
    await openGoogle(h);
    const { page } = h;
    await page.fill('#Login', `Client ID: ${GOOD.id}`);
    await page.locator('#Login').blur();
    expect(await shownCodes(page, 'client-id')).not.toContain('client-id/outer-whitespace');
    const check = page.locator('#tpgo-client-id-check');
    expect(await check.locator('[part=worst]').getAttribute('data-code')).toBe(
      'client-id/label-included',
    );
    expect(await checkText(page, 'client-id')).not.toMatch(/spaces or line breaks/);
    await check.getByRole('button', { name: 'Use only the ID itself' }).click();
    expect(await page.inputValue('#Login')).toBe(GOOD.id);
  });

  it('a Desktop credentials JSON pasted into Client ID: the wrong type, and nothing to fill in', async () => {
    await openGoogle(h);
    const { page } = h;
    const desktop = JSON.stringify({
      installed: { client_id: GOOD.id, client_secret: GOOD.secret },
    });
    await page.fill('#Login', desktop);
    await page.locator('#Login').blur();
    expect(await shownCodes(page, 'client-id')).toEqual(['client-id/desktop-credentials-json']);
    const check = page.locator('#tpgo-client-id-check');
    expect(await check.locator('[part=worst] [part=message]').textContent()).toBe(
      'This file is for a Desktop app client, the wrong type.',
    );
    expect(await check.locator('button[part=suggestion]').count()).toBe(0);
  });

  it('several findings: the worst one shows, the others behind "+N more" (by keyboard)', async () => {
    await openGoogle(h);
    const { page } = h;
    // A space inside and a zero-width space: two errors, one shown.
    await page.fill(
      '#Login',
      `${GOOD.id.slice(0, 20)} ${GOOD.id.slice(20, 30)}\u200b${GOOD.id.slice(30)}`,
    );
    await page.locator('#Login').blur();
    const check = page.locator('#tpgo-client-id-check');
    const more = check.locator('button[part=more]');
    expect(await more.textContent()).toMatch(/^\s*\+1 more\s*$/);
    expect(await check.locator('ul[part=findings]').isVisible()).toBe(false);
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await check.locator('ul[part=findings] li').first().innerText()).toContain(
      'The Client ID has a zero-width space in it.',
    );
  });

  it('a 1 MB paste is answered without freezing the page or losing the value', async () => {
    await openGoogle(h);
    const { page } = h;
    const huge = 'x'.repeat(1024 * 1024);
    await page.$eval(
      '#Login',
      (el, value) => {
        const input = el as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      huge,
    );
    await page.focus('#Login');
    await page.locator('#Login').blur();
    expect(await shownCodes(page, 'client-id')).toContain('client-id/too-long');
    expect((await page.inputValue('#Login')).length).toBe(huge.length);
  });

  it('a Desktop credentials file is refused with the type to create; a Web file fills both fields', async () => {
    await openGoogle(h);
    const { page } = h;
    const redirect = `${h.replica.url}/Admin/Plugins.aspx`;
    await page.locator('.tpgo-panel summary', { hasText: 'client_secret' }).click();
    const importer = page.locator('tpgo-credentials-import');
    const desktop = JSON.stringify({
      installed: {
        client_id: GOOD.id,
        client_secret: GOOD.secret,
        redirect_uris: ['http://localhost'],
      },
    });
    await importer.locator('textarea').fill(desktop);
    await expect
      .poll(() => importer.evaluate((el) => el.shadowRoot!.textContent ?? ''))
      .toMatch(/Web application/);
    const fillButton = importer.getByRole('button', { name: /fill/i });
    expect(await fillButton.isDisabled()).toBe(true);
    // The checklist learns of the wrong client type too.
    const clientStep = page.locator('tpgo-setup-checklist [data-step=client]');
    await expect.poll(() => clientStep.getAttribute('data-status')).toBe('problem');

    const web = JSON.stringify({
      web: {
        client_id: GOOD.id,
        client_secret: GOOD.secret,
        redirect_uris: [redirect],
        project_id: 'acme-mail',
      },
    });
    await importer.locator('textarea').fill(web);
    await fillButton.click();
    expect(await clientStep.getAttribute('data-status')).toBe('done');
    expect(await page.inputValue('#Login')).toBe(GOOD.id);
    expect(await page.inputValue('#Password')).toBe(GOOD.secret);
    expect(await shownCodes(page, 'client-id')).toEqual([]);
    expect(await shownCodes(page, 'client-secret')).toEqual([]);
    // The import forgets what it read.
    expect(await importer.locator('textarea').inputValue()).toBe('');
  });
});

describe('accessible names and descriptions', () => {
  it('the inputs get a name and the field check as their description, as the browser computes them', async () => {
    await openGoogle(h);
    const { page } = h;
    await page.fill('#Login', `${GOOD.id} `);
    await page.locator('#Login').blur();
    const cdp = await h.context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        name?: { value: string };
        description?: { value: string };
        role?: { value: string };
      }[];
    };
    const login = nodes.find(
      (node) => node.name?.value === 'Client ID' && node.role?.value === 'textbox',
    );
    expect(login, 'Client ID textbox').toBeDefined();
    expect(login!.description?.value).toMatch(/spaces or line breaks/);
    const secret = nodes.find((node) => node.name?.value === 'Client secret');
    expect(secret, 'Client secret textbox').toBeDefined();
  });
});
