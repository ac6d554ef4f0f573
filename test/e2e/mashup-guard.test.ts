// Guarding: Sign in and Save are stopped on what is certainly wrong, before the editor's own
// handlers, by mouse and keyboard; with no error the editor's requests go out unchanged.
import { describe, expect, it } from 'vitest';
import {
  GOOD,
  announcement,
  open,
  openGoogle,
  saveRequests,
  useHarness,
} from './mashup-support.js';

const h = useHarness();

async function fillSwapped() {
  await h.page.fill('#Name', 'gmail');
  await h.page.fill('#Login', GOOD.secret);
  await h.page.fill('#Password', GOOD.id);
}

const popupCount = () => h.context.pages().length - 1;
const discoveryCount = () =>
  h.replica.requests.filter((request) => request.path.endsWith('/.well-known/openid-configuration'))
    .length;

describe('Save', () => {
  it('is stopped by a click with an error: no request, first bad field focused, reason announced', async () => {
    await openGoogle(h);
    await fillSwapped();
    const before = saveRequests(h).length;
    await h.page.click('#save');
    await expect.poll(() => announcement(h.page)).toMatch(/^Save stopped\./);
    expect(saveRequests(h).length).toBe(before);
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('Login');
    expect(await h.page.getAttribute('#Login', 'aria-invalid')).toBe('true');
    expect(await h.page.getAttribute('#Password', 'aria-invalid')).toBe('true');
    // The editor's own handler never ran: it would have shown "Saving…" and disabled the link.
    expect(await h.page.getAttribute('#save', 'class')).not.toContain('disabled');
  });

  it('is stopped from the keyboard (Enter on the link)', async () => {
    await openGoogle(h);
    await fillSwapped();
    const before = saveRequests(h).length;
    await h.page.focus('#save');
    await h.page.keyboard.press('Enter');
    await expect.poll(() => announcement(h.page)).toMatch(/^Save stopped\./);
    expect(saveRequests(h).length).toBe(before);
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('Login');
  });

  it('goes out exactly as without the mashup when nothing is wrong', async () => {
    const bodies: string[] = [];
    for (const extra of ['replica=no-assistant', '']) {
      await open(h, 'new-profile', extra);
      await h.page.selectOption('#authDropDown', '1');
      await h.page.fill('#Name', 'gmail');
      await h.page.fill('#MailServer', 'imap.gmail.com');
      await h.page.fill('#Login', GOOD.id);
      await h.page.fill('#Password', GOOD.secret);
      const before = saveRequests(h).length;
      await h.page.click('#save');
      await expect.poll(() => saveRequests(h).length).toBe(before + 1);
      bodies.push(saveRequests(h).at(-1)!.body);
    }
    expect(bodies[1]).toBe(bodies[0]);
    expect(JSON.parse(bodies[1]!).Settings.Password).toBe(GOOD.secret);
  });

  it('is not stopped by warnings', async () => {
    await openGoogle(h);
    await h.page.fill('#Name', 'gmail');
    await h.page.fill('#Login', GOOD.id);
    // A secret of no known shape is only unusual: Google publishes no format.
    await h.page.fill('#Password', 'abcDEF123456ghiJKL789mnoPQ');
    const before = saveRequests(h).length;
    await h.page.click('#save');
    await expect.poll(() => saveRequests(h).length).toBe(before + 1);
  });

  it('keeps a stored secret: the placeholder is no error for Save, and Password goes as null', async () => {
    await open(h, 'google-stored-secret');
    await h.page.locator('.tpgo-panel').waitFor();
    const before = saveRequests(h).length;
    await h.page.click('#save');
    await expect.poll(() => saveRequests(h).length).toBe(before + 1);
    expect(JSON.parse(saveRequests(h).at(-1)!.body).Settings.Password).toBeNull();
  });
});

describe('Sign in', () => {
  it('is stopped by a click with an error: no discovery, no popup', async () => {
    await openGoogle(h);
    await fillSwapped();
    const discovered = discoveryCount();
    await h.page.click('#SignIn');
    await expect.poll(() => announcement(h.page)).toMatch(/^Sign in stopped\./);
    expect(discoveryCount()).toBe(discovered);
    expect(popupCount()).toBe(0);
    expect(await h.page.evaluate(() => document.activeElement?.id)).toBe('Login');
  });

  it.each(['Space', 'Enter'])('is stopped from the keyboard (%s on the button)', async (key) => {
    await openGoogle(h);
    await h.page.fill('#Login', `${GOOD.id} `);
    await h.page.fill('#Password', GOOD.secret);
    await h.page.focus('#SignIn');
    await h.page.keyboard.press(key);
    await expect.poll(() => announcement(h.page)).toMatch(/^Sign in stopped\./);
    expect(popupCount()).toBe(0);
  });

  it('opens the editor popup when nothing is wrong', async () => {
    await openGoogle(h);
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', GOOD.secret);
    const [popup] = await Promise.all([h.context.waitForEvent('page'), h.page.click('#SignIn')]);
    const authorization = h.replica.requests.find((request) => request.path.includes('/auth?'));
    expect(authorization?.path).toContain(`client_id=${GOOD.id}&`);
    await popup.close();
  });

  it('lets the editor ask for the secret again itself when the stored placeholder is there', async () => {
    await open(h, 'google-stored-secret');
    await h.page.locator('.tpgo-panel').waitFor();
    // Signed in: sign out first (never stopped), then Sign in with the placeholder.
    await h.page.click('#SignIn');
    expect(await h.page.inputValue('#SignIn')).toBe('Sign in');
    await h.page.click('#SignIn');
    await expect
      .poll(() => h.page.locator('span[name="PasswordErrorLabel"]').textContent())
      .toBe('Client secret should be reentered');
  });

  it('never stops Sign out, even with an error in the fields', async () => {
    await open(h, 'google-stored-secret');
    await h.page.locator('.tpgo-panel').waitFor();
    expect(await h.page.inputValue('#SignIn')).toBe('Sign out');
    await h.page.fill('#Login', 'not an id');
    await h.page.click('#SignIn');
    expect(await h.page.inputValue('#SignIn')).toBe('Sign in');
  });
});
