// The mashup never breaks the host: re-renders, a second copy, a page missing a field, a strict
// CSP with Trusted Types, pages without the editor; and the secret goes nowhere it should not.
import { describe, expect, it } from 'vitest';
import {
  GOOD,
  checkText,
  open,
  openGoogle,
  saveRequests,
  shownCodes,
  useHarness,
} from './mashup-support.js';

const h = useHarness();
const count = (selector: string) => h.page.locator(selector).count();

describe('the editor renders again', () => {
  it('re-attaches once to the new fields and keeps checking', async () => {
    await openGoogle(h);
    await h.page.evaluate(() =>
      (window as unknown as { __replica: { rerender(): void } }).__replica.rerender(),
    );
    // The re-render rebuilt the form from the profile: back to Login & Password, nothing of ours.
    await expect.poll(() => count('[data-tpgo]')).toBe(0);
    await h.page.selectOption('#authDropDown', '1');
    await expect.poll(() => count('tpgo-field-check')).toBe(2);
    expect(await count('.tpgo-panel')).toBe(1);
    await h.page.fill('#Login', GOOD.secret);
    await h.page.locator('#Login').blur();
    expect(await shownCodes(h.page, 'client-id')).toContain('client-id/looks-like-secret');
  });

  it('copes with several renders right after load', async () => {
    await open(h, 'google-stored-secret', 'rerender=3');
    await h.page.waitForFunction(
      () => (window as unknown as { __replica: { renders: number } }).__replica.renders >= 4,
    );
    await expect.poll(() => count('.tpgo-panel')).toBe(1);
    expect(await count('tpgo-field-check')).toBe(2);
    expect(await h.page.getAttribute('#Login', 'aria-describedby')).toBe('tpgo-client-id-check');
  });
});

describe('a second copy of the mashup', () => {
  it('adds nothing twice', async () => {
    await openGoogle(h);
    const src = await h.page.getAttribute('script[data-replica-mashup]', 'src');
    await h.page.addScriptTag({ url: src! });
    await h.page.selectOption('#authDropDown', '');
    await h.page.selectOption('#authDropDown', '1');
    await h.page.waitForTimeout(200);
    expect(await count('tpgo-field-check')).toBe(2);
    expect(await count('.tpgo-panel')).toBe(1);
    // One guard: a blocked Save announces once and sends nothing.
    await h.page.fill('#Login', GOOD.secret);
    const before = saveRequests(h).length;
    await h.page.click('#save');
    await h.page.waitForTimeout(200);
    expect(saveRequests(h).length).toBe(before);
  });
});

describe('a page missing a field', () => {
  it('without #Password: checks the Client ID, guards Save on it, and breaks nothing', async () => {
    await openGoogle(h, 'no-password');
    expect(await count('#Password')).toBe(0);
    expect(await count('tpgo-field-check')).toBe(1);
    expect(await count('tpgo-redirect-uri')).toBe(1);
    await h.page.fill('#Login', `${GOOD.id} `);
    await h.page.locator('#Login').blur();
    expect(await checkText(h.page, 'client-id')).toMatch(/spaces/);
    const before = saveRequests(h).length;
    await h.page.click('#save');
    await h.page.waitForTimeout(200);
    expect(saveRequests(h).length).toBe(before);
  });

  it.each(['no-editor', 'oauth-without-state'])('%s: does nothing', async (scenario) => {
    const state = await (
      await import('../replica/testing.js')
    ).openEditor(h.page, h.replica, scenario);
    expect(state).toBe('failed');
    await h.page.waitForTimeout(300);
    expect(await count('[data-tpgo], tpgo-field-check')).toBe(0);
  });

  it('the Plugins page: does nothing', async () => {
    await h.page.goto(`${h.replica.url}/Admin/Plugins.aspx`);
    await h.page.waitForLoadState('load');
    const ran = await h.page.evaluate(() =>
      (window as unknown as { __replica: { mashups: { ran: boolean }[] } }).__replica.mashups.map(
        (mashup) => mashup.ran,
      ),
    );
    expect(ran).toEqual([true]);
    expect(await count('[data-tpgo], tpgo-field-check')).toBe(0);
  });
});

describe('strict Content-Security-Policy with Trusted Types', () => {
  it('runs, checks and guards with no violation', async () => {
    const violations: string[] = [];
    h.page.on('console', (message) => {
      if (/Content Security Policy|TrustedHTML|Trusted Type/i.test(message.text()))
        violations.push(message.text());
    });
    await openGoogle(h, 'csp');
    expect(await count('tpgo-field-check')).toBe(2);
    await h.page.fill('#Login', GOOD.secret);
    await h.page.locator('#Login').blur();
    expect(await shownCodes(h.page, 'client-id')).toContain('client-id/looks-like-secret');
    await h.page.click('#save');
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('Login');
    expect(violations).toEqual([]);
  });
});

describe('the secret', () => {
  it('goes only to the token endpoint the editor calls, and is kept nowhere by us', async () => {
    const from = h.replica.requests.length;
    await openGoogle(h);
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', GOOD.secret);
    await h.page.locator('#Password').blur();
    // Import a file too: the import must not send or keep it either.
    await h.page.locator('.tpgo-panel summary', { hasText: 'client_secret' }).click();
    await h.page
      .locator('tpgo-credentials-import textarea')
      .fill(JSON.stringify({ web: { client_id: GOOD.id, client_secret: GOOD.secret } }));
    const [popup] = await Promise.all([h.context.waitForEvent('page'), h.page.click('#SignIn')]);
    await popup.waitForLoadState();
    await popup.click('#allow');
    await h.page.waitForFunction(
      () => (document.querySelector('#SignIn') as HTMLInputElement).value === 'Sign out',
    );
    const carrying = h.replica.requests
      .slice(from)
      .filter((request) => `${request.path} ${request.body}`.includes(GOOD.secret))
      .map((request) => request.path);
    expect(carrying).toEqual(['/google/token']);
    const stored = await h.page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(stored).not.toContain(GOOD.secret);
    expect(await h.page.evaluate(() => document.cookie)).not.toContain(GOOD.secret);
  });
});
