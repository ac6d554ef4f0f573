// "Check with Google": one request per click to the discovered token endpoint, carrying only the
// five token fields, and each answer of the stand-in Google turned into its fix.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { googleClient } from '../replica/google-clients.js';
import { GOOD, open, openGoogle, useHarness } from './mashup-support.js';

const h = useHarness();
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
    await openGoogle(h);
    await fill(GOOD.id, GOOD.secret);
    const from = h.replica.requests.length;
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
    // The checklist's paste step says so too.
    const step = h.page.locator('tpgo-setup-checklist [data-step=paste]');
    expect(await step.getAttribute('data-status')).toBe('done');
    expect(await step.textContent()).toMatch(/Google accepted/);
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
      /new OAuth client/,
    ],
  ])('%s: says what to do', async (_name, clientId, secret, expected, fix) => {
    await openGoogle(h);
    await fill(clientId, secret);
    await checkButton().click();
    await expect.poll(outcome).toBe(expected);
    expect(await check().evaluate((el) => el.shadowRoot!.textContent)).toMatch(fix);
    const step = h.page.locator('tpgo-setup-checklist [data-step=paste]');
    expect(await step.getAttribute('data-status')).toBe('problem');
  });

  it('a refused connection: could not check, which says nothing about the credentials', async () => {
    await openGoogle(h);
    await fill(GOOD.id, GOOD.secret);
    await h.page.route('**/google/token', (route) => route.abort('connectionrefused'));
    await checkButton().click();
    await expect.poll(outcome).toBe('unreachable');
    expect(await check().evaluate((el) => el.shadowRoot!.textContent)).toMatch(
      /says nothing about/,
    );
  });

  it('a slow Google can be cancelled with the Cancel button, and with Escape', async () => {
    const slow = googleClient('slow');
    await openGoogle(h);
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
    await openGoogle(h);
    await fill(slow.id, slow.secret);
    await checkButton().click();
    await expect.poll(outcome, { timeout: 14_000 }).toBe('timeout');
  }, 20_000);

  it('is disabled while a field has an error or is empty, and sends nothing on its own', async () => {
    const from = h.replica.requests.length;
    await openGoogle(h);
    expect(await checkButton().isDisabled()).toBe(true);
    await fill(GOOD.secret, GOOD.id);
    expect(await checkButton().isDisabled()).toBe(true);
    await fill(GOOD.id, GOOD.secret);
    expect(await checkButton().isDisabled()).toBe(false);
    await h.page.waitForTimeout(300);
    expect(tokenPosts(from)).toHaveLength(0);
  });

  it('a new keystroke makes the verdict stale', async () => {
    await openGoogle(h);
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
    await openGoogle(h);
    await fill(GOOD.id, GOOD.secret);
    expect(await h.page.getByRole('button', { name: 'Check with Google' }).count()).toBe(1);
    expect(await h.page.locator('#tpgo-client-secret-check + tpgo-google-check').count()).toBe(1);
    await checkButton().focus();
    await h.page.keyboard.press('Space');
    await expect.poll(outcome).toBe('accepted');
  });

  it('passes axe with a verdict shown', async () => {
    await openGoogle(h);
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
