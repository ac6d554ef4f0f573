// Where the help sits and how much of it there is, at 1366×768 on a new profile: the admin
// finds their two fields where they were, one line of help beside each, the rest one click
// away; and the editor's own DOM contracts (the e-mail span after #Login) are kept.
import { describe, expect, it } from 'vitest';
import { GOOD, open, openGoogle, useHarness, visibleWords } from './mashup-support.js';

const h = useHarness();
const VIEWPORT = { width: 1366, height: 768 };

async function box(selector: string) {
  const found = await h.page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} has no box`);
  return found;
}

describe('layout at 1366×768 on a new profile', () => {
  it('moves #Login down by at most 120 px and keeps #Password on the first screen', async () => {
    await h.page.setViewportSize(VIEWPORT);
    await open(h, 'new-profile');
    const before = await box('#Login');
    await h.page.selectOption('#authDropDown', '1');
    await h.page.locator('tpgo-redirect-uri').waitFor();
    const after = await box('#Login');
    const password = await box('#Password');
    expect(after.y - before.y).toBeLessThanOrEqual(120);
    expect(password.y + password.height).toBeLessThanOrEqual(VIEWPORT.height);
  });

  it('adds at most 80 visible words in the default state, every part still one click away', async () => {
    await h.page.setViewportSize(VIEWPORT);
    await openGoogle(h);
    await h.page.locator('tpgo-setup-checklist').waitFor();
    const words = await visibleWords(h.page);
    expect(words.length, words.join(' ')).toBeLessThanOrEqual(80);
    expect(words.length).toBeGreaterThan(10); // the help is there at all
    // The rest is one click away: the checklist, the import and the unverified guide open.
    for (const [host, selector] of [
      ['tpgo-setup-checklist', 'summary'],
      ['tpgo-unverified-guide', 'summary'],
      ['tpgo-redirect-uri', 'summary'],
    ] as const) {
      await h.page.locator(host).locator(selector).first().click();
    }
    await h.page.locator('section.tpgo-panel > details > summary').click();
    expect((await visibleWords(h.page)).length).toBeGreaterThan(words.length + 100);
  });

  it('puts the redirect URI directly above the Client ID caption, once', async () => {
    await openGoogle(h);
    const next = await h.page.evaluate(() => {
      const redirect = document.querySelector('tpgo-redirect-uri');
      let el = redirect?.nextElementSibling ?? null;
      while (el && (el as HTMLElement).dataset.tpgo !== undefined) el = el.nextElementSibling;
      return el?.querySelector('span[name="LoginErrorLabel"]') ? 'caption' : el?.outerHTML;
    });
    expect(next).toBe('caption');
    expect(await h.page.locator('tpgo-redirect-uri').count()).toBe(1);
  });

  it('shows the acid note once, and only when the page has an acid', async () => {
    await openGoogle(h);
    const plain = await h.page
      .locator('tpgo-redirect-uri')
      .evaluate((el) => el.shadowRoot!.textContent!);
    expect(plain).not.toMatch(/acid/i);
    await openGoogle(h, 'acid');
    const text = await h.page
      .locator('tpgo-redirect-uri')
      .evaluate((el) => (el.shadowRoot!.textContent ?? '').match(/acid=/g)?.length ?? 0);
    expect(text).toBeGreaterThan(0);
    const visible = (await visibleWords(h.page)).join(' ');
    expect(visible.match(/includes this page.s acid/gi)?.length ?? 0, visible).toBe(1);
  });
});

describe("the editor's own DOM contracts", () => {
  it('inserts nothing between #Login and the span after it', async () => {
    await openGoogle(h);
    const next = await h.page.evaluate(() => document.getElementById('Login')!.nextElementSibling);
    expect(next).not.toBeNull();
    expect(
      await h.page.evaluate(() => document.getElementById('Login')!.nextElementSibling!.localName),
    ).toBe('span');
  });

  it('the editor still shows the signed-in e-mail after Sign in and clears it after Sign out', async () => {
    await openGoogle(h);
    const { page } = h;
    await page.fill('#Login', GOOD.id);
    await page.fill('#Password', GOOD.secret);
    const popup = page.waitForEvent('popup');
    await page.click('#SignIn');
    const google = await popup;
    await google.click('#allow');
    await page.locator('#SignIn[value="Sign out"]').waitFor();
    const email = () =>
      page.evaluate(() => document.getElementById('Login')!.nextElementSibling!.textContent);
    expect(await email()).toBe(GOOD.email);
    await page.click('#SignIn');
    expect(await email()).toBe('');
  });
});
