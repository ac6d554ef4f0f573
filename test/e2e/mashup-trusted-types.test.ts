// Pages whose Trusted Types rules refuse Lit's `lit-html` policy: their CSP's trusted-types list
// lacks the name, or another Lit script created it first and duplicates are not allowed. The
// assistant cannot render there; it stands aside with one console line naming the CSP it
// needs, and the page and the editor go on as without it.
import { describe, expect, it } from 'vitest';
import { STRICT_CSP } from '../replica/server.js';
import { scenarioUrl } from '../replica/testing.js';
import { GOOD, open, saveRequests, useHarness } from './mashup-support.js';

const h = useHarness({ allowProblems: true });

/** Chromium's own report of the refused policy: the browser's line, not ours. */
const BROWSER_REFUSAL =
  /TrustedTypePolicy named 'lit-html'|Policy with name "lit-html" already exists/;

describe.each([
  [
    'csp-no-lit',
    "the CSP's trusted-types list lacks lit-html",
    /does not allow Lit's Trusted Types policy "lit-html".*needs "trusted-types lit-html"/,
  ],
  [
    'csp-lit-taken',
    'another Lit script already created lit-html',
    /already created .*"lit-html".*needs "trusted-types lit-html 'allow-duplicates'"/,
  ],
])('%s (%s)', (scenario, _why, line) => {
  it('one console line, no page error, and the editor works and saves as without the mashup', async () => {
    await open(h, scenario);
    await h.page.selectOption('#authDropDown', '1');
    // The editor relabels its fields for Google OAuth, as ever.
    await expect
      .poll(() =>
        h.page
          .locator('span.error[name="LoginErrorLabel"]')
          .evaluate((span) => span.parentElement?.firstChild?.nodeValue ?? ''),
      )
      .toMatch(/Client id/);
    await h.page.fill('#Name', 'gmail');
    await h.page.fill('#MailServer', 'imap.gmail.com');
    await h.page.fill('#Login', GOOD.secret); // a value we would block on, were we working
    await h.page.fill('#Password', GOOD.secret);
    const before = saveRequests(h).length;
    await h.page.click('#save');
    await expect.poll(() => saveRequests(h).length).toBe(before + 1);
    await h.page.waitForTimeout(300);

    expect(await h.page.locator('[data-tpgo], tpgo-field-check').count()).toBe(0);
    expect(h.problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
    const ours = h.problems.filter((p) => p.includes('[google-oauth-assistant]'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatch(/^warning: \[google-oauth-assistant\] help is off: /);
    expect(ours[0]).toMatch(line);
    expect(ours[0]).not.toContain(GOOD.secret);
    const others = h.problems.filter(
      (p) =>
        !p.includes('[google-oauth-assistant]') &&
        !BROWSER_REFUSAL.test(p) &&
        // The replica's editor answers a Save without a sign-in with HTTP 400, as the real one does.
        !/status of 400/.test(p),
    );
    expect(others).toEqual([]);
  });
});

describe('the two replica pages', () => {
  it('are what they say: a CSP without lit-html, and a lit-html policy made before ours', async () => {
    const noLit = await h.page.goto(scenarioUrl(h.replica, 'csp-no-lit', 'nomashups'));
    const csp = noLit!.headers()['content-security-policy']!;
    expect(csp).toMatch(/require-trusted-types-for 'script'/);
    expect(csp).toMatch(/trusted-types [^;]*default/);
    expect(csp).not.toContain('lit-html');

    const taken = await h.page.goto(scenarioUrl(h.replica, 'csp-lit-taken', 'nomashups'));
    expect(taken!.headers()['content-security-policy']).toBe(STRICT_CSP);
    expect(STRICT_CSP).toContain(' lit-html');
    expect(STRICT_CSP).not.toContain('allow-duplicates');
    expect(
      await h.page.evaluate(() =>
        Boolean((window as { __replicaOtherLitPolicy?: unknown }).__replicaOtherLitPolicy),
      ),
    ).toBe(true);
  });
});
