// In the editor of a saved Google profile: whether its mail still flows, beside Sign in, with
// the one action that fixes it; Check connection's failure decoded where the editor shows it;
// and the hint for today's choice of prompts.
import { describe, expect, it } from 'vitest';
import { GOOD, open, openGoogle, useHarness } from './mashup-support.js';

const h = useHarness();
const status = () => h.page.locator('tpgo-connection-status');
const statusText = () =>
  status().evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('the mailbox health in the editor', () => {
  it('says a stopped profile stopped, why, and the fix, beside Sign in', async () => {
    await open(h, 'google-stopped');
    await status().waitFor({ state: 'visible' });
    expect(await statusText()).toMatch(/Stopped/);
    expect(await statusText()).toMatch(/Sign in again choosing Consent/);
    // Beside Sign in: in the panel right after the Sign in group.
    const near = await h.page.evaluate(() => {
      const signIn = document.getElementById('SignIn')!.getBoundingClientRect();
      const el = document.querySelector('tpgo-connection-status')!.getBoundingClientRect();
      return Math.abs(el.top - signIn.bottom) < 200 && el.right > signIn.left - 40;
    });
    expect(near).toBe(true);
    // Keyboard: the disclosure opens with Enter.
    await status().locator('summary').focus();
    await h.page.keyboard.press('Enter');
    expect(
      await status()
        .locator('details')
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
  });

  it("decodes Check connection's failure where the editor shows it", async () => {
    await open(h, 'google-stopped');
    await status().waitFor({ state: 'visible' });
    await h.page.click('#checkConnection');
    await h.page.locator('#failedConnection', { hasText: 'processing error' }).waitFor();
    const note = h.page.locator('#failedConnection + p.tpgo-editor-note');
    await note.waitFor({ state: 'visible' });
    expect(await note.innerText()).toMatch(/Google refused the sign-in token.*Consent/);
  });

  it('shows nothing for a new profile', async () => {
    await openGoogle(h);
    await h.page.waitForTimeout(500);
    expect(await status().isHidden()).toBe(true);
  });

  it('never puts a token value on the page', async () => {
    await open(h, 'google-stopped');
    await status().waitFor({ state: 'visible' });
    const text = await h.page.evaluate(() => {
      const all: string[] = [document.body.innerText];
      for (const el of document.querySelectorAll('*')) {
        if (el.shadowRoot) all.push(el.shadowRoot.textContent ?? '');
      }
      return all.join('\n');
    });
    expect(text).not.toMatch(/ya29\.|1\/\/0|replica-refresh-token|replica-access-token/);
  });
});

describe("today's choice of prompts", () => {
  it('says which prompt to pick while the choice is on screen', async () => {
    await openGoogle(h, 'prompt-menu');
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', GOOD.secret);
    const hint = h.page.locator('p[data-tpgo]', { hasText: 'Choose Consent' });
    expect(await hint.isHidden()).toBe(true);
    await h.page.click('#SignIn');
    await hint.waitFor({ state: 'visible' });
    await h.page.keyboard.press('Escape');
  });
});
