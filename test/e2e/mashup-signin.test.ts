// Sign in through the replica's Google stand-in with the mashup loaded: the redirect URI we show
// is the one the editor sends, and each way a sign-in fails is turned into its cause and fix.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { googleClient, SCENARIO_ACID } from '../replica/google-clients.js';
import { openGoogle, useHarness } from './mashup-support.js';

const h = useHarness();

const shownUri = () =>
  h.page.locator('tpgo-redirect-uri').evaluate((el) => (el as unknown as { uri: string }).uri);
const sentUri = () =>
  h.page.evaluate(
    () =>
      (window as unknown as { __replica: { lastSignIn: { redirectUri: string } } }).__replica
        .lastSignIn.redirectUri,
  );
const decoder = () => h.page.locator('tpgo-signin-error');
const decodedCode = () =>
  decoder().evaluate(
    (el) => el.shadowRoot?.querySelector('[data-code]')?.getAttribute('data-code') ?? '',
  );

async function signIn(scenario: string, clientKey: string, secret?: string): Promise<Page> {
  await openGoogle(h, scenario);
  const client = googleClient(clientKey);
  await h.page.fill('#Login', client.id);
  await h.page.fill('#Password', secret ?? client.secret);
  const [popup] = await Promise.all([h.context.waitForEvent('page'), h.page.click('#SignIn')]);
  await popup.waitForLoadState();
  return popup;
}

describe('the redirect URI shown is the one the editor sends', () => {
  it.each([
    ['new-profile', '/Admin/Plugins.aspx', ''],
    ['on-premise', '/TargetProcess/Admin/Plugins.aspx', ''],
    ['acid', `/Admin/Plugins.aspx?acid=${SCENARIO_ACID}`, SCENARIO_ACID],
  ])('%s', async (scenario, path, acid) => {
    const popup = await signIn(scenario, 'ok');
    expect(await shownUri()).toBe(`${h.replica.url}${path}`);
    expect(await sentUri()).toBe(await shownUri());
    const acidShown = await h.page
      .locator('tpgo-redirect-uri')
      .evaluate((el) => (el as unknown as { acid: string }).acid);
    expect(acidShown).toBe(acid);
    await popup.close();
  });
});

describe('a sign-in that does not end signed in offers the decoder', () => {
  it('stays hidden when the sign-in works', async () => {
    const popup = await signIn('new-profile', 'ok');
    await popup.click('#allow');
    await h.page.waitForFunction(
      () => (document.querySelector('#SignIn') as HTMLInputElement).value === 'Sign out',
    );
    await h.page.waitForTimeout(800);
    expect(await decoder().isHidden()).toBe(true);
  });

  it('declined consent: the popup closes with nothing shown by the editor; we say access_denied', async () => {
    const popup = await signIn('new-profile', 'ok');
    await popup.click('#cancel');
    await decoder().waitFor({ state: 'visible' });
    // The editor closes the popup at its first look after the return; the assistant reads the
    // return only when its own look comes first. Either way the decoder is offered, and what
    // it read, if anything, is the declined consent.
    expect(['access_denied', '']).toContain(await decodedCode());
    expect(await decoder().locator('input').isVisible()).toBe(true);
  });

  it('no refresh token: the editor message is decoded', async () => {
    const popup = await signIn('new-profile', 'no_refresh_token');
    await popup.click('#allow');
    await decoder().waitFor({ state: 'visible' });
    expect(await decodedCode()).toBe('no_refresh_token');
  });

  it('a wrong secret: the editor shows "Unauthorized", decoded as the secret being wrong', async () => {
    const popup = await signIn('new-profile', 'ok', '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');
    await popup.click('#allow');
    await decoder().waitFor({ state: 'visible' });
    expect(await decodedCode()).toBe('invalid_client_secret');
  });

  it.each([
    ['acid', 'ok', 'redirect_uri_mismatch'],
    ['new-profile', 'deleted', 'deleted_client'],
    ['new-profile', 'org_internal', 'org_internal'],
    ['new-profile', 'admin_policy', 'admin_policy_enforced'],
    ['new-profile', 'not_test_user', 'access_denied'],
  ])(
    "%s with the %s client: Google's page keeps the error; the admin types it in and gets the fix",
    async (scenario, clientKey, code) => {
      const popup = await signIn(scenario, clientKey);
      const shown = await popup.locator('[data-error-code]').innerText();
      expect(shown).toContain(code);
      await popup.close();
      await decoder().waitFor({ state: 'visible' });
      await decoder().locator('input').fill(shown);
      await expect.poll(decodedCode).toBe(code);
      const text = await decoder().evaluate((el) => el.shadowRoot?.textContent ?? '');
      expect(text.length).toBeGreaterThan(80);
    },
  );
});
