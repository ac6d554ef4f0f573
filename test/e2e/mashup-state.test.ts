// One setup state in the real page: the checklist, the field messages and the offers agree in
// every case where separate element states once contradicted each other; and the hardening of
// the guard and the sign-in follow-up against the real editor's ways.
import { describe, expect, it } from 'vitest';
import { googleClient } from '../replica/google-clients.js';
import { GOOD, open, openGoogle, pasteInto, saveRequests, useHarness } from './mashup-support.js';

const h = useHarness();

type Status = 'done' | 'todo' | 'problem';
const steps = () =>
  h.page
    .locator('tpgo-setup-checklist')
    .evaluate((el) =>
      Object.fromEntries(
        (el as unknown as { steps: { id: string; status: Status; text: string }[] }).steps.map(
          (s) => [s.id, { status: s.status, text: s.text }],
        ),
      ),
    );
const summaryText = () =>
  h.page
    .locator('tpgo-setup-checklist')
    .evaluate((el) => el.shadowRoot?.querySelector('summary')?.textContent?.trim() ?? '');

function credentialsFile(type: 'web' | 'installed', redirect = '') {
  return JSON.stringify({
    [type]: {
      client_id: GOOD.id,
      client_secret: GOOD.secret,
      project_id: 'acme-mail',
      redirect_uris: redirect ? [redirect] : [],
    },
  });
}

describe('the checklist never contradicts the fields', () => {
  it('shows "N of 6 done" as one line that counts what the fields hold', async () => {
    await openGoogle(h);
    expect(await summaryText()).toMatch(/Google sign-in setup: 0 of 6 done/);
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', GOOD.secret);
    expect(await summaryText()).toMatch(/3 of 6 done/);
  });

  it('a Desktop file pasted into Client ID: no way to fill its ID, and the client step is a problem', async () => {
    await openGoogle(h);
    await pasteInto(h.page, '#Login', credentialsFile('installed'));
    await h.page.locator('#Password').focus();
    const suggestions = await h.page
      .locator('#tpgo-client-id-check')
      .evaluate((el) => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent));
    expect(suggestions.join(' ')).not.toMatch(/Use the Client ID/i);
    expect((await steps()).client!.status).toBe('problem');
    expect(await h.page.locator('button[data-tpgo]:has-text("Fill both")').isVisible()).toBe(false);
  });

  it('a Web file pasted into Client secret offers to fill both fields, which fills them', async () => {
    await openGoogle(h);
    await pasteInto(h.page, '#Password', credentialsFile('web'));
    const fill = h.page.locator('button[data-tpgo]:has-text("Fill both")');
    await fill.click();
    expect(await h.page.inputValue('#Login')).toBe(GOOD.id);
    expect(await h.page.inputValue('#Password')).toBe(GOOD.secret);
  });

  it('after a bad Client ID, switching the method away and back, the checklist names the problem itself', async () => {
    await openGoogle(h);
    await h.page.fill('#Login', `${GOOD.id} x`);
    await h.page.selectOption('#authDropDown', '');
    await h.page.selectOption('#authDropDown', '1');
    await h.page.locator('tpgo-setup-checklist').waitFor();
    const client = (await steps()).client!;
    expect(client.status).toBe('problem');
    expect(client.text).not.toMatch(/see the message/i);
  });

  it('after importing a file whose redirect URI has a trailing slash and filling, the redirect step stays a problem', async () => {
    await openGoogle(h);
    const uri = await h.page
      .locator('tpgo-redirect-uri')
      .evaluate((el) => (el as unknown as { uri: string }).uri);
    await h.page.locator('section.tpgo-panel > details > summary').click();
    const importer = h.page.locator('tpgo-credentials-import');
    await importer.locator('textarea').fill(credentialsFile('web', `${uri}/`));
    await importer.locator('button', { hasText: /fill/i }).first().click();
    expect(await h.page.inputValue('#Login')).toBe(GOOD.id);
    expect((await steps()).redirect!.status).toBe('problem');
  });

  it('with the stored secret, the paste step asks for it again instead of "look right"', async () => {
    await open(h, 'google-stored-secret');
    await h.page.locator('tpgo-setup-checklist').waitFor();
    // Signed in: done. After Sign out, the sign-in steps are no longer done.
    expect((await steps()).signIn!.status).toBe('done');
    await h.page.click('#SignIn');
    await h.page.locator('#SignIn[value="Sign in"]').waitFor();
    await expect.poll(async () => (await steps()).signIn!.status).toBe('todo');
    expect((await steps()).paste).toMatchObject({ status: 'todo' });
    expect((await steps()).paste!.text).toMatch(/again/i);
  });

  it('a warning on the secret keeps the paste step from "done"', async () => {
    await openGoogle(h);
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', 'GOCSPX-abcdefghijkl');
    expect((await steps()).paste!.status).not.toBe('done');
  });

  it('offers "Swap the two values" for swapped values, and swaps them', async () => {
    await openGoogle(h);
    await h.page.fill('#Login', GOOD.secret);
    await h.page.fill('#Password', GOOD.id);
    await h.page.locator('button[data-tpgo]:has-text("Swap")').click();
    expect(await h.page.inputValue('#Login')).toBe(GOOD.id);
    expect(await h.page.inputValue('#Password')).toBe(GOOD.secret);
  });

  it("offers Gmail's settings while the server is empty, written as typing would", async () => {
    await openGoogle(h);
    await h.page.fill('#MailServer', '');
    await h.page.locator('button[data-tpgo]:has-text("Gmail")').click();
    expect(await h.page.inputValue('#MailServer')).toBe('imap.gmail.com');
    expect(await h.page.locator('button[data-tpgo]:has-text("Gmail")').isVisible()).toBe(false);
  });

  it("turns a new profile (POP, 110, SSL off) into Gmail's IMAP with one click, and saves that", async () => {
    await openGoogle(h);
    expect([await h.page.inputValue('#Protocol'), await h.page.inputValue('#Port')]).toEqual([
      'pop3',
      '110',
    ]);
    await h.page.locator('button[data-tpgo]:has-text("Gmail")').click();
    expect([
      await h.page.inputValue('#Protocol'),
      await h.page.inputValue('#MailServer'),
      await h.page.inputValue('#Port'),
    ]).toEqual(['imap', 'imap.gmail.com', '993']);
    expect(await h.page.getAttribute('#switch', 'class')).toContain('on');
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', GOOD.secret);
    const before = saveRequests(h).length;
    await h.page.click('#save');
    await expect.poll(() => saveRequests(h).length).toBe(before + 1);
    const body = JSON.parse(saveRequests(h).at(-1)!.body) as { Settings: Record<string, unknown> };
    expect(body.Settings).toMatchObject({
      Protocol: 'imap',
      MailServer: 'imap.gmail.com',
      Port: '993',
      UseSSL: true,
    });
  });
});

describe('the guard', () => {
  it('scrolls the first bad field and its message into view and focuses it', async () => {
    await h.page.setViewportSize({ width: 1366, height: 768 });
    await openGoogle(h);
    await h.page.fill('#Login', `${GOOD.id} x`);
    await h.page.locator('#save').scrollIntoViewIfNeeded();
    const before = saveRequests(h).length;
    await h.page.click('#save');
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('Login');
    const inView = await h.page.locator('#tpgo-client-id-check').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(saveRequests(h)).toHaveLength(before);
  });

  it('does not stop Save for the secret the editor will not send (stored, untouched)', async () => {
    await open(h, 'google-stored-secret');
    await h.page.locator('tpgo-setup-checklist').waitFor();
    const before = saveRequests(h).length;
    await h.page.click('#save');
    await expect.poll(() => saveRequests(h).length).toBe(before + 1);
  });

  it('lets go when the method is changed by script (no native event)', async () => {
    await openGoogle(h);
    await h.page.fill('#Login', 'support@acme.example');
    await h.page.evaluate(() =>
      (
        window as unknown as {
          jQuery: (s: string) => { val(v: string): { trigger(e: string): void } };
        }
      )
        .jQuery('#authDropDown')
        .val('')
        .trigger('change'),
    );
    await expect.poll(() => h.page.locator('[data-tpgo]').count()).toBe(0);
    await h.page.fill('#Password', 'app-password');
    const before = saveRequests(h).length;
    await h.page.click('#save');
    await expect.poll(() => saveRequests(h).length).toBe(before + 1);
  });
});

describe("the sign-in follow-up with today's Sign in choice", () => {
  it('stops a Sign in whose fields are certainly wrong before the menu opens', async () => {
    await openGoogle(h, 'prompt-menu');
    await h.page.fill('#Login', GOOD.secret);
    await h.page.fill('#Password', GOOD.secret);
    await h.page.click('#SignIn');
    expect(await h.page.locator('#replica-prompt-menu').count()).toBe(0);
  });

  for (const [menuAt, width] of [
    ['', 1366],
    ['above', 1366],
    ['left', 1366],
    ['', 520],
    ['left', 520],
  ] as const) {
    it(`keeps the prompt hint clear of the menu (${menuAt || 'below'}, ${width} px wide) and on screen`, async () => {
      await h.page.setViewportSize({ width, height: 700 });
      await openGoogle(h, 'prompt-menu', menuAt ? `menuAt=${menuAt}` : '');
      await h.page.fill('#Login', GOOD.id);
      await h.page.fill('#Password', GOOD.secret);
      await h.page.locator('#SignIn').scrollIntoViewIfNeeded();
      await h.page.click('#SignIn');
      const hint = h.page
        .locator(
          '[data-tpgo] p:has-text("Choose Consent"), p[data-tpgo]:has-text("Choose Consent")',
        )
        .first();
      await hint.waitFor({ state: 'visible' });
      const boxes = await h.page.evaluate(() => {
        const menu = document.querySelector('#replica-prompt-menu')!.getBoundingClientRect();
        const p = [...document.querySelectorAll('p')].find((el) =>
          el.textContent?.startsWith('Choose Consent'),
        )!;
        const hint = p.getBoundingClientRect();
        return {
          menu: { l: menu.left, t: menu.top, r: menu.right, b: menu.bottom },
          hint: { l: hint.left, t: hint.top, r: hint.right, b: hint.bottom },
          vw: window.innerWidth,
          vh: window.innerHeight,
        };
      });
      const { menu, hint: box } = boxes;
      const overlap = box.l < menu.r && menu.l < box.r && box.t < menu.b && menu.t < box.b;
      expect(overlap, JSON.stringify(boxes)).toBe(false);
      expect(box.l >= 0 && box.t >= 0, JSON.stringify(boxes)).toBe(true);
      expect(box.r <= boxes.vw && box.b <= boxes.vh, JSON.stringify(boxes)).toBe(true);
      expect(box.r - box.l).toBeGreaterThan(0);
    });
  }

  it('follows a popup opened by a later click on a menu item, 100 ms later', async () => {
    await openGoogle(h, 'prompt-menu');
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', GOOD.secret);
    await h.page.click('#SignIn');
    const popupEvent = h.context.waitForEvent('page');
    await h.page.click('#replica-prompt-menu button:has-text("Consent")');
    const popup = await popupEvent;
    await popup.waitForLoadState();
    await h.page.waitForTimeout(900);
    // Still open: nothing is said yet.
    expect(await h.page.locator('tpgo-signin-error').isHidden()).toBe(true);
    await popup.close();
    await h.page.locator('tpgo-signin-error').waitFor({ state: 'visible' });
  });

  it('follows a popup opened asynchronously after the Sign in click', async () => {
    await openGoogle(h, 'async-popup');
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', GOOD.secret);
    const popupEvent = h.context.waitForEvent('page');
    await h.page.click('#SignIn');
    const popup = await popupEvent;
    await popup.waitForLoadState();
    await h.page.waitForTimeout(900);
    expect(await h.page.locator('tpgo-signin-error').isHidden()).toBe(true);
    await popup.click('#allow');
    await h.page.locator('#SignIn[value="Sign out"]').waitFor();
    await h.page.waitForTimeout(700);
    expect(await h.page.locator('tpgo-signin-error').isHidden()).toBe(true);
  });

  it("what the admin reports from Google's window makes the sign-in step a problem", async () => {
    await openGoogle(h);
    const client = googleClient('org_internal');
    await h.page.fill('#Login', client.id);
    await h.page.fill('#Password', client.secret);
    const popupEvent = h.context.waitForEvent('page');
    await h.page.click('#SignIn');
    const popup = await popupEvent;
    await popup.waitForLoadState();
    await popup.close();
    const decoder = h.page.locator('tpgo-signin-error');
    await decoder.waitFor({ state: 'visible' });
    expect((await steps()).signIn!.status).toBe('todo');
    await decoder.locator('input').fill('Error 403: org_internal');
    await expect.poll(async () => (await steps()).signIn!.status).toBe('problem');
    expect(await summaryText()).toMatch(/1 problem/);
  });

  it('puts window.open back when the editor re-renders during the sign-in', async () => {
    await openGoogle(h, 'prompt-menu');
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', GOOD.secret);
    await h.page.click('#SignIn');
    const wrapped = await h.page.evaluate(() => !String(window.open).includes('[native code]'));
    expect(wrapped).toBe(true);
    await h.page.evaluate(() =>
      (window as unknown as { __replica: { rerender(): void } }).__replica.rerender(),
    );
    await expect
      .poll(() => h.page.evaluate(() => String(window.open).includes('[native code]')))
      .toBe(true);
  });
});
