// Accessibility of what the mashup adds, checked with axe in every state, and a whole run
// through the form with the keyboard alone.
import { createRequire } from 'node:module';
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
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeSummary {
  ours: string[];
  /** The host's own nodes flagged, by rule. */
  host: Record<string, number>;
}

/** Runs axe on the whole page; `ours` lists the violations on nodes the mashup added. */
async function axe(): Promise<AxeSummary> {
  await h.page.addScriptTag({ path: AXE });
  return h.page.evaluate(async () => {
    const run = (
      window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<unknown> } }
    ).axe.run;
    const result = (await run(document, { elementRef: true })) as {
      violations: { id: string; nodes: { element: Element }[] }[];
    };
    const isOurs = (el: Element | null): boolean => {
      for (let node: Node | null = el; node;) {
        if (
          node instanceof Element &&
          (node.matches('[data-tpgo]') || node.localName.startsWith('tpgo-'))
        )
          return true;
        const parent: Node | null = (node as Element).parentNode;
        node = parent instanceof ShadowRoot ? parent.host : parent;
      }
      return false;
    };
    // The field checks and "Check with Google" must sit beside the host's inputs, outside our
    // panel. Where the host page has no landmark there, axe's "region" rule flags everything
    // around those inputs, ours included: that is the host's page structure, not something we
    // can mend. Inside our panel, which is a landmark, a region finding would be ours.
    const inheritsRegion = (el: Element) => {
      let node: Node | null = el;
      while (node && !(node instanceof Element && node.localName.startsWith('tpgo-'))) {
        const parent: Node | null = node.parentNode;
        node = parent instanceof ShadowRoot ? parent.host : parent;
      }
      const ours = node as Element | null;
      return (
        !!ours &&
        !ours.closest('.tpgo-panel') &&
        !ours.closest('main, [role=main], [role=region], section[aria-label], [role=form]')
      );
    };
    const ours: string[] = [];
    const host: Record<string, number> = {};
    for (const violation of result.violations) {
      for (const node of violation.nodes) {
        if (!isOurs(node.element)) host[violation.id] = (host[violation.id] ?? 0) + 1;
        if (violation.id === 'region' && inheritsRegion(node.element)) continue;
        if (isOurs(node.element))
          ours.push(`${violation.id}: ${node.element.outerHTML.slice(0, 120)}`);
      }
    }
    return { ours, host };
  });
}

describe('axe finds nothing in what the mashup adds', () => {
  it('when Google OAuth is first selected', async () => {
    await openGoogle(h);
    expect((await axe()).ours).toEqual([]);
  });

  it('with errors revealed, the guide and the import open, and a file read', async () => {
    await openGoogle(h);
    await h.page.fill('#Login', GOOD.secret);
    await h.page.fill('#Password', '****hI8y');
    await h.page.click('#save');
    await h.page.locator('tpgo-unverified-guide summary').click();
    await h.page.locator('.tpgo-panel summary', { hasText: 'client_secret' }).click();
    await h.page
      .locator('tpgo-credentials-import textarea')
      .fill(
        JSON.stringify({ installed: { client_id: GOOD.id, redirect_uris: ['http://localhost'] } }),
      );
    expect((await axe()).ours).toEqual([]);
  });

  it('with the sign-in decoder shown', async () => {
    await openGoogle(h);
    await h.page.fill('#Login', GOOD.id);
    await h.page.fill('#Password', GOOD.secret);
    const [popup] = await Promise.all([h.context.waitForEvent('page'), h.page.click('#SignIn')]);
    await popup.waitForLoadState();
    await popup.click('#cancel');
    await h.page.locator('tpgo-signin-error').waitFor({ state: 'visible' });
    expect((await axe()).ours).toEqual([]);
  });

  it('on a saved profile with a stored secret', async () => {
    await open(h, 'google-stored-secret');
    await h.page.locator('.tpgo-panel').waitFor();
    expect((await axe()).ours).toEqual([]);
  });

  it('leaves the editor with fewer violations than it has without the mashup', async () => {
    await open(h, 'new-profile', 'replica=no-assistant');
    await h.page.selectOption('#authDropDown', '1');
    const without = await axe();
    await openGoogle(h);
    const withMashup = await axe();
    // The editor's Client id and Client secret inputs have no name without us (its captions are
    // paragraphs, not labels); with us they do. No rule flags more of the host's own nodes, and
    // (tested above) none flags ours.
    const total = (counts: Record<string, number>) =>
      Object.values(counts).reduce((sum, count) => sum + count, 0);
    expect(without.host.label).toBeGreaterThan(0);
    expect(withMashup.host.label ?? 0).toBe(without.host.label! - 2);
    for (const [rule, count] of Object.entries(withMashup.host)) {
      expect(count, rule).toBeLessThanOrEqual(without.host[rule] ?? 0);
    }
    expect(total(withMashup.host)).toBeLessThan(total(without.host));
  });
});

describe('keyboard only', () => {
  it('chooses Google OAuth, fixes a pasted ID with "Use", fills the secret, copies the URI and saves', async () => {
    await open(h, 'new-profile');
    const { page } = h;
    await page.focus('#Name');
    await page.keyboard.type('gmail');
    // To the method selector (Sign in is hidden for Login & Password) and choose Google OAuth.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('authDropDown');
    await page.keyboard.press('ArrowDown');
    await page.locator('.tpgo-panel').waitFor();
    expect(await page.inputValue('#authDropDown')).toBe('1');

    // Copy the redirect URI from the keyboard.
    await page.locator('tpgo-redirect-uri').getByRole('button', { name: /copy/i }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('tpgo-redirect-uri [role=status]').textContent())
      .toMatch(/Copied|Ctrl\+C/);

    await page.focus('#Login');
    await page.keyboard.insertText(`  ${GOOD.id}  `);
    await page.keyboard.press('Tab');
    // Leaving the field reveals the error and its "Use" button right after the input: back to it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('Password');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tpgo-client-id-check');
    await page.keyboard.press('Enter');
    expect(await page.inputValue('#Login')).toBe(GOOD.id);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('Login');

    await page.focus('#Password');
    await page.keyboard.insertText(GOOD.secret);
    await page.focus('#MailServer');
    await page.keyboard.type('imap.gmail.com');

    const before = saveRequests(h).length;
    await page.focus('#save');
    await page.keyboard.press('Enter');
    await expect.poll(() => saveRequests(h).length).toBe(before + 1);
    expect(await announcement(page)).toBe('');
  });
});
